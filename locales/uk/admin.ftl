## Адміністратори: журнал дій

audit-empty = Журнал дій порожній.
audit-line = #{ $id } { $when } · { $actor } · { $action } · { $entity }
audit-title-filtered = <b>Журнал дій: { $filter }, від найновішого</b> · сторінка { $page }
audit-filter-all = Усе
audit-filter-refusals = Відмови
audit-filter-actions = Дії
audit-newer = ◀ Новіші
audit-older = Старіші ▶

## Адміністратори: лікарні та партнерства

hosp-ask-kind = 🏥 Це українська лікарня чи партнерська за кордоном? Надішліть /cancel на будь-якому кроці, щоб зупинитися.
hosp-kind-ukrainian = 🇺🇦 Українська
hosp-kind-partner = 🌍 Партнерська за кордоном
hosp-ask-name-uk = Назва <b>українською</b> (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }):
hosp-ask-name-en = Назва <b>англійською</b> (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }):
hosp-ask-city-uk = Місто <b>українською</b>:
hosp-ask-city-en = Місто <b>англійською</b>:
hosp-ask-country = Країна:
hosp-added = ✅ Додано { $name } (№{ $id }).
hosp-edit-which = Яка лікарня?
hosp-field-which = Яке поле?
hosp-field-nameUk = Назва (українською)
hosp-field-nameEn = Назва (англійською)
hosp-field-cityUk = Місто (українською)
hosp-field-cityEn = Місто (англійською)
hosp-field-country = Країна
hosp-ask-value = Надішліть нове значення «{ $field }» (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }) або /cancel.
hosp-updated = ✅ Збережено: { $name }.
new-button-new-hospital = ➕ Нова лікарня
twin-need-hospitals = Для партнерства потрібна принаймні одна українська й одна партнерська лікарня. Додайте їх через /hospital_new.
twin-ask-ukrainian = 🇺🇦 Українська лікарня:
twin-ask-partner = 🌍 Її побратим за кордоном:
twin-ask-date = 📅 Дата підписання меморандуму ({ -day-formats }) або пропустіть:
twin-created = 🤝 Партнерство: { $uk } ↔ { $partner } (меморандум { $date }).
twin-updated = 🤝 Оновлено: { $uk } ↔ { $partner } (меморандум { $date }).
twin-invalid = Партнерство поєднує українську лікарню з партнерською за кордоном. Нічого не збережено.
command-hospital_new = Додати лікарню
command-hospital_edit = Редагувати лікарню
command-twin_new = Додати партнерство
