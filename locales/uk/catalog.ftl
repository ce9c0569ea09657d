## Specialties (codes in src/domain/specialties.ts)

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

## Countries (ISO codes in src/domain/countries.ts)

country-AT = Австрія
country-BE = Бельгія
country-CA = Канада
country-CH = Швейцарія
country-CZ = Чехія
country-DE = Німеччина
country-DK = Данія
country-EE = Естонія
country-ES = Іспанія
country-FI = Фінляндія
country-FR = Франція
country-GB = Велика Британія
country-IE = Ірландія
country-IL = Ізраїль
country-IT = Італія
country-LT = Литва
country-LV = Латвія
country-NL = Нідерланди
country-NO = Норвегія
country-PL = Польща
country-SE = Швеція
country-SK = Словаччина
country-UA = Україна
country-US = США
