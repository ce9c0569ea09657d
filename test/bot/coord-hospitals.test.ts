import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { callback, person, photo, text } from '../helpers/updates.js'

// An empty database: everything here is filled from the chat.
let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

const env = { ADMIN_IDS: '9000,9001' }
const adminEn = person(9000, 'en')
const adminUk = person(9001, 'uk')

describe('hospitals and twinnings from the chat', () => {
  it('when admins add a Ukrainian and a partner hospital and twin them, then both exist with their twinning', async () => {
    const t = createTestBot(db, { env })
    await t.send(text(adminUk, '/hospital_new'))
    const [kind] = t.take()
    expect(kind.payload.text).toBe('🏥 Це українська лікарня чи партнерська за кордоном? Надішліть /cancel на будь-якому кроці, щоб зупинитися.')
    expect(buttons(kind)).toEqual([[['🇺🇦 Українська', 'k:h_kind:v:ukrainian']], [['🌍 Партнерська за кордоном', 'k:h_kind:v:partner']]])
    await t.send(callback(adminUk, 'k:h_kind:v:ukrainian'), photo(adminUk), text(adminUk, 'Львівська лікарня'), text(adminUk, 'Lviv Hospital'), text(adminUk, 'Львів'), text(adminUk, 'Lviv'))
    const texts = t.texts()
    expect(texts[2]).toBe('Будь ласка, дайте відповідь текстовим повідомленням, до 150 символів, або надішліть /cancel, щоб зупинитися.')
    const lviv = await db.prisma.hospital.findFirstOrThrow({ where: { nameEn: 'Lviv Hospital' } })
    expect(texts.at(-1)).toBe(`✅ Додано 🇺🇦 Львівська лікарня (№${lviv.id}).`)
    expect(lviv).toMatchObject({ kind: 'ukrainian', country: 'UA', cityUk: 'Львів' })

    await t.send(text(adminEn, '/hospital_new'), callback(adminEn, 'k:h_kind:v:partner'), text(adminEn, 'Клініка Вроцлав'), text(adminEn, 'Wroclaw Clinic'), text(adminEn, 'Вроцлав'), text(adminEn, 'Wroclaw'))
    const countryCall = t.take().at(-1)!
    expect(countryCall.payload.text).toBe('The country:')
    expect(buttons(countryCall).slice(0, 2)).toEqual([[['🇺🇦 Ukraine', 'k:country:v:UA'], ['🇵🇱 Poland', 'k:country:v:PL']], [['🇩🇪 Germany', 'k:country:v:DE'], ['🇬🇧 United Kingdom', 'k:country:v:GB']]])
    await t.send(callback(adminEn, 'k:country:v:PL'))
    const wroclaw = await db.prisma.hospital.findFirstOrThrow({ where: { nameEn: 'Wroclaw Clinic' } })
    expect(t.texts()).toEqual(['The country:\n✅ <b>🇵🇱 Poland</b>', `✅ Added 🇵🇱 Wroclaw Clinic (#${wroclaw.id}).`])

    // A date in none of the accepted forms is asked again, naming them; the slash form is read.
    await t.send(text(adminEn, '/twin_new'), callback(adminEn, `k:twin_uk:v:${lviv.id}`), callback(adminEn, `k:twin_partner:v:${wroclaw.id}`), text(adminEn, 'May 2023'), text(adminEn, '17/05/2023'))
    expect(t.texts().slice(-3)).toEqual(['I could not read that date. Write it as 2027-03-01, 01.03.2027 or 01/03/2027.', '📅 The date the memorandum was signed (2027-03-01, 01.03.2027 or 01/03/2027), or skip:\n✅ <b>17 May 2023</b>', '🤝 Twinned: 🇺🇦 Lviv Hospital ↔ 🇵🇱 Wroclaw Clinic (memorandum 17 May 2023).'])
    const twin = await db.prisma.partnership.findFirstOrThrow({ where: { ukrainianHospitalId: lviv.id, partnerHospitalId: wroclaw.id } })
    expect(twin.memorandumSignedOn?.toISOString().slice(0, 10)).toBe('2023-05-17')
    await t.send(text(adminUk, '/twin_new'), callback(adminUk, `k:twin_uk:v:${lviv.id}`), callback(adminUk, `k:twin_partner:v:${wroclaw.id}`), callback(adminUk, 'k:memo:s'))
    expect(t.texts().at(-1)).toBe('🤝 Оновлено: 🇺🇦 Львівська лікарня ↔ 🇵🇱 Клініка Вроцлав (меморандум —).')
    expect(await db.prisma.partnership.count()).toBe(1)
    expect(await db.prisma.auditLog.count({ where: { action: { in: ['hospital-create', 'partnership-create', 'partnership-edit'] } } })).toBe(4)
  })

  it('when an admin edits a hospital field, then it is saved; a coordinator cannot use the admin commands', async () => {
    const t = createTestBot(db, { env })
    const h = await db.prisma.hospital.findFirstOrThrow({ where: { nameEn: 'Wroclaw Clinic' } })
    await t.send(text(adminEn, '/hospital_edit'))
    expect(buttons(t.take()[0])).toContainEqual([['🇵🇱 Wroclaw Clinic', `he:${h.id}`]])
    await t.send(callback(adminEn, `he:${h.id}`), callback(adminEn, `hf:${h.id}:1`), text(adminEn, 'Wrocław University Clinic'))
    expect(t.texts().slice(-2)).toEqual(['Send the new “Name (English)” (up to 150 characters), or /cancel.', '✅ Saved: 🇵🇱 Wrocław University Clinic.'])
    const stranger = person(9100, 'en')
    await t.send(text(stranger, '/hospital_new'), text(stranger, '/twin_new'), callback(stranger, `hf:${h.id}:0`))
    expect(t.take().map(c => c.payload.text)).toEqual(Array.from({ length: 3 }).fill('🔒 This is for the programme\'s administrators.'))
  })

  it('when an admin starts /new, then a new host hospital can be added right there', async () => {
    const t = createTestBot(db, { env })
    await t.send(text(adminEn, '/new'))
    const [pick] = t.take()
    expect(buttons(pick).at(-1)).toEqual([['➕ New hospital', 'k:host:v:add']])
    await t.send(callback(adminEn, 'k:host:v:add'), callback(adminEn, 'k:h_kind:v:partner'), text(adminEn, 'Шпиталь'), text(adminEn, 'Tallinn Hospital'), text(adminEn, 'Таллінн'), text(adminEn, 'Tallinn'), callback(adminEn, 'k:country:v:EE'))
    expect(t.texts().at(-1)).toBe('1/11 ✏️ The title in <b>Ukrainian</b> (up to 120 characters). Send /cancel at any step to stop.')
    expect(await db.prisma.hospital.count({ where: { nameEn: 'Tallinn Hospital', country: 'EE' } })).toBe(1)
    await t.send(text(adminEn, '/cancel'))
  })
})
