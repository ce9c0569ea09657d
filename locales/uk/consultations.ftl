## Consultations: tele-consultation and mentoring requests to the twin hospital
command-consult = Запит до лікарні-побратима: телеконсультація чи ментор
command-consults = Запити на консультації: мої й адресовані мені

consult-no-home = Щоб звернутися до лікарні-побратима, спершу вкажіть свою лікарню в /profile: запит іде до її побратима за кордоном.
consult-no-twin = У лікарні «{ $hospital }» ще немає побратима за кордоном у програмі.
consult-ask-twin = 🏥 До якої лікарні-побратима ви звертаєтеся?
consult-ask-kind = 🤝 Про що ви просите лікарню «{ $hospital }»?
consult-kind-consultation = 🩺 Телеконсультація щодо випадку
consult-kind-mentoring = 🧑‍🏫 Ментор у певній галузі
consult-ask-specialty = З якої спеціальності?
consult-ask-urgency = Наскільки це терміново?
consult-urgency-routine = Планово
consult-urgency-within_72h = ⏱ Протягом 72 годин
consult-anonymise-notice = 🔒 <b>Лише знеособлені випадки.</b> Не пишіть імен та ініціалів, дат народження, номерів карток, історій хвороби, телефонів та адрес. Віку, статі й клінічних даних достатньо.
consult-ask-question = ✍️ Опишіть випадок і ваше запитання (до { NUMBER($max, useGrouping: "min2") } { $max ->
    [one] символу
   *[other] символів
  }).
consult-ask-question-mentoring = ✍️ Чого ви хотіли б навчитися і який ваш досвід (до { NUMBER($max, useGrouping: "min2") } { $max ->
    [one] символу
   *[other] символів
  })?
consult-pii-dob = ⚠️ Схоже, у тексті є дата народження. Випадок для лікарні-побратима має бути знеособлений. Надіслати як є?
consult-pii-phone = ⚠️ Схоже, у тексті є номер телефону. Випадок для лікарні-побратима має бути знеособлений. Надіслати як є?
consult-pii-record = ⚠️ Схоже, у тексті є номер картки чи історії хвороби. Випадок для лікарні-побратима має бути знеособлений. Надіслати як є?
consult-pii-name = ⚠️ Схоже, у тексті є ім'я чи ініціали пацієнта. Випадок для лікарні-побратима має бути знеособлений. Надіслати як є?
consult-pii-keep = Знеособлено, залишити
consult-pii-edit = ✏️ Виправити текст
consult-ask-slots = 🕒 Коли вам зручно? Кілька варіантів у вашому часовому поясі, { $zone } (наприклад, «у будні після 16:00»), до { NUMBER($max, useGrouping: "min2") } { $max ->
    [one] символу
   *[other] символів
  }.
consult-ask-file = 📎 Додайте знімок чи висновок (фото або документ, теж знеособлені) або натисніть ⏭ Пропустити.
consult-ask-file-more = 📎 Додано: { $count } з { $max }. Ще один або ⏭ Пропустити, щоб іти далі.
consult-file-reprompt = Надішліть фото чи документ або натисніть ⏭ Пропустити.
consult-file-too-large = Файл завеликий: до 20 МБ, будь ласка.
consult-ask-confirm = <b>Перед надсиланням:</b> чи підтверджуєте ви, що випадок знеособлено — без імен, дат народження й номерів карток, і в тексті, і у вкладеннях?
consult-confirm-yes = ✅ Підтверджую, надіслати
consult-confirm-no = ✖️ Не надсилати
consult-not-sent = Не надіслано. Нічого не збережено.
consult-sent = ✅ Запит №{ $id } надіслано до лікарні «{ $hospital }». Її координатор призначить фахівця, і вам про це повідомлять тут. Стежте за ним у /consults.
consult-cancelled = Зупинено. Нічого не надіслано.

consult-title = { $kind ->
    [consultation] 🩺 <b>Телеконсультація №{ $id }</b>
   *[mentoring] 🧑‍🏫 <b>Запит на менторство №{ $id }</b>
  }
consult-route = { $from } → { $to }
consult-line-specialty = Спеціальність: { $specialty }
consult-line-urgency = Терміновість: { $urgency }
consult-line-status = Стан: { $status }
consult-status-requested = чекає на призначення фахівця
consult-status-assigned = фахівця призначено, чекає на його відповідь
consult-status-scheduled = 📅 заплановано
consult-status-declined = фахівець відмовився, чекає на іншого
consult-status-done = ✅ відбулася
consult-status-cancelled = відкликано
consult-line-question = <b>Запитання:</b> { $text }
consult-line-slots = Зручний час ({ $zone }): { $text }
consult-line-slot = 📅 <b>Консультація:</b> { $slot }
consult-line-slot-other = для іншої сторони: { $slot }
consult-line-declined = Відмова: { $reason }
consult-line-outcome = <b>Підсумок:</b> { $text }
consult-line-followup = { $followUp ->
    [yes] Потрібне продовження
   *[no] Продовження не потрібне
  } · оцінка { $rating }/5
consult-line-attachments = 📎 Вкладення: { $count }
consult-thread = <b>Повідомлення</b>
consult-side-requester = { $hospital } — автор запиту
consult-side-specialist = { $hospital } — фахівець

consult-btn-open = 📂 Відкрити запит
consult-btn-reply = ↩️ Відповісти
consult-btn-assign = 👤 Призначити фахівця
consult-btn-accept = ✅ Прийняти, запропонувати час
consult-btn-decline = ✖️ Відмовитися
consult-btn-write = 💬 Написати
consult-btn-outcome = 📝 Записати підсумок
consult-btn-cancel = 🗑 Відкликати
consult-btn-files = 📎 Вкладення ({ $count })
consult-btn-list = ⬅️ Усі запити

consult-queue-title = 🤝 <b>Консультації</b>
consult-queue-asked = <b>Ваші запити</b>
consult-queue-assign = <b>Чекають на фахівця у ваших лікарнях</b>
consult-queue-given = <b>Для вас як фахівця</b>
consult-queue-none = Запитів на консультації ще немає. Зверніться до лікарні-побратима через /consult.
consult-queue-item = №{ $id } · { $specialty } · { $status }

consult-pick-specialist = 👤 Хто відповість на запит №{ $id }? Координатори лікарні «{ $hospital }» і ментори її стажувань:
consult-candidate-coordinator = { $name } · координатор
consult-candidate-mentor = { $name } · ментор
consult-no-candidates = У лікарні «{ $hospital }» ще немає координатора чи ментора в боті. Спершу запросіть когось.
consult-assigned = ✅ { $name } отримав(-ла) прохання відповісти на запит №{ $id }.
consult-no-files = У цього запиту немає вкладень.
consult-withdrawn = 🗑 Запит №{ $id } відкликано.

consult-ask-zone = 🌍 У якому ви часовому поясі? Відтепер час показуватимемо вам у ньому.
consult-ask-day = 📅 На який день ви пропонуєте консультацію? Ваш часовий пояс — { $zone }. Наприклад, 14.12.2026.
consult-ask-time = 🕒 О котрій того дня, за часом { $zone }? Наприклад, 16:30.
consult-bad-time = Напишіть час як ГГ:ХХ, наприклад 16:30.
consult-scheduled = ✅ Прийнято. Консультація — { $slot }; для автора запиту це { $other }. Обом сторонам нагадаємо за день і за годину.
consult-ask-reason = Чому ви відмовляєтеся? Коротка причина для автора запиту й координатора (до { NUMBER($max, useGrouping: "min2") } { $max ->
    [one] символу
   *[other] символів
  }).
consult-declined = Відмову надіслано. Автору запиту й координатору повідомлено.
consult-ask-message = 💬 Ваше повідомлення для: { $to } (до { NUMBER($max, useGrouping: "min2") } { $max ->
    [one] символу
   *[other] символів
  }). Бот передасть його від імені «{ $me }», без вашого акаунта Telegram.
consult-message-sent = ✅ Передано: { $to }.
consult-ask-outcome = 📝 Яку пораду ви отримали (до { NUMBER($max, useGrouping: "min2") } { $max ->
    [one] символу
   *[other] символів
  })?
consult-ask-followup = Чи потрібне продовження?
consult-yes = Так
consult-no = Ні
consult-ask-rating = Наскільки це було корисно, від 1 до 5?
consult-done = ✅ Дякуємо. Підсумок записано.
consult-step-cancelled = Зупинено. Запит без змін.

consult-notify-new = 🆕 { $kind ->
    [consultation] Новий запит на телеконсультацію
   *[mentoring] Новий запит на менторство
  } №{ $id } від лікарні «{ $fromUk }»{ $urgency ->
    [within_72h] , ⏱ <b>протягом 72 годин</b>
   *[routine] {""}
  }. Відкрийте його, щоб призначити фахівця лікарні «{ $toUk }».
consult-notify-declined = ↩️ Фахівець лікарні «{ $toUk }» відмовився від запиту №{ $id }: { $reason }. Координатор може призначити іншого.
consult-notify-assigned = 👤 Вас просять відповісти на { $kind ->
    [consultation] запит на телеконсультацію
   *[mentoring] запит на менторство
  } №{ $id } від лікарні «{ $fromUk }»{ $urgency ->
    [within_72h] , ⏱ <b>протягом 72 годин</b>
   *[routine] {""}
  }. Відкрийте його, щоб прийняти й запропонувати час або відмовитися.
consult-notify-assigning = 👤 Лікарня «{ $toUk }» призначила фахівця для вашого запиту №{ $id }. Він запропонує час.
consult-notify-scheduled = 📅 Ваш запит №{ $id }: фахівець лікарні «{ $toUk }» погодився. Консультація — { $slot }.
consult-notify-message = 💬 <b>Запит №{ $id }</b> · { $sideUk } — { $side ->
    [requester] автор запиту
   *[specialist] фахівець
  }:

  { $text }
consult-notify-done = ✅ Автор запиту №{ $id } записав підсумок. { $followUp ->
    [yes] Він хотів би продовження.
   *[no] Продовження не потрібне.
  }
consult-notify-cancelled = 🗑 Запит №{ $id } від лікарні «{ $fromUk }» відкликано автором.
consult-notify-reminder-day = ⏰ Завтра: консультація №{ $id } ({ $fromUk } ↔ { $toUk }) — { $slot }.
consult-notify-reminder-hour = ⏰ За годину: консультація №{ $id } ({ $fromUk } ↔ { $toUk }) — { $slot }.

consult-refused-not-found = Запит не знайдено, або він не ваш.
consult-refused-not-specialist = Ця людина не координатор і не ментор лікарні-побратима, тож її не можна призначити.
consult-refused-no-home = Спершу вкажіть свою лікарню в /profile: запит іде до її побратима.
consult-refused-no-twin = Ця лікарня не побратим вашої лікарні.
consult-refused-input = Чогось у запиті бракує або текст задовгий. Почніть, будь ласка, знову.
consult-refused-slot-past = Цей час уже минув. Запропонуйте, будь ласка, пізніший.
consult-refused-state = Запит тим часом змінився. Відкрийте /consults знову.

consult-report-line = 🤝 <b>Обмін досвідом:</b> телеконсультації — { $consultations } · менторство — { $mentoring }
