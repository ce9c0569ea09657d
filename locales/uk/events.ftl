## Спільні заходи: конференції, тижні навчання, воркшопи, семінари (/events, /newevent)

command-events = Конференції, тижні навчання і семінари
command-newevent = Новий захід

events-kind-conference = Конференція
events-kind-congress = Конгрес
events-kind-forum = Форум
events-kind-training_week = Тиждень навчання
events-kind-workshop = Воркшоп
events-kind-seminar = Семінар
events-kind-experience_exchange = Обмін досвідом
events-icon-conference = 🎤
events-icon-congress = 🏛
events-icon-forum = 💬
events-icon-training_week = 🩺
events-icon-workshop = 🛠
events-icon-seminar = 🎓
events-icon-experience_exchange = 🤝
events-language-uk = українська
events-language-en = англійська
events-language-uk-en = українська та англійська

events-card-when = 📅 { $when }
events-card-place = 📍 { $place }
events-card-online = 🔗 Онлайн: { $url }
events-card-language = 🗣 Мова: { $language }
events-card-seats = 💺 { $free ->
        [0] Усі місця зайнято (усього: { $seats })
       *[other] Вільних місць: { $free } з { $seats }
    }{ $waitlisted ->
        [0] {""}
       *[other] , у черзі очікування: { $waitlisted }
    }

events-list-title = 📅 <b>Найближчі заходи</b> ({ $count }). Натисніть на захід, щоб переглянути його і зареєструватися.
events-none = 📅 Найближчих заходів зараз немає. Нові конференції, тижні навчання і семінари з'являються тут, щойно координатори їх опублікують.
events-not-found = Цей захід не відкритий (можливо, це чернетка або його вже немає).
events-status-cancelled = ❌ <b>Цей захід скасовано.</b>
events-place-registered = ✅ Ви зареєстровані. Ми нагадаємо напередодні.
events-place-waitlisted = ⏳ Ви { $position }-й у черзі очікування. Якщо місце звільниться, воно ваше, і ми вам повідомимо.
events-place-attended = 🎓 Ви відвідали цей захід: ваш сертифікат готовий.
events-registered = ✅ Ви зареєстровані. Ми нагадаємо напередодні.
events-waitlisted = ⏳ Усі місця зайнято: ви { $position }-й у черзі очікування. Якщо хтось скасує реєстрацію, місце ваше, і ми вам повідомимо.
events-place-given-up = Ви відмовилися від місця.
events-certificate-caption = 🎓 Ваш сертифікат про участь. Код перевірки: <code>{ $code }</code>

events-button-register = ✍️ Зареєструватися
events-button-waitlist = ⏳ Стати в чергу
events-button-cancel = ✖️ Скасувати реєстрацію
events-button-leave = ✖️ Вийти з черги
events-button-certificate = 📄 Сертифікат про участь
events-button-list = ◀️ Усі заходи
events-button-manage = 🛠 Керувати заходами
events-button-publish = 📢 Опублікувати
events-button-cancel-event = ❌ Скасувати захід
events-button-cancel-yes = ❌ Так, скасувати
events-button-cancel-no = ◀️ Ні, залишити
events-button-attendance = ✅ Відмітити присутність
events-button-back-card = ◀️ До заходу

## Повідомлення через outbox

events-notice-promoted =
    🎉 Звільнилося місце на <b>{ $titleUk }</b>: воно ваше, ви зареєстровані.
    📅 { $startsAt }
    Змінилися плани? Відмовтеся від місця в /events.
events-notice-cancelled =
    ❌ Організатори скасували <b>{ $titleUk }</b> ({ $startsAt }). Вашу реєстрацію закрито; інші заходи — в /events.
events-reminder =
    ⏰ Завтра: <b>{ $titleUk }</b>
    📅 { $startsAt }
    📍 { $where }
    Не зможете прийти? Звільніть місце для когось із черги в /events.

## Для координаторів

events-status-draft = 📝 Чернетка
events-status-open = 🟢 Опубліковано
events-status-icon-draft = 📝
events-status-icon-open = 🟢
events-status-icon-cancelled = ❌
events-staff-places = зареєстровано: { $registered }, у черзі: { $waitlisted }
events-manage-title = 🛠 <b>Заходи ваших лікарень</b>. Натисніть на захід, щоб опублікувати його, відмітити присутність чи скасувати.
events-manage-empty = У ваших лікарень ще немає заходів. Створіть захід командою /newevent.
events-published = 📢 Опубліковано: люди бачать захід в /events.
events-cancel-ask = Скасувати цей захід? { $count ->
        [0] Ще ніхто не зареєструвався.
       *[other] Ми повідомимо всіх, хто має місце або стоїть у черзі (людей: { $count }).
    }
events-cancelled = ❌ Захід скасовано. { $count ->
        [0] Нікого не треба повідомляти.
       *[other] Повідомляємо всіх, хто мав місце (людей: { $count }).
    }
events-attendance-title = ✅ <b>Присутність</b>: натисніть на людину, щоб відмітити її присутність (ще раз — щоб скасувати). Відмічені можуть отримати сертифікат.
events-attendance-empty = На цей захід ніхто не має місця.
events-marked = ✅ Присутність відмічено
events-unmarked = Відмітку знято
events-verify-found =
    ✅ <b>Дійсний сертифікат про участь</b>
    👤 { $person }
    🎓 { $title }
    🏥 { $hospital }
    📅 { $when }

newevent-ask-hospital = Яка лікарня організовує захід?
newevent-ask-kind = Який це захід?
newevent-ask-title-uk = Назва <b>українською</b> (символів: до { NUMBER($limit, useGrouping: "min2") }):
newevent-ask-title-en = Назва <b>англійською</b> (символів: до { NUMBER($limit, useGrouping: "min2") }):
newevent-ask-description-uk = Короткий опис <b>українською</b>: програма, для кого (символів: до { NUMBER($limit, useGrouping: "min2") }):
newevent-ask-description-en = Опис <b>англійською</b> (символів: до { NUMBER($limit, useGrouping: "min2") }):
newevent-ask-day = Якого дня він починається? Напишіть дату так: { -day-formats }.
newevent-ask-time = О котрій він починається (за часом { $zone })? Напишіть так: 09:30.
newevent-bad-time = Не вдалося прочитати час. Напишіть так: 09:30 (години 00–23, хвилини 00–59).
newevent-ask-ends = Останній день, якщо захід триває кілька днів (тиждень навчання), у форматі { -day-formats }. Пропустіть для одноденного заходу.
newevent-ask-place = Де він відбувається: адреса, зала (символів: до { NUMBER($limit, useGrouping: "min2") })? Пропустіть, якщо захід лише онлайн.
newevent-ask-url = Посилання для участі онлайн (https://…):
newevent-ask-url-optional = Посилання і для участі онлайн (https://…), або пропустіть:
newevent-ask-language = Якою мовою він проходить?
newevent-ask-seats = Скільки місць (від 1 до { NUMBER($max, useGrouping: "min2") })? Коли їх займуть, люди стають у чергу очікування.
newevent-preview-uk = 👀 <b>Так його побачать українською:</b>
newevent-preview-en = 👀 <b>Так його побачать англійською:</b>
newevent-ask-save = Зберегти цей захід як чернетку? Опублікуєте його потім.
newevent-saved = 📝 Чернетку збережено (захід { $id }). Опублікуйте, коли буде готово: тоді люди побачать його в /events.

events-pdf-title = Сертифікат про участь
events-pdf-certifies = Цим засвідчується, що
events-pdf-attended = взяв(ла) участь у заході «{ $kind }»
events-pdf-online = онлайн
events-pdf-verify = Код перевірки { $code } · видано { $date }, MedTwin, Міжнародне медичне партнерство. Координатори перевіряють код командою /verify.

## Відмови

events-refused-text = Назва чи опис порожні або задовгі.
events-refused-start-past = Захід має починатися в майбутньому.
events-refused-end = Останній день не може бути раніше за перший.
events-refused-place = Заходу потрібне місце проведення або посилання для участі онлайн.
events-refused-url = Посилання має починатися з https:// (або http://) і не містити пробілів.
events-refused-closed = Реєстрацію на цей захід закрито.
events-refused-not-started = Присутність відмічають від початку заходу.
events-refused-not-attended = Сертифікат буде, щойно організатори відмітять вашу присутність.

## /stats

report-by-event = <b>Спільні заходи, участь:</b>
report-event-scientific = наукові заходи (конференції, конгреси, форуми)
report-event-educational = освітні заходи (тижні навчання, воркшопи, семінари)
report-event-exchange = обмін досвідом

## Редагування чернетки

events-button-edit = ✏️ Змінити
events-edit-which = Що в чернетці ви хочете змінити?
events-edit-field-titleUk = Назву українською
events-edit-field-titleEn = Назву англійською
events-edit-field-descriptionUk = Опис українською
events-edit-field-descriptionEn = Опис англійською
events-edit-field-place = Місце проведення
events-edit-field-onlineUrl = Посилання онлайн
events-edit-field-seats = Кількість місць
events-edit-ask-titleUk = Нова назва <b>українською</b> (символів: до { NUMBER($limit, useGrouping: "min2") }):
events-edit-ask-titleEn = Нова назва <b>англійською</b> (символів: до { NUMBER($limit, useGrouping: "min2") }):
events-edit-ask-descriptionUk = Новий опис <b>українською</b> (символів: до { NUMBER($limit, useGrouping: "min2") }):
events-edit-ask-descriptionEn = Новий опис <b>англійською</b> (символів: до { NUMBER($limit, useGrouping: "min2") }):
events-edit-ask-place = Нове місце проведення (символів: до { NUMBER($limit, useGrouping: "min2") }), або пропустіть, щоб його не було (тоді потрібне посилання онлайн):
events-edit-ask-onlineUrl = Нове посилання онлайн (https://…), або пропустіть, щоб його не було (тоді потрібне місце проведення):
events-edit-ask-seats = Скільки місць (від 1 до { NUMBER($limit, useGrouping: "min2") })?
events-edited = ✅ Збережено.
