# Доставка: нагадування та звіти про розсилки (рендеряться під час надсилання; параметри екрануються для HTML).

reminder-draft =
    ⏳ Ваша заявка на <b>{ $titleUk }</b> досі чернетка.
    Прийом заявок закінчується { $days ->
        [1] завтра
        [one] через { $days } день
        [few] через { $days } дні
        [many] через { $days } днів
       *[other] через { $days } дня
    }: { $deadline }. Завершіть і надішліть її в /my.

reminder-offer =
    🎉 На вас чекає пропозиція щодо <b>{ $titleUk }</b>.
    Строк пропозиції спливає { $days ->
        [1] протягом доби
        [one] через { $days } день
        [few] через { $days } дні
        [many] через { $days } днів
       *[other] через { $days } дня
    }: { $expires }. Прийміть або відхиліть її в /my.

reminder-placement-start =
    🧳 Ваше стажування <b>{ $titleUk }</b> починається { $days ->
        [0] сьогодні
        [1] завтра
        [one] через { $days } день
        [few] через { $days } дні
        [many] через { $days } днів
       *[other] через { $days } дня
    }.
    📅 { $startsOn } – { $endsOn }
    🏥 { $hospitalUk }, { $cityUk }
    Візьміть: паспорт, візу чи документи для в'їзду, ліцензію лікаря або студентський квиток, страховку, щеплення.

reminder-checklist =
    ✅ Стажування <b>{ $titleUk }</b> починається { $days ->
        [0] сьогодні
        [1] завтра
        [one] через { $days } день
        [few] через { $days } дні
        [many] через { $days } днів
       *[other] через { $days } дня
    }. { $count ->
        [one] Не виконано { $count } пункт
        [few] Не виконано { $count } пункти
        [many] Не виконано { $count } пунктів
       *[other] Не виконано { $count } пункту
    } з переліку справ.
    Відкрийте /placement, щоб завершити.

reminder-portfolio-weekly =
    📓 Тиждень { $week } стажування <b>{ $titleUk }</b>: додайте до журналу випадки, процедури та роздуми цього тижня в /portfolio.

reminder-placement-end =
    🎓 Стажування <b>{ $titleUk }</b> завершилося. Доповніть портфоліо й розкажіть, як усе пройшло: /placement.

reminder-coordinator-digest =
    📥 { $count ->
        [one] На розгляд чекає { $count } заявка.
        [few] На розгляд чекають { $count } заявки.
        [many] На розгляд чекають { $count } заявок.
       *[other] На розгляд чекають { $count } заявки.
    } { $oldestDays ->
        [0] Найстаріша надійшла сьогодні.
        [one] Найстаріша чекає { $oldestDays } день.
        [few] Найстаріша чекає { $oldestDays } дні.
        [many] Найстаріша чекає { $oldestDays } днів.
       *[other] Найстаріша чекає { $oldestDays } дня.
    }
    Відкрийте /review, щоб їх розглянути.

reminder-document-expiry =
    📄 Строк дії { $type ->
        [licence] вашої ліцензії лікаря
        [diploma] вашого диплома
        [language_certificate] вашого мовного сертифіката
       *[other] вашого документа
    } спливає { $days ->
        [1] завтра
        [one] через { $days } день
        [few] через { $days } дні
        [many] через { $days } днів
       *[other] через { $days } дня
    } ({ $expiresOn }). Завантажте новий у /documents.

broadcast-progress =
    📣 Надсилаємо… надіслано { $sent } з { $total }
    🚫 заблокували: { $blocked } · ⚠️ помилки: { $failed } · ⏳ залишилось: { $left }

broadcast-report =
    📣 Розсилку завершено.
    ✅ надіслано: { $sent } з { $total }
    🚫 заблокували бота: { $blocked }
    ⚠️ помилки: { $failed }

alerts-progress =
    🔔 Сповіщення про нове стажування: доставлено { $sent } з { $total }
    🚫 заблокували: { $blocked } · ⚠️ помилки: { $failed } · ⏳ залишилось: { $left }

alerts-report =
    🔔 Сповіщення про нове стажування надіслано.
    ✅ доставлено: { $sent } з { $total }
    🚫 заблокували бота: { $blocked }
    ⚠️ помилки: { $failed }
