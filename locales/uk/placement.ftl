command-placement = Моє стажування: перелік справ і портфоліо
placement-none = У вас ще немає стажувань. Коли ви приймете пропозицію, стажування з’явиться тут. Знайти стажування: /internships
placement-not-yours = Це стажування вам недоступне. Відкрийте /placement ще раз.
placement-list-title = { $count ->
    [1] Ваше стажування:
    [few] Ваші стажування ({ $count }). Оберіть одне:
    [many] Ваші стажування ({ $count }). Оберіть одне:
   *[other] Ваші стажування ({ $count }). Оберіть одне:
}
placement-heading = { $phase } <b>{ $title }</b>
    🏥 { $hospital }, { $city }
    📅 { $from } – { $to }
placement-phase-upcoming = 🗓 Попереду
placement-phase-active = 🩺 Зараз
placement-phase-finished = 🎓 Завершено
placement-checklist-title = ✈️ Перелік справ перед від’їздом: натисніть пункт, щоб позначити його.
placement-portfolio-title = 📓 <b>Портфоліо</b>
placement-count-case = { $count ->
    [one] { $count } клінічний випадок
    [few] { $count } клінічні випадки
    [many] { $count } клінічних випадків
   *[other] { $count } клінічного випадку
}
placement-count-procedure = { $count ->
    [one] { $count } процедура
    [few] { $count } процедури
    [many] { $count } процедур
   *[other] { $count } процедури
}
placement-count-skill = { $count ->
    [one] { $count } навичка
    [few] { $count } навички
    [many] { $count } навичок
   *[other] { $count } навички
}
placement-count-reflection = { $count ->
    [one] { $count } роздум
    [few] { $count } роздуми
    [many] { $count } роздумів
   *[other] { $count } роздуму
}
placement-feedback-none = 💬 Розкажіть, як усе пройшло, кнопкою «Відгук».
placement-feedback-given = 💬 Дякуємо, ваш відгук збережено.
placement-check-visa = Віза
placement-check-insurance = Страховка
placement-check-travel = Дорога
placement-check-accommodation = Житло
placement-check-documents = Документи
placement-add-case = ➕ Випадок
placement-add-procedure = ➕ Процедура
placement-add-skill = ➕ Навичка
placement-add-reflection = ➕ Роздуми
placement-document = 📄 Портфоліо (PDF)
placement-feedback = 💬 Відгук
placement-back = ⬅️ Усі стажування
placement-ask-case = Опишіть клінічний випадок одним повідомленням (до { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] символу
       *[other] символів
    }, без імен пацієнтів). Щоб зупинитися, надішліть /cancel.
placement-ask-procedure = Яку процедуру ви виконали чи в якій асистували? Одне повідомлення, до { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] символу
       *[other] символів
    }. Щоб зупинитися, надішліть /cancel.
placement-ask-skill = Якої навички ви навчилися чи яку практикували? Одне повідомлення, до { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] символу
       *[other] символів
    }. Щоб зупинитися, надішліть /cancel.
placement-ask-reflection = Запишіть свої роздуми одним повідомленням, до { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] символу
       *[other] символів
    }. Щоб зупинитися, надішліть /cancel.
placement-ask-feedback = Як пройшло стажування? Що було корисним, що нам покращити? Одне повідомлення, до { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] символу
       *[other] символів
    }. Щоб зупинитися, надішліть /cancel.
placement-entry-saved = ✅ Додано до портфоліо.
placement-feedback-saved = ✅ Дякуємо за відгук.