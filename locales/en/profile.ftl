## Profile and onboarding

profile-onboarding-intro =
    Let's get to know you: a few quick questions, so you do not have to answer them again when you apply.
    Each question can be skipped with ⏭ and changed later in 👤 Profile. Send /cancel to stop.
profile-onboarding-done = ✅ Thank you! Your profile is saved. You can change it any time in 👤 Profile.
profile-flow-cancelled = Stopped. What you answered so far is saved.
profile-ask-kind = Who are you?
profile-kind-doctor = 🩺 Doctor
profile-kind-healthcare_worker = 💉 Nurse or other healthcare worker
profile-kind-student = 🎓 Medical student
profile-ask-name = What is your full name, as written in your documents? (up to { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] character
       *[other] characters
    })
profile-ask-institution = Where do you work or study? Choose your hospital or university below, or type its name (up to { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] character
       *[other] characters
    }).
profile-ask-specialty = What is your specialty?
profile-ask-experience = How many years have you worked in medicine? Choose below, or send a number from 0 to { $max }.
profile-ask-study-year = Which year of study are you in?
profile-ask-english = What is your level of English?
## Profile card

profile-title = <b>👤 Your profile</b>
profile-not-set = — not set
profile-line-kind = Who you are: { $value }
profile-line-name = Full name: { $value }
profile-line-institution = Home institution: { $value }
profile-line-specialty = Specialty: { $value }
profile-line-experience = Experience: { $value }
profile-line-study-year = Year of study: { $value }
profile-line-english = English: { $value }
profile-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
profile-complete = ✅ Your profile has everything an application needs.
profile-missing = ⚠️ Before you apply, please add: { $fields }.
profile-missing-kind = who you are
profile-missing-fullName = full name
profile-missing-homeInstitution = home institution
profile-missing-specialty = specialty
profile-missing-experience = experience or year of study
profile-missing-englishLevel = English level
profile-edit-kind = ✏️ Who you are
profile-edit-name = ✏️ Name
profile-edit-institution = ✏️ Institution
profile-edit-specialty = ✏️ Specialty
profile-edit-experience = ✏️ Experience
profile-edit-study-year = ✏️ Year of study
profile-edit-english = ✏️ English
profile-documents = 📎 My documents

