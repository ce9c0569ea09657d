// A Ukrainian hospital reviews the volunteers who answered its need, through
// the real bot: the licence and CV, the licence verified with a note, then an
// invitation with dates, or a decline with a reason. A volunteer without a
// verified licence cannot be invited, even by a forged button.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRender } from '../../src/bot/i18n.js'
import { renderMarkup, renderRow } from '../../src/delivery/dispatcher-send.js'
import { formatDay } from '../../src/time/dates.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { kyivDay } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createHospital, createNeed, createPerson, createVolunteer } from '../helpers/fixtures.js'
import { callback, person, sticker, text } from '../helpers/updates.js'

let db: Database
let kharkiv: number
let lviv: number
beforeAll(async () => {
  db = await createTestDatabase()
  kharkiv = (await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Kharkiv Regional Hospital', nameUk: 'Харківська обласна лікарня', cityEn: 'Kharkiv', cityUk: 'Харків' })).id
  lviv = (await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Lviv First Medical Union', nameUk: 'Перше медичне об\'єднання Львова', cityEn: 'Lviv', cityUk: 'Львів' })).id
})
afterAll(async () => { await db?.close() })

let tg = 40_000
async function coordinatorOf(locale: 'en' | 'uk', ...hospitalIds: number[]) {
  const user = await createPerson(db.prisma, ++tg, { locale })
  for (const id of hospitalIds)
    await assignCoordinator(db.prisma, user.id, id)
  return { user, who: person(tg, locale) }
}

/** A volunteer who applied to a fresh Kharkiv need through the bot. */
async function applied(t: ReturnType<typeof createTestBot>, locale: 'en' | 'uk') {
  const need = await createNeed(db.prisma, kharkiv)
  const user = await createVolunteer(db.prisma, ++tg, { locale })
  await t.send(callback(person(tg, locale, 'Anna'), `va:a:${need.id}`))
  t.take()
  const app = await db.prisma.volunteerApplication.findFirstOrThrow({ where: { userId: user.id } })
  return { user, app, need }
}

const render = (t: ReturnType<typeof createTestBot>, row: any) => renderRow({ ...row, recipientLocale: null, timezone: 'Europe/Kyiv' }, createRender(t.i18n))

describe('reviewing volunteers', () => {
  it('when a coordinator reviews a volunteer in Ukrainian, then the licence must be verified before the invitation, and a forged Invite is refused', async () => {
    const t = createTestBot(db)
    const { user: coordinator, who } = await coordinatorOf('uk', kharkiv)
    const { user, app, need } = await applied(t, 'en')
    await t.send(text(who, '/needs'))
    expect(buttons(t.take()[0]).at(-1)).toEqual([['🧑‍⚕️ 1 волонтер на розгляд', 'vr:n:0']])
    await t.send(callback(who, 'vr:n:0'))
    const [, licence, cv, card] = t.take()
    expect([licence.method, licence.payload.document, licence.payload.caption]).toEqual(['sendDocument', `lic-${tg}`, 'Ліцензія'])
    expect([cv.method, cv.payload.document]).toEqual(['sendDocument', `cv-${tg}`])
    expect(card.payload.text).toBe([
      `🧑‍⚕️ <b>Волонтер #${app.id}</b> Anna · 1/1`,
      `На потребу #${need.id}: Травматологія · Харківська обласна лікарня`,
      'Статус: <b>надіслано, чекає на лікарню</b>',
      '',
      '🩺 Лікар, Травматологія · досвід: 12 років',
      '🪪 Ліцензія AEK-12345 · Ärztekammer Berlin · 🇩🇪 Німеччина',
      '🗣 Англійська, Німецька',
      `📅 Доступні ${formatDay('uk', kyivDay(t.clock, 20))} – ${formatDay('uk', kyivDay(t.clock, 120))}`,
      '📎 2 документи, надіслано вище.',
      `Ліцензія: чинний до ${formatDay('uk', kyivDay(t.clock, 700))}`,
      '',
      '🔍 Ліцензію ще <b>не перевірено</b>: перевірте її до запрошення.',
    ].join('\n'))
    expect(buttons(card)).toEqual([[['🔍 Ліцензію перевірено', `vr:v:${app.id}`], ['❌ Відхилити', `vr:d:${app.id}`]], [['▶️ Далі', `vr:n:${app.id}`]]])

    // The Invite button is not shown yet; a forged one is refused, and no flow opens.
    await t.send(callback(who, `vr:i:${app.id}`))
    expect(t.take()).toMatchObject([{ method: 'answerCallbackQuery', payload: { text: 'Волонтера можна запросити лише після перевірки його ліцензії.', show_alert: true } }])
    await t.send(text(who, kyivDay(t.clock, 31)))
    expect(t.texts()).toEqual(['Я не зрозумів. Скористайтеся меню нижче або надішліть /help.'])
    expect(await db.prisma.volunteerApplication.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: 'submitted', invitedFrom: null })

    await t.send(callback(who, `vr:v:${app.id}`), sticker(who), text(who, 'Перевірено в реєстрі Ärztekammer, 01.12.2026'))
    const texts = t.texts()
    expect(texts[0]).toBe('Як ви перевірили ліцензію? Примітка для запису, наприклад реєстр і дата (до 500 символів).')
    expect(texts[1]).toBe('Будь ласка, дайте відповідь текстовим повідомленням, до 500 символів, або надішліть /cancel, щоб зупинитися.')
    expect(texts[2]).toBe(`✅ Ліцензію волонтера #${app.id} перевірено. Тепер його можна запросити.`)
    expect(await db.prisma.volunteerApplication.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ licenceVerifiedById: coordinator.id, licenceNote: 'Перевірено в реєстрі Ärztekammer, 01.12.2026' })

    // Verified once: a second Verify (an old card) opens nothing.
    await t.send(callback(who, `vr:v:${app.id}`))
    expect(t.take()).toMatchObject([{ method: 'answerCallbackQuery', payload: { text: 'Ця кнопка вже недійсна. Відкрийте меню знову.' } }])
    const [from, to] = [kyivDay(t.clock, 31), kyivDay(t.clock, 59)]
    await t.send(callback(who, `vr:i:${app.id}`), text(who, kyivDay(t.clock, -3)), text(who, from), text(who, to))
    expect(t.texts()).toEqual([
      '📅 З якого дня запрошуєте? Надішліть дату так: 2027-03-01, 01.03.2027 або 01/03/2027.',
      'Період має починатися після сьогодні й закінчуватися після початку. Надішліть іншу дату.',
      '📅 До якого дня?',
      `📨 Волонтера #${app.id} запрошено на ${formatDay('uk', from)} – ${formatDay('uk', to)}. Йому повідомлять і попросять підтвердити.`,
    ])
    // The volunteer is told in English through the outbox, with the buttons to answer.
    const rows = await db.prisma.outboxMessage.findMany({ where: { userId: user.id }, orderBy: { id: 'asc' } })
    expect(rows.map(r => r.kind)).toEqual(['volunteer-verified', 'volunteer-invited'])
    expect(render(t, rows[0])).toBe(`🔍 Your licence was verified by the hospital (application #${app.id}).`)
    expect(render(t, rows[1])).toBe(`📨 <b>You are invited!</b> Kharkiv Regional Hospital invites you for ${formatDay('en', from)} – ${formatDay('en', to)} (application #${app.id}). Do you accept?`)
    expect(renderMarkup({ ...rows[1], recipientLocale: null } as any, createRender(t.i18n))).toEqual({ inline_keyboard: [[{ text: '✅ Accept the invitation', callback_data: `va:y:${app.id}` }, { text: '✖️ Withdraw', callback_data: `va:w:${app.id}` }]] })
    // Decided: a second Invite, a Decline or a Verify are stale now.
    await t.send(callback(who, `vr:i:${app.id}`), callback(who, `vr:d:${app.id}`))
    expect(t.take().map(c => c.payload.text)).toEqual(['Цього вже не можна зробити: статус заявки змінився.', 'Цього вже не можна зробити: статус заявки змінився.'])
  })

  it('when an English coordinator declines with a reason, then a Ukrainian volunteer reads it in Ukrainian; another hospital\'s coordinator is refused', async () => {
    const t = createTestBot(db)
    const { who } = await coordinatorOf('en', kharkiv)
    const { who: other } = await coordinatorOf('en', lviv)
    const { user, app } = await applied(t, 'uk')
    await t.send(callback(other, `vr:v:${app.id}`), callback(other, `vr:d:${app.id}`), callback(other, 'vr:i:999999'))
    expect(t.take().map(c => c.payload.text)).toEqual([
      '🔒 This belongs to another hospital\'s coordinators. Nothing was changed.',
      '🔒 This belongs to another hospital\'s coordinators. Nothing was changed.',
      'This button is no longer valid. Please open the menu again.',
    ])
    await t.send(callback(who, `vr:d:${app.id}`), text(who, 'x'.repeat(501)), text(who, 'Потрібен досвід <ВІТ> & травми'))
    expect(t.texts()).toEqual([
      'Why is the volunteer declined? The volunteer will read it (up to 500 characters).',
      'That is 501 characters; the limit is 500. Please shorten it and send it again.',
      `❌ Volunteer #${app.id} declined: Потрібен досвід &lt;ВІТ&gt; &amp; травми`,
    ])
    const row = await db.prisma.outboxMessage.findFirstOrThrow({ where: { userId: user.id, kind: 'volunteer-declined' } })
    expect(render(t, row)).toBe(`Вашу заявку #${app.id} відхилено. Причина: Потрібен досвід &lt;ВІТ&gt; &amp; травми`)
    // The volunteer sees the reason in their applications.
    await t.send(callback(person(Number(user.telegramId), 'uk'), 'va:m'))
    expect(t.texts()).toEqual([`📋 <b>#${app.id}</b> Травматологія · Харківська обласна лікарня\nСтатус: <b>відхилено</b>\nПричина: Потрібен досвід &lt;ВІТ&gt; &amp; травми`])
  })

  it('when the coordinator loses their rights while a decision flow is open, then it is refused at commit and nothing changes', async () => {
    const t = createTestBot(db)
    const { user: coordinator, who } = await coordinatorOf('en', kharkiv)
    const { app } = await applied(t, 'en')
    await t.send(callback(who, `vr:d:${app.id}`))
    t.take()
    await db.prisma.coordinatorAssignment.deleteMany({ where: { userId: coordinator.id } })
    await t.send(text(who, 'No longer needed'))
    expect(t.texts()).toEqual(['🔒 This belongs to another hospital\'s coordinators. Nothing was changed.'])
    expect(await db.prisma.volunteerApplication.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: 'submitted', declineReason: null })
  })

  it('when a volunteer offers general availability, then a coordinator of two Ukrainian hospitals picks where to invite them', async () => {
    const t = createTestBot(db)
    const { who } = await coordinatorOf('en', kharkiv, lviv)
    const user = await createVolunteer(db.prisma, ++tg)
    await t.send(callback(person(tg, 'en'), 'va:g'))
    t.take()
    const app = await db.prisma.volunteerApplication.findFirstOrThrow({ where: { userId: user.id } })
    await db.prisma.volunteerApplication.update({ where: { id: app.id }, data: { licenceVerifiedAt: t.clock() } })
    await t.send(callback(who, `vr:i:${app.id}`))
    const [, pick] = t.take()
    expect(pick.payload.text).toBe('🏥 To which of your hospitals?')
    expect(buttons(pick)).toEqual([[['🇺🇦 Kharkiv Regional Hospital', `k:hosp:v:${kharkiv}`]], [['🇺🇦 Lviv First Medical Union', `k:hosp:v:${lviv}`]]])
    await t.send(callback(who, `k:hosp:v:${lviv}`), text(who, kyivDay(t.clock, 5)), text(who, kyivDay(t.clock, 19)))
    expect(t.texts().at(-1)).toBe(`📨 Volunteer #${app.id} invited for ${formatDay('en', kyivDay(t.clock, 5))} – ${formatDay('en', kyivDay(t.clock, 19))}. They will be told and asked to accept.`)
    expect(await db.prisma.volunteerApplication.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: 'invited', hospitalId: lviv })
  })

  it('when volunteers worked in Ukraine in a month, then /stats counts them by country of licence and specialty', async () => {
    const t = createTestBot(db)
    const month = kyivDay(t.clock, 40).slice(0, 7)
    for (const country of ['DE', 'DE', 'PL']) {
      const v = await createVolunteer(db.prisma, ++tg, { profile: { licenceCountry: country } })
      await db.prisma.volunteerApplication.create({ data: { userId: v.id, hospitalId: kharkiv, status: 'accepted', specialty: country === 'PL' ? 'anaesthesiology' : 'traumatology', licenceCountry: country, invitedFrom: new Date(`${month}-10`), invitedTo: new Date(`${month}-20`) } })
    }
    await t.send(text(person(9000, 'en'), `/stats ${month}`))
    const report = t.take().find(c => c.method === 'sendMessage')!.payload.text as string
    expect(report).toContain('🌍 Foreign specialists who worked in Ukraine: 3 — by country: Germany — 2 · Poland — 1; by specialty: Traumatology — 2 · Anaesthesiology — 1')
    // A hospital's coordinator: their hospital only, small counts as <3.
    const { who } = await coordinatorOf('uk', kharkiv)
    await t.send(text(who, `/stats ${month}`))
    const uk = t.take().find(c => c.method === 'sendMessage')!.payload.text as string
    expect(uk).toContain('🌍 Іноземні фахівці, які працювали в Україні: 3 — за країнами: Німеччина — &lt;3 · Польща — &lt;3; за спеціальностями: Травматологія — &lt;3 · Анестезіологія — &lt;3')
  })
})
