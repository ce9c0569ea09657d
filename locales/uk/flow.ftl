# The conversation kit: what every flow says the same way.
flow-cancelled = Зупинено. Більше нічого не збережено.
flow-stale-button = Ця кнопка з попереднього кроку.
flow-skip = ⏭ Пропустити
flow-skipped = ⏭ пропущено
flow-went-back = ◀️ назад
flow-back = ◀️ Назад
flow-cancel = ✖️ Скасувати
flow-keep = ✔️ Залишити: { $answer }
flow-done = ✔️ Готово
flow-pick-one = Спершу позначте хоча б один пункт.
flow-chosen =
    { $question }
    ✅ { $answer }
flow-use-buttons = Будь ласка, оберіть кнопкою під запитанням або надішліть /cancel, щоб зупинитися.
flow-need-text = Будь ласка, дайте відповідь текстовим повідомленням, до { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] символу
       *[other] символів
    }, або надішліть /cancel, щоб зупинитися.
flow-too-long = Це { NUMBER($length, useGrouping: "min2") } { $length ->
        [one] символ
        [few] символи
       *[many] символів
    }; можна не більше ніж { NUMBER($max, useGrouping: "min2") }. Скоротіть, будь ласка, і надішліть знову.
flow-bad-date = Не вдалося прочитати дату. Напишіть її так: { -day-formats }.
flow-bad-number = Будь ласка, надішліть ціле число від { $min } до { $max }.
