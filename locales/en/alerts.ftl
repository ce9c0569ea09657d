## Alerts

alerts-title = <b>🔔 Alerts about new internships</b>
alerts-on = ✅ Alerts are on. When a new internship opens that fits your choice, I will send you a message.
alerts-off = 🔕 Alerts are off. Turn them on to hear about new internships.
alerts-line-specialties = Specialties: { $value }
alerts-line-countries = Countries: { $value }
alerts-line-audience = For: { $value }
alerts-any-specialty = any specialty
alerts-any-country = any country
alerts-audience-doctors = doctors and healthcare workers (from your profile)
alerts-audience-students = medical students (from your profile)
alerts-audience-any = everyone (tell us who you are in 👤 Profile)
alerts-choose-specialties = 🩺 Specialties
alerts-choose-countries = 🌍 Countries
alerts-turn-off = 🔕 Turn alerts off
alerts-turn-on = 🔔 Turn alerts on
alerts-turned-off = Alerts are off. Your choice is kept.
alerts-turned-on = Alerts are on.
alerts-pick-specialties = Tap the specialties you want to hear about (✅ = chosen). None chosen means any specialty.
alerts-pick-countries = Tap the countries you want to hear about (✅ = chosen). None chosen means any country.
alerts-done = ✔️ Done

