## Twin hospitals

hospitals-title = <b>🏥 Twin hospitals</b>
    Ukrainian hospitals and their partners abroad, by country. Tap a hospital to see its internships.
hospitals-pair = • { $partner } ↔ 🇺🇦 { $ukrainian }
hospitals-none = No twinnings are recorded yet.
hospitals-twins = 🤝 Twinned with:
hospitals-no-twins = 🤝 No twin hospital is recorded yet.
hospitals-signed = {" "}(memorandum signed { $date })
hospitals-open = { $count ->
    [one] 🔎 { $count } open internship:
   *[other] 🔎 { $count } open internships:
}
hospitals-open-none = No open internships here right now.
hospitals-back = ◀️ All twin hospitals
