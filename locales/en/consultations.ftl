## Consultations: tele-consultation and mentoring requests to the twin hospital
command-consult = Ask the twin hospital: a tele-consultation or a mentor
command-consults = Consultation requests: mine and those for me

consult-no-home = To ask the twin hospital, first set your home hospital in /profile: the request goes to its twin abroad.
consult-no-twin = { $hospital } has no twin hospital abroad in the programme yet.
consult-ask-twin = 🏥 Which twin hospital do you ask?
consult-ask-kind = 🤝 What do you ask { $hospital } for?
consult-kind-consultation = 🩺 A tele-consultation on a case
consult-kind-mentoring = 🧑‍🏫 A mentor in a field
consult-ask-specialty = In which specialty?
consult-ask-urgency = How urgent is it?
consult-urgency-routine = Routine
consult-urgency-within_72h = ⏱ Within 72 hours
consult-anonymise-notice = 🔒 <b>Anonymised cases only.</b> Leave out names and initials, dates of birth, record, card and hospital numbers, phone numbers and addresses. Age, sex and the clinical findings are enough.
consult-ask-question = ✍️ Describe the case and your question (up to { NUMBER($max, useGrouping: "min2") } characters).
consult-ask-question-mentoring = ✍️ What would you like to learn, and what is your experience so far (up to { NUMBER($max, useGrouping: "min2") } characters)?
consult-pii-dob = ⚠️ Your text seems to contain a date of birth. A case sent to the twin hospital must be anonymised. Send it as it is?
consult-pii-phone = ⚠️ Your text seems to contain a phone number. A case sent to the twin hospital must be anonymised. Send it as it is?
consult-pii-record = ⚠️ Your text seems to contain a record or hospital number. A case sent to the twin hospital must be anonymised. Send it as it is?
consult-pii-name = ⚠️ Your text seems to contain a patient's name or initials. A case sent to the twin hospital must be anonymised. Send it as it is?
consult-pii-keep = It is anonymised, keep it
consult-pii-edit = ✏️ Edit the text
consult-ask-slots = 🕒 When would suit you? A few times in your time zone, { $zone } (e.g. "weekdays after 16:00"), up to { NUMBER($max, useGrouping: "min2") } characters.
consult-ask-file = 📎 Attach an image or a report (a photo or a document, anonymised too), or press ⏭ Skip.
consult-ask-file-more = 📎 Attached: { $count } of { $max }. Another one, or ⏭ Skip to go on.
consult-file-reprompt = Please send a photo or a document, or press ⏭ Skip.
consult-file-too-large = This file is too large: up to 20 MB, please.
consult-ask-confirm = <b>Before it is sent:</b> do you confirm that the case is anonymised — no names, dates of birth or record numbers, in the text and in the attachments?
consult-confirm-yes = ✅ I confirm, send it
consult-confirm-no = ✖️ Don't send
consult-not-sent = Not sent. Nothing was saved.
consult-sent = ✅ Request #{ $id } is sent to { $hospital }. Its coordinator will name a specialist, and you will be told here. Follow it in /consults.
consult-cancelled = Stopped. Nothing was sent.

consult-title = { $kind ->
    [consultation] 🩺 <b>Tele-consultation #{ $id }</b>
   *[mentoring] 🧑‍🏫 <b>Mentoring request #{ $id }</b>
  }
consult-route = { $from } → { $to }
consult-line-specialty = Specialty: { $specialty }
consult-line-urgency = Urgency: { $urgency }
consult-line-status = Status: { $status }
consult-status-requested = waiting for a specialist to be named
consult-status-assigned = a specialist is named, waiting for their answer
consult-status-scheduled = 📅 scheduled
consult-status-declined = declined by the specialist, waiting for another
consult-status-done = ✅ done
consult-status-cancelled = withdrawn
consult-line-question = <b>Question:</b> { $text }
consult-line-slots = Preferred times ({ $zone }): { $text }
consult-line-slot = 📅 <b>Consultation:</b> { $slot }
consult-line-slot-other = for the other side: { $slot }
consult-line-declined = Declined: { $reason }
consult-line-outcome = <b>Outcome:</b> { $text }
consult-line-followup = { $followUp ->
    [yes] Follow-up wanted
   *[no] No follow-up needed
  } · rating { $rating }/5
consult-line-attachments = 📎 Attachments: { $count }
consult-thread = <b>Messages</b>
consult-side-requester = { $hospital } — requester
consult-side-specialist = { $hospital } — specialist

consult-btn-open = 📂 Open the request
consult-btn-reply = ↩️ Reply
consult-btn-assign = 👤 Assign a specialist
consult-btn-accept = ✅ Accept, propose a time
consult-btn-decline = ✖️ Decline
consult-btn-write = 💬 Write
consult-btn-outcome = 📝 Record the outcome
consult-btn-cancel = 🗑 Withdraw
consult-btn-files = 📎 Attachments ({ $count })
consult-btn-list = ⬅️ All requests

consult-queue-title = 🤝 <b>Consultations</b>
consult-queue-asked = <b>Your requests</b>
consult-queue-assign = <b>Waiting for a specialist at your hospitals</b>
consult-queue-given = <b>For you as the specialist</b>
consult-queue-none = No consultation requests yet. Ask your twin hospital with /consult.
consult-queue-item = #{ $id } · { $specialty } · { $status }

consult-pick-specialist = 👤 Who answers request #{ $id }? The coordinators of { $hospital } and the mentors of its placements:
consult-candidate-coordinator = { $name } · coordinator
consult-candidate-mentor = { $name } · mentor
consult-no-candidates = { $hospital } has no coordinator or mentor in the bot yet. Invite one first.
consult-assigned = ✅ { $name } is asked to answer request #{ $id }.
consult-no-files = This request has no attachments.
consult-withdrawn = 🗑 Request #{ $id } is withdrawn.

consult-ask-zone = 🌍 Which time zone are you in? Times are shown to you in it from now on.
consult-ask-day = 📅 On which day do you propose the consultation? Your time zone is { $zone }. E.g. 14.12.2026.
consult-ask-time = 🕒 At what time on that day, in { $zone }? E.g. 16:30.
consult-bad-time = Please write the time as HH:MM, e.g. 16:30.
consult-scheduled = ✅ Accepted. The consultation is on { $slot }; for the requester that is { $other }. Both sides are reminded a day and an hour before.
consult-ask-reason = Why do you decline? A short reason for the requester and the coordinator (up to { NUMBER($max, useGrouping: "min2") } characters).
consult-declined = Declined. The requester and the coordinator are told.
consult-ask-message = 💬 Your message to { $to } (up to { NUMBER($max, useGrouping: "min2") } characters). The bot passes it on as from «{ $me }», without your Telegram account.
consult-message-sent = ✅ Passed on to { $to }.
consult-ask-outcome = 📝 What advice did you receive (up to { NUMBER($max, useGrouping: "min2") } characters)?
consult-ask-followup = Would you like a follow-up?
consult-yes = Yes
consult-no = No
consult-ask-rating = How helpful was it, from 1 to 5?
consult-done = ✅ Thank you. The outcome is recorded.
consult-step-cancelled = Stopped. The request is unchanged.

consult-notify-new = 🆕 { $kind ->
    [consultation] New tele-consultation request
   *[mentoring] New mentoring request
  } #{ $id } from { $fromEn }{ $urgency ->
    [within_72h] , ⏱ <b>within 72 hours</b>
   *[routine] {""}
  }. Open it to assign a specialist of { $toEn }.
consult-notify-declined = ↩️ The specialist of { $toEn } declined request #{ $id }: { $reason }. A coordinator may name another.
consult-notify-assigned = 👤 You are asked to answer { $kind ->
    [consultation] tele-consultation
   *[mentoring] mentoring
  } request #{ $id } from { $fromEn }{ $urgency ->
    [within_72h] , ⏱ <b>within 72 hours</b>
   *[routine] {""}
  }. Open it to accept and propose a time, or to decline.
consult-notify-assigning = 👤 { $toEn } has named a specialist for your request #{ $id }. They will propose a time.
consult-notify-scheduled = 📅 Your request #{ $id }: a specialist of { $toEn } accepted. The consultation is on { $slot }.
consult-notify-message = 💬 <b>Request #{ $id }</b> · { $sideEn } — { $side ->
    [requester] requester
   *[specialist] specialist
  }:

  { $text }
consult-notify-done = ✅ The requester recorded the outcome of request #{ $id }. { $followUp ->
    [yes] They would like a follow-up.
   *[no] No follow-up needed.
  }
consult-notify-cancelled = 🗑 Request #{ $id } from { $fromEn } was withdrawn by the requester.
consult-notify-reminder-day = ⏰ Tomorrow: consultation #{ $id } ({ $fromEn } ↔ { $toEn }) on { $slot }.
consult-notify-reminder-hour = ⏰ In an hour: consultation #{ $id } ({ $fromEn } ↔ { $toEn }) on { $slot }.

consult-refused-not-found = This request was not found, or it is not yours to see.
consult-refused-not-specialist = This person is no coordinator or mentor of the twin hospital, so they cannot be assigned.
consult-refused-no-home = Set your home hospital in /profile first: the request goes to its twin.
consult-refused-no-twin = This hospital is not a twin of your home hospital.
consult-refused-input = Something in the request is missing or too long. Please start again.
consult-refused-slot-past = That time has already passed. Please propose a later one.
consult-refused-state = This request has changed meanwhile. Open /consults again.

consult-report-line = 🤝 <b>Experience exchange:</b> tele-consultations — { $consultations } · mentoring — { $mentoring }
