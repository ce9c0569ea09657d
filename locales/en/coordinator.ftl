## Coordinators: access and roles

coord-only = 🔒 This is for coordinators. If you coordinate internships at a hospital of the programme, ask the programme administrator for access.
admin-only = 🔒 This is for the programme's administrators.
coord-not-yours = 🔒 This belongs to another hospital's coordinators. Nothing was changed.
coord-whole-programme = 🌐 Whole programme
coord-user-unknown = I do not know the Telegram user { $id } yet. Ask them to open the bot and press Start, or send them an invite link with /invite.
coord-grant-usage = Send <code>/grant 123456789</code> with the person's Telegram id, forward me any message of theirs, or create an invite link with /invite.
coord-grant-choose = Which hospital will Telegram user <b>{ $id }</b> coordinate? Pick one (you can pick several, one after another).
coord-forward-hidden = This person hides their account in forwarded messages, so I cannot tell who they are. Send them an invite link with /invite instead.
coord-granted-short = ✅ Done
coord-granted =
    ✅ <b>{ $name }</b> is now a coordinator for: { $scope }.
    Pick another hospital to add one more.
coord-list-title = <b>Coordinators ({ $count })</b>
coord-list-empty = No coordinators yet. Add one with /grant or /invite.
coord-revoke-button = ❌ Remove { $name }
coord-revoked = { $name } is no longer a coordinator.
coord-invite-choose = Who is the invite for? Pick the hospital the new coordinator will coordinate.
coord-invite-link =
    🔗 One-time invite for: { $scope }
    {$link}

    It works once, for 7 days. Send it only to the person it is meant for.
coord-invite-invalid = This invite link is not valid: it was used already or has expired. Ask the administrator for a new one.
coord-invite-welcome = ✅ Welcome, coordinator! Your commands are now in the menu: /review for applications, /coordinator_help for the rest.
coord-notify-granted = ✅ You are now a MedTwin coordinator. Your commands are in the menu: /review for applications, /coordinator_help for the rest.
coord-help =
    <b>Coordinator commands</b>
    /review: new applications for your internships, oldest first
    /coordinator_help: this list
coord-help-admin =
    <b>Coordinator commands</b>
    /review: new applications, oldest first
    <b>Administrator commands</b>
    /coordinators: coordinators and their hospitals
    /grant: make someone a coordinator (or forward me their message)
    /invite: a one-time invite link for a new coordinator
    /audit: who did what, latest first

command-review = Review applications
command-coordinator_help = Coordinator commands
command-coordinators = Coordinators
command-grant = Make someone a coordinator
command-invite = Invite link for a coordinator
command-audit = Audit log

## Specialties (shared keys; the lead deduplicates)

specialty-anaesthesiology = Anaesthesiology
specialty-cardiology = Cardiology
specialty-cardiac-surgery = Cardiac surgery
specialty-emergency = Emergency medicine
specialty-family-medicine = Family medicine
specialty-general-surgery = General surgery
specialty-internal-medicine = Internal medicine
specialty-laparoscopy = Laparoscopic surgery
specialty-neurology = Neurology
specialty-neurosurgery = Neurosurgery
specialty-obstetrics = Obstetrics and gynaecology
specialty-oncology = Oncology
specialty-ophthalmology = Ophthalmology
specialty-orthopaedics = Orthopaedics
specialty-otorhinolaryngology = Otorhinolaryngology
specialty-paediatrics = Paediatrics
specialty-psychiatry = Psychiatry
specialty-radiology = Radiology
specialty-rehabilitation = Rehabilitation
specialty-skull-base-surgery = Skull base surgery
specialty-traumatology = Traumatology
specialty-urology = Urology
specialty-vascular-surgery = Vascular surgery
specialty-nursing = Nursing
specialty-other = Other
