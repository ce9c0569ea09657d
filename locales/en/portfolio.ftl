# The end-of-placement survey, the portfolio PDF and /verify.
command-verify = Check a portfolio's verification code
survey-button = 📝 Short survey
survey-intro = 📝 <b>Four questions and a comment</b>: how was your placement? Your answers go to the programme; the host sees only averages of three answers or more. Then you get your portfolio as a PDF.
survey-ask-teaching = How good was the <b>teaching</b>? 1 = poor, 5 = excellent.
survey-ask-supervision = How good was the <b>supervision</b> by your mentor and the team? 1 = poor, 5 = excellent.
survey-ask-organisation = How well was the placement <b>organised</b> (arrival, schedule, access)? 1 = poor, 5 = excellent.
survey-ask-safety = How <b>safe</b> did you feel, as a learner and for patients? 1 = not at all, 5 = completely.
survey-ask-comment = Anything else to tell us? One message, up to { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] character
       *[other] characters
    }, no patient details. Or press Skip.
survey-thanks = ✅ Thank you! Your answers are saved. Here is your portfolio.
survey-cancelled = The survey is cancelled; nothing is saved. You can answer it later from /placement.
survey-refused-answered = You have already answered this survey. Thank you!
survey-refused-too-early = The survey opens on the last day of your placement.
survey-aspect-teaching = teaching
survey-aspect-supervision = supervision
survey-aspect-organisation = organisation
survey-aspect-safety = safety
survey-stats-title = 📝 <b>End-of-placement survey</b> (averages out of 5, all answers so far)
survey-stats-row = { $hospital } ({ $answers } answers): { $scores }
survey-stats-small = { $hospital }: &lt;3 answers
portfolio-refused-survey-first = The portfolio is issued once the short survey is answered.
portfolio-survey-first = 📝 Your portfolio comes as soon as you answer the short survey: four ratings and an optional comment.
portfolio-not-yet = 📄 Your portfolio is issued at the end of your placement, after a short survey. The survey opens on { $day }.
portfolio-staff-not-issued = 📄 This portfolio is not issued yet: its owner has not answered the end-of-placement survey.
portfolio-pdf-usage = For your portfolio as a PDF, press 📄 Portfolio (PDF) in /placement. Coordinators: /verify with the code on a document, or the placement's number after “portfolio pdf”, e.g. “portfolio pdf 123”.
portfolio-pdf-choose = Which placement's portfolio?
portfolio-pdf-caption = 📄 Your learning portfolio. Verification code: { $code }
portfolio-pdf-title = Learning portfolio
portfolio-pdf-person = Name
portfolio-pdf-home = Home institution
portfolio-pdf-host = Host hospital
portfolio-pdf-twinning = Twinning
portfolio-pdf-dates = Dates
portfolio-pdf-specialty = Specialty
portfolio-pdf-department = Department
portfolio-pdf-mentor = Mentor
portfolio-pdf-logbook = Logbook: { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }, { $confirmed } confirmed by the mentor
portfolio-pdf-kind-case = Cases seen
portfolio-pdf-kind-procedure = Procedures
portfolio-pdf-kind-skill = Skills practised
portfolio-pdf-kind-teaching = Teaching attended
portfolio-pdf-kind-reflection = Reflections
portfolio-pdf-role-observed = observed
portfolio-pdf-role-assisted = assisted
portfolio-pdf-role-performed = performed
portfolio-pdf-confirmed = ✓ Confirmed by { $mentor }, { $date }
portfolio-pdf-empty = No entries.
portfolio-pdf-feedback = Feedback
portfolio-pdf-verify = Verification code { $code } (issued { $date }). A coordinator of the programme checks it in the MedTwin bot with /verify { $code }.
verify-usage = Send /verify and the code printed at the bottom of a portfolio, e.g. “/verify ABCDE-FGH23”.
verify-unknown = ❌ No portfolio has the code “{ $code }”. Check it against the document: 10 letters and digits (2–7), dashes and spaces do not matter.
verify-found = ✅ <b>Valid portfolio</b>
    👤 { $person }
    🏥 { $hospital }, { $city }, { $country }
    📅 { $from } – { $to }
    📓 { $entries } entries, { $confirmed } confirmed by the mentor
    Placement #{ $id }
verify-fetch = 📄 Portfolio PDF
