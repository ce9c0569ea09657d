## Експорт (/export)

export-choose = Експорт заявок у таблицю (CSV): оберіть місяць або стажування. Або надішліть <code>/export 2027-02</code>.
export-caption = { $count ->
    [one] 📄 { $count } заявка.
    [few] 📄 { $count } заявки.
    [many] 📄 { $count } заявок.
   *[other] 📄 { $count } заявки.
}
command-export = Заявки у вигляді таблиці
command-stats = Звіт програми

## Звіт програми (/stats)

report-usage = Надішліть <code>/stats</code> за цей місяць або <code>/stats 2027-02</code> за інший.
report-title = 📊 <b>Звіт MedTwin: { $month } { $year }</b>
report-in-month = У { $month }
report-since = З початку { $year } року
report-ytd-title = 📈 <b>З початку { $year } року</b>
report-summary = { $period } { $participants ->
    [small] &lt;3 медичних працівників
    [one] { $participants } медичний працівник
    [few] { $participants } медичні працівники
    [many] { $participants } медичних працівників
   *[other] { $participants } медичного працівника
}, зокрема { $doctors ->
    [small] &lt;3 лікарів
    [one] { $doctors } лікар
    [few] { $doctors } лікарі
    [many] { $doctors } лікарів
   *[other] { $doctors } лікаря
}, з { $institutions ->
    [small] &lt;3 закладів охорони здоров'я
    [one] { $institutions } закладу охорони здоров'я
   *[other] { $institutions } закладів охорони здоров'я
}, { $participants ->
    [one] взяв участь
   *[other] взяли участь
} у { $kinds } у { $countries }.
report-scope = 🏥 Лише ваші лікарні: { $hospitals }. Кількість в одну чи дві особи показано як &lt;3.
report-summary-none = { $period } у заходах програми ще ніхто не брав участі.
report-and = та
report-by-kind = <b>За видом:</b>
report-by-specialty = <b>За спеціальністю:</b>
report-by-status = <b>Подані заявки за статусом:</b>
report-chart-title = Учасники за місяцями, { $year }
report-chart-caption = 📈 Учасники за місяцями
report-kind-internship = Стажування
report-kind-clinical_placement = Клінічні практики
report-kind-training = Тренінги
report-kind-workshop = Практичні семінари
report-kind-seminar = Семінари
report-kind-scientific_event = Наукові заходи
report-kind-experience_exchange = Обмін досвідом
report-kind-in-internship = стажуваннях
report-kind-in-clinical_placement = клінічних практиках
report-kind-in-training = тренінгах
report-kind-in-workshop = практичних семінарах
report-kind-in-seminar = семінарах
report-kind-in-scientific_event = наукових заходах
report-kind-in-experience_exchange = обміні досвідом
report-month-1 = січень
report-month-2 = лютий
report-month-3 = березень
report-month-4 = квітень
report-month-5 = травень
report-month-6 = червень
report-month-7 = липень
report-month-8 = серпень
report-month-9 = вересень
report-month-10 = жовтень
report-month-11 = листопад
report-month-12 = грудень
report-month-in-1 = січні
report-month-in-2 = лютому
report-month-in-3 = березні
report-month-in-4 = квітні
report-month-in-5 = травні
report-month-in-6 = червні
report-month-in-7 = липні
report-month-in-8 = серпні
report-month-in-9 = вересні
report-month-in-10 = жовтні
report-month-in-11 = листопаді
report-month-in-12 = грудні
report-month-short-1 = січ
report-month-short-2 = лют
report-month-short-3 = бер
report-month-short-4 = кві
report-month-short-5 = тра
report-month-short-6 = чер
report-month-short-7 = лип
report-month-short-8 = сер
report-month-short-9 = вер
report-month-short-10 = жов
report-month-short-11 = лис
report-month-short-12 = гру
report-country-in-UA = Україні
report-country-in-PL = Польщі
report-country-in-DE = Німеччині
report-country-in-GB = Великій Британії
report-country-in-FR = Франції
report-country-in-SE = Швеції
report-country-in-LT = Литві
report-country-in-CA = Канаді
report-country-in-IL = Ізраїлі
report-country-in-AT = Австрії
report-country-in-US = США
report-country-in-IT = Італії
report-country-in-ES = Іспанії
report-country-in-NL = Нідерландах
report-country-in-CZ = Чехії
report-country-in-SK = Словаччині
report-country-in-EE = Естонії
report-country-in-LV = Латвії
report-country-in-CH = Швейцарії
report-country-in-BE = Бельгії
report-country-in-DK = Данії
report-country-in-NO = Норвегії
report-country-in-FI = Фінляндії
report-country-in-IE = Ірландії
