## Specialties (codes in src/domain/specialties.ts)

specialty-anaesthesiology = Anaesthesiology
specialty-cardiology = Cardiology
specialty-cardiac-surgery = Cardiac surgery
specialty-emergency = Emergency medicine
specialty-family-medicine = Family medicine
specialty-general-surgery = General surgery
specialty-internal-medicine = Internal medicine
specialty-laparoscopy = Laparoscopy
specialty-neurology = Neurology
specialty-neurosurgery = Neurosurgery
specialty-obstetrics = Obstetrics and gynaecology
specialty-oncology = Oncology
specialty-ophthalmology = Ophthalmology
specialty-orthopaedics = Orthopaedics
specialty-otorhinolaryngology = Otorhinolaryngology
specialty-paediatrics = Paediatrics
specialty-psychiatry = Psychiatry
specialty-radiology = Radiology
specialty-rehabilitation = Rehabilitation
specialty-skull-base-surgery = Skull base surgery
specialty-traumatology = Traumatology
specialty-urology = Urology
specialty-vascular-surgery = Vascular surgery
specialty-nursing = Nursing
specialty-other = Other

## Countries (ISO codes in src/domain/countries.ts)

country-AT = Austria
country-BE = Belgium
country-CA = Canada
country-CH = Switzerland
country-CZ = Czechia
country-DE = Germany
country-DK = Denmark
country-EE = Estonia
country-ES = Spain
country-FI = Finland
country-FR = France
country-GB = United Kingdom
country-IE = Ireland
country-IL = Israel
country-IT = Italy
country-LT = Lithuania
country-LV = Latvia
country-NL = Netherlands
country-NO = Norway
country-PL = Poland
country-SE = Sweden
country-SK = Slovakia
country-UA = Ukraine
country-US = United States
