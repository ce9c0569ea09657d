# Delivery: reminders and broadcast reports (rendered at send time; params are escaped for HTML).

reminder-draft =
    ⏳ Your application to <b>{ $titleEn }</b> is still a draft.
    Applications close { $days ->
        [1] tomorrow
       *[other] in { $days } days
    }: { $deadline }. Finish and submit it from /my.

reminder-offer =
    🎉 You have an offer for <b>{ $titleEn }</b> waiting for your answer.
    The offer expires { $days ->
        [1] within a day
       *[other] in { $days } days
    }: { $expires }. Accept or decline it in /my.

reminder-placement-start =
    🧳 Your placement <b>{ $titleEn }</b> starts { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }.
    📅 { $startsOn } – { $endsOn }
    🏥 { $hospitalEn }, { $cityEn }
    Bring: passport, visa or entry documents, medical licence or student ID, insurance, vaccination records.

reminder-checklist =
    ✅ <b>{ $titleEn }</b> starts { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }. { $count ->
        [one] One checklist item is
       *[other] { $count } checklist items are
    } still open.
    Open /placement to finish them.

reminder-portfolio-weekly =
    📓 Week { $week } of <b>{ $titleEn }</b>: add this week's cases, procedures and reflections to your logbook in /portfolio.

reminder-coordinator-digest =
    📥 { $count ->
        [one] One application is
       *[other] { $count } applications are
    } waiting for your review. { $oldestDays ->
        [0] The oldest came in today.
        [1] The oldest has waited 1 day.
       *[other] The oldest has waited { $oldestDays } days.
    }
    Open /review to go through them.

reminder-document-expiry =
    📄 Your { $type ->
        [licence] medical licence
        [diploma] diploma
        [language_certificate] language certificate
       *[other] document
    } expires { $days ->
        [1] tomorrow
       *[other] in { $days } days
    } ({ $expiresOn }). Upload a new one in /documents.

broadcast-progress =
    📣 Sending… { $sent } of { $total } sent
    🚫 blocked: { $blocked } · ⚠️ failed: { $failed } · ⏳ left: { $left }

broadcast-report =
    📣 Broadcast finished.
    ✅ sent: { $sent } of { $total }
    🚫 blocked the bot: { $blocked }
    ⚠️ failed: { $failed }

alerts-progress =
    🔔 Alerts about the new internship: { $sent } of { $total } delivered
    🚫 blocked: { $blocked } · ⚠️ failed: { $failed } · ⏳ left: { $left }

alerts-report =
    🔔 Alerts about the new internship are out.
    ✅ delivered: { $sent } of { $total }
    🚫 blocked the bot: { $blocked }
    ⚠️ failed: { $failed }
reminder-survey-end =
    🎓 Your placement <b>{ $titleEn }</b> ends. Answer the short survey (four ratings, one minute) to get your learning portfolio as a PDF.
reminder-survey-again =
    📝 Your learning portfolio for <b>{ $titleEn }</b> is waiting: it is issued once you answer the short survey (four ratings, one minute).
