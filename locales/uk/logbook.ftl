command-portfolio = Мій журнал: записи за тижнями
command-mentor = Записи людей, яких я курую

logbook-kind-case = 🩺 Клінічний випадок
logbook-kind-procedure = 💉 Процедура
logbook-kind-skill = 🧰 Навичка
logbook-kind-teaching = 🎓 Навчальне заняття
logbook-kind-reflection = 💭 Роздум
logbook-role-observed = 👀 Спостереження
logbook-role-assisted = 🤝 Асистування
logbook-role-performed = ✋ Самостійно

logbook-ask-kind = ➕ <b>Новий запис у журналі</b>. Що це було?
logbook-ask-role = Як ви брали участь у процедурі?
logbook-ask-specialty = Яка спеціальність?
logbook-ask-day = Коли? Натисніть «Сьогодні» або введіть дату, як-от 01.03.2027.
logbook-today = 📅 Сьогодні, { $day }
logbook-yesterday = Учора, { $day }
logbook-bad-day = Це не дата. Введіть її як 01.03.2027 або натисніть кнопку.
logbook-day-before-start = Це раніше за початок стажування ({ $start }). Оберіть день від початку до сьогодні.
logbook-day-future = Цей день ще не настав. Оберіть день до сьогодні.
logbook-patient-notice =
    🔒 <b>Конфіденційність пацієнтів</b>
    Ваш журнал читають ментор і координатори, і він потрапляє до портфоліо. Ніколи не пишіть нічого, що дозволяє впізнати пацієнта: ні імен чи ініціалів, ні дат народження, адрес, телефонів, номерів історій хвороби чи карток, ні фото облич і документів. Описуйте лише клінічну картину.
logbook-ask-text =
    Опишіть це одним повідомленням (до 2000 символів).
    🔒 Без імен пацієнтів, дат народження, телефонів і номерів карток.
logbook-pii-dob = ⚠️ Схоже, у тексті є дата народження. Даним, що дозволяють впізнати пацієнта, не місце в журналі. Усе одно зберегти?
logbook-pii-phone = ⚠️ Схоже, у тексті є номер телефону. Даним, що дозволяють впізнати пацієнта, не місце в журналі. Усе одно зберегти?
logbook-pii-record = ⚠️ Схоже, у тексті є номер картки чи історії хвороби. Даним, що дозволяють впізнати пацієнта, не місце в журналі. Усе одно зберегти?
logbook-pii-name = ⚠️ Схоже, у тексті є ім'я чи ініціали пацієнта. Даним, що дозволяють впізнати пацієнта, не місце в журналі. Усе одно зберегти?
logbook-pii-save = Усе одно зберегти
logbook-pii-edit = ✏️ Виправити текст
logbook-ask-photo = 📷 Додайте одне фото (без облич і документів пацієнтів) або натисніть «Пропустити».
logbook-photo-only = Надішліть, будь ласка, фото (не файл) або натисніть «Пропустити».
logbook-saved = ✅ Додано до журналу. Ваш ментор його побачить.
logbook-not-started = Журнал відкривається в перший день стажування ({ $start }).

logbook-btn-another = ➕ Ще запис
logbook-btn-open = 📓 Журнал
logbook-btn-add = ➕ Додати запис
logbook-btn-edit = ✏️ Змінити текст
logbook-btn-delete = 🗑 Видалити
logbook-btn-delete-yes = 🗑 Так, видалити
logbook-btn-delete-no = Залишити
logbook-btn-placements = ⬅️ Усі стажування
logbook-btn-confirm = ✅ Підтвердити
logbook-btn-return = ↩️ Попросити змінити

logbook-none = У вас ще немає стажування з журналом. Коли ви приймете пропозицію, воно з’явиться тут: /placement
logbook-choose = Ваші стажування. Журнал якого відкрити?
logbook-title =
    📓 <b>Журнал: { $title }</b>
    { $person } · { $from } – { $to }
logbook-counts = Випадки: { $case } · Процедури: { $procedure } · Навички: { $skill } · Навчання: { $teaching } · Роздуми: { $reflection }
logbook-reviews = ✅ Підтверджено: { $confirmed } · ⏳ Очікують: { $pending } · ↩️ Повернуто: { $returned }
logbook-week = <b>Тиждень { $week }</b>
logbook-line = { $mark } { $day } · { $kind }: { $excerpt }
logbook-empty = Записів ще немає.
logbook-page = Сторінка { $page } з { $pages }

logbook-review-pending = ⏳ Чекає на підтвердження ментора.
logbook-review-confirmed = ✅ Ментор підтвердив { $day }.
logbook-review-returned = ↩️ Ментор повернув: { $note }
logbook-entry-head = { $mark } <b>{ $kind }</b> · { $specialty }
logbook-entry-when = 📅 { $day } · тиждень { $week }
logbook-entry-person = 👤 { $person }

logbook-ask-edit = ✏️ Надішліть новий текст запису (до 2000 символів).
    🔒 Без імен пацієнтів, дат народження, телефонів і номерів карток.
logbook-edited = ✅ Текст змінено.
logbook-edited-pending = ✅ Текст змінено. Запис знову чекає на підтвердження ментора.
logbook-delete-ask = 🗑 Видалити цей запис? Це не можна скасувати.
logbook-deleted = 🗑 Запис видалено.

logbook-not-found = Цей запис або журнал вам недоступний. Відкрийте /portfolio ще раз.
logbook-refused-text = Текст не може бути порожнім; максимум символів: { $max }.
logbook-refused-date = День має бути від початку стажування до сьогодні.
logbook-refused-reviewed = Цей запис уже розглянуто або змінено. Відкрийте /mentor ще раз.

mentor-none = Вас ще ніхто не назвав ментором. Коли координатор приймаючої лікарні це зробить і ви відкриєте запрошення, тут з’являться записи людей, яких ви курируєте.
mentor-title =
    🧑‍🏫 <b>Записи людей, яких ви курируєте</b>
    ⏳ Чекають на вас: { $pending }
mentor-line = { $mark } { $person } · { $day } · { $kind }: { $excerpt }
mentor-empty = Записів ще немає.
mentor-ask-note = ↩️ Що треба змінити? Коротка примітка для людини (до 500 символів).
mentor-confirmed = ✅ Підтверджено.
mentor-returned = ↩️ Повернуто з вашою приміткою. Людині повідомлено.
mentor-cancelled = Зупинено. Запис не змінено.

logbook-notice-confirmed = ✅ { $mentor } підтвердив(-ла) ваш запис у журналі за { $day } ({ $kind ->
        [case] клінічний випадок
        [procedure] процедура
        [skill] навичка
        [teaching] навчальне заняття
       *[reflection] роздум
    }): «{ $excerpt }»
logbook-notice-returned =
    ↩️ { $mentor } просить змінити ваш запис у журналі за { $day } ({ $kind ->
        [case] клінічний випадок
        [procedure] процедура
        [skill] навичка
        [teaching] навчальне заняття
       *[reflection] роздум
    }): «{ $excerpt }»

    Примітка: { $note }

    Змініть його в /portfolio.
reminder-mentor-digest = 🧑‍🏫 Записів у журналах чекають на ваше підтвердження: { $count }. Відкрийте /mentor.
