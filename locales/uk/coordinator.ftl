## Координатори: доступ і ролі

coord-only = 🔒 Це лише для координаторів. Якщо ви координуєте стажування в лікарні програми, попросіть адміністратора програми надати доступ.
admin-only = 🔒 Це лише для адміністраторів програми.
coord-not-yours = 🔒 Це належить координаторам іншої лікарні. Нічого не змінено.
coord-whole-programme = 🌐 Уся програма
coord-user-unknown = Я ще не знаю користувача Telegram { $id }. Попросіть його відкрити бота й натиснути «Почати» або надішліть запрошення через /invite.
coord-grant-usage = Надішліть <code>/grant 123456789</code> з Telegram id людини, перешліть мені будь-яке її повідомлення або створіть запрошення через /invite.
coord-grant-choose = Яку лікарню координуватиме користувач Telegram <b>{ $id }</b>? Позначте одну чи кілька, потім ✔️ Готово.
coord-forward-hidden = Ця людина приховує свій акаунт у пересланих повідомленнях, тож я не знаю, хто це. Надішліть їй запрошення через /invite.
coord-granted =
    ✅ <b>{ $name }</b> тепер координує: { $scope }.
    Щоб додати ще одну лікарню, надішліть /grant { $id } знову.
coord-list-title = <b>Координатори ({ $count })</b>
coord-list-empty = Координаторів ще немає. Додайте через /grant або /invite.
coord-revoke-button = ❌ Прибрати { $name }
coord-revoked = { $name } більше не координатор.
coord-invite-choose = Для кого запрошення? Оберіть лікарню, яку координуватиме новий координатор.
coord-invite-link =
    🔗 Одноразове запрошення для: { $scope }
    {$link}

    Діє один раз, 7 днів. Надсилайте його лише тій людині, для якої воно.
coord-invite-invalid = Це запрошення недійсне: ним уже скористалися, його відкликали або строк минув. Попросіть адміністратора про нове.
coord-invite-welcome = ✅ Вітаємо, координаторе! Ваші команди тепер у меню: /review для заявок, /coordinator_help для решти.
coord-invites-title = <b>Відкриті запрошення</b> (самі посилання показано один раз, коли їх створено)
coord-invites-line = • №{ $id }: { $scope } · створив(ла) { $by } · дійсне до { $until }
coord-invites-empty = Відкритих запрошень немає. Створіть через /invite.
coord-invites-revoke = 🗑 Відкликати №{ $id }
coord-invites-revoked = Запрошення №{ $id } відкликано: посилання більше не діє.
coord-notify-granted = ✅ Тепер ви координатор MedTwin. Ваші команди в меню: /review для заявок, /coordinator_help для решти.
coord-help =
    <b>Команди координатора</b>
    /review: нові заявки на ваші стажування, від найстаріших
    /new: створити стажування (зберігається як чернетка)
    /drafts: ваші стажування: редагувати, опублікувати, закрити, відкрити знову, копіювати
    /export: заявки у вигляді таблиці (CSV)
    /stats: звіт програми за місяць, з діаграмою
    /verify: перевірити код на портфоліо у PDF
    /broadcast: повідомлення для аудиторії
    /newevent: конференція, тиждень навчання чи семінар (зберігається як чернетка); /events — опублікувати і відмітити присутність
    /placements: стажування у ваших лікарнях: дати, відділення, ментор, прибуття
    /arrivals: хто прибуває найближчі два тижні
    /needs: потреби вашої української лікарні в іноземних фахівцях і волонтери на розгляд
    /coordinator_help: цей список
coord-help-admin =
    <b>Команди координатора</b>
    /review: нові заявки, від найстаріших
    /new: створити стажування (зберігається як чернетка)
    /drafts: ваші стажування: редагувати, опублікувати, закрити, відкрити знову, копіювати
    /export: заявки у вигляді таблиці (CSV)
    /stats: звіт програми за місяць, з діаграмою
    /verify: перевірити код на портфоліо у PDF
    /broadcast: повідомлення для аудиторії
    /newevent: конференція, тиждень навчання чи семінар (зберігається як чернетка); /events — опублікувати і відмітити присутність
    /placements: стажування у ваших лікарнях: дати, відділення, ментор, прибуття
    /arrivals: хто прибуває найближчі два тижні
    <b>Команди адміністратора</b>
    /coordinators: координатори та їхні лікарні
    /grant: призначити координатора (або перешліть мені його повідомлення)
    /invite: одноразове запрошення для нового координатора
    /invites: відкриті запрошення; відкликати
    /hospital_new, /hospital_edit: додати або виправити лікарню
    /twin_new: поєднати українську лікарню з партнерською
    /audit: хто що зробив, від найновішого

command-review = Розгляд заявок
command-new = Нове стажування
command-drafts = Мої стажування й чернетки
command-coordinator_help = Команди координатора
command-coordinators = Координатори
command-grant = Призначити координатора
command-invite = Запрошення для координатора
command-invites = Відкриті запрошення
command-audit = Журнал дій

## Запитання в діалогах координатора

coord-flow-cancelled = Скасовано. Нічого не збережено.
## Нове стажування (/new) і чернетки (/drafts)

new-no-hospitals = Ви ще не координуєте жодної лікарні, тож стажування ніде провести. Зверніться до адміністратора.
new-ask-hospital = 🏥 Яка лікарня приймає стажування?
new-ask-title-uk = 1/11 ✏️ Назва <b>українською</b> (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }). Надішліть /cancel на будь-якому кроці, щоб зупинитися.
new-ask-title-en = 2/11 ✏️ Назва <b>англійською</b> (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }).
new-ask-description-uk = 3/11 📝 Опис <b>українською</b>: що стажист робитиме і чого навчиться (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }).
new-ask-description-en = 4/11 📝 Опис <b>англійською</b> (до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }).
new-ask-specialty = 5/11 🩺 Спеціальність:
new-ask-audience = 6/11 👥 Для кого?
new-ask-format = 7/11 📍 Формат:
new-ask-starts = 8/11 📅 Перший день ({ -day-formats }):
new-ask-ends = 9/11 📅 Останній день:
new-ask-deadline = 10/11 ⏳ Строк подання заявок (до першого дня):
new-ask-seats = 11/11 💺 Скільки місць? (ціле число)
new-ask-language = 🗣 Мовна вимога (напр. «англійська B2», до { NUMBER($limit, useGrouping: "min2") } { $limit ->
        [one] символу
       *[other] символів
    }) або пропустіть:
new-audience-doctors = Лікарі
new-audience-students = Студенти
new-audience-both = Лікарі та студенти
new-format-on_site = Очно
new-format-telemedicine = Телемедицина
new-format-hybrid = Змішаний
new-preview-header = 👀 <b>Попередній перегляд</b>: так це виглядатиме обома мовами.
new-card-header = 📄 <b>Стажування №{ $id }</b> · { $status }
new-status-draft = чернетка
new-status-open = відкрите
new-status-closed = закрите
new-status-icon-draft = 📝
new-status-icon-open = 🟢
new-status-icon-closed = 🔒
new-card-dates = 📅 { $starts } – { $ends } · ⏳ подати до { $deadline }
new-card-seats = { $seats ->
    [one] 💺 { $seats } місце
    [few] 💺 { $seats } місця
    [many] 💺 { $seats } місць
   *[other] 💺 { $seats } місця
}
new-card-language = 🗣 { $language }
new-language-none = Без мовної вимоги
new-ask-save = Зберегти як чернетку?
new-button-save = 💾 Зберегти чернетку
new-button-discard = 🗑 Відкинути
new-saved = 💾 Збережено як чернетку №{ $id }. Відредагуйте її або опублікуйте, щоб відкрити подання заявок і сповістити підписників.
new-button-edit = ✏️ Редагувати
new-button-publish = 🚀 Опублікувати
new-button-close = 🔒 Закрити
new-button-reopen = 🔓 Відкрити знову
new-button-copy = 📄 Копіювати в нову чернетку
new-drafts-empty = У вас ще немає стажувань. Створіть через /new.
new-drafts-title = Ваші стажування (📝 чернетка, 🟢 відкрите, 🔒 закрите):
new-edit-which = Яке поле?
new-field-titleUk = Назва (українською)
new-field-titleEn = Назва (англійською)
new-field-descriptionUk = Опис (українською)
new-field-descriptionEn = Опис (англійською)
new-field-seats = Місця
new-field-startsOn = Перший день
new-field-endsOn = Останній день
new-field-deadline = Строк подання заявок
new-field-languageRequirement = Мовна вимога
new-edit-ask = Надішліть нове значення для «{ $field }» або /cancel.
new-refused-invalid-end = Останній день має бути після першого. Надішліть інше значення.
new-refused-invalid-deadline = Строк подання має бути до першого дня. Надішліть інше значення.
new-refused-invalid-start = Перший день має бути пізніше за сьогодні. Надішліть інше значення.
new-refused-invalid-deadline-past = Строк подання не може бути в минулому. Надішліть інше значення.
new-refused-invalid-seats = Кількість місць має бути додатним цілим числом. Надішліть інше значення.
new-refused-wrong-status = Цього вже не можна зробити: статус стажування змінився. Відкрийте /drafts знову.
new-refused-not-yours = 🔒 Це належить координаторам іншої лікарні. Нічого не змінено.
new-refused-not-found = Це стажування не знайдено.
new-published = { $alerts ->
    [0] 🚀 Опубліковано. Поки що жоден підписник не підходить.
    [one] 🚀 Опубліковано. Сповіщення отримає { $alerts } підписник.
    [few] 🚀 Опубліковано. Сповіщення отримають { $alerts } підписники.
    [many] 🚀 Опубліковано. Сповіщення отримають { $alerts } підписників.
   *[other] 🚀 Опубліковано. Сповіщення отримають { $alerts } підписника.
}
new-closed = 🔒 Подання заявок закрито.
new-copied = 📄 Скопійовано в чернетку №{ $id }.
coord-alert-published =
    🆕 <b>{ $title }</b>
    🏥 { $hospital }
    📅 { $starts } – { $ends } · ⏳ подати до { $deadline }
    { $link }
