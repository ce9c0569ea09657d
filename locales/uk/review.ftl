## Розгляд заявок

review-empty = 🎉 Нових заявок, що чекають на вас, немає.
review-empty-filtered = На це стажування заявок, що чекають, немає.
review-filter-title = Заявки на яке стажування?
review-button-all = 📋 Усі стажування
review-card-title = 📝 <b>Заявка №{ $id }</b> { $position }
review-position = · { $index } з { $total }
review-card-internship = <b>Стажування:</b> { $title } · зайнято місць { $taken } з { $seats }
review-card-status = <b>Статус:</b> { $status }
review-card-endorsement = 🏛 <b>Потрібне погодження:</b> спершу заявку підтверджує рідний заклад заявника.
review-card-home = 🏥 Рідний заклад: { $home }
review-card-submitted = 🗓 Подано { $date }
review-card-answers = <b>Відповіді</b>
review-card-documents = { $count ->
    [0] 📎 Документів не додано.
    [one] 📎 { $count } документ, надіслано вище.
    [few] 📎 { $count } документи, надіслано вище.
    [many] 📎 { $count } документів, надіслано вище.
   *[other] 📎 { $count } документа, надіслано вище.
}
review-kind-doctor = Лікар
review-kind-healthcare_worker = Медсестра/медбрат чи інший медичний працівник
review-kind-student = Студент-медик
review-experience = Досвід: { $years ->
    [one] { $years } рік
    [few] { $years } роки
    [many] { $years } років
   *[other] { $years } року
}
review-study-year = { $year }-й курс
review-english = Англійська { $level }
review-document-cv = Резюме
review-document-licence = Ліцензія
review-document-diploma = Диплом
review-document-language_certificate = Мовний сертифікат
review-document-other = Документ
review-button-offer = ✅ Запропонувати місце
review-button-waitlist = ⏳ До списку очікування
review-button-reject = ❌ Відхилити
review-button-endorse = 🏛 Погодити
review-button-decline = ✖️ Не погодити
review-button-next = ▶️ Далі
review-button-filter = 🔎 За стажуванням
review-button-chase = 📣 Нагадати
review-done-offered = ✅ Місце запропоновано. Заявник має 5 днів, щоб підтвердити.
review-done-waitlisted = ⏳ Додано до списку очікування.
review-endorsed-done = 🏛 Погоджено. Тепер заявку розгляне прийомна лікарня.
review-already-decided = Хтось уже ухвалив рішення щодо цієї заявки: зараз вона «{ $status }». Нічого не змінено.
review-refused-seats-full = Усі місця ({ $seats }) вже запропоновані або підтверджені. Додайте заявника до списку очікування.
review-refused-needs-endorsement = Рідний заклад заявника ще не погодив цю заявку.
review-chased = 📣 Нагадування в черзі: щодо пропозицій — { $offers }, щодо документів — { $documents }.
review-ask-reject-reason = Чому заявку відхилено? Напишіть причину одним повідомленням (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }): заявник її прочитає. Надішліть /cancel, щоб залишити заявку як є.
review-ask-decline-reason = Чому ваш заклад не погоджує заявку? Напишіть причину одним повідомленням (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }). Надішліть /cancel, щоб залишити як є.
review-reason-cancelled = Скасовано. Заявку не змінено.
review-rejected-done = ❌ Заявку №{ $id } відхилено. Заявник отримає причину: { $reason }
review-declined-done = ✖️ Заявку №{ $id } не погоджено. Заявник отримає причину: { $reason }
review-status-draft = чернетка
review-status-submitted = подана
review-status-under_review = на розгляді
review-status-offered = запропоновано місце
review-status-confirmed = підтверджена
review-status-declined = пропозицію відхилено
review-status-waitlisted = у списку очікування
review-status-rejected = відхилена
review-status-withdrawn = відкликана
review-status-lapsed = строк пропозиції минув

## Повідомлення заявникам (шаблони outbox)

review-notify-offered =
    🎉 <b>Вам пропонують місце</b> на «{ $title }».
    Підтвердьте або відмовтеся до { $deadline } у /my, інакше місце отримає наступна людина.
review-notify-waitlisted = ⏳ Вашу заявку на «{ $title }» додано до списку очікування. Ми напишемо, щойно звільниться місце.
review-notify-rejected =
    Цього разу вашу заявку на «{ $title }» не прийнято.
    Причина: { $reason }
review-notify-lapsed = ⌛ Ви не підтвердили пропозицію на «{ $title }» вчасно, тож її строк минув.
review-notify-endorsed = 🏛 Ваш рідний заклад погодив заявку на «{ $title }». Далі її розгляне прийомна лікарня.
review-notify-endorsement-declined =
    Ваш рідний заклад не погодив заявку на «{ $title }».
    Причина: { $reason }
review-chase-offer = ⏰ Нагадування: місце на «{ $title }» чекає на вашу відповідь до { $deadline }. Підтвердьте або відмовтеся в /my.
review-chase-documents = 📎 Нагадування: у вашій заявці на «{ $title }» бракує обов'язкового документа. Додайте його в /documents.

## Помилки, що можуть дійти до межі помилок
