## Координатори: доступ і ролі

coord-only = 🔒 Це лише для координаторів. Якщо ви координуєте стажування в лікарні програми, попросіть адміністратора програми надати доступ.
admin-only = 🔒 Це лише для адміністраторів програми.
coord-not-yours = 🔒 Це належить координаторам іншої лікарні. Нічого не змінено.
coord-whole-programme = 🌐 Уся програма
coord-user-unknown = Я ще не знаю користувача Telegram { $id }. Попросіть його відкрити бота й натиснути «Старт» або надішліть запрошення через /invite.
coord-grant-usage = Надішліть <code>/grant 123456789</code> з Telegram id людини, перешліть мені будь-яке її повідомлення або створіть запрошення через /invite.
coord-grant-choose = Яку лікарню координуватиме користувач Telegram <b>{ $id }</b>? Оберіть (можна кілька, по черзі).
coord-forward-hidden = Ця людина приховує свій акаунт у пересланих повідомленнях, тож я не знаю, хто це. Надішліть їй запрошення через /invite.
coord-granted-short = ✅ Готово
coord-granted =
    ✅ <b>{ $name }</b> тепер координує: { $scope }.
    Оберіть ще одну лікарню, щоб додати.
coord-list-title = <b>Координатори ({ $count })</b>
coord-list-empty = Координаторів ще немає. Додайте через /grant або /invite.
coord-revoke-button = ❌ Прибрати { $name }
coord-revoked = { $name } більше не координатор.
coord-invite-choose = Для кого запрошення? Оберіть лікарню, яку координуватиме новий координатор.
coord-invite-link =
    🔗 Одноразове запрошення для: { $scope }
    {$link}

    Діє один раз, 7 днів. Надсилайте його лише тій людині, для якої воно.
coord-invite-invalid = Це запрошення недійсне: ним уже скористалися або строк минув. Попросіть адміністратора про нове.
coord-invite-welcome = ✅ Вітаємо, координаторе! Ваші команди тепер у меню: /review для заявок, /coordinator_help для решти.
coord-notify-granted = ✅ Тепер ви координатор MedTwin. Ваші команди в меню: /review для заявок, /coordinator_help для решти.
coord-help =
    <b>Команди координатора</b>
    /review: нові заявки на ваші стажування, від найстаріших
    /coordinator_help: цей список
coord-help-admin =
    <b>Команди координатора</b>
    /review: нові заявки, від найстаріших
    <b>Команди адміністратора</b>
    /coordinators: координатори та їхні лікарні
    /grant: призначити координатора (або перешліть мені його повідомлення)
    /invite: одноразове запрошення для нового координатора
    /audit: хто що зробив, від найновішого

command-review = Розгляд заявок
command-coordinator_help = Команди координатора
command-coordinators = Координатори
command-grant = Призначити координатора
command-invite = Запрошення для координатора
command-audit = Журнал дій

## Спеціальності (спільні ключі; дублікати прибере лід)

specialty-anaesthesiology = Анестезіологія
specialty-cardiology = Кардіологія
specialty-cardiac-surgery = Кардіохірургія
specialty-emergency = Екстрена медицина
specialty-family-medicine = Сімейна медицина
specialty-general-surgery = Загальна хірургія
specialty-internal-medicine = Внутрішня медицина
specialty-laparoscopy = Лапароскопічна хірургія
specialty-neurology = Неврологія
specialty-neurosurgery = Нейрохірургія
specialty-obstetrics = Акушерство і гінекологія
specialty-oncology = Онкологія
specialty-ophthalmology = Офтальмологія
specialty-orthopaedics = Ортопедія
specialty-otorhinolaryngology = Оториноларингологія
specialty-paediatrics = Педіатрія
specialty-psychiatry = Психіатрія
specialty-radiology = Радіологія
specialty-rehabilitation = Реабілітація
specialty-skull-base-surgery = Хірургія основи черепа
specialty-traumatology = Травматологія
specialty-urology = Урологія
specialty-vascular-surgery = Судинна хірургія
specialty-nursing = Сестринська справа
specialty-other = Інше
