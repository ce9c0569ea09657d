## Reviewing applications

review-empty = 🎉 No new applications are waiting for you.
review-empty-filtered = No applications are waiting for this internship.
review-filter-title = Which internship's applications?
review-button-all = 📋 All internships
review-card-title = 📝 <b>Application #{ $id }</b> { $position }
review-position = · { $index } of { $total }
review-card-internship = <b>Internship:</b> { $title } · seats taken { $taken } of { $seats }
review-card-status = <b>Status:</b> { $status }
review-card-endorsement = 🏛 <b>Endorsement requested:</b> the applicant's home institution confirms first.
review-card-home = 🏥 Home institution: { $home }
review-card-submitted = 🗓 Submitted on { $date }
review-card-answers = <b>Answers</b>
review-card-documents = { $count ->
    [0] 📎 No documents attached.
    [one] 📎 1 document, sent above.
   *[other] 📎 { $count } documents, sent above.
}
review-kind-doctor = Doctor
review-kind-healthcare_worker = Nurse or other healthcare worker
review-kind-student = Medical student
review-experience = { $years ->
    [one] 1 year of experience
   *[other] { $years } years of experience
}
review-study-year = year { $year } of study
review-english = English { $level }
review-document-cv = CV
review-document-licence = Licence
review-document-diploma = Diploma
review-document-language_certificate = Language certificate
review-document-other = Document
review-button-offer = ✅ Offer a seat
review-button-waitlist = ⏳ To the waiting list
review-button-reject = ❌ Reject
review-button-endorse = 🏛 Endorse
review-button-decline = ✖️ Decline
review-button-next = ▶️ Next
review-button-filter = 🔎 By internship
review-button-chase = 📣 Chase
review-done-offered = ✅ Seat offered. The applicant has 5 days to confirm.
review-done-waitlisted = ⏳ Added to the waiting list.
review-endorsed-done = 🏛 Endorsed. The host hospital will review it now.
review-already-decided = Someone has already decided this application: it is now “{ $status }”. Nothing was changed.
review-refused-seats-full = Every seat ({ $seats }) is already offered or confirmed. Put the applicant on the waiting list instead.
review-refused-needs-endorsement = The applicant's home institution has not endorsed this application yet.
review-chased = 📣 Reminders queued: { $offers } about offers, { $documents } about missing documents.
review-ask-reject-reason = Why is the application rejected? Write the reason in one message (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }): the applicant will read it. Send /cancel to keep the application as it is.
review-ask-decline-reason = Why does your institution decline to endorse it? Write the reason in one message (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }). Send /cancel to keep it as it is.
review-reason-cancelled = Cancelled. The application is unchanged.
review-rejected-done = ❌ Application #{ $id } rejected. Reason sent to the applicant: { $reason }
review-declined-done = ✖️ Endorsement of application #{ $id } declined. Reason sent to the applicant: { $reason }
review-status-draft = draft
review-status-submitted = submitted
review-status-under_review = under review
review-status-offered = seat offered
review-status-confirmed = confirmed
review-status-declined = offer declined
review-status-waitlisted = on the waiting list
review-status-rejected = rejected
review-status-withdrawn = withdrawn
review-status-lapsed = offer lapsed

## Messages to applicants (outbox templates)

review-notify-offered =
    🎉 <b>You are offered a seat</b> on “{ $title }”.
    Please confirm or decline by { $deadline } in /my, otherwise the seat goes to the next person.
review-notify-waitlisted = ⏳ Your application to “{ $title }” is on the waiting list. We will write as soon as a seat frees up.
review-notify-rejected =
    Your application to “{ $title }” was not accepted this time.
    Reason: { $reason }
review-notify-lapsed = ⌛ Your offer for “{ $title }” was not confirmed in time and has lapsed.
review-notify-endorsed = 🏛 Your home institution endorsed your application to “{ $title }”. The host hospital reviews it next.
review-notify-endorsement-declined =
    Your home institution did not endorse your application to “{ $title }”.
    Reason: { $reason }
review-chase-offer = ⏰ Reminder: your seat on “{ $title }” is waiting for your answer until { $deadline }. Confirm or decline in /my.
review-chase-documents = 📎 Reminder: your application to “{ $title }” still misses a required document. Add it in /documents.

## Errors that may reach the error boundary
