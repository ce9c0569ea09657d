## Internships: list, filters, card

internships-title = <b>🔎 Відкриті стажування</b>
internships-filters = Фільтри: { $filters }
internships-filters-none = Фільтри: немає
internships-filter-specialty-is = спеціальність: { $value }
internships-filter-country-is = країна: { $value }
internships-filter-audience-is = для: { $value }
internships-filter-month-is = початок: { $value }
internships-found = Знайдено: { $count } · сторінка { $page } з { $pages }
internships-empty = Зараз немає відкритих стажувань. Зазирніть пізніше.
internships-empty-filtered = За цими фільтрами нічого немає. Змініть їх або отримайте повідомлення, коли таке стажування відкриється.
internships-make-alert = 🔔 Повідомити про такі стажування
internships-alert-saved = 🔔 Готово. Ми напишемо вам, коли відкриється відповідне стажування. Керувати сповіщеннями: /alerts.
internships-filter-specialty = 🩺 Спеціальність
internships-filter-country = 🌍 Країна
internships-filter-audience = 👥 Для кого
internships-filter-month = 📅 Місяць
internships-clear = ✖️ Скинути фільтри
internships-any = Будь-яка
internships-back = ◀️ Назад
internships-pick-specialty = Оберіть спеціальність:
internships-pick-country = Оберіть країну лікарні:
internships-pick-audience = Для кого стажування?
internships-pick-month = Оберіть місяць початку:
internships-audience-doctors = лікарі
internships-audience-students = студенти
internships-audience-both = лікарі та студенти
internships-format-on_site = очно
internships-format-telemedicine = телемедицина
internships-format-hybrid = змішаний
internships-days = { $count ->
    [one] { $count } день
    [few] { $count } дні
    [many] { $count } днів
   *[other] { $count } дня
}
internships-weeks = { $count ->
    [one] { $count } тиждень
    [few] { $count } тижні
    [many] { $count } тижнів
   *[other] { $count } тижня
}
internships-card-host = 🏥 { $host }
internships-card-twins = 🤝 Побратим: { $twins }
internships-card-dates = 📅 { $start } – { $end } ({ $duration })
internships-card-format = 📍 Формат: { $format }
internships-card-audience = 👥 Для: { $audience }
internships-card-specialties = 🩺 { $specialties }
internships-card-seats = 🪑 Вільних місць: { $left } з { $seats }
internships-card-deadline = ⏳ Подати до: { $deadline }
internships-card-language = 🗣 Мова: { $language }
internships-card-closed = ⛔ Прийом заявок на це стажування закрито.
internships-apply = ✍️ Подати заявку
internships-share = 🔗 Поділитися
internships-share-text = Поділіться посиланням: кожен, хто його відкриє, побачить це стажування.
    { $link }
internships-not-available = Це стажування більше недоступне. Відкриті стажування: /internships.

## Specialties

specialty-anaesthesiology = Анестезіологія
specialty-cardiology = Кардіологія
specialty-cardiac-surgery = Кардіохірургія
specialty-emergency = Екстрена медицина
specialty-family-medicine = Сімейна медицина
specialty-general-surgery = Загальна хірургія
specialty-internal-medicine = Внутрішня медицина
specialty-laparoscopy = Лапароскопія
specialty-neurology = Неврологія
specialty-neurosurgery = Нейрохірургія
specialty-obstetrics = Акушерство і гінекологія
specialty-oncology = Онкологія
specialty-ophthalmology = Офтальмологія
specialty-orthopaedics = Ортопедія
specialty-otorhinolaryngology = Отоларингологія
specialty-paediatrics = Педіатрія
specialty-psychiatry = Психіатрія
specialty-radiology = Радіологія
specialty-rehabilitation = Реабілітація
specialty-skull-base-surgery = Хірургія основи черепа
specialty-traumatology = Травматологія
specialty-urology = Урологія
specialty-vascular-surgery = Судинна хірургія
specialty-nursing = Сестринська справа
specialty-other = Інше

## Countries

country-UA = Україна
country-PL = Польща
country-DE = Німеччина
country-GB = Велика Британія
country-FR = Франція
country-SE = Швеція
country-LT = Литва
country-CA = Канада
country-IL = Ізраїль
country-AT = Австрія
country-US = США
country-IT = Італія
country-ES = Іспанія
country-NL = Нідерланди
country-CZ = Чехія
country-SK = Словаччина
country-EE = Естонія
country-LV = Латвія
country-CH = Швейцарія
country-BE = Бельгія
country-DK = Данія
country-NO = Норвегія
country-FI = Фінляндія
country-IE = Ірландія
