## Розсилка (/broadcast)

command-broadcast = Повідомлення для аудиторії
bc-ask-text = 📣 Напишіть повідомлення для розсилки (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }). Надішліть /cancel на будь-якому кроці, щоб зупинитися.
bc-ask-internship = 📌 Додати картку стажування з кнопкою «Подати заявку»?
bc-no-internship = Ні, лише повідомлення
bc-ask-audience = 👥 Хто отримає?
bc-audience-all = Усі
bc-audience-specialties = Підписники спеціальностей…
bc-audience-countries = Підписники країн…
bc-audience-doctors = Лікарі
bc-audience-students = Студенти
bc-audience-hospitals = Люди з лікарень…
bc-ask-specialties = Позначте спеціальності, потім «Готово»:
bc-ask-countries = Позначте країни, потім «Готово»:
bc-ask-hospitals = Позначте лікарні, потім «Готово»:
bc-nobody = Жодна досяжна людина не підходить під цю аудиторію, тож нічого не надіслано.
bc-nobody-again = Жодна досяжна людина не підходить під цю аудиторію. Оберіть іншу; повідомлення збережено.
bc-confirm = { $total ->
    [one] ☝️ Ось повідомлення. Надіслати { $total } людині?
   *[other] ☝️ Ось повідомлення. Надіслати { $total } людям?
}
bc-button-send = 📣 Надіслати
bc-button-cancel = ✖️ Скасувати
bc-status = 📣 Розсилка: ✅ надіслано { $sent } · 🚫 заблокували { $blocked } · ⚠️ помилки { $failed } · ⏳ залишилось { $left }
bc-apply-label-uk = Подати заявку
bc-apply-label-en = Apply
bc-queued = { $total ->
    [one] Розсилку №{ $id } поставлено в чергу для { $total } людини. Статус вище оновлюватиметься.
   *[other] Розсилку №{ $id } поставлено в чергу для { $total } людей. Статус вище оновлюватиметься.
}
bc-audience-count = { $label } · { $count }
