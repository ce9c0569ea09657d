## Dates

# Every form a typed date may take (src/time/dates.ts dayFormats), for prompts and re-prompts.
-day-formats = 2027-03-01, 01.03.2027 or 01/03/2027

## The bot's profile (plain text: no tags; description up to 512 characters, short description up to 120)

bot-description =
    MedTwin is the bot of the International Medical Partnership for Ukrainian doctors and medical students.

    Ukrainian hospitals are twinned with hospitals in Poland, Germany, the UK, France, Sweden, Lithuania, Canada, Israel and more. Here you find an internship or clinical placement at a twin hospital, apply in a few steps, follow your applications and keep your learning portfolio. Coordinators review applications and publish internships here.

    Press Start below to begin.
bot-short-description = Internships and clinical placements at twin hospitals abroad, for Ukrainian doctors and medical students.

## Start and main menu

# Hello and what MedTwin is: a returning person reads it in start-greeting, a new one with the onboarding intro, in one message.
start-welcome =
    Hello, <b>{ $name }</b>! 👋
    I am <b>MedTwin</b>, the bot of the International Medical Partnership.

    Ukrainian hospitals are twinned with hospitals in Poland, Germany, the UK, France, Sweden, Lithuania, Canada, Israel and more. Here you can find an internship or clinical placement at a twin hospital, apply, follow your applications and keep your learning portfolio.
start-greeting =
    { start-welcome }

    Choose what you need below.
menu-internships = 🔎 Internships
menu-hospitals = 🏥 Twin hospitals
menu-applications = 📋 My applications
menu-alerts = 🔔 Alerts
menu-profile = 👤 Profile
menu-help = ❓ Help
cancel-nothing = There is nothing to cancel right now. Choose from the menu below.
unhandled = I did not understand that. Use the menu below or send /help.

## Help

help-text =
    <b>What MedTwin does</b>

    🔎 <b>Internships</b>: open internships, trainings and placements at twin hospitals abroad, with filters by specialty, country and month.
    🏥 <b>Twin hospitals</b>: which Ukrainian hospital is paired with which hospital abroad.
    📋 <b>My applications</b>: the status of everything you applied to.
    🎒 <b>/placement</b>: during a placement, the pre-departure checklist and your learning portfolio.
    📓 <b>/portfolio</b>: your logbook by week: add, open, edit or delete entries. 🧑‍🏫 <b>/mentor</b>: for mentors, the entries to confirm.
    📅 <b>/events</b>: conferences, training weeks and seminars of the twin hospitals: register, join the waitlist, get a certificate of attendance.
    🤝 <b>/consult</b>: ask your twin hospital for a tele-consultation on an anonymised case, or for a mentor; <b>/consults</b>: your requests and those for you.
    🔔 <b>Alerts</b>: a message when a new internship in your specialty opens.
    👤 <b>Profile</b>: who you are, so you do not answer the same questions twice.
    🌍 <b>/volunteer</b>: for doctors, nurses and paramedics from abroad who want to work in a Ukrainian hospital.

    Commands: /internships, /hospitals, /my, /placement, /portfolio, /events, /mentor, /consult, /alerts, /volunteer, /profile, /documents, /language, /privacy.
    Send /cancel to leave any question-and-answer flow.

## Language

language-choose = Choose your language:
language-name-uk = 🇺🇦 Українська
language-name-en = 🇬🇧 English
language-set = ✅ Language set: English.
language-menu-updated = The menu is now in English.

## Command menu

command-start = Main menu
command-internships = Open internships
command-hospitals = Twin hospitals
command-my = My applications
command-alerts = Alerts about new internships
command-profile = My profile
command-documents = My documents
command-language = Change language
command-privacy = What is stored about me
command-help = What this bot does

## Errors

error-generic = 😔 Sorry, something went wrong on our side. Please try again in a minute.
error-stale-button = This button is no longer valid. Please open the menu again.
error-not-found = This was not found. It may have been removed.
error-forbidden = This action is not available to you.
error-invalid-country = This country is not in the programme's list.
error-invalid-month = This is not a month like 2027-02.
error-profile-too-long = This is too long: please keep it up to { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] character
       *[other] characters
    }. Nothing was saved.
error-profile-out-of-range = This must be a whole number from { $min } to { $max }. Nothing was saved.
error-profile-unknown-value = This is not one of the choices. Nothing was saved.
rate-limit-slow-down = ⏳ That is a lot of commands at once. Please slow down: try again in a minute.
