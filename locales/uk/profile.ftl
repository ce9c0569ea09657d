## Profile and onboarding

profile-onboarding-intro =
    Познайомимося: кілька коротких запитань, щоб вам не відповідати на них знову під час подання заявки.
    Кожне запитання можна пропустити кнопкою ⏭ і змінити пізніше в розділі 👤 Профіль. Надішліть /cancel, щоб зупинитися.
profile-onboarding-done = ✅ Дякуємо! Профіль збережено. Змінити його можна будь-коли в розділі 👤 Профіль.
profile-flow-cancelled = Зупинено. Те, що ви вже відповіли, збережено.
profile-ask-kind = Хто ви?
profile-kind-doctor = 🩺 Лікар
profile-kind-healthcare_worker = 💉 Медсестра/медбрат чи інший медичний працівник
profile-kind-student = 🎓 Студент-медик
profile-ask-name = Ваше повне ім'я, як у документах? (до { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] символу
       *[other] символів
    })
profile-ask-institution = Де ви працюєте чи навчаєтеся? Оберіть лікарню або університет нижче чи введіть назву (до { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] символу
       *[other] символів
    }).
profile-ask-specialty = Ваша спеціальність?
profile-ask-experience = Скільки років ви працюєте в медицині? Оберіть нижче або надішліть число від 0 до { $max }.
profile-ask-study-year = На якому ви курсі?
profile-ask-english = Ваш рівень англійської?
## Profile card

profile-title = <b>👤 Ваш профіль</b>
profile-not-set = — не вказано
profile-line-kind = Хто ви: { $value }
profile-line-name = Повне ім'я: { $value }
profile-line-institution = Заклад: { $value }
profile-line-specialty = Спеціальність: { $value }
profile-line-experience = Досвід: { $value }
profile-line-study-year = Курс: { $value }
profile-line-english = Англійська: { $value }
profile-years = { $count ->
    [one] { $count } рік
    [few] { $count } роки
    [many] { $count } років
   *[other] { $count } року
}
profile-complete = ✅ У профілі є все, що потрібно для заявки.
profile-missing = ⚠️ Перед поданням заявки додайте: { $fields }.
profile-missing-kind = хто ви
profile-missing-fullName = повне ім'я
profile-missing-homeInstitution = заклад
profile-missing-specialty = спеціальність
profile-missing-experience = досвід або курс
profile-missing-englishLevel = рівень англійської
profile-edit-kind = ✏️ Хто ви
profile-edit-name = ✏️ Ім'я
profile-edit-institution = ✏️ Заклад
profile-edit-specialty = ✏️ Спеціальність
profile-edit-experience = ✏️ Досвід
profile-edit-study-year = ✏️ Курс
profile-edit-english = ✏️ Англійська
profile-documents = 📎 Мої документи

