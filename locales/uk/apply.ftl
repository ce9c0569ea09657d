## Apply

apply-doc-cv = Резюме (CV)
apply-doc-licence = Ліцензія / сертифікат лікаря
apply-doc-diploma = Диплом
apply-doc-language_certificate = Мовний сертифікат
apply-doc-other = Інший документ
apply-intro = ✍️ Заявка на <b>{ $title }</b>. Кілька коротких запитань; надішліть /cancel будь-коли, відповіді збережуться як чернетка.
apply-resume = ✍️ Продовжимо вашу заявку на <b>{ $title }</b> з того місця, де ви зупинилися.
apply-yes = ✅ Так
apply-no = ❌ Ні
# The apply flow passes $limit as text (so no NUMBER() here, which would refuse it); text takes the
# default variant, right for its limits of 1500. Passed as a number, every form is chosen.
apply-ask-motivation = Чому ви хочете на це стажування? (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    })
apply-ask-experience = Ваш досвід у цій галузі: процедури, відділення, курси (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }).
apply-ask-phone = Ваш контактний телефон: натисніть кнопку, щоб поділитися ним, або введіть з кодом країни, наприклад +380501234567.
apply-phone-share = 📱 Поділитися номером
apply-phone-saved = 📱 Телефон збережено: { $phone }
apply-ask-doc = Надішліть, будь ласка, документ «{ $doc }» як файл PDF, JPG або PNG до 20 МБ.
apply-doc-expired = ⚠️ Строк дії документа «{ $name }» ({ $doc }) сплив { $date }: будь ласка, завантажте новий.
apply-ask-doc-or-stored = Документ «{ $doc }»: оберіть надісланий раніше або надішліть новий файл PDF, JPG чи PNG до 20 МБ.
apply-bad-phone = Це не схоже на номер телефону. Надішліть його з кодом країни, наприклад +380501234567, або натисніть кнопку.
apply-need-document = Надішліть документ «{ $doc }» файлом (PDF, JPG або PNG) або оберіть збережений.
apply-not-available = Дякуємо. Стажування потребує вашої присутності на всі дати, тож ми зупинилися тут. Відповіді збережено як чернетку в /my, якщо плани зміняться.
apply-cancelled = Заявку скасовано. Відповіді збережено як чернетку: продовжіть її з /my.
apply-summary = <b>Перевірте вашу заявку на { $title }</b>
apply-summary-dates = 📅 { $start } – { $end }. Надсилаючи заявку, ви підтверджуєте, що зможете бути на стажуванні всі ці дні.
apply-label-kind = Хто ви
apply-label-name = Повне ім'я
apply-label-home = Лікарня чи університет
apply-label-specialty = Спеціальність
apply-label-experience-years = Років досвіду
apply-label-study-year = Курс
apply-label-english = Англійська
apply-label-motivation = Мотивація
apply-label-experience = Досвід
apply-label-phone = Телефон
apply-label-available = Зможете бути весь час
apply-send = 📨 Надіслати заявку
apply-cannot-attend = ❌ Я не зможу бути всі ці дні
apply-submitted = ✅ Вашу заявку на <b>{ $title }</b> надіслано. Координатори її розглянуть; стежте за нею в /my.
apply-refused-not-found = Це стажування більше недоступне.
apply-refused-closed = Прийом заявок на це стажування закрито.
apply-refused-deadline = Строк подання заявок на це стажування минув.
apply-refused-full = На жаль, на цьому стажуванні не залишилося вільних місць.
apply-refused-audience = На жаль, це стажування не для вашої групи (лікарі чи студенти).
apply-refused-applied = Ви вже подали заявку на це стажування. Її видно в /my.
apply-refused-document-expired = Строк дії одного з ваших документів минув. Завантажте новий і подайте заявку ще раз.
apply-staff-submitted = 📨 Нова заявка №{ $applicationId } на <b>{ $title }</b> від { $name }.
