## Internships: list, filters, card

internships-title = <b>🔎 Open internships</b>
internships-filters = Filters: { $filters }
internships-filters-none = Filters: none
internships-filter-specialty-is = specialty: { $value }
internships-filter-country-is = country: { $value }
internships-filter-audience-is = for: { $value }
internships-filter-month-is = starts: { $value }
internships-found = Found: { $count } · page { $page } of { $pages }
internships-empty = There are no open internships right now. Please check again later.
internships-empty-filtered = Nothing matches these filters. Change them, or get a message when such an internship opens.
internships-make-alert = 🔔 Alert me about such internships
internships-alert-saved = 🔔 Done. We will message you when a matching internship opens. Manage alerts with /alerts.
internships-filter-specialty = 🩺 Specialty
internships-filter-country = 🌍 Country
internships-filter-audience = 👥 For whom
internships-filter-month = 📅 Month
internships-clear = ✖️ Clear filters
internships-any = Any
internships-back = ◀️ Back
internships-pick-specialty = Choose a specialty:
internships-pick-country = Choose the host country:
internships-pick-audience = Who is it for?
internships-pick-month = Choose the month it starts:
internships-audience-doctors = doctors
internships-audience-students = students
internships-audience-both = doctors and students
internships-format-on_site = on site
internships-format-telemedicine = telemedicine
internships-format-hybrid = hybrid
internships-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
internships-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
internships-card-host = 🏥 { $host }
internships-card-twins = { $count ->
    [1] 🤝 Twin hospital
   *[other] 🤝 Twin hospitals
}: { $twins }
internships-card-dates = 📅 { $start } – { $end } ({ $duration })
internships-card-format = 📍 Format: { $format }
internships-card-not-for-you = ℹ️ Only for { $audience }: your profile says otherwise, so you cannot apply. If your profile is wrong, change it in 👤 Profile.
internships-card-audience = 👥 For: { $audience }
internships-card-specialties = 🩺 { $specialties }
internships-card-seats = 🪑 Seats left: { $left } of { $seats }
internships-card-deadline = ⏳ Apply by: { $deadline }
internships-card-language = 🗣 Language: { $language }
internships-card-closed = ⛔ Applications for this internship are closed.
internships-apply = ✍️ Apply
internships-share = 🔗 Share
internships-share-text = Share this link: anyone who opens it sees this internship.
    { $link }
internships-not-available = This internship is not available any more. See the open ones with /internships.

## Countries

