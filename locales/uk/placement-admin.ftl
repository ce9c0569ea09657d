# Стажування з боку лікарні, що приймає (/placements, /arrivals), запрошення ментора і деталі прибуття.

command-placements = Стажування в моїх лікарнях
command-arrivals = Прибуття на найближчі два тижні

padm-list-title = <b>Стажування у ваших лікарнях</b>: спершу майбутні й поточні. Відкрийте, щоб змінити.
padm-list-empty = У ваших лікарнях ще немає стажувань. Стажування з’являється, коли людина приймає пропозицію.
padm-list-button = { $phase } { $person } · { $from }
padm-card-person = 👤 <b>{ $person }</b>
padm-card-placement = { $phase } <b>{ $title }</b>
    🏥 { $hospital }, { $city }, { $country }
    📅 { $from } – { $to }
padm-card-department = 🏢 Відділення: { $department }
padm-card-department-none = 🏢 Відділення: не вказано
padm-card-mentor = 🧑‍⚕️ Ментор: { $name }, { $position }
padm-card-mentor-none = 🧑‍⚕️ Ментор: ще не призначено
padm-card-mentor-contact = 📞 { $contact }
padm-card-mentor-linked = ✅ Ментор відкрив своє запрошення.
padm-card-mentor-unlinked = 🔗 Ментор ще не відкрив запрошення.
padm-card-arrival = ✈️ Прибуття: { $when }, { $transport }
padm-card-arrival-none = ✈️ Прибуття: ще не вказано
padm-transport-plane = ✈️ Літак
padm-transport-train = 🚆 Потяг
padm-transport-bus = 🚌 Автобус
padm-transport-car = 🚗 Автомобіль
padm-transport-other = 🧭 Інше
padm-btn-dates = 📅 Дати
padm-btn-department = 🏢 Відділення
padm-btn-mentor = 🧑‍⚕️ Ментор
padm-btn-invite = 🔗 Запросити ментора
padm-btn-logbook = 📓 Журнал
padm-btn-pdf = 📄 Портфоліо (PDF)
padm-btn-list = ⬅️ Усі стажування

padm-ask-start = Перший день стажування <b>{ $person }</b>? Зараз: { $current }. Надішліть дату, наприклад 01.03.2027. Щоб зупинитися, надішліть /cancel.
padm-ask-end = Останній день? Зараз: { $current }. Надішліть дату після { $start }.
padm-end-before-start = Останній день має бути після першого ({ $start }). Надішліть іншу дату.
padm-dates-saved = ✅ Дати збережено. { $person } отримає повідомлення.
padm-ask-department = У якому відділенні буде { $person }? Одним повідомленням. Щоб зупинитися, надішліть /cancel.
padm-department-saved = ✅ Відділення збережено.
padm-ask-mentor-name = Ім’я ментора, як до нього звертатиметься { $person }? Щоб зупинитися, надішліть /cancel.
padm-ask-mentor-position = Посада ментора (наприклад, лікар-кардіолог)?
padm-ask-mentor-contact = Контакт у Telegram: @username, посилання t.me або номер телефону. Або пропустіть.
padm-bad-contact = Це не контакт у Telegram. Надішліть @username, посилання t.me/… або номер телефону, або пропустіть.
padm-mentor-saved = ✅ Ментора збережено. { $person } дізнається, хто його ментор. Щоб ментор підтверджував журнал, надішліть йому запрошення: 🔗 Запросити ментора.
padm-invite-link =
    🔗 Одноразове посилання для ментора <b>{ $person }</b>:
    { $link }

    Діє один раз, 7 днів. Надсилайте його лише ментору.
padm-mentor-welcome = ✅ Тепер ви ментор <b>{ $person }</b> на стажуванні <b>{ $title }</b> ({ $from } – { $to }), { $hospital }.
padm-notify-mentor = 🧑‍⚕️ Ваш ментор у лікарні, що приймає: <b>{ $name }</b>, { $position }. Дивіться /placement.
padm-notify-dates = 📅 Лікарня змінила дати вашого стажування: { $from } – { $to }. Дивіться /placement.

padm-arrivals-title = <b>Прибуття на найближчі 14 днів</b>
padm-arrivals-line = • { $when }: <b>{ $person }</b>, { $hospital } · { $transport }
padm-arrivals-empty = Ніхто не повідомив про прибуття до ваших лікарень у найближчі 14 днів.

padm-person-country = 🌍 { $country }
padm-person-department = 🏢 { $department }
padm-person-mentor = 🧑‍⚕️ Ментор: <b>{ $name }</b>, { $position }
padm-person-mentor-none = 🧑‍⚕️ Ментора призначить лікарня, що приймає.
padm-person-starts-in = ⏳ Початок { $days ->
        [1] завтра
        [one] через { $days } день
        [few] через { $days } дні
        [many] через { $days } днів
       *[other] через { $days } дня
    }
padm-person-days-left = ⏳ { $days ->
        [0] Сьогодні останній день
        [one] Залишився { $days } день
        [few] Залишилося { $days } дні
        [many] Залишилося { $days } днів
       *[other] Залишилося { $days } дня
    }
padm-person-arrival = ✈️ Ваше прибуття: { $when }, { $transport }
padm-person-arrival-none = ✈️ Повідомте лікарню, коли прибудете: «Деталі прибуття».
padm-arrival-button = ✈️ Деталі прибуття

padm-ask-arrival-day = Якого дня ви прибуваєте? Між { $from } і { $to }, наприклад { $example }. Щоб зупинитися, надішліть /cancel.
padm-arrival-day-past = Цей день уже минув. Надішліть день, починаючи з сьогодні.
padm-arrival-day-late = Це після останнього дня стажування ({ $to }). Надішліть інший день.
padm-ask-arrival-time = О котрій ви прибуваєте (за вашим часом, { $zone })? У форматі ГГ:ХХ, наприклад 14:30.
padm-bad-time = Надішліть час у форматі ГГ:ХХ, наприклад 14:30.
padm-ask-transport = Як ви їдете?
padm-ask-transport-note = Коротка примітка для лікарні: номер рейсу чи потяга, аеропорт або вокзал? Або пропустіть.
padm-arrival-saved = ✅ Деталі прибуття збережено. Лікарня їх бачить.

padm-refused-dates = Останній день має бути після першого. Нічого не змінено.
padm-refused-field = Це значення не підходить. Нічого не змінено.
padm-refused-arrival = Прибуття має бути між сьогоднішнім і останнім днем стажування. Нічого не змінено.
padm-refused-started = Стажування вже почалося: деталі прибуття вказують до початку.
padm-invite-scope = 🧑‍⚕️ ментор стажування №{ $id }
