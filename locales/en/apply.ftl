## Apply

apply-doc-cv = CV
apply-doc-licence = Medical licence
apply-doc-diploma = Diploma
apply-doc-language_certificate = Language certificate
apply-doc-other = Other document
apply-intro = ✍️ Application to <b>{ $title }</b>. A few short questions; send /cancel at any time, your answers are kept as a draft.
apply-resume = ✍️ Let us continue your application to <b>{ $title }</b> where you stopped.
apply-yes = ✅ Yes
apply-no = ❌ No
# The apply flow passes $limit as text (so no NUMBER() here, which would refuse it); text takes the
# default variant, right for its limits of 1500. Passed as a number, every form is chosen.
apply-ask-motivation = Why do you want this internship? (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    })
apply-ask-experience = Your relevant experience: procedures, departments, courses (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }).
apply-ask-phone = Your contact phone: press the button to share it, or type it with the country code, e.g. +380501234567.
apply-phone-share = 📱 Share my phone
apply-phone-saved = 📱 Phone saved: { $phone }
apply-ask-doc = Please send your { $doc } as a PDF, JPG or PNG file, under 20 MB.
apply-doc-expired = ⚠️ Your { $doc } “{ $name }” expired on { $date }: please upload a new one.
apply-ask-doc-or-stored = Your { $doc }: choose one you sent before, or send a new PDF, JPG or PNG file, under 20 MB.
apply-bad-phone = That does not look like a phone number. Send it with the country code, e.g. +380501234567, or press the button.
apply-need-document = Please send your { $doc } as a file (PDF, JPG or PNG), or choose a stored one.
apply-not-available = Thank you. The internship needs you for all its dates, so we stopped here. Your answers are kept as a draft in /my if your plans change.
apply-cancelled = Application cancelled. Your answers are kept as a draft: continue it from /my.
apply-summary = <b>Check your application to { $title }</b>
apply-summary-dates = 📅 { $start } – { $end }. By sending, you confirm you can attend all these dates.
apply-label-kind = Who you are
apply-label-name = Full name
apply-label-home = Hospital or university
apply-label-specialty = Specialty
apply-label-experience-years = Years of experience
apply-label-study-year = Year of study
apply-label-english = English
apply-label-motivation = Motivation
apply-label-experience = Experience
apply-label-phone = Phone
apply-label-available = Can attend the whole time
apply-send = 📨 Send the application
apply-cannot-attend = ❌ I cannot attend all these dates
apply-submitted = ✅ Your application to <b>{ $title }</b> was sent. The coordinators will review it; follow it in /my.
apply-refused-not-found = This internship is not available any more.
apply-refused-closed = Applications for this internship are closed.
apply-refused-deadline = The application deadline for this internship has passed.
apply-refused-full = Sorry, there are no seats left on this internship.
apply-refused-audience = Sorry, this internship is not open to your group (doctors or students).
apply-refused-applied = You have already applied to this internship. See it in /my.
apply-refused-document-expired = One of your documents has expired. Please upload a new one and submit again.
apply-staff-submitted = 📨 New application #{ $applicationId } to <b>{ $title }</b> from { $name }.
