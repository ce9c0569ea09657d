## Export (/export)

export-choose = Export applications as a spreadsheet (CSV): choose a month or an internship. Or send <code>/export 2027-02</code>.
export-caption = { $count ->
    [one] 📄 1 application.
   *[other] 📄 { $count } applications.
}
command-export = Applications as a spreadsheet
command-stats = Programme report

## Programme report (/stats)

report-usage = Send <code>/stats</code> for this month or <code>/stats 2027-02</code> for another one.
report-title = 📊 <b>MedTwin report: { $month } { $year }</b>
report-in-month = In { $month }
report-since = Since the start of { $year }
report-ytd-title = 📈 <b>Year to date, { $year }</b>
report-summary = { $period }, { $participants ->
    [small] &lt;3 healthcare workers
    [one] 1 healthcare worker
   *[other] { $participants } healthcare workers
}, including { $doctors ->
    [small] &lt;3 doctors
    [one] 1 doctor
   *[other] { $doctors } doctors
} from { $institutions ->
    [small] &lt;3 medical institutions
    [one] 1 medical institution
   *[other] { $institutions } medical institutions
}, took part in { $kinds } in { $countries }.
report-scope = 🏥 Your hospitals only: { $hospitals }. Counts of one or two people are shown as &lt;3.
report-summary-none = { $period }, nobody has taken part in the programme's events yet.
report-and = and
report-by-kind = <b>By kind:</b>
report-by-specialty = <b>By specialty:</b>
report-by-status = <b>Applications submitted, by status:</b>
report-chart-title = Participants by month, { $year }
report-chart-caption = 📈 Participants by month
report-kind-internship = Internships
report-kind-clinical_placement = Clinical placements
report-kind-training = Trainings
report-kind-workshop = Workshops
report-kind-seminar = Seminars
report-kind-scientific_event = Scientific events
report-kind-experience_exchange = Experience exchange
report-kind-in-internship = internships
report-kind-in-clinical_placement = clinical placements
report-kind-in-training = trainings
report-kind-in-workshop = workshops
report-kind-in-seminar = seminars
report-kind-in-scientific_event = scientific events
report-kind-in-experience_exchange = experience exchange
report-month-1 = January
report-month-2 = February
report-month-3 = March
report-month-4 = April
report-month-5 = May
report-month-6 = June
report-month-7 = July
report-month-8 = August
report-month-9 = September
report-month-10 = October
report-month-11 = November
report-month-12 = December
report-month-in-1 = January
report-month-in-2 = February
report-month-in-3 = March
report-month-in-4 = April
report-month-in-5 = May
report-month-in-6 = June
report-month-in-7 = July
report-month-in-8 = August
report-month-in-9 = September
report-month-in-10 = October
report-month-in-11 = November
report-month-in-12 = December
report-month-short-1 = Jan
report-month-short-2 = Feb
report-month-short-3 = Mar
report-month-short-4 = Apr
report-month-short-5 = May
report-month-short-6 = Jun
report-month-short-7 = Jul
report-month-short-8 = Aug
report-month-short-9 = Sep
report-month-short-10 = Oct
report-month-short-11 = Nov
report-month-short-12 = Dec
report-country-in-UA = Ukraine
report-country-in-PL = Poland
report-country-in-DE = Germany
report-country-in-GB = the United Kingdom
report-country-in-FR = France
report-country-in-SE = Sweden
report-country-in-LT = Lithuania
report-country-in-CA = Canada
report-country-in-IL = Israel
report-country-in-AT = Austria
report-country-in-US = the United States
report-country-in-IT = Italy
report-country-in-ES = Spain
report-country-in-NL = the Netherlands
report-country-in-CZ = Czechia
report-country-in-SK = Slovakia
report-country-in-EE = Estonia
report-country-in-LV = Latvia
report-country-in-CH = Switzerland
report-country-in-BE = Belgium
report-country-in-DK = Denmark
report-country-in-NO = Norway
report-country-in-FI = Finland
report-country-in-IE = Ireland
