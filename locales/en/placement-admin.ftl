# The placement as the host manages it (/placements, /arrivals), the mentor invite, and the person's arrival details.

command-placements = Placements at my hospitals
command-arrivals = Arrivals in the next two weeks

padm-list-title = <b>Placements at your hospitals</b>: upcoming and current first. Open one to adjust it.
padm-list-empty = No placements at your hospitals yet. A placement appears when a person accepts an offer.
padm-list-button = { $phase } { $person } · { $from }
padm-card-person = 👤 <b>{ $person }</b>
padm-card-placement = { $phase } <b>{ $title }</b>
    🏥 { $hospital }, { $city }, { $country }
    📅 { $from } – { $to }
padm-card-department = 🏢 Department: { $department }
padm-card-department-none = 🏢 Department: not set
padm-card-mentor = 🧑‍⚕️ Mentor: { $name }, { $position }
padm-card-mentor-none = 🧑‍⚕️ Mentor: not named yet
padm-card-mentor-contact = 📞 { $contact }
padm-card-mentor-linked = ✅ The mentor opened their invite.
padm-card-mentor-unlinked = 🔗 The mentor has not opened an invite yet.
padm-card-arrival = ✈️ Arrival: { $when }, { $transport }
padm-card-arrival-none = ✈️ Arrival: not given yet
padm-transport-plane = ✈️ Plane
padm-transport-train = 🚆 Train
padm-transport-bus = 🚌 Bus
padm-transport-car = 🚗 Car
padm-transport-other = 🧭 Other
padm-btn-dates = 📅 Dates
padm-btn-department = 🏢 Department
padm-btn-mentor = 🧑‍⚕️ Mentor
padm-btn-invite = 🔗 Invite the mentor
padm-btn-logbook = 📓 Logbook
padm-btn-pdf = 📄 Portfolio (PDF)
padm-btn-list = ⬅️ All placements

padm-ask-start = The first day of the placement of <b>{ $person }</b>? Now: { $current }. Send a date, e.g. 01.03.2027. Send /cancel to stop.
padm-ask-end = The last day? Now: { $current }. Send a date after { $start }.
padm-end-before-start = The last day must be after the first day ({ $start }). Send another date.
padm-dates-saved = ✅ Dates saved. { $person } is told.
padm-ask-department = Which department at the host will { $person } join? One message. Send /cancel to stop.
padm-department-saved = ✅ Department saved.
padm-ask-mentor-name = The mentor's name, as { $person } should address them? Send /cancel to stop.
padm-ask-mentor-position = The mentor's position (e.g. Consultant cardiologist)?
padm-ask-mentor-contact = Their Telegram contact: @username, a t.me link or a phone number. Or skip.
padm-bad-contact = That is not a Telegram contact. Send @username, a t.me/… link or a phone number, or skip.
padm-mentor-saved = ✅ Mentor saved. { $person } is told who their mentor is. To let the mentor confirm the logbook, send them an invite: 🔗 Invite the mentor.
padm-invite-link =
    🔗 One-time link for the mentor of <b>{ $person }</b>:
    { $link }

    It works once, for 7 days. Send it only to the mentor.
padm-mentor-welcome = ✅ You are now the mentor of <b>{ $person }</b> on <b>{ $title }</b> ({ $from } – { $to }), at { $hospital }.
padm-notify-mentor = 🧑‍⚕️ Your mentor at the host: <b>{ $name }</b>, { $position }. See /placement.
padm-notify-dates = 📅 The host changed the dates of your placement: { $from } – { $to }. See /placement.

padm-arrivals-title = <b>Arrivals in the next 14 days</b>
padm-arrivals-line = • { $when }: <b>{ $person }</b>, { $hospital } · { $transport }
padm-arrivals-empty = Nobody has announced an arrival at your hospitals in the next 14 days.

padm-person-country = 🌍 { $country }
padm-person-department = 🏢 { $department }
padm-person-mentor = 🧑‍⚕️ Mentor: <b>{ $name }</b>, { $position }
padm-person-mentor-none = 🧑‍⚕️ Your mentor will be named by the host.
padm-person-starts-in = ⏳ Starts { $days ->
        [1] tomorrow
       *[other] in { $days } days
    }
padm-person-days-left = ⏳ { $days ->
        [0] Today is the last day
        [one] 1 day left
       *[other] { $days } days left
    }
padm-person-arrival = ✈️ Your arrival: { $when }, { $transport }
padm-person-arrival-none = ✈️ Tell the host when you arrive: Arrival details.
padm-arrival-button = ✈️ Arrival details

padm-ask-arrival-day = On which day do you arrive? Between { $from } and { $to }, e.g. { $example }. Send /cancel to stop.
padm-arrival-day-past = That day has passed. Send a day from today on.
padm-arrival-day-late = That is after the last day of the placement ({ $to }). Send another day.
padm-ask-arrival-time = At what time do you arrive (your time, { $zone })? As HH:MM, e.g. 14:30.
padm-bad-time = Send the time as HH:MM, e.g. 14:30.
padm-ask-transport = How do you travel?
padm-ask-transport-note = A short note for the host: a flight or train number, the airport or station? Or skip.
padm-arrival-saved = ✅ Arrival details saved. The host sees them.

padm-refused-dates = The last day must be after the first day. Nothing was changed.
padm-refused-field = This value is not valid. Nothing was changed.
padm-refused-arrival = The arrival must be between today and the last day of the placement. Nothing was changed.
padm-refused-started = The placement has started: arrival details are given before the start.
padm-invite-scope = 🧑‍⚕️ mentor of placement #{ $id }
