## Administrators: audit log

audit-empty = The audit log is empty.
audit-line = #{ $id } { $when } · { $actor } · { $action } · { $entity }
audit-title-filtered = <b>Audit log: { $filter }, newest first</b> · page { $page }
audit-filter-all = All
audit-filter-refusals = Refusals
audit-filter-actions = Actions
audit-newer = ◀ Newer
audit-older = Older ▶

## Administrators: hospitals and twinnings

hosp-ask-kind = 🏥 Is it a Ukrainian hospital or a partner hospital abroad? Send /cancel at any step to stop.
hosp-kind-ukrainian = 🇺🇦 Ukrainian
hosp-kind-partner = 🌍 Partner abroad
hosp-ask-name-uk = The name in <b>Ukrainian</b> (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }):
hosp-ask-name-en = The name in <b>English</b> (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }):
hosp-ask-city-uk = The city in <b>Ukrainian</b>:
hosp-ask-city-en = The city in <b>English</b>:
hosp-ask-country = The country:
hosp-added = ✅ Added { $name } (#{ $id }).
hosp-edit-which = Which hospital?
hosp-field-which = Which field?
hosp-field-nameUk = Name (Ukrainian)
hosp-field-nameEn = Name (English)
hosp-field-cityUk = City (Ukrainian)
hosp-field-cityEn = City (English)
hosp-field-country = Country
hosp-ask-value = Send the new “{ $field }” (up to { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] character
       *[other] characters
    }), or /cancel.
hosp-updated = ✅ Saved: { $name }.
new-button-new-hospital = ➕ New hospital
twin-need-hospitals = A twinning needs at least one Ukrainian and one partner hospital. Add them with /hospital_new.
twin-ask-ukrainian = 🇺🇦 The Ukrainian hospital:
twin-ask-partner = 🌍 Its twin abroad:
twin-ask-date = 📅 The date the memorandum was signed ({ -day-formats }), or skip:
twin-created = 🤝 Twinned: { $uk } ↔ { $partner } (memorandum { $date }).
twin-updated = 🤝 Updated: { $uk } ↔ { $partner } (memorandum { $date }).
twin-invalid = A twinning pairs a Ukrainian hospital with a partner hospital abroad. Nothing was saved.
command-hospital_new = Add a hospital
command-hospital_edit = Edit a hospital
command-twin_new = Add a twinning
