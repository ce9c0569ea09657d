## Alerts

alerts-title = <b>🔔 Сповіщення про нові стажування</b>
alerts-on = ✅ Сповіщення увімкнено. Коли відкриється нове стажування за вашим вибором, я надішлю повідомлення.
alerts-off = 🔕 Сповіщення вимкнено. Увімкніть їх, щоб дізнаватися про нові стажування.
alerts-line-specialties = Спеціальності: { $value }
alerts-line-countries = Країни: { $value }
alerts-line-audience = Для: { $value }
alerts-any-specialty = будь-яка спеціальність
alerts-any-country = будь-яка країна
alerts-audience-doctors = лікарів і медичних працівників (з вашого профілю)
alerts-audience-students = студентів-медиків (з вашого профілю)
alerts-audience-any = усіх (вкажіть, хто ви, у розділі 👤 Профіль)
alerts-choose-specialties = 🩺 Спеціальності
alerts-choose-countries = 🌍 Країни
alerts-turn-off = 🔕 Вимкнути сповіщення
alerts-turn-on = 🔔 Увімкнути сповіщення
alerts-turned-off = Сповіщення вимкнено. Ваш вибір збережено.
alerts-turned-on = Сповіщення увімкнено.
alerts-pick-specialties = Натисніть спеціальності, про які хочете дізнаватися (✅ = обрано). Якщо нічого не обрано, то будь-яка.
alerts-pick-countries = Натисніть країни, про які хочете дізнаватися (✅ = обрано). Якщо нічого не обрано, то будь-яка.
alerts-done = ✔️ Готово

