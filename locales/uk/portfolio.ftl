# Опитування наприкінці стажування, портфоліо у PDF і /verify.
command-verify = Перевірити код портфоліо
survey-button = 📝 Коротке опитування
survey-intro = 📝 <b>Чотири запитання й коментар</b>: як минуло стажування? Відповіді бачить програма; лікарня, що приймала, бачить лише середні оцінки, якщо відповідей три або більше. Після цього ви отримаєте портфоліо у PDF.
survey-ask-teaching = Як оцінюєте <b>навчання</b>? 1 — погано, 5 — чудово.
survey-ask-supervision = Як оцінюєте <b>супровід</b> ментора й команди? 1 — погано, 5 — чудово.
survey-ask-organisation = Наскільки добре було <b>організовано</b> стажування (приїзд, розклад, доступи)? 1 — погано, 5 — чудово.
survey-ask-safety = Наскільки <b>безпечно</b> ви почувалися як слухач і щодо пацієнтів? 1 — зовсім ні, 5 — повністю.
survey-ask-comment = Хочете ще щось сказати? Одне повідомлення, до { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] символу
       *[other] символів
    }, без даних пацієнтів. Або натисніть «Пропустити».
survey-thanks = ✅ Дякуємо! Відповіді збережено. Ось ваше портфоліо.
survey-cancelled = Опитування скасовано, нічого не збережено. Відповісти можна пізніше через /placement.
survey-refused-answered = Ви вже відповіли на це опитування. Дякуємо!
survey-refused-too-early = Опитування відкривається в останній день стажування.
survey-aspect-teaching = навчання
survey-aspect-supervision = супровід
survey-aspect-organisation = організація
survey-aspect-safety = безпека
survey-stats-title = 📝 <b>Опитування наприкінці стажування</b> (середні оцінки з 5, усі відповіді досі)
survey-stats-row = { $hospital } (відповідей: { $answers }): { $scores }
survey-stats-small = { $hospital }: &lt;3 відповідей
portfolio-refused-survey-first = Портфоліо видається після короткого опитування.
portfolio-survey-first = 📝 Портфоліо надійде, щойно ви відповісте на коротке опитування: чотири оцінки й коментар за бажанням.
portfolio-not-yet = 📄 Портфоліо видається наприкінці стажування, після короткого опитування. Опитування відкриється { $day }.
portfolio-staff-not-issued = 📄 Це портфоліо ще не видано: його власник не відповів на опитування наприкінці стажування.
portfolio-pdf-usage = Щоб отримати портфоліо у PDF, натисніть 📄 Портфоліо (PDF) у /placement. Координаторам: /verify з кодом на документі або номер стажування після «portfolio pdf», наприклад «portfolio pdf 123».
portfolio-pdf-choose = Портфоліо якого стажування?
portfolio-pdf-caption = 📄 Ваше навчальне портфоліо. Код перевірки: { $code }
portfolio-pdf-title = Навчальне портфоліо
portfolio-pdf-person = Ім’я
portfolio-pdf-home = Заклад, де працює чи навчається
portfolio-pdf-host = Лікарня, що приймала
portfolio-pdf-twinning = Партнерство
portfolio-pdf-dates = Дати
portfolio-pdf-specialty = Спеціальність
portfolio-pdf-department = Відділення
portfolio-pdf-mentor = Ментор
portfolio-pdf-logbook = Щоденник: { $count ->
        [one] { $count } запис
        [few] { $count } записи
        [many] { $count } записів
       *[other] { $count } запису
    }, підтверджено ментором: { $confirmed }
portfolio-pdf-kind-case = Клінічні випадки
portfolio-pdf-kind-procedure = Процедури
portfolio-pdf-kind-skill = Відпрацьовані навички
portfolio-pdf-kind-teaching = Навчальні заняття
portfolio-pdf-kind-reflection = Роздуми
portfolio-pdf-role-observed = спостерігав(-ла)
portfolio-pdf-role-assisted = асистував(-ла)
portfolio-pdf-role-performed = виконав(-ла)
portfolio-pdf-confirmed = ✓ Підтверджено: { $mentor }, { $date }
portfolio-pdf-empty = Записів немає.
portfolio-pdf-feedback = Відгук
portfolio-pdf-verify = Код перевірки { $code } (видано { $date }). Координатор програми перевіряє його в боті MedTwin командою /verify { $code }.
verify-usage = Надішліть /verify і код унизу портфоліо, наприклад «/verify ABCDE-FGH23».
verify-unknown = ❌ Немає портфоліо з кодом «{ $code }». Звірте його з документом: 10 літер і цифр (2–7), дефіси й пробіли не важать.
verify-found = ✅ <b>Справжнє портфоліо</b>
    👤 { $person }
    🏥 { $hospital }, { $city }, { $country }
    📅 { $from } – { $to }
    📓 Записів: { $entries }, підтверджено ментором: { $confirmed }
    Стажування №{ $id }
verify-fetch = 📄 Портфоліо у PDF
