import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { createHospital, createOpportunity, createPerson, daysFromNow } from '../helpers/fixtures.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
let oppId: number
let hostId: number

beforeAll(async () => {
  db = await createTestDatabase()
  hostId = (await createHospital(db.prisma, { country: 'SE', nameEn: 'Karolinska', nameUk: 'Каролінська', cityEn: 'Stockholm', cityUk: 'Стокгольм' })).id
  oppId = (await createOpportunity(db.prisma, hostId, {
    titleEn: 'Skull base <visit>',
    titleUk: 'Візит',
    startsOn: new Date('2027-03-01'),
    endsOn: new Date('2027-03-10'),
  })).id
})
afterAll(async () => { await db?.close() })

async function application(telegramId: number, locale: 'uk' | 'en', data: Record<string, unknown>) {
  const user = await createPerson(db.prisma, telegramId, { locale })
  const opportunityId = (data.opportunityId as number | undefined) ?? oppId
  const app = await db.prisma.application.create({ data: { userId: user.id, opportunityId, status: 'submitted', answers: { motivation: 'I <want> this', phone: '+380501234567' }, ...data } as any })
  await db.prisma.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: 'draft', toStatus: 'submitted', createdAt: new Date('2026-11-20T10:00:00Z') } })
  return { user, app }
}

describe('my applications', () => {
  it('when a person with no applications opens /my, then they are told so and offered the list (en, uk)', async () => {
    const t = createTestBot(db)
    await t.send(text(person(601, 'en'), '/my'), text(person(602, 'uk'), '📋 Мої заявки'))
    const [en, uk] = t.take()
    expect(en.payload.text).toBe('You have not applied to anything yet. Find an internship below.')
    expect(buttons(en)).toEqual([[['🔎 Internships', 'in:p:0']]])
    expect(uk.payload.text).toBe('Ви ще нікуди не подавалися. Знайдіть стажування нижче.')
  })

  it('when a person opens an application, then they see its status, escaped answers and dated history, and can withdraw after confirming', async () => {
    const { app } = await application(603, 'en', {})
    const coordinator = await createPerson(db.prisma, 6031, { locale: 'uk' })
    await db.prisma.coordinatorAssignment.create({ data: { userId: coordinator.id, hospitalId: hostId } })
    const t = createTestBot(db)
    const user = person(603, 'en')
    await t.send(text(user, '/my'))
    const [list] = t.take()
    expect(list.payload.text).toBe('<b>📋 Your application</b>\n\n📨 <b>Stockholm · Karolinska</b>\nSkull base &lt;visit&gt;')
    // Where first, then the title, cut to what a phone shows.
    expect(buttons(list)).toEqual([[['📨 Stockholm · Karolinska — Skull base <…', `my:o:${app.id}`]]])

    await t.send(callback(user, `my:o:${app.id}`))
    const card = t.take()[1]
    expect(card.payload.text).toBe([
      '<b>Skull base &lt;visit&gt;</b>',
      '1 March 2027 – 10 March 2027',
      '',
      'Status: <b>submitted</b>',
      '',
      '<b>Your answers</b>',
      'Motivation: I &lt;want&gt; this',
      'Phone: +380501234567',
      '',
      '<b>History</b>',
      '20 November 2026, 12:00 (Europe/Kyiv): submitted',
    ].join('\n'))
    expect(buttons(card)).toEqual([[['🚫 Withdraw', `my:w:${app.id}`]], [['◀️ All applications', 'my:l']]])

    await t.send(callback(user, `my:w:${app.id}`))
    const ask = t.take()[1]
    expect(ask.payload.text).toBe('Withdraw your application to <b>Skull base &lt;visit&gt;</b>? This cannot be undone.')
    expect(buttons(ask)).toEqual([[['Yes, withdraw', `my:wy:${app.id}`], ['No, keep it', `my:o:${app.id}`]]])
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('submitted')

    await t.send(callback(user, `my:wy:${app.id}`))
    const [answer, edited] = t.take()
    expect(answer.payload.text).toBe('Your application was withdrawn.')
    expect(edited.payload.text).toContain('Status: <b>withdrawn</b>')
    expect(buttons(edited)).toEqual([[['◀️ All applications', 'my:l']]])
    const changes = await db.prisma.applicationStatusChange.findMany({ where: { applicationId: app.id }, orderBy: { id: 'asc' } })
    expect(changes.map(c => c.toStatus)).toEqual(['submitted', 'withdrawn'])
    const outbox = await db.prisma.outboxMessage.findMany({ where: { userId: coordinator.id } })
    expect(outbox).toMatchObject([{ template: 'applications-staff-withdrawn', locale: 'uk', chatId: 6031n, params: { applicationId: app.id, title: 'Візит' } }])
  })

  it('when an offer is accepted before its deadline, then it is confirmed with a placement on the internship dates (uk)', async () => {
    const { app, user } = await application(604, 'uk', { status: 'offered', offerExpiresAt: daysFromNow(2) })
    const t = createTestBot(db)
    const tg = person(604, 'uk')
    await t.send(callback(tg, `my:o:${app.id}`))
    const card = t.take()[1]
    expect(card.payload.text).toContain('Статус: <b>вам пропонують місце</b>\nДайте відповідь на пропозицію до ')
    expect(buttons(card)[0]).toEqual([['✅ Прийняти місце', `my:ac:${app.id}`], ['↩️ Відмовитися', `my:dc:${app.id}`]])
    await t.send(callback(tg, `my:ac:${app.id}`))
    const [answer, edited] = t.take()
    expect(answer.payload.text).toBe('🎉 Ви прийняли місце. До зустрічі!')
    expect(edited.payload.text).toContain('Статус: <b>підтверджено</b>')
    const placement = await db.prisma.placement.findUniqueOrThrow({ where: { applicationId: app.id } })
    expect(placement).toMatchObject({ userId: user.id, startsOn: new Date('2027-03-01'), endsOn: new Date('2027-03-10'), status: 'upcoming' })
  })

  it('when an offer is declined, then it is declined and the seat is free', async () => {
    const { app } = await application(605, 'en', { status: 'offered', offerExpiresAt: daysFromNow(2) })
    const t = createTestBot(db)
    await t.send(callback(person(605, 'en'), `my:dc:${app.id}`))
    expect(t.take()[0].payload.text).toBe('You declined the offer.')
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('declined')
  })

  it('when an offer is answered after its deadline, then the person is told it has lapsed, in en and uk', async () => {
    const en = await application(606, 'en', { status: 'offered', offerExpiresAt: daysFromNow(-1) })
    const uk = await application(607, 'uk', { status: 'offered', offerExpiresAt: daysFromNow(-1) })
    const t = createTestBot(db)
    await t.send(callback(person(606, 'en'), `my:ac:${en.app.id}`), callback(person(607, 'uk'), `my:dc:${uk.app.id}`))
    const calls = t.take()
    expect(calls.filter(c => c.method === 'answerCallbackQuery').map(c => c.payload.text)).toEqual([
      '⌛ Sorry, the offer has lapsed: its deadline has passed.',
      '⌛ На жаль, строк пропозиції минув.',
    ])
    expect(calls[1].payload.text).toContain('Status: <b>offer lapsed</b>')
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: en.app.id } })).status).toBe('lapsed')
    expect(await db.prisma.placement.count({ where: { applicationId: en.app.id } })).toBe(0)
  })

  it('when someone presses buttons for another person\'s application or forged data, then nothing changes', async () => {
    const { app } = await application(608, 'en', {})
    const t = createTestBot(db)
    const intruder = person(609, 'en')
    await t.send(...[`my:o:${app.id}`, `my:wy:${app.id}`, `my:ac:${app.id}`, 'my:o:99999999999', 'my:zz'].map(d => callback(intruder, d)))
    const calls = t.take()
    expect(calls.map(c => [c.method, c.payload.text])).toEqual(Array.from({ length: 5 }, () => ['answerCallbackQuery', 'This button is no longer valid. Please open the menu again.']))
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('submitted')
  })

  it.each([
    ['en', '📨 Vilnius · Santaros Klinikos — Neurosu…', 'Neurosurgery, vascular surgery and anaesthesiology internship at Santaros Klinikos, Vilnius'],
    ['uk', '📨 Вільнюс · Сантарос клінікос — Стажува…', 'Стажування з нейрохірургії, судинної хірургії та анестезіології в «Сантарос клінікос» (Вільнюс)'],
  ] as const)('when a title is long (%s), then the /my button starts with the city and hospital, within 40 characters, and the list text holds the full title', async (locale, label, title) => {
    const host = await createHospital(db.prisma, { country: 'LT', nameEn: 'Santaros Klinikos', nameUk: 'Сантарос клінікос', cityEn: 'Vilnius', cityUk: 'Вільнюс' })
    const opportunityId = (await createOpportunity(db.prisma, host.id, {
      titleEn: 'Neurosurgery, vascular surgery and anaesthesiology internship at Santaros Klinikos, Vilnius',
      titleUk: 'Стажування з нейрохірургії, судинної хірургії та анестезіології в «Сантарос клінікос» (Вільнюс)',
    })).id
    const tg = locale === 'en' ? 620 : 621
    const { app } = await application(tg, locale, { opportunityId })
    const t = createTestBot(db)
    await t.send(text(person(tg, locale), '/my'))
    const [list] = t.take()
    expect(buttons(list)).toEqual([[[label, `my:o:${app.id}`]]])
    expect(Array.from(label).length).toBeLessThanOrEqual(40)
    expect(list.payload.text).toContain(`\n${title}`)
  })

  it('when a draft is listed, then it says draft and offers to continue', async () => {
    const { app } = await application(610, 'en', { status: 'draft' })
    const t = createTestBot(db)
    await t.send(text(person(610, 'en'), '/my'), callback(person(610, 'en'), `my:o:${app.id}`))
    const [list, , card] = t.take()
    expect(buttons(list)).toEqual([[['📝 Stockholm · Karolinska — Skull base <…', `my:o:${app.id}`]]])
    expect(card.payload.text).toContain('Status: <b>draft, not sent yet: continue it</b>')
    expect(buttons(card)[0]).toEqual([['✍️ Continue the application', `ap:${oppId}`]])
  })

  it('when an application was rejected, then the coordinator\'s reason is shown escaped, with no actions but Back (uk)', async () => {
    const { app } = await application(611, 'uk', { status: 'rejected', rejectionReason: 'Немає <місць> & часу' })
    await db.prisma.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: 'submitted', toStatus: 'rejected', reason: 'Немає <місць> & часу', createdAt: new Date('2026-11-21T08:30:00Z') } })
    const t = createTestBot(db)
    await t.send(text(person(611, 'uk'), '/my'), callback(person(611, 'uk'), `my:o:${app.id}`))
    const [list, , card] = t.take()
    expect(list.payload.text).toBe('<b>📋 Ваша заявка</b>\n\n❌ <b>Стокгольм · Каролінська</b>\nВізит')
    expect(buttons(list)).toEqual([[['❌ Стокгольм · Каролінська — Візит', `my:o:${app.id}`]]])
    expect(card.payload.text).toContain('Статус: <b>не прийнято</b>\nПричина: Немає &lt;місць&gt; &amp; часу\n')
    expect(card.payload.text).toContain('<b>Історія</b>\n20 листопада 2026 р., 12:00 (Europe/Kyiv): подано\n21 листопада 2026 р., 10:30 (Europe/Kyiv): не прийнято (Немає &lt;місць&gt; &amp; часу)')
    expect(buttons(card)).toEqual([[['◀️ Усі заявки', 'my:l']]])
  })

  it('when the answers are as long as the flow allows and full of < & >, then the view still parses as Telegram\'s HTML and shows them whole', async () => {
    // 1,500 characters each (the apply flow's limit), every one of them escaped in HTML.
    const motivation = '<&>'.repeat(500)
    const experience = '"&'.repeat(750)
    const { app } = await application(614, 'en', { answers: { motivation, experience, phone: '+380501234567' } })
    const t = createTestBot(db)
    const user = person(614, 'en')
    await t.send(callback(user, `my:o:${app.id}`))
    const card = t.take()[1]
    // 3,000 characters a person sees, 14,000 of HTML: nothing needs cutting.
    expect(card.payload.text).toContain(`Motivation: ${'&lt;&amp;&gt;'.repeat(500)}\nExperience: ${'&quot;&amp;'.repeat(750)}\nPhone: +380501234567`)
  })
})
