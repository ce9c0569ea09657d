## Internships: list, filters, card

internships-title = <b>🔎 Відкриті стажування</b>
internships-filters = Фільтри: { $filters }
internships-filters-none = Фільтри: немає
internships-filter-specialty-is = спеціальність: { $value }
internships-filter-country-is = країна: { $value }
internships-filter-audience-is = учасники: { $value }
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
internships-card-twins = { $count ->
    [1] 🤝 Побратим
   *[other] 🤝 Побратими
}: { $twins }
internships-card-dates = 📅 { $start } – { $end } ({ $duration })
internships-card-format = 📍 Формат: { $format }
internships-card-not-for-you = ℹ️ Учасники: лише { $audience }. За вашим профілем подати заявку не можна. Якщо профіль неточний, змініть його в 👤 Профіль.
internships-card-audience = 👥 Учасники: { $audience }
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

## Countries

