## Dates

# Every form a typed date may take (src/time/dates.ts dayFormats), for prompts and re-prompts.
-day-formats = 2027-03-01, 01.03.2027 або 01/03/2027

## The bot's profile (plain text: no tags; description up to 512 characters, short description up to 120)

bot-description =
    MedTwin — бот Міжнародного медичного партнерства для українських лікарів і студентів-медиків.

    Українські лікарні мають лікарні-побратими в Польщі, Німеччині, Великій Британії, Франції, Швеції, Литві, Канаді, Ізраїлі та інших країнах. Тут можна знайти стажування чи клінічну практику в лікарні-побратимі, подати заявку за кілька кроків, стежити за заявками й вести навчальне портфоліо. Координатори тут розглядають заявки й публікують стажування.

    Натисніть «Почати» внизу.
bot-short-description = Стажування та клінічні практики в лікарнях-побратимах за кордоном для українських лікарів і студентів-медиків.

## Start and main menu

# Hello and what MedTwin is: a returning person reads it in start-greeting, a new one with the onboarding intro, in one message.
start-welcome =
    Вітаю, <b>{ $name }</b>! 👋
    Я <b>MedTwin</b>, бот Міжнародного медичного партнерства.

    Українські лікарні мають лікарні-побратими в Польщі, Німеччині, Великій Британії, Франції, Швеції, Литві, Канаді, Ізраїлі та інших країнах. Тут можна знайти стажування чи клінічну практику в лікарні-побратимі, подати заявку, стежити за її статусом і вести навчальне портфоліо.
start-greeting =
    { start-welcome }

    Оберіть, що вам потрібно, нижче.
menu-internships = 🔎 Стажування
menu-hospitals = 🏥 Лікарні-побратими
menu-applications = 📋 Мої заявки
menu-alerts = 🔔 Сповіщення
menu-profile = 👤 Профіль
menu-help = ❓ Допомога
cancel-nothing = Зараз немає чого скасовувати. Оберіть дію в меню нижче.
unhandled = Я не зрозумів. Скористайтеся меню нижче або надішліть /help.

## Help

help-text =
    <b>Що вміє MedTwin</b>

    🔎 <b>Стажування</b>: відкриті стажування, тренінги та практики в лікарнях-побратимах за кордоном, з фільтрами за спеціальністю, країною та місяцем.
    🏥 <b>Лікарні-побратими</b>: яка українська лікарня з якою закордонною лікарнею в парі.
    📋 <b>Мої заявки</b>: статус усього, на що ви подалися.
    🎒 <b>/placement</b>: під час стажування — перелік справ перед від'їздом і навчальне портфоліо.
    📓 <b>/portfolio</b>: ваш журнал за тижнями: додати, відкрити, змінити чи видалити запис. 🧑‍🏫 <b>/mentor</b>: для менторів — записи, що чекають на підтвердження.
    🔔 <b>Сповіщення</b>: повідомлення, коли відкривається нове стажування за вашою спеціальністю.
    👤 <b>Профіль</b>: хто ви, щоб не відповідати на ті самі запитання двічі.

    Команди: /internships, /hospitals, /my, /placement, /portfolio, /mentor, /alerts, /profile, /documents, /language, /privacy.
    Надішліть /cancel, щоб вийти з будь-якого опитування.

## Language

language-choose = Оберіть мову:
language-name-uk = 🇺🇦 Українська
language-name-en = 🇬🇧 English
language-set = ✅ Мову змінено: українська.
language-menu-updated = Меню тепер українською.

## Command menu

command-start = Головне меню
command-internships = Відкриті стажування
command-hospitals = Лікарні-побратими
command-my = Мої заявки
command-alerts = Сповіщення про нові стажування
command-profile = Мій профіль
command-documents = Мої документи
command-language = Змінити мову
command-privacy = Що про мене зберігається
command-help = Що вміє цей бот

## Errors

error-generic = 😔 Вибачте, у нас щось пішло не так. Спробуйте ще раз за хвилину.
error-stale-button = Ця кнопка вже недійсна. Відкрийте меню знову.
error-not-found = Не знайдено. Можливо, це вже видалено.
error-forbidden = Ця дія вам недоступна.
error-invalid-country = Цієї країни немає в переліку програми.
error-invalid-month = Це не місяць у форматі 2027-02.
error-profile-too-long = Задовге повідомлення: можна до { NUMBER($max, useGrouping: "min2") } { $max ->
        [one] символу
       *[other] символів
    }. Нічого не збережено.
error-profile-out-of-range = Потрібне ціле число від { $min } до { $max }. Нічого не збережено.
error-profile-unknown-value = Це не один із варіантів. Нічого не збережено.
rate-limit-slow-down = ⏳ Забагато команд за короткий час. Будь ласка, повільніше: спробуйте знову за хвилину.
