## Broadcast (/broadcast)

command-broadcast = Message to an audience
bc-ask-text = 📣 Write the message to send (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }). Send /cancel at any step to stop.
bc-ask-internship = 📌 Attach an internship card with its Apply button?
bc-no-internship = No, just the message
bc-ask-audience = 👥 Who receives it?
bc-audience-all = Everyone
bc-audience-specialties = Subscribers of specialties…
bc-audience-countries = Subscribers of countries…
bc-audience-doctors = Doctors
bc-audience-students = Students
bc-audience-hospitals = People from hospitals…
bc-ask-specialties = Tick the specialties, then Done:
bc-ask-countries = Tick the countries, then Done:
bc-ask-hospitals = Tick the hospitals, then Done:
bc-nobody = Nobody reachable matches this audience, so nothing was sent.
bc-nobody-again = Nobody reachable matches this audience. Choose another one; your message is kept.
bc-confirm = { $total ->
    [one] ☝️ This is the message. Send it to 1 person?
   *[other] ☝️ This is the message. Send it to { $total } people?
}
bc-button-send = 📣 Send
bc-button-cancel = ✖️ Cancel
bc-status = 📣 Broadcast: ✅ sent { $sent } · 🚫 blocked { $blocked } · ⚠️ failed { $failed } · ⏳ left { $left }
bc-apply-label-uk = Подати заявку
bc-apply-label-en = Apply
bc-queued = { $total ->
    [one] Broadcast #{ $id } is queued for 1 person. The status above updates as it goes.
   *[other] Broadcast #{ $id } is queued for { $total } people. The status above updates as it goes.
}
bc-audience-count = { $label } · { $count }
