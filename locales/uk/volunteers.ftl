## Іноземні фахівці, які хочуть працювати в Україні

command-volunteer = Волонтерство в Україні (іноземні фахівці)
command-needs = Потреби в іноземних фахівцях, волонтери на розгляд

## Сторона волонтера

vol-welcome = 🌍 <b>Працюйте в Україні як іноземний фахівець</b>
    Українським лікарням потрібні лікарі, медсестри та парамедики. Зареєструйтеся один раз із ліцензією та резюме, а тоді відгукніться на потребу лікарні або повідомте, коли ви доступні.
    Якою мовою спілкуватимемося?
vol-register-intro = 📝 Кілька запитань про вашу ліцензію та досвід. Надішліть /cancel на будь-якому кроці, щоб зупинитися.
vol-register-cancelled = Зупинено. Нічого не збережено.
vol-ask-profession = Ваша професія:
vol-ask-specialty = Ваша спеціальність:
vol-ask-licence-country = Яка країна видала вашу ліцензію на практику?
vol-ask-licence-number = Номер вашої ліцензії (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }):
vol-ask-licence-issuer = Орган, що її видав, наприклад медична рада чи палата (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }):
vol-ask-experience = Скільки років досвіду у вашій професії? (ціле число)
vol-ask-languages = Якими мовами ви володієте? Позначте їх і натисніть «Готово».
vol-ask-available-from = З якого дня ви доступні? Надішліть дату так: { -day-formats }.
vol-ask-available-to = До якого дня?
vol-date-past = Цей день уже минув. Надішліть дату не раніше сьогоднішньої.
vol-date-before = Дата має бути пізніше за перший день. Надішліть іншу дату.
vol-ask-licence-file = 📎 Надішліть ліцензію файлом: PDF, JPG або PNG, до { $max } МБ. Фото теж підійде.
vol-ask-licence-expiry = Коли спливає строк дії ліцензії? Надішліть дату так: { -day-formats }, або натисніть Пропустити, якщо він необмежений.
vol-ask-cv-file = 📎 Тепер резюме: PDF, JPG або PNG, до { $max } МБ.
vol-send-file = Будь ласка, надішліть документ файлом (PDF, JPG або PNG, до { $max } МБ) або фото. Надішліть /cancel, щоб зупинитися.
vol-register-summary = 👀 <b>Ваші дані</b>
vol-ask-register-save = Зберегти? Координатор української лікарні перевірить вашу ліцензію до будь-якого запрошення.
vol-button-save-profile = 💾 Зберегти
vol-register-saved = ✅ Збережено. Ліцензія та резюме — у ваших документах (/documents). Тепер відгукніться на потребу або повідомте про загальну готовність.
vol-profession-doctor = Лікар
vol-profession-nurse = Медсестра / медбрат
vol-profession-paramedic = Парамедик
vol-profile-who = 🩺 { $profession }, { $specialty } · досвід: { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } року
    }
vol-profile-licence = 🪪 Ліцензія { $number } · { $issuer } · { $country }
vol-profile-languages = 🗣 { $languages }
vol-profile-available = 📅 Доступні { $from } – { $to }
vol-home-title = 🌍 <b>Ваш профіль волонтера</b>
vol-button-needs-open = 🔎 Відкриті потреби
vol-button-general = 🙋 Готовий працювати в будь-якій лікарні
vol-button-mine = 📋 Мої волонтерські заявки
vol-button-update = ✏️ Оновити мої дані
vol-needs-title = 🔎 Українським лікарням потрібні:
vol-needs-none = Зараз жодна лікарня не має відкритої потреби. Ви можете повідомити про загальну готовність.
vol-button-apply = ✅ Відгукнутися
vol-button-back-needs = ◀️ Усі потреби
vol-applied = ✅ Заявку #{ $id } надіслано. Лікарня перевірить вашу ліцензію, а тоді запросить вас або відповість із причиною.
vol-applied-general = ✅ Дякуємо: вашу загальну готовність зареєстровано (#{ $id }). Лікарня, якій потрібна ваша спеціальність, може вас запросити.
vol-mine-none = Ви ще не подавали заявок.
vol-general = Загальна готовність
vol-app-title = 📋 <b>#{ $id }</b> { $where }
vol-app-status = Статус: <b>{ $status }</b>
vol-app-invited-dates = 📅 Запрошено на { $from } – { $to }
vol-app-reason = Причина: { $reason }
vol-status-submitted = надіслано, чекає на лікарню
vol-status-invited = запрошено
vol-status-declined = відхилено
vol-status-withdrawn = відкликано
vol-status-accepted = прийнято
vol-button-accept = ✅ Прийняти запрошення
vol-button-withdraw = ✖️ Відкликати
vol-done-accepted = Прийнято. До зустрічі в Україні!
vol-done-withdrawn = Відкликано.
vol-checklist-title = ✅ <b>Перед поїздкою</b> (натисніть пункт, коли його виконано):
vol-checklist-travel = Дорогу заплановано
vol-checklist-ministry = Реєстрація в МОЗ
vol-checklist-insurance = Страхування
vol-checklist-security = Інструктаж з безпеки

## Потреба, як її бачить будь-хто

vol-need-title = 🆘 <b>{ $specialty }</b> · { $department }
vol-need-dates = 📅 { $from } – { $to }
vol-need-languages = 🗣 Мови у відділенні: { $languages }
vol-need-accommodation-yes = 🏠 Житло надається
vol-need-accommodation-no = 🏠 Житло не надається
vol-need-translator-yes = 🧑‍🏫 Перекладач надається
vol-need-translator-no = 🧑‍🏫 Без перекладача
vol-need-security = ⚠️ Безпека: { $notes }
vol-lang-uk = Українська
vol-lang-en = Англійська
vol-lang-pl = Польська
vol-lang-de = Німецька
vol-lang-fr = Французька
vol-lang-es = Іспанська
vol-lang-it = Італійська
vol-lang-ru = Російська

## Сторона лікарні: потреби

vol-needs-admin-title = 🆘 <b>Потреби в іноземних фахівцях</b>
vol-needs-admin-none = 🆘 У ваших лікарень ще немає потреб. Опишіть одну: іноземний фахівець відгукнеться кількома дотиками.
vol-needs-no-hospitals = Потреби публікує координатор української лікарні, а ви не координуєте жодної.
vol-button-new-need = ➕ Нова потреба
vol-button-review = { $count ->
        [0] 🧑‍⚕️ Волонтерів на розгляд немає
        [one] 🧑‍⚕️ { $count } волонтер на розгляд
        [few] 🧑‍⚕️ { $count } волонтери на розгляд
        [many] 🧑‍⚕️ { $count } волонтерів на розгляд
       *[other] 🧑‍⚕️ { $count } волонтера на розгляд
    }
vol-button-needs = 📋 Усі потреби
vol-need-status-draft = чернетка
vol-need-status-open = відкрита
vol-need-status-closed = закрита
vol-need-status-icon-draft = 📝
vol-need-status-icon-open = 🟢
vol-need-status-icon-closed = ⏸
vol-need-card-header = 🆘 <b>Потреба #{ $id }</b> · { $status }
vol-ask-need-hospital = 🏥 Якій лікарні потрібен фахівець?
vol-ask-need-specialty = 🩺 Яка спеціальність?
vol-ask-need-department-uk = Відділення <b>українською</b> (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }). Надішліть /cancel на будь-якому кроці, щоб зупинитися.
vol-ask-need-department-en = Відділення <b>англійською</b>, робочою мовою більшості волонтерів (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }).
vol-ask-need-from = 📅 З якого дня? Надішліть дату так: { -day-formats }.
vol-ask-need-to = 📅 До якого дня?
vol-ask-need-languages = 🗣 Якими мовами говорять у відділенні? Позначте їх і натисніть «Готово».
vol-ask-need-accommodation = 🏠 Чи надається житло?
vol-ask-need-translator = 🧑‍🏫 Чи надається перекладач?
vol-ask-need-security-uk = ⚠️ Примітки щодо безпеки <b>українською</b> (укриття, комендантська година, тривоги), до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }; або натисніть Пропустити.
vol-ask-need-security-en = ⚠️ Ті самі примітки <b>англійською</b> (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }).
vol-yes = Так
vol-no = Ні
vol-preview-header = 👀 <b>Попередній перегляд</b>: так це виглядатиме обома мовами.
vol-ask-need-save = Зберегти як чернетку?
vol-button-save = 💾 Зберегти чернетку
vol-button-discard = 🗑 Скасувати
vol-need-saved = 💾 Збережено як чернетку #{ $id }. Опублікуйте її, щоб іноземні фахівці могли відгукнутися.
vol-button-publish = 🚀 Опублікувати
vol-button-reopen = 🔁 Відкрити знову
vol-button-close = ⏸ Закрити
vol-button-share = 🔗 Посилання для волонтерів
vol-need-published = Опубліковано: волонтери вже можуть відгукнутися.
vol-need-closed = Закрито: нових заявок не буде.

## Сторона лікарні: розгляд волонтерів

vol-review-empty = 🎉 Жоден волонтер не чекає на вас.
vol-card-title = 🧑‍⚕️ <b>Волонтер #{ $id }</b> { $name }{ $position }
vol-card-need = На потребу #{ $id }: { $specialty } · { $hospital }
vol-card-general = Загальна готовність: будь-яка українська лікарня
vol-card-no-profile = Дані волонтера видалено.
vol-card-documents = { $count ->
        [0] 📎 Ні ліцензії, ні резюме немає.
        [one] 📎 { $count } документ, надіслано вище.
        [few] 📎 { $count } документи, надіслано вище.
        [many] 📎 { $count } документів, надіслано вище.
       *[other] 📎 { $count } документа, надіслано вище.
    }
vol-card-expires = { $type }: чинний до { $date }
vol-card-unverified = 🔍 Ліцензію ще <b>не перевірено</b>: перевірте її до запрошення.
vol-card-verified = ✅ Ліцензію перевірено: { $note }
vol-button-verify = 🔍 Ліцензію перевірено
vol-button-invite = 📨 Запросити
vol-button-decline = ❌ Відхилити
vol-button-next = ▶️ Далі
vol-decision-cancelled = Скасовано. Заявка волонтера без змін.
vol-ask-verify-note = Як ви перевірили ліцензію? Примітка для запису, наприклад реєстр і дата (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }).
vol-verified-done = ✅ Ліцензію волонтера #{ $id } перевірено. Тепер його можна запросити.
vol-ask-decline-reason = Чому волонтера відхилено? Волонтер прочитає причину (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }).
vol-declined-done = ❌ Волонтера #{ $id } відхилено: { $reason }
vol-ask-invite-hospital = 🏥 До якої з ваших лікарень?
vol-ask-invite-from = 📅 З якого дня запрошуєте? Надішліть дату так: { -day-formats }.
vol-ask-invite-to = 📅 До якого дня?
vol-invited-done = 📨 Волонтера #{ $id } запрошено на { $from } – { $to }. Йому повідомлять і попросять підтвердити.

## Відмови

vol-refused-need-dates = Період має починатися після сьогодні й закінчуватися після початку. Надішліть іншу дату.
vol-refused-invalid = Це недійсна відповідь. Нічого не збережено.
vol-refused-need-status = Цього вже не можна зробити: статус потреби змінився. Відкрийте /needs ще раз.
vol-refused-need-closed = Ця потреба вже закрита. Відкрийте /volunteer, щоб побачити інші.
vol-refused-no-profile = Спершу зареєструйтеся: надішліть /volunteer.
vol-refused-applied = Ви вже подали сюди заявку. Ваші заявки — у /volunteer.
vol-refused-unverified = Волонтера можна запросити лише після перевірки його ліцензії.
vol-refused-status = Цього вже не можна зробити: статус заявки змінився.

## Повідомлення через outbox

vol-notify-verified = 🔍 Лікарня перевірила вашу ліцензію (заявка #{ $id }).
vol-notify-invited = 📨 <b>Вас запрошено!</b> { $hospitalUk } запрошує вас на { $from } – { $to } (заявка #{ $id }). Приймаєте?
vol-notify-declined = Вашу заявку #{ $id } відхилено. Причина: { $reason }
vol-notify-staff-applied = 🧑‍⚕️ Іноземний волонтер подав заявку (#{ $id }). Відкрийте /needs, щоб розглянути.
vol-notify-staff-accepted = ✅ Волонтер #{ $id } прийняв ваше запрошення.
vol-notify-staff-withdrawn = ✖️ Волонтер #{ $id } відкликав заявку.
vol-reminder-checklist = ✅ Ви прибуваєте в Україну { $from } ({ $days ->
        [0] сьогодні
        [1] завтра
        [one] через { $days } день
        [few] через { $days } дні
        [many] через { $days } днів
       *[other] через { $days } дня
    }). { $count ->
        [one] Не виконано { $count } пункт
        [few] Не виконано { $count } пункти
        [many] Не виконано { $count } пунктів
       *[other] Не виконано { $count } пункту
    } переліку. Відкрийте /volunteer, щоб позначити виконане.

## Щомісячний звіт

vol-report-line = 🌍 Іноземні фахівці, які працювали в Україні: { $total } — за країнами: { $countries }; за спеціальностями: { $specialties }
