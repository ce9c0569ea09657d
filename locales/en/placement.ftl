command-placement = My placement: checklist and portfolio
placement-none = You have no placements yet. When you accept an offer, your placement appears here. Find an internship: /internships
placement-not-yours = This placement is not available to you. Open /placement again.
placement-list-title = { $count ->
    [one] Your placement:
   *[other] Your placements ({ $count }). Choose one:
}
placement-heading = { $phase } <b>{ $title }</b>
    🏥 { $hospital }, { $city }
    📅 { $from } – { $to }
placement-phase-upcoming = 🗓 Upcoming
placement-phase-active = 🩺 Now
placement-phase-finished = 🎓 Finished
placement-checklist-title = ✈️ Before you go: tap an item to tick it off.
placement-portfolio-title = 📓 <b>Portfolio</b>
placement-count-case = { $count ->
    [one] 1 case
   *[other] { $count } cases
}
placement-count-procedure = { $count ->
    [one] 1 procedure
   *[other] { $count } procedures
}
placement-count-skill = { $count ->
    [one] 1 skill
   *[other] { $count } skills
}
placement-count-reflection = { $count ->
    [one] 1 reflection
   *[other] { $count } reflections
}
placement-feedback-none = 💬 Tell us how it went with Feedback.
placement-feedback-given = 💬 Thank you, your feedback is saved.
placement-check-visa = Visa
placement-check-insurance = Insurance
placement-check-travel = Travel
placement-check-accommodation = Accommodation
placement-check-documents = Documents
placement-add-case = ➕ Case
placement-add-procedure = ➕ Procedure
placement-add-skill = ➕ Skill
placement-add-reflection = ➕ Reflection
placement-document = 📄 Portfolio (PDF)
placement-feedback = 💬 Feedback
placement-back = ⬅️ All placements
placement-ask-case = Describe the case in one message (up to { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] character
       *[other] characters
    }, no patient names). Send /cancel to stop.
placement-ask-procedure = Which procedure did you do or assist with? One message, up to { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] character
       *[other] characters
    }. Send /cancel to stop.
placement-ask-skill = Which skill did you learn or practise? One message, up to { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] character
       *[other] characters
    }. Send /cancel to stop.
placement-ask-reflection = Write your reflection in one message, up to { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] character
       *[other] characters
    }. Send /cancel to stop.
placement-ask-feedback = How did the placement go? What was useful, what should we improve? One message, up to { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] character
       *[other] characters
    }. Send /cancel to stop.
placement-entry-saved = ✅ Added to your portfolio.
placement-feedback-saved = ✅ Thank you for your feedback.