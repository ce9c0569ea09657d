## My applications

applications-none = You have not applied to anything yet. Find an internship below.
applications-title = { $count ->
    [one] <b>📋 Your application</b>
   *[other] <b>📋 Your applications ({ $count })</b>
}
applications-icon-draft = 📝
applications-icon-submitted = 📨
applications-icon-under_review = 🔍
applications-icon-offered = 🎉
applications-icon-confirmed = ✅
applications-icon-declined = ↩️
applications-icon-waitlisted = ⏳
applications-icon-rejected = ❌
applications-icon-withdrawn = 🚫
applications-icon-lapsed = ⌛
applications-status = Status: <b>{ $status }</b>
applications-status-draft = draft, not sent yet: continue it
applications-status-submitted = submitted
applications-status-under_review = under review
applications-status-offered = offered a place
applications-status-confirmed = confirmed
applications-status-declined = offer declined
applications-status-waitlisted = on the waiting list
applications-status-rejected = not accepted
applications-status-withdrawn = withdrawn
applications-status-lapsed = offer lapsed
applications-reason = Reason: { $reason }
applications-offer-until = Please answer the offer by { $until }.
applications-answers = <b>Your answers</b>
applications-answer-motivation = Motivation
applications-answer-experience = Experience
applications-answer-phone = Phone
applications-answer-documents = Documents
applications-history = <b>History</b>
applications-continue = ✍️ Continue the application
applications-accept = ✅ Accept the place
applications-decline = ↩️ Decline
applications-withdraw = 🚫 Withdraw
applications-back = ◀️ All applications
applications-withdraw-confirm = Withdraw your application to <b>{ $title }</b>? This cannot be undone.
applications-withdraw-yes = Yes, withdraw
applications-withdraw-no = No, keep it
applications-withdrawn = Your application was withdrawn.
applications-accepted = 🎉 You accepted the place. See you there!
applications-declined = You declined the offer.
applications-staff-withdrawn = 🚫 Application #{ $applicationId } to <b>{ $title }</b> was withdrawn by the applicant.
applications-staff-confirmed = ✅ Application #{ $applicationId }: the applicant accepted the place at <b>{ $title }</b>.
applications-staff-declined = ↩️ Application #{ $applicationId }: the applicant declined the offer for <b>{ $title }</b>.
error-application-changed = This application has just changed. Please open it again.
error-application-not-withdrawable = This application can no longer be withdrawn.
error-application-no-offer = There is no open offer on this application.
error-application-offer-lapsed = ⌛ Sorry, the offer has lapsed: its deadline has passed.
