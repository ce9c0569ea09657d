## Foreign specialists who want to work in Ukraine

command-volunteer = Volunteer in Ukraine (foreign specialists)
command-needs = Needs for foreign specialists, volunteers to review

## The volunteer's side

vol-welcome = 🌍 <b>Work in Ukraine as a foreign specialist</b>
    Ukrainian hospitals need doctors, nurses and paramedics. Register once with your licence and CV, then apply to a hospital's need or tell us when you are available.
    Which language shall we use?
vol-register-intro = 📝 A few questions about your licence and experience. Send /cancel at any step to stop.
vol-register-cancelled = Stopped. Nothing was saved.
vol-ask-profession = Your profession:
vol-ask-specialty = Your specialty:
vol-ask-licence-country = Which country issued your licence to practise?
vol-ask-licence-number = The number of your licence (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }):
vol-ask-licence-issuer = The body that issued it, e.g. a medical council or chamber (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }):
vol-ask-experience = How many years of experience do you have in your profession? (a whole number)
vol-ask-languages = Which languages do you speak? Tick them, then press Done.
vol-ask-available-from = From which day are you available? Send the date as { -day-formats }.
vol-ask-available-to = Until which day?
vol-date-past = This day has passed. Send a day from today on.
vol-date-before = This must be after the first day. Send another date.
vol-ask-licence-file = 📎 Send your licence as a file: PDF, JPG or PNG, up to { $max } MB. A photo of it also works.
vol-ask-licence-expiry = When does your licence expire? Send the date as { -day-formats }, or press Skip if it does not expire.
vol-ask-cv-file = 📎 Now your CV: PDF, JPG or PNG, up to { $max } MB.
vol-send-file = Please send the document as a file (PDF, JPG or PNG, up to { $max } MB) or a photo. Send /cancel to stop.
vol-register-summary = 👀 <b>Your credentials</b>
vol-ask-register-save = Save them? A Ukrainian hospital's coordinator will check your licence before any invitation.
vol-button-save-profile = 💾 Save
vol-register-saved = ✅ Saved. Your licence and CV are in your documents (/documents). Now apply to a need, or offer your general availability.
vol-profession-doctor = Doctor
vol-profession-nurse = Nurse
vol-profession-paramedic = Paramedic
vol-profile-who = 🩺 { $profession }, { $specialty } · { $years ->
        [one] 1 year of experience
       *[other] { $years } years of experience
    }
vol-profile-licence = 🪪 Licence { $number } · { $issuer } · { $country }
vol-profile-languages = 🗣 { $languages }
vol-profile-available = 📅 Available { $from } – { $to }
vol-home-title = 🌍 <b>Your volunteer profile</b>
vol-button-needs-open = 🔎 Open needs
vol-button-general = 🙋 I am available for any hospital
vol-button-mine = 📋 My volunteer applications
vol-button-update = ✏️ Update my credentials
vol-needs-title = 🔎 Ukrainian hospitals need:
vol-needs-none = No hospital has an open need right now. You can still offer your general availability.
vol-button-apply = ✅ Apply
vol-button-back-needs = ◀️ All needs
vol-applied = ✅ Application #{ $id } sent. The hospital checks your licence, then invites you or answers with a reason.
vol-applied-general = ✅ Thank you: your general availability is registered (#{ $id }). A hospital that needs your specialty may invite you.
vol-mine-none = You have not applied yet.
vol-general = General availability
vol-app-title = 📋 <b>#{ $id }</b> { $where }
vol-app-status = Status: <b>{ $status }</b>
vol-app-invited-dates = 📅 Invited for { $from } – { $to }
vol-app-reason = Reason: { $reason }
vol-status-submitted = sent, waiting for the hospital
vol-status-invited = invited
vol-status-declined = declined
vol-status-withdrawn = withdrawn
vol-status-accepted = accepted
vol-button-accept = ✅ Accept the invitation
vol-button-withdraw = ✖️ Withdraw
vol-done-accepted = Accepted. See you in Ukraine!
vol-done-withdrawn = Withdrawn.
vol-checklist-title = ✅ <b>Before you travel</b> (tap an item once it is done):
vol-checklist-travel = Travel booked
vol-checklist-ministry = Registered with the Ministry of Health
vol-checklist-insurance = Insurance
vol-checklist-security = Security briefing

## A need, as anyone reads it

vol-need-title = 🆘 <b>{ $specialty }</b> · { $department }
vol-need-dates = 📅 { $from } – { $to }
vol-need-languages = 🗣 Spoken on the ward: { $languages }
vol-need-accommodation-yes = 🏠 Accommodation provided
vol-need-accommodation-no = 🏠 No accommodation provided
vol-need-translator-yes = 🧑‍🏫 A translator is provided
vol-need-translator-no = 🧑‍🏫 No translator
vol-need-security = ⚠️ Security: { $notes }
vol-lang-uk = Ukrainian
vol-lang-en = English
vol-lang-pl = Polish
vol-lang-de = German
vol-lang-fr = French
vol-lang-es = Spanish
vol-lang-it = Italian
vol-lang-ru = Russian

## The hospital's side: needs

vol-needs-admin-title = 🆘 <b>Needs for foreign specialists</b>
vol-needs-admin-none = 🆘 Your hospitals have no needs yet. Describe one: a foreign specialist can apply in a few taps.
vol-needs-no-hospitals = Needs are published by a Ukrainian hospital's coordinator, and you coordinate none.
vol-button-new-need = ➕ New need
vol-button-review = { $count ->
        [0] 🧑‍⚕️ No volunteers waiting
        [one] 🧑‍⚕️ 1 volunteer to review
       *[other] 🧑‍⚕️ { $count } volunteers to review
    }
vol-button-needs = 📋 All needs
vol-need-status-draft = draft
vol-need-status-open = open
vol-need-status-closed = closed
vol-need-status-icon-draft = 📝
vol-need-status-icon-open = 🟢
vol-need-status-icon-closed = ⏸
vol-need-card-header = 🆘 <b>Need #{ $id }</b> · { $status }
vol-ask-need-hospital = 🏥 Which hospital needs a specialist?
vol-ask-need-specialty = 🩺 Which specialty?
vol-ask-need-department-uk = The department in <b>Ukrainian</b> (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }). Send /cancel at any step to stop.
vol-ask-need-department-en = The department in <b>English</b>, the working language of most volunteers (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }).
vol-ask-need-from = 📅 From which day? Send the date as { -day-formats }.
vol-ask-need-to = 📅 Until which day?
vol-ask-need-languages = 🗣 Which languages are spoken on the ward? Tick them, then press Done.
vol-ask-need-accommodation = 🏠 Is accommodation provided?
vol-ask-need-translator = 🧑‍🏫 Is a translator provided?
vol-ask-need-security-uk = ⚠️ Security notes in <b>Ukrainian</b> (shelters, curfew, alerts), up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }; or press Skip.
vol-ask-need-security-en = ⚠️ The same notes in <b>English</b> (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }).
vol-yes = Yes
vol-no = No
vol-preview-header = 👀 <b>Preview</b>: this is how it will read in both languages.
vol-ask-need-save = Save it as a draft?
vol-button-save = 💾 Save draft
vol-button-discard = 🗑 Discard
vol-need-saved = 💾 Saved as draft #{ $id }. Publish it so foreign specialists can apply.
vol-button-publish = 🚀 Publish
vol-button-reopen = 🔁 Reopen
vol-button-close = ⏸ Close
vol-button-share = 🔗 Link for volunteers
vol-need-published = Published: volunteers can apply now.
vol-need-closed = Closed: no more applications.

## The hospital's side: reviewing volunteers

vol-review-empty = 🎉 No volunteers are waiting for you.
vol-card-title = 🧑‍⚕️ <b>Volunteer #{ $id }</b> { $name }{ $position }
vol-card-need = For need #{ $id }: { $specialty } · { $hospital }
vol-card-general = General availability: any Ukrainian hospital
vol-card-no-profile = The volunteer's credentials were deleted.
vol-card-documents = { $count ->
        [0] 📎 No licence or CV on file.
        [one] 📎 1 document, sent above.
       *[other] 📎 { $count } documents, sent above.
    }
vol-card-expires = { $type }: valid until { $date }
vol-card-unverified = 🔍 The licence is <b>not verified</b> yet: check it before an invitation.
vol-card-verified = ✅ Licence verified: { $note }
vol-button-verify = 🔍 Licence verified
vol-button-invite = 📨 Invite
vol-button-decline = ❌ Decline
vol-button-next = ▶️ Next
vol-decision-cancelled = Cancelled. The volunteer's application is unchanged.
vol-ask-verify-note = How did you verify the licence? A note for the record, e.g. the register and the date (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }).
vol-verified-done = ✅ The licence of volunteer #{ $id } is verified. You can invite them now.
vol-ask-decline-reason = Why is the volunteer declined? The volunteer will read it (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }).
vol-declined-done = ❌ Volunteer #{ $id } declined: { $reason }
vol-ask-invite-hospital = 🏥 To which of your hospitals?
vol-ask-invite-from = 📅 Invited from which day? Send the date as { -day-formats }.
vol-ask-invite-to = 📅 Until which day?
vol-invited-done = 📨 Volunteer #{ $id } invited for { $from } – { $to }. They will be told and asked to accept.

## Refusals

vol-refused-need-dates = The period must start after today, and end after it starts. Send another date.
vol-refused-invalid = This is not a valid answer. Nothing was saved.
vol-refused-need-status = This can no longer be done: the need's status has changed. Open /needs again.
vol-refused-need-closed = This need is no longer open. Open /volunteer to see the others.
vol-refused-no-profile = Please register first: send /volunteer.
vol-refused-applied = You have already applied here. See your applications in /volunteer.
vol-refused-unverified = A volunteer can be invited only once their licence is verified.
vol-refused-status = This can no longer be done: the application's status has changed.

## Messages through the outbox

vol-notify-verified = 🔍 Your licence was verified by the hospital (application #{ $id }).
vol-notify-invited = 📨 <b>You are invited!</b> { $hospitalEn } invites you for { $from } – { $to } (application #{ $id }). Do you accept?
vol-notify-declined = Your application #{ $id } was declined. Reason: { $reason }
vol-notify-staff-applied = 🧑‍⚕️ A foreign volunteer applied (#{ $id }). Open /needs to review.
vol-notify-staff-accepted = ✅ Volunteer #{ $id } accepted your invitation.
vol-notify-staff-withdrawn = ✖️ Volunteer #{ $id } withdrew.
vol-reminder-checklist = ✅ You arrive in Ukraine on { $from } ({ $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }). { $count ->
        [one] One item of your checklist is still open.
       *[other] { $count } items of your checklist are still open.
    } Open /volunteer to tick what is done.

## The monthly report

vol-report-line = 🌍 Foreign specialists who worked in Ukraine: { $total } — by country: { $countries }; by specialty: { $specialties }
