import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createHospital, createOpportunity, createPerson, createProfile, februaryInternship } from '../helpers/fixtures.js'
import { callback, person, sticker, text } from '../helpers/updates.js'

let db: Database
let oppId: number
const ids: Record<string, number> = {}
beforeAll(async () => {
  db = await createTestDatabase()
  const h = await createHospital(db.prisma, { country: 'DE' })
  oppId = (await createOpportunity(db.prisma, h.id, { ...februaryInternship, titleEn: 'Heart surgery', titleUk: 'Кардіохірургія' })).id
  const coordinator = await createPerson(db.prisma, 30_000)
  await assignCoordinator(db.prisma, coordinator.id, h.id)
  const coordinatorUk = await createPerson(db.prisma, 30_001, { locale: 'uk' })
  await assignCoordinator(db.prisma, coordinatorUk.id, h.id)
  const sub = async (tg: number, locale: string, specialties: string[], reachable = true, kind: 'doctor' | 'student' | 'healthcare_worker' = 'doctor') => {
    const u = await createPerson(db.prisma, tg, { locale, reachable })
    await createProfile(db.prisma, u.id, { kind })
    await db.prisma.subscription.create({ data: { userId: u.id, specialties, countries: [] } })
    return u.id
  }
  ids.cardio = await sub(30_010, 'uk', ['cardiology'])
  ids.any = await sub(30_011, 'en', [])
  ids.onco = await sub(30_012, 'en', ['oncology'], true, 'student')
  ids.gone = await sub(30_013, 'en', ['cardiology'], false)
})
afterAll(async () => { await db?.close() })

describe('/broadcast', () => {
  it('when a coordinator broadcasts to specialty subscribers with an internship card, then a preview with the count comes first and one outbox row per recipient is written', async () => {
    const who = person(30_000, 'en')
    const t = createTestBot(db)
    await t.send(text(who, '/broadcast'), sticker(who), text(who, 'New places <soon> & more'))
    const [ask, hint, attach] = t.take()
    expect(ask.payload.text).toBe('📣 Write the message to send (up to 3500 characters). Send /cancel at any step to stop.')
    expect(hint.payload.text).toBe('Please answer with a text message, up to 3500 characters, or send /cancel to stop.')
    expect(buttons(attach)).toEqual([[['Heart surgery', `k:card:v:${oppId}`]], [['No, just the message', 'k:card:v:none']]])
    await t.send(callback(who, `k:card:v:${oppId}`), callback(who, 'k:aud:v:specialties'))
    const picker = t.take().at(-1)!
    expect(buttons(picker)[0]).toEqual([['Anaesthesiology', 'k:specs:v:anaesthesiology'], ['Cardiology', 'k:specs:v:cardiology']])
    await t.send(callback(who, 'k:specs:d'))
    expect(t.take()[0].payload).toMatchObject({ text: 'Tick at least one first.', show_alert: true })
    await t.send(callback(who, 'k:specs:v:cardiology'))
    const ticked = t.take().find(c => c.method === 'editMessageReplyMarkup')!
    expect(buttons(ticked)[0][1]).toEqual(['✅ Cardiology', 'k:specs:v:cardiology'])
    await t.send(callback(who, 'k:specs:d'))
    const [, settled, preview, confirm] = t.take()
    expect(settled.payload.text).toBe('Tick the specialties, then Done:\n✅ <b>Cardiology</b>')
    expect(preview.payload.text).toBe('New places &lt;soon&gt; &amp; more\n\n📌 <b>Heart surgery</b>')
    expect(confirm.payload.text).toBe('☝️ This is the message. Send it to 2 people?')
    await t.send(callback(who, 'k:send:v:yes'))
    const calls = t.take().filter(c => c.method === 'sendMessage')
    expect(calls.map(c => c.payload.text)).toEqual([
      '📣 Broadcast: ✅ sent 0 · 🚫 blocked 0 · ⚠️ failed 0 · ⏳ left 2',
      expect.stringMatching(/^Broadcast #\d+ is queued for 2 people\. The status above updates as it goes\.$/),
    ])
    const broadcast = await db.prisma.broadcast.findFirstOrThrow({ include: { messages: { orderBy: { userId: 'asc' } } } })
    expect([broadcast.total, broadcast.status, broadcast.opportunityId, broadcast.statusChatId, broadcast.audience]).toEqual([2, 'sending', oppId, 30_000n, { specialties: ['cardiology'], within: { hospitalIds: [expect.any(Number)], twinHospitalIds: [], countries: ['DE'] } }])
    expect(broadcast.statusMessageId).toBeGreaterThan(0n)
    expect(broadcast.messages.map(m => [m.userId, m.dedupeKey, m.text, (m.replyMarkup as any).inline_keyboard[0][0].text])).toEqual([
      [ids.cardio, `broadcast:${broadcast.id}:${ids.cardio}`, 'New places &lt;soon&gt; &amp; more\n\n📌 <b>Кардіохірургія</b>', 'Подати заявку'],
      [ids.any, `broadcast:${broadcast.id}:${ids.any}`, 'New places &lt;soon&gt; &amp; more\n\n📌 <b>Heart surgery</b>', 'Apply'],
    ])
    expect((broadcast.messages[0].replyMarkup as any).inline_keyboard[0][0].url).toBe(`https://t.me/medtwin_test_bot?start=i${oppId}`)
  })

  it('when a Ukrainian coordinator cancels at the confirmation, then nothing is written', async () => {
    const who = person(30_001, 'uk')
    const t = createTestBot(db)
    await t.send(text(who, '/broadcast'), text(who, 'Привіт'), callback(who, 'k:card:v:none'), callback(who, 'k:aud:v:students'))
    const confirm = t.take().at(-1)!
    // A hospital's coordinator reaches the people of their hospital: here its subscribers (every country). Of them, the student.
    expect(confirm.payload.text).toBe('☝️ Ось повідомлення. Надіслати 1 людині?')
    expect(buttons(confirm)).toEqual([[['📣 Надіслати', 'k:send:v:yes'], ['✖️ Скасувати', 'k:send:v:no']]])
    const before = await db.prisma.outboxMessage.count()
    await t.send(callback(who, 'k:send:v:no'))
    expect(t.texts()).toEqual(['☝️ Ось повідомлення. Надіслати 1 людині?\n✅ <b>✖️ Скасувати</b>', 'Скасовано. Нічого не збережено.'])
    expect(await db.prisma.outboxMessage.count()).toBe(before)
    expect(await db.prisma.broadcast.count()).toBe(1)
  })

  it('when a Ukrainian coordinator picks countries, then each is named in Ukrainian with its flag, not by its code', async () => {
    const who = person(30_001, 'uk')
    const t = createTestBot(db)
    await t.send(text(who, '/broadcast'), text(who, 'Привіт'), callback(who, 'k:card:v:none'), callback(who, 'k:aud:v:countries'))
    const pick = t.take().at(-1)!
    expect(pick.payload.text).toBe('Позначте країни, потім «Готово»:')
    expect(buttons(pick).slice(0, 2)).toEqual([
      [['🇺🇦 Україна', 'k:countries:v:UA'], ['🇵🇱 Польща', 'k:countries:v:PL']],
      [['🇩🇪 Німеччина', 'k:countries:v:DE'], ['🇬🇧 Велика Британія', 'k:countries:v:GB']],
    ])
    await t.send(text(who, '/cancel'))
  })

  it('when a person without rights sends /broadcast, then they are told it is for coordinators', async () => {
    const t = createTestBot(db)
    await t.send(text(person(30_011, 'en'), '/broadcast'))
    expect(t.texts()).toEqual(['🔒 This is for coordinators. If you coordinate internships at a hospital of the programme, ask the programme administrator for access.'])
  })
})
