## Privacy

command-mydata = Download everything stored about me
command-deletedata = Erase my personal data
privacy-summary =
    <b>🔒 Your data in MedTwin</b>

    MedTwin keeps your profile, documents and applications to match you with internships and to send your applications to the hospitals you choose. Only you, the coordinators of those hospitals and the programme's administrators see them.

    /mydata sends you everything stored about you; /deletedata erases it at once.

    Choose a topic for the details.
privacy-button-stored = 📦 What is stored
privacy-button-why = 🎯 Why
privacy-button-who = 👀 Who sees it
privacy-button-keep = ⏳ How long
privacy-button-erase = 🗑 Erasing
privacy-button-summary = ↩️ Summary
privacy-topic-stored =
    <b>📦 What is stored</b>

    Your Telegram id, name and username, language; your profile (who you are, full name, home institution, specialty, experience or year of study, English level); your documents (Telegram keeps the files, we keep a reference, the file name and the expiry date); your alert choices; your applications with their answers and status; your placements and learning portfolio.
privacy-topic-why =
    <b>🎯 Why</b>

    To match you with internships, send your applications to host hospitals, remind you of deadlines and document expiry, and tell you about new internships you asked for.
privacy-topic-who =
    <b>👀 Who sees it</b>

    You; the coordinators of the hospitals you apply to (your profile, documents and answers of that application); the programme's administrators.
privacy-topic-keep =
    <b>⏳ How long</b>

    While you use MedTwin, or until you erase it with /deletedata. Messages the bot sent are kept for { $retentionDays ->
        [one] { $retentionDays } day
       *[other] { $retentionDays } days
    }, then deleted.
privacy-topic-erase =
    <b>🗑 Erasing</b>

    /deletedata erases your data at once: your open applications are withdrawn (the hospital is told), your drafts, documents, profile, alerts, answers and portfolio are deleted, and so are the coordinators' notes about you and the messages to and about you.

    Only anonymous statistics remain: which internships were applied to, with status and dates, and your profile's kind (doctor, student…) and home hospital, counted without your name and without the Telegram id.

    /mydata sends you everything stored about you as a file.
privacy-export-caption = 📦 Everything MedTwin stores about you.
privacy-delete-confirm =
    ⚠️ <b>Erase your personal data?</b>
    Your open applications will be withdrawn and the hospitals told. Your profile, documents, alerts, answers and portfolio will be deleted. This cannot be undone.
privacy-delete-yes = 🗑 Yes, erase my data
privacy-delete-no = ↩️ No, keep it
privacy-delete-kept = Nothing was deleted.
privacy-deleted = { $count ->
    [0] ✅ Your personal data has been erased.
    [one] ✅ Your personal data has been erased. { $count } open application was withdrawn.
   *[other] ✅ Your personal data has been erased. { $count } open applications were withdrawn.
}
privacy-deleted-menu = You can still use MedTwin; send /start if you want to set up a new profile.
privacy-erased-answer = Your data was erased. Send /start to use MedTwin again.
privacy-coordinator-withdrawn = ℹ️ Application #{ $applicationId } for “{ $titleEn }” was withdrawn: the applicant erased their personal data.
