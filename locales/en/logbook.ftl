command-portfolio = My logbook: entries by week
command-mentor = Entries of the people I mentor

logbook-kind-case = 🩺 Case seen
logbook-kind-procedure = 💉 Procedure
logbook-kind-skill = 🧰 Skill practised
logbook-kind-teaching = 🎓 Teaching attended
logbook-kind-reflection = 💭 Reflection
logbook-role-observed = 👀 Observed
logbook-role-assisted = 🤝 Assisted
logbook-role-performed = ✋ Performed

logbook-ask-kind = ➕ <b>New logbook entry</b>. What was it?
logbook-ask-role = How did you take part in the procedure?
logbook-ask-specialty = Which specialty?
logbook-ask-day = When? Tap Today, or type a date like 01.03.2027.
logbook-today = 📅 Today, { $day }
logbook-yesterday = Yesterday, { $day }
logbook-bad-day = That is not a date. Type it like 01.03.2027, or tap a button.
logbook-day-before-start = That is before your placement began ({ $start }). Choose a day from then up to today.
logbook-day-future = That day has not come yet. Choose a day up to today.
logbook-patient-notice =
    🔒 <b>Patient confidentiality</b>
    Your logbook is read by your mentor and coordinators, and goes into your portfolio. Never write anything that identifies a patient: no names or initials, dates of birth, addresses, phone numbers, hospital or record numbers, or photos of faces and documents. Describe the clinical picture only.
logbook-ask-text =
    Describe it in one message (up to 2000 characters).
    🔒 No patient names, dates of birth, phone or record numbers.
logbook-pii-dob = ⚠️ Your text seems to contain a date of birth. Patient-identifiable information must not be in the logbook. Save it anyway?
logbook-pii-phone = ⚠️ Your text seems to contain a phone number. Patient-identifiable information must not be in the logbook. Save it anyway?
logbook-pii-record = ⚠️ Your text seems to contain a record or hospital number. Patient-identifiable information must not be in the logbook. Save it anyway?
logbook-pii-name = ⚠️ Your text seems to contain a patient's name or initials. Patient-identifiable information must not be in the logbook. Save it anyway?
logbook-pii-save = Save anyway
logbook-pii-edit = ✏️ Edit the text
logbook-ask-photo = 📷 Add one photo (no faces, no documents of patients), or tap Skip.
logbook-photo-only = Please send a photo (not a file), or tap Skip.
logbook-saved = ✅ Added to your logbook. Your mentor will see it.
logbook-not-started = Your logbook opens on the first day of your placement ({ $start }).

logbook-btn-another = ➕ Another entry
logbook-btn-open = 📓 Logbook
logbook-btn-add = ➕ Add an entry
logbook-btn-edit = ✏️ Edit the text
logbook-btn-delete = 🗑 Delete
logbook-btn-delete-yes = 🗑 Yes, delete
logbook-btn-delete-no = Keep it
logbook-btn-placements = ⬅️ All placements
logbook-btn-confirm = ✅ Confirm
logbook-btn-return = ↩️ Ask for a change

logbook-none = You have no placement with a logbook yet. When you accept an offer, it appears here: /placement
logbook-choose = Your placements. Whose logbook do you want to open?
logbook-title =
    📓 <b>Logbook: { $title }</b>
    { $person } · { $from } – { $to }
logbook-counts = Cases: { $case } · Procedures: { $procedure } · Skills: { $skill } · Teaching: { $teaching } · Reflections: { $reflection }
logbook-reviews = ✅ Confirmed: { $confirmed } · ⏳ Pending: { $pending } · ↩️ Returned: { $returned }
logbook-week = <b>Week { $week }</b>
logbook-line = { $mark } { $day } · { $kind }: { $excerpt }
logbook-empty = No entries yet.
logbook-page = Page { $page } of { $pages }

logbook-review-pending = ⏳ Waiting for the mentor's confirmation.
logbook-review-confirmed = ✅ Confirmed by the mentor on { $day }.
logbook-review-returned = ↩️ Returned by the mentor: { $note }
logbook-entry-head = { $mark } <b>{ $kind }</b> · { $specialty }
logbook-entry-when = 📅 { $day } · week { $week }
logbook-entry-person = 👤 { $person }

logbook-ask-edit = ✏️ Send the new text of this entry (up to 2000 characters).
    🔒 No patient names, dates of birth, phone or record numbers.
logbook-edited = ✅ The text is changed.
logbook-edited-pending = ✅ The text is changed. It goes back to your mentor for confirmation.
logbook-delete-ask = 🗑 Delete this entry? This cannot be undone.
logbook-deleted = 🗑 The entry is deleted.

logbook-not-found = This entry or logbook is not available to you. Open /portfolio again.
logbook-refused-text = The text must not be empty and at most { $max } characters long.
logbook-refused-date = The day must be from the start of the placement up to today.
logbook-refused-reviewed = This entry was already reviewed or has changed. Open /mentor again.

mentor-none = Nobody has named you as their mentor yet. When a host coordinator does and you open their invite, the entries of the people you mentor appear here.
mentor-title =
    🧑‍🏫 <b>The entries of the people you mentor</b>
    ⏳ Waiting for you: { $pending }
mentor-line = { $mark } { $person } · { $day } · { $kind }: { $excerpt }
mentor-empty = No entries yet.
mentor-ask-note = ↩️ What should be changed? A short note for the person (up to 500 characters).
mentor-confirmed = ✅ Confirmed.
mentor-returned = ↩️ Returned with your note. The person is told.
mentor-cancelled = Stopped. The entry is unchanged.

logbook-notice-confirmed = ✅ { $mentor } confirmed your logbook entry of { $day } ({ $kind ->
        [case] case seen
        [procedure] procedure
        [skill] skill practised
        [teaching] teaching attended
       *[reflection] reflection
    }): “{ $excerpt }”
logbook-notice-returned =
    ↩️ { $mentor } asks for a change to your logbook entry of { $day } ({ $kind ->
        [case] case seen
        [procedure] procedure
        [skill] skill practised
        [teaching] teaching attended
       *[reflection] reflection
    }): “{ $excerpt }”

    Note: { $note }

    Edit it in /portfolio.
reminder-mentor-digest = 🧑‍🏫 Logbook entries waiting for your confirmation: { $count }. Open /mentor.
