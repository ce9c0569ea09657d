## Documents

documents-title =
    <b>📎 Your documents</b>
    Kept once and attached to your applications when needed. PDF, JPG or PNG, up to 20 MB each.
documents-empty = You have no documents yet. Press ➕ to add your CV, licence, diploma or language certificate.
documents-photo = photo
documents-line = 📄 { $type }: { $name }
documents-line-valid = 📄 { $type }: { $name }, valid until { $date }
documents-line-expired = ⚠️ { $type }: { $name }, <b>expired on { $date }</b>
documents-type-cv = CV
documents-type-licence = Licence
documents-type-diploma = Diploma
documents-type-language_certificate = Language certificate
documents-type-other = Other document
documents-replace = 🔁 { $type }: { $name }
documents-delete = 🗑 Delete
documents-add = ➕ Add a document
documents-ask-type = Which document is it?
documents-ask-file = Send your { $type } as a file: PDF, JPG or PNG, up to { $max } MB. A photo of it also works.
documents-send-file = Please send the document as a file (PDF, JPG or PNG, up to { $max } MB) or a photo. Send /cancel to stop.
documents-wrong-kind = This kind of file is not accepted. Please send a PDF, JPG or PNG, up to { $max } MB.
documents-too-large = This file is larger than { $max } MB, the most Telegram lets us receive. Please send a smaller file, for example a compressed PDF.
documents-ask-expiry = Does this document expire? Send the date as { -day-formats }, or press Skip.
documents-expiry-past = This date has already passed. Please send a date from today on, or upload a valid document.
documents-saved = ✅ Document saved.
documents-delete-confirm =
    Delete this document?
    { $line }
documents-delete-yes = 🗑 Yes, delete
documents-delete-no = ↩️ Keep it
documents-deleted = Document deleted.
