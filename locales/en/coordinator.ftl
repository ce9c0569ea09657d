## Coordinators: access and roles

coord-only = 🔒 This is for coordinators. If you coordinate internships at a hospital of the programme, ask the programme administrator for access.
admin-only = 🔒 This is for the programme's administrators.
coord-not-yours = 🔒 This belongs to another hospital's coordinators. Nothing was changed.
coord-whole-programme = 🌐 Whole programme
coord-user-unknown = I do not know the Telegram user { $id } yet. Ask them to open the bot and press Start, or send them an invite link with /invite.
coord-grant-usage = Send <code>/grant 123456789</code> with the person's Telegram id, forward me any message of theirs, or create an invite link with /invite.
coord-grant-choose = Which hospital will Telegram user <b>{ $id }</b> coordinate? Tick one or more, then ✔️ Done.
coord-forward-hidden = This person hides their account in forwarded messages, so I cannot tell who they are. Send them an invite link with /invite instead.
coord-granted =
    ✅ <b>{ $name }</b> is now a coordinator for: { $scope }.
    To add another hospital, send /grant { $id } again.
coord-list-title = <b>Coordinators ({ $count })</b>
coord-list-empty = No coordinators yet. Add one with /grant or /invite.
coord-revoke-button = ❌ Remove { $name }
coord-revoked = { $name } is no longer a coordinator.
coord-invite-choose = Who is the invite for? Pick the hospital the new coordinator will coordinate.
coord-invite-link =
    🔗 One-time invite for: { $scope }
    {$link}

    It works once, for 7 days. Send it only to the person it is meant for.
coord-invite-invalid = This invite link is not valid: it was used already, revoked or has expired. Ask the administrator for a new one.
coord-invite-welcome = ✅ Welcome, coordinator! Your commands are now in the menu: /review for applications, /coordinator_help for the rest.
coord-invites-title = <b>Open invite links</b> (the links themselves were shown once, when made)
coord-invites-line = • #{ $id }: { $scope } · by { $by } · valid until { $until }
coord-invites-empty = No open invite links. Make one with /invite.
coord-invites-revoke = 🗑 Revoke #{ $id }
coord-invites-revoked = Invite #{ $id } revoked: its link no longer works.
coord-notify-granted = ✅ You are now a MedTwin coordinator. Your commands are in the menu: /review for applications, /coordinator_help for the rest.
coord-help =
    <b>Coordinator commands</b>
    /review: new applications for your internships, oldest first
    /new: create an internship (saved as a draft)
    /drafts: your internships: edit, publish, close, reopen, copy
    /export: applications as a spreadsheet (CSV)
    /stats: the programme report for a month, with a chart
    /verify: check the code on a portfolio PDF
    /broadcast: a message to an audience, through the outbox
    /newevent: a conference, training week or seminar (saved as a draft); /events to publish it and mark attendance
    /placements: placements at your hospitals: dates, department, mentor, arrival
    /arrivals: who arrives in the next two weeks
    /needs: your Ukrainian hospital's needs for foreign specialists, and the volunteers to review
    /coordinator_help: this list
coord-help-admin =
    <b>Coordinator commands</b>
    /review: new applications, oldest first
    /new: create an internship (saved as a draft)
    /drafts: your internships: edit, publish, close, reopen, copy
    /export: applications as a spreadsheet (CSV)
    /stats: the programme report for a month, with a chart
    /verify: check the code on a portfolio PDF
    /broadcast: a message to an audience, through the outbox
    /newevent: a conference, training week or seminar (saved as a draft); /events to publish it and mark attendance
    /placements: placements at your hospitals: dates, department, mentor, arrival
    /arrivals: who arrives in the next two weeks
    <b>Administrator commands</b>
    /coordinators: coordinators and their hospitals
    /grant: make someone a coordinator (or forward me their message)
    /invite: a one-time invite link for a new coordinator
    /invites: open invite links; revoke one
    /hospital_new, /hospital_edit: add or correct a hospital
    /twin_new: twin a Ukrainian hospital with a partner abroad
    /audit: who did what, latest first

command-review = Review applications
command-new = New internship
command-drafts = My internships and drafts
command-coordinator_help = Coordinator commands
command-coordinators = Coordinators
command-grant = Make someone a coordinator
command-invite = Invite link for a coordinator
command-invites = Open invite links
command-audit = Audit log

## Questions in coordinator flows

coord-flow-cancelled = Cancelled. Nothing was saved.
## New internship (/new) and drafts (/drafts)

new-no-hospitals = You do not coordinate any hospital yet, so there is nowhere to host an internship. Ask the administrator.
new-ask-hospital = 🏥 Which hospital hosts the internship?
new-ask-title-uk = 1/11 ✏️ The title in <b>Ukrainian</b> (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }). Send /cancel at any step to stop.
new-ask-title-en = 2/11 ✏️ The title in <b>English</b> (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }).
new-ask-description-uk = 3/11 📝 The description in <b>Ukrainian</b>: what the intern will do and learn (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }).
new-ask-description-en = 4/11 📝 The description in <b>English</b> (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }).
new-ask-specialty = 5/11 🩺 The specialty:
new-ask-audience = 6/11 👥 Who is it for?
new-ask-format = 7/11 📍 The format:
new-ask-starts = 8/11 📅 The first day ({ -day-formats }):
new-ask-ends = 9/11 📅 The last day:
new-ask-deadline = 10/11 ⏳ The application deadline (before the first day):
new-ask-seats = 11/11 💺 How many seats? (a whole number)
new-ask-language = 🗣 The language requirement (e.g. “English B2”, up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }), or skip:
new-audience-doctors = Doctors
new-audience-students = Students
new-audience-both = Doctors and students
new-format-on_site = On site
new-format-telemedicine = Telemedicine
new-format-hybrid = Hybrid
new-preview-header = 👀 <b>Preview</b>: this is how it will read in both languages.
new-card-header = 📄 <b>Internship #{ $id }</b> · { $status }
new-status-draft = draft
new-status-open = open
new-status-closed = closed
new-status-icon-draft = 📝
new-status-icon-open = 🟢
new-status-icon-closed = 🔒
new-card-dates = 📅 { $starts } – { $ends } · ⏳ apply by { $deadline }
new-card-seats = { $seats ->
    [one] 💺 1 seat
   *[other] 💺 { $seats } seats
}
new-card-language = 🗣 { $language }
new-language-none = No language requirement
new-ask-save = Save it as a draft?
new-button-save = 💾 Save draft
new-button-discard = 🗑 Discard
new-saved = 💾 Saved as draft #{ $id }. Edit it, or publish it to open applications and alert subscribers.
new-button-edit = ✏️ Edit
new-button-publish = 🚀 Publish
new-button-close = 🔒 Close
new-button-reopen = 🔓 Reopen
new-button-copy = 📄 Copy to a new draft
new-drafts-empty = You have no internships yet. Create one with /new.
new-drafts-title = Your internships (📝 draft, 🟢 open, 🔒 closed):
new-edit-which = Which field?
new-field-titleUk = Title (Ukrainian)
new-field-titleEn = Title (English)
new-field-descriptionUk = Description (Ukrainian)
new-field-descriptionEn = Description (English)
new-field-seats = Seats
new-field-startsOn = First day
new-field-endsOn = Last day
new-field-deadline = Application deadline
new-field-languageRequirement = Language requirement
new-edit-ask = Send the new value for “{ $field }”, or /cancel.
new-refused-invalid-end = The last day must be after the first day. Send another value.
new-refused-invalid-deadline = The deadline must be before the first day. Send another value.
new-refused-invalid-start = The first day must be after today. Send another value.
new-refused-invalid-deadline-past = The deadline cannot be in the past. Send another value.
new-refused-invalid-seats = Seats must be a positive whole number. Send another value.
new-refused-wrong-status = This can no longer be done: the internship's status has changed. Open /drafts again.
new-refused-not-yours = 🔒 This belongs to another hospital's coordinators. Nothing was changed.
new-refused-not-found = This internship was not found.
new-published = { $alerts ->
    [0] 🚀 Published. No subscriber matches it yet.
    [one] 🚀 Published. 1 subscriber will be alerted.
   *[other] 🚀 Published. { $alerts } subscribers will be alerted.
}
new-closed = 🔒 Closed for applications.
new-copied = 📄 Copied to draft #{ $id }.
coord-alert-published =
    🆕 <b>{ $title }</b>
    🏥 { $hospital }
    📅 { $starts } – { $ends } · ⏳ apply by { $deadline }
    { $link }
