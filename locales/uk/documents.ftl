## Documents

documents-title =
    <b>📎 Ваші документи</b>
    Зберігаються один раз і додаються до заявок, коли потрібно. PDF, JPG або PNG, до 20 МБ кожен.
documents-empty = У вас ще немає документів. Натисніть ➕, щоб додати резюме, ліцензію, диплом чи мовний сертифікат.
documents-photo = фото
documents-line = 📄 { $type }: { $name }
documents-line-valid = 📄 { $type }: { $name }, дійсний до { $date }
documents-line-expired = ⚠️ { $type }: { $name }, <b>строк дії минув { $date }</b>
documents-type-cv = Резюме (CV)
documents-type-licence = Ліцензія
documents-type-diploma = Диплом
documents-type-language_certificate = Мовний сертифікат
documents-type-other = Інший документ
documents-replace = 🔁 { $type }: { $name }
documents-delete = 🗑 Видалити
documents-add = ➕ Додати документ
documents-ask-type = Що це за документ?
documents-ask-file = Документ «{ $type }»: надішліть його файлом (PDF, JPG або PNG, до { $max } МБ). Фото документа теж підійде.
documents-send-file = Будь ласка, надішліть документ файлом (PDF, JPG або PNG, до { $max } МБ) або фото. Надішліть /cancel, щоб зупинитися.
documents-wrong-kind = Такий тип файлу не приймається. Надішліть PDF, JPG або PNG, до { $max } МБ.
documents-too-large = Файл більший за { $max } МБ: більше Telegram не дозволяє нам отримати. Надішліть менший файл, наприклад стиснений PDF.
documents-ask-expiry = Чи має документ строк дії? Надішліть дату так: { -day-formats }, або натисніть Пропустити.
documents-expiry-past = Ця дата вже минула. Надішліть дату не раніше сьогоднішньої або завантажте чинний документ.
documents-saved = ✅ Документ збережено.
documents-delete-confirm =
    Видалити цей документ?
    { $line }
documents-delete-yes = 🗑 Так, видалити
documents-delete-no = ↩️ Залишити
documents-deleted = Документ видалено.
