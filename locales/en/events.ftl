## Joint events: conferences, training weeks, workshops, seminars (/events, /newevent)

command-events = Conferences, training weeks and seminars
command-newevent = New event

events-kind-conference = Conference
events-kind-congress = Congress
events-kind-forum = Forum
events-kind-training_week = Training week
events-kind-workshop = Workshop
events-kind-seminar = Seminar
events-kind-experience_exchange = Experience exchange
events-icon-conference = 🎤
events-icon-congress = 🏛
events-icon-forum = 💬
events-icon-training_week = 🩺
events-icon-workshop = 🛠
events-icon-seminar = 🎓
events-icon-experience_exchange = 🤝
events-language-uk = Ukrainian
events-language-en = English
events-language-uk-en = Ukrainian and English

events-card-when = 📅 { $when }
events-card-place = 📍 { $place }
events-card-online = 🔗 Online: { $url }
events-card-language = 🗣 Language: { $language }
events-card-seats = 💺 { $free ->
        [0] All seats are taken ({ $seats } in all)
        [one] 1 seat of { $seats } is free
       *[other] { $free } seats of { $seats } are free
    }{ $waitlisted ->
        [0] {""}
       *[other] , { $waitlisted } on the waitlist
    }

events-list-title = 📅 <b>Upcoming events</b> ({ $count }). Tap one to see it and register.
events-none = 📅 There are no upcoming events right now. New conferences, training weeks and seminars appear here as soon as coordinators publish them.
events-not-found = This event is not open (it may be a draft, or no longer exist).
events-status-cancelled = ❌ <b>This event is cancelled.</b>
events-place-registered = ✅ You are registered. We will remind you the day before.
events-place-waitlisted = ⏳ You are number { $position } on the waitlist. If a seat frees up, it is yours and we will tell you.
events-place-attended = 🎓 You attended this event: your certificate is ready.
events-registered = ✅ You are registered. We will remind you the day before.
events-waitlisted = ⏳ All seats are taken: you are number { $position } on the waitlist. If someone cancels, the seat is yours and we will tell you.
events-place-given-up = Your place is given up.
events-certificate-caption = 🎓 Your certificate of attendance. Verification code: <code>{ $code }</code>

events-button-register = ✍️ Register
events-button-waitlist = ⏳ Join the waitlist
events-button-cancel = ✖️ Cancel my registration
events-button-leave = ✖️ Leave the waitlist
events-button-certificate = 📄 Certificate of attendance
events-button-list = ◀️ All events
events-button-manage = 🛠 Manage events
events-button-publish = 📢 Publish
events-button-cancel-event = ❌ Cancel the event
events-button-cancel-yes = ❌ Yes, cancel it
events-button-cancel-no = ◀️ No, keep it
events-button-attendance = ✅ Mark attendance
events-button-back-card = ◀️ Back to the event

## Messages through the outbox

events-notice-promoted =
    🎉 A seat freed up at <b>{ $titleEn }</b>: it is yours, you are registered.
    📅 { $startsAt }
    Changed your plans? Give the place up in /events.
events-notice-cancelled =
    ❌ <b>{ $titleEn }</b> ({ $startsAt }) is cancelled by the organisers. Your registration is closed; see other events in /events.
events-reminder =
    ⏰ Tomorrow: <b>{ $titleEn }</b>
    📅 { $startsAt }
    📍 { $where }
    Can't come? Give your seat to someone on the waitlist in /events.

## Staff

events-status-draft = 📝 Draft
events-status-open = 🟢 Published
events-status-icon-draft = 📝
events-status-icon-open = 🟢
events-status-icon-cancelled = ❌
events-staff-places = registered: { $registered }, waitlist: { $waitlisted }
events-manage-title = 🛠 <b>Your hospitals' events</b>. Tap one to publish it, mark attendance or cancel it.
events-manage-empty = Your hospitals have no events yet. Create one with /newevent.
events-published = 📢 Published: people see it in /events.
events-cancel-ask = Cancel this event? { $count ->
        [0] Nobody has registered yet.
        [one] The 1 person holding a place will be told.
       *[other] The { $count } people holding places will be told.
    }
events-cancelled = ❌ The event is cancelled. { $count ->
        [0] Nobody had to be told.
        [one] 1 person is being told.
       *[other] { $count } people are being told.
    }
events-attendance-title = ✅ <b>Attendance</b>: tap a person to mark them as attended (tap again to undo). Marked people can get their certificate.
events-attendance-empty = Nobody holds a seat at this event.
events-marked = ✅ Marked as attended
events-unmarked = Mark taken back
events-verify-found =
    ✅ <b>A valid certificate of attendance</b>
    👤 { $person }
    🎓 { $title }
    🏥 { $hospital }
    📅 { $when }

newevent-ask-hospital = Which hospital organises the event?
newevent-ask-kind = What kind of event is it?
newevent-ask-title-uk = The title in <b>Ukrainian</b> (up to { NUMBER($limit, useGrouping: "min2") } characters):
newevent-ask-title-en = The title in <b>English</b> (up to { NUMBER($limit, useGrouping: "min2") } characters):
newevent-ask-description-uk = A short description in <b>Ukrainian</b>: programme, who it is for (up to { NUMBER($limit, useGrouping: "min2") } characters):
newevent-ask-description-en = The description in <b>English</b> (up to { NUMBER($limit, useGrouping: "min2") } characters):
newevent-ask-day = On which day does it start? Write it as { -day-formats }.
newevent-ask-time = At what time does it start ({ $zone } time)? Write it as 09:30.
newevent-bad-time = I could not read that time. Write it as 09:30 (hours 00–23, minutes 00–59).
newevent-ask-ends = The last day, for an event of several days (a training week), as { -day-formats }. Skip for a one-day event.
newevent-ask-place = Where does it take place: address, hall (up to { NUMBER($limit, useGrouping: "min2") } characters)? Skip for an online-only event.
newevent-ask-url = The link to join online (https://…):
newevent-ask-url-optional = The link to join online too (https://…), or skip:
newevent-ask-language = In which language is it held?
newevent-ask-seats = How many seats are there (1 to { NUMBER($max, useGrouping: "min2") })? When they are taken, people join a waitlist.
newevent-preview-uk = 👀 <b>How Ukrainian readers will see it:</b>
newevent-preview-en = 👀 <b>How English readers will see it:</b>
newevent-ask-save = Save this event as a draft? You publish it afterwards.
newevent-saved = 📝 Draft saved (event { $id }). Publish it when it is ready: people then see it in /events.

events-pdf-title = Certificate of attendance
events-pdf-certifies = This is to certify that
events-pdf-attended = attended the { $kind }
events-pdf-online = online
events-pdf-verify = Verification code { $code } · issued { $date } by MedTwin, the International Medical Partnership. Coordinators check a code with /verify.

## Refusals

events-refused-text = A title or description is empty or too long.
events-refused-start-past = The event must start in the future.
events-refused-end = The last day cannot be before the first day.
events-refused-place = An event needs a place or an online link.
events-refused-url = The link must start with https:// (or http://) and have no spaces.
events-refused-closed = Registration for this event is closed.
events-refused-not-started = Attendance is marked from the start of the event.
events-refused-not-attended = The certificate comes once the organisers mark your attendance.

## /stats

report-by-event = <b>Joint events, attendance:</b>
report-event-scientific = scientific events (conferences, congresses, forums)
report-event-educational = educational events (training weeks, workshops, seminars)
report-event-exchange = experience exchange

## Editing a draft

events-button-edit = ✏️ Edit
events-edit-which = Which part of the draft do you want to change?
events-edit-field-titleUk = Title in Ukrainian
events-edit-field-titleEn = Title in English
events-edit-field-descriptionUk = Description in Ukrainian
events-edit-field-descriptionEn = Description in English
events-edit-field-place = Place
events-edit-field-onlineUrl = Online link
events-edit-field-seats = Seats
events-edit-ask-titleUk = The new title in <b>Ukrainian</b> (up to { NUMBER($limit, useGrouping: "min2") } characters):
events-edit-ask-titleEn = The new title in <b>English</b> (up to { NUMBER($limit, useGrouping: "min2") } characters):
events-edit-ask-descriptionUk = The new description in <b>Ukrainian</b> (up to { NUMBER($limit, useGrouping: "min2") } characters):
events-edit-ask-descriptionEn = The new description in <b>English</b> (up to { NUMBER($limit, useGrouping: "min2") } characters):
events-edit-ask-place = The new place (up to { NUMBER($limit, useGrouping: "min2") } characters), or skip to have none (then the event needs an online link):
events-edit-ask-onlineUrl = The new online link (https://…), or skip to have none (then the event needs a place):
events-edit-ask-seats = How many seats (1 to { NUMBER($limit, useGrouping: "min2") })?
events-edited = ✅ Saved.
