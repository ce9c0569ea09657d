import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatDay } from '../../src/time/dates.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { dotted, kyivDay } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { callback, document, person, photo, sticker, text, voice } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

const pdf = (name: string, size = 200_000) => ({ name, mime: 'application/pdf', size })
async function docsOf(telegramId: number) {
  return db.prisma.document.findMany({ where: { user: { telegramId: BigInt(telegramId) } }, orderBy: { id: 'asc' } })
}

describe('documents', () => {
  it('when a person adds a CV, then wrong files, oversized files and bad dates are refused with the reason, and the CV is listed (en)', async () => {
    const user = person(301, 'en')
    const t = createTestBot(db)
    await t.send(text(user, '/documents'))
    const [list] = t.take()
    expect(list.payload.text).toContain('You have no documents yet.')
    expect(buttons(list)).toEqual([[['➕ Add a document', 'dc:add']]])

    await t.send(callback(user, 'dc:add'))
    const type = t.take()[1]
    expect(type.payload.text).toBe('Which document is it?')
    expect(buttons(type).map(r => r[0][1])).toEqual(['k:type:v:cv', 'k:type:v:licence', 'k:type:v:diploma', 'k:type:v:language_certificate', 'k:type:v:other'])
    await t.send(text(user, 'my cv'), callback(user, 'k:type:v:cv'))
    expect(t.texts()).toEqual([
      'Please choose with the buttons under the question, or send /cancel to stop.',
      'Which document is it?\n✅ <b>CV</b>',
      'Send your CV as a file: PDF, JPG or PNG, up to 20 MB. A photo of it also works.',
    ])
    await t.send(sticker(user), text(user, 'here it is'), voice(user), document(user, { name: 'cv.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 1000 }), document(user, pdf('huge.pdf', 25 * 1024 * 1024)))
    const sendFile = 'Please send the document as a file (PDF, JPG or PNG, up to 20 MB) or a photo. Send /cancel to stop.'
    expect(t.texts()).toEqual([
      sendFile,
      sendFile,
      sendFile,
      'This kind of file is not accepted. Please send a PDF, JPG or PNG, up to 20 MB.',
      'This file is larger than 20 MB, the most Telegram lets us receive. Please send a smaller file, for example a compressed PDF.',
    ])
    await t.send(document(user, { ...pdf('cv <2026>.pdf'), id: 'cv-file' }))
    const expiry = t.take()[0]
    expect(expiry.payload.text).toBe('Does this document expire? Send the date as 2027-03-01, 01.03.2027 or 01/03/2027, or press Skip.')
    expect(buttons(expiry)).toEqual([[['⏭ Skip', 'k:expiry:s']]])
    // Yesterday (in Kyiv, by the bot's clock) has passed; today is still valid.
    const [yesterday, today] = [kyivDay(t.clock, -1), kyivDay(t.clock)]
    // Any of the listed forms is read: today typed with slashes is accepted.
    const slashed = dotted(today).replaceAll('.', '/')
    await t.send(text(user, '31.02.2030'), text(user, dotted(yesterday)), photo(user), text(user, slashed))
    const done = t.take()
    const badDate = 'I could not read that date. Write it as 2027-03-01, 01.03.2027 or 01/03/2027.'
    expect(done.slice(0, 4).map(c => c.payload.text)).toEqual([
      badDate,
      'This date has already passed. Please send a date from today on, or upload a valid document.',
      badDate,
      `Does this document expire? Send the date as 2027-03-01, 01.03.2027 or 01/03/2027, or press Skip.\n✅ <b>${formatDay('en', today)}</b>`,
    ])
    done.splice(3, 1)
    expect(done[3].payload.text).toContain('✅ Document saved.')
    // The test clock's today (1 December 2026 in Kyiv), in the one day style.
    expect(today).toBe('2026-12-01')
    expect(done[3].payload.text).toContain('📄 CV: cv &lt;2026&gt;.pdf, valid until 1 December 2026')
    const [cv] = await docsOf(301)
    expect(cv).toMatchObject({ type: 'cv', fileId: 'cv-file', fileName: 'cv <2026>.pdf', mimeType: 'application/pdf', fileSize: 200_000 })
    expect(cv.expiresOn?.toISOString()).toBe(`${today}T00:00:00.000Z`)
    expect(buttons(done[3])).toEqual([[['🔁 CV: cv <2026>.pdf', `dc:r:${cv.id}`], ['🗑 Delete', `dc:d:${cv.id}`]], [['➕ Add a document', 'dc:add']]])
  })

  it('when a person sends a photo as their licence and skips the expiry, then it is kept as a JPG (uk)', async () => {
    const user = person(302, 'uk')
    const t = createTestBot(db)
    await t.send(text(user, '/documents'), callback(user, 'dc:add'), callback(user, 'k:type:v:licence'))
    expect(t.texts().at(-1)).toBe('Документ «Ліцензія»: надішліть його файлом (PDF, JPG або PNG, до 20 МБ). Фото документа теж підійде.')
    await t.send(photo(user), callback(user, 'k:expiry:s'))
    const texts = t.texts()
    expect(texts[1]).toBe('Чи має документ строк дії? Надішліть дату так: 2027-03-01, 01.03.2027 або 01/03/2027, або натисніть Пропустити.\n✅ ⏭ пропущено')
    expect(texts[2]).toContain('📄 Ліцензія: фото')
    expect(await docsOf(302)).toMatchObject([{ type: 'licence', fileId: 'photo-file', mimeType: 'image/jpeg', fileName: null, expiresOn: null }])
  })

  it('when a document has expired, then the list flags it with ⚠️ in both languages', async () => {
    const t = createTestBot(db)
    await t.send(text(person(303, 'en'), '/documents'), text(person(304, 'uk'), '/documents'))
    t.take()
    // Valid until yesterday, by the bot's clock in Kyiv.
    const yesterday = kyivDay(t.clock, -1)
    for (const telegramId of [303n, 304n]) {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { telegramId } })
      await db.prisma.document.create({ data: { userId: user.id, type: 'language_certificate', fileId: 'f', fileUniqueId: 'u', fileName: 'ielts.pdf', mimeType: 'application/pdf', expiresOn: new Date(`${yesterday}T00:00:00Z`) } })
    }
    await t.send(text(person(303, 'en'), '/documents'), text(person(304, 'uk'), '/documents'))
    const [en, uk] = t.texts()
    expect(yesterday).toBe('2026-11-30')
    expect(en).toContain('⚠️ Language certificate: ielts.pdf, <b>expired on 30 November 2026</b>')
    expect(uk).toContain('⚠️ Мовний сертифікат: ielts.pdf, <b>строк дії минув 30 листопада 2026 р.</b>')
  })

  it('when a person deletes a document, then they confirm first, and someone else\'s or a stale id changes nothing', async () => {
    const owner = person(305, 'en')
    const other = person(306, 'en')
    const t = createTestBot(db)
    await t.send(text(owner, '/documents'), text(other, '/documents'))
    const ownerRow = await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 305n } })
    const doc = await db.prisma.document.create({ data: { userId: ownerRow.id, type: 'diploma', fileId: 'f', fileUniqueId: 'u', fileName: 'diploma.pdf', mimeType: 'application/pdf' } })
    t.take()
    await t.send(callback(other, `dc:d:${doc.id}`), callback(other, `dc:x:${doc.id}`), callback(other, 'dc:x:abc'))
    expect(t.take().map(c => [c.method, c.payload.text])).toEqual(Array.from({ length: 3 }).fill(['answerCallbackQuery', 'This button is no longer valid. Please open the menu again.']))
    await t.send(callback(owner, `dc:d:${doc.id}`))
    const confirm = t.take()[1]
    expect(confirm.payload.text).toBe('Delete this document?\n📄 Diploma: diploma.pdf')
    expect(buttons(confirm)).toEqual([[['🗑 Yes, delete', `dc:x:${doc.id}`], ['↩️ Keep it', 'dc:list']]])
    expect(await docsOf(305)).toHaveLength(1)
    await t.send(callback(owner, `dc:x:${doc.id}`))
    const deleted = t.take()
    expect(deleted[0].payload.text).toBe('Document deleted.')
    expect(deleted[1].payload.text).toContain('You have no documents yet.')
    expect(await docsOf(305)).toHaveLength(0)
  })

  it('when a person replaces a document, then the new file takes its place, and /cancel stops without changing it', async () => {
    const user = person(307, 'en')
    const t = createTestBot(db)
    await t.send(text(user, '/documents'))
    const row = await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 307n } })
    const doc = await db.prisma.document.create({ data: { userId: row.id, type: 'cv', fileId: 'old', fileUniqueId: 'u', fileName: 'old.pdf', mimeType: 'application/pdf' } })
    t.take()
    await t.send(callback(user, `dc:r:${doc.id}`), text(user, '/cancel'))
    expect(t.texts()).toEqual(['Send your CV as a file: PDF, JPG or PNG, up to 20 MB. A photo of it also works.', 'Stopped. Nothing more was saved.'])
    await t.send(callback(user, `dc:r:${doc.id}`))
    // A new bot instance on the same database carries on with the flow.
    const restarted = createTestBot(db)
    await restarted.send(document(user, { ...pdf('new.pdf'), id: 'new' }), callback(user, 'k:expiry:s'))
    expect(restarted.texts().at(-1)).toContain('📄 CV: new.pdf')
    // No application was sent with the old file: it is gone, the new one is in its place.
    expect(await docsOf(307)).toMatchObject([{ type: 'cv', fileId: 'new', fileName: 'new.pdf' }])
    expect(await db.prisma.document.count({ where: { id: doc.id } })).toBe(0)
  })
})
