import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRender } from '../../src/bot/i18n.js'
import { createBroadcastProgress } from '../../src/delivery/broadcast-progress.js'
import { renderRow } from '../../src/delivery/dispatcher-send.js'
import { createLogger } from '../../src/logger.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestClock, dotted, kyivDay } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createHospital, createOpportunity, createPerson, createProfile, februaryInternship } from '../helpers/fixtures.js'
import { callback, person, sticker, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

let tg = 8000
async function coordinatorOf(locale: string, ...hospitalIds: number[]) {
  const user = await createPerson(db.prisma, ++tg, { locale })
  for (const id of hospitalIds)
    await assignCoordinator(db.prisma, user.id, id)
  return { user, who: person(tg, locale) }
}

describe('/new and /drafts', () => {
  it('when a coordinator goes through /new with mistakes and a restart, then each mistake is re-asked and the draft is saved after a bilingual preview', async () => {
    const h = await createHospital(db.prisma, { nameEn: 'Vilnius Clinic', nameUk: 'Вільнюська клініка', country: 'LT' })
    const other = await createHospital(db.prisma)
    const { who } = await coordinatorOf('en', h.id, other.id)
    const t = createTestBot(db)
    await t.send(text(who, '/new'))
    const [pick] = t.take()
    expect(pick.payload.text).toBe('🏥 Which hospital hosts the internship?')
    expect(buttons(pick)).toEqual([[[`🇵🇱 ${other.nameEn}`, `k:host:v:${other.id}`]], [['🇱🇹 Vilnius Clinic', `k:host:v:${h.id}`]]])
    await t.send(text(who, 'Vilnius'))
    expect(t.texts()).toEqual(['Please choose with the buttons under the question, or send /cancel to stop.'])
    await t.send(callback(who, `k:host:v:${h.id}`))
    expect(t.texts()).toEqual(['🏥 Which hospital hosts the internship?\n✅ <b>🇱🇹 Vilnius Clinic</b>', '1/11 ✏️ The title in <b>Ukrainian</b> (up to 120 characters). Send /cancel at any step to stop.'])
    await t.send(sticker(who), text(who, 'x'.repeat(121)), text(who, 'Кардіологія <ICU>'))
    expect(t.texts()).toEqual([
      'Please answer with a text message, up to 120 characters, or send /cancel to stop.',
      'That is 121 characters; the limit is 120. Please shorten it and send it again.',
      '2/11 ✏️ The title in <b>English</b> (up to 120 characters).',
    ])
    // A new bot instance on the same database continues the flow.
    const r = createTestBot(db)
    await r.send(text(who, 'Cardiology <ICU>'), text(who, 'Опис'), text(who, 'Description'))
    const [, , specialty] = r.take()
    expect(specialty.payload.text).toBe('5/11 🩺 The specialty:')
    expect(buttons(specialty)[0]).toEqual([['Anaesthesiology', 'k:spec:v:anaesthesiology'], ['Cardiology', 'k:spec:v:cardiology']])
    await r.send(callback(who, 'k:spec:v:cardiology'), callback(who, 'k:aud:v:doctors'), callback(who, 'k:fmt:v:hybrid'))
    r.take()
    // Days in Kyiv from the bot's clock: today is not in the future, so it is refused.
    const day = (n: number) => kyivDay(r.clock, n)
    const [starts, ends, deadline] = [day(90), day(103), day(62)]
    expect([starts, ends, deadline]).toEqual(['2027-03-01', '2027-03-14', '2027-02-01'])
    await r.send(text(who, '31.02.2027'), text(who, day(0)), text(who, dotted(starts)))
    expect(r.texts()).toEqual([
      'I could not read that date. Write it as 2027-03-01, 01.03.2027 or 01/03/2027.',
      'The first day must be after today. Send another value.',
      '9/11 📅 The last day:',
    ])
    await r.send(text(who, day(81)), text(who, ends), text(who, day(94)), text(who, deadline))
    expect(r.texts()).toEqual([
      'The last day must be after the first day. Send another value.',
      '10/11 ⏳ The application deadline (before the first day):',
      'The deadline must be before the first day. Send another value.',
      '11/11 💺 How many seats? (a whole number)',
    ])
    await r.send(text(who, '0'), text(who, 'three'), text(who, '3'))
    const calls = r.take()
    expect(calls.slice(0, 2).map(c => c.payload.text)).toEqual(['Please send a whole number from 1 to 500.', 'Please send a whole number from 1 to 500.'])
    expect(buttons(calls[2])).toEqual([[['⏭ Skip', 'k:lang:s']]])
    await r.send(text(who, 'English B2'))
    const [, preview, save] = r.take()
    expect(preview.payload.text).toBe([
      '👀 <b>Preview</b>: this is how it will read in both languages.',
      '',
      '🇺🇦 <b>Кардіологія &lt;ICU&gt;</b>',
      'Опис',
      '',
      '🇬🇧 <b>Cardiology &lt;ICU&gt;</b>',
      'Description',
      '',
      '🏥 🇱🇹 Vilnius Clinic',
      '🩺 Cardiology · 👥 Doctors · 📍 Hybrid',
      '📅 1 March 2027 – 14 March 2027 · ⏳ apply by 1 February 2027, 23:59 (Europe/Kyiv)',
      '💺 3 seats',
      '🗣 English B2',
    ].join('\n'))
    expect(buttons(save)).toEqual([[['💾 Save draft', 'k:save:v:yes'], ['🗑 Discard', 'k:save:v:no']]])
    await r.send(callback(who, 'k:save:v:yes'))
    const saved = r.take().at(-1)!
    const draft = await db.prisma.opportunity.findFirstOrThrow({ where: { hostHospitalId: h.id } })
    expect(saved.payload.text).toBe(`💾 Saved as draft #${draft.id}. Edit it, or publish it to open applications and alert subscribers.`)
    expect(buttons(saved)).toEqual([[['✏️ Edit', `dm:${draft.id}`], ['🚀 Publish', `dp:${draft.id}`]], [['📄 Copy to a new draft', `dy:${draft.id}`]]])
    expect(draft).toMatchObject({ status: 'draft', titleUk: 'Кардіологія <ICU>', seats: 3, specialties: ['cardiology'], audience: 'doctors', format: 'hybrid', languageRequirement: 'English B2' })
    // 23:59 in Kyiv, in winter time (the test clock's start is in December).
    expect(draft.applicationDeadline.toISOString()).toBe(`${deadline}T21:59:00.000Z`)
  })

  it('when /new is used just after midnight in Kyiv, then "today" is Kyiv\'s day, not UTC\'s', async () => {
    const h = await createHospital(db.prisma)
    const { who } = await coordinatorOf('en', h.id)
    // 00:30 on 2 July in Kyiv is still 1 July in UTC.
    const t = createTestBot(db, { clock: createTestClock('2027-07-01T21:30:00Z') })
    await t.send(text(who, '/new'), text(who, 'Назва'), text(who, 'Title'), text(who, 'Опис'), text(who, 'Description'))
    await t.send(callback(who, 'k:spec:v:cardiology'), callback(who, 'k:aud:v:doctors'), callback(who, 'k:fmt:v:hybrid'))
    t.take()
    await t.send(text(who, '2027-07-02'), text(who, '2027-07-20'), text(who, '2027-07-30'), text(who, '2027-07-01'), text(who, '2027-07-02'))
    expect(t.texts()).toEqual([
      'The first day must be after today. Send another value.',
      '9/11 📅 The last day:',
      '10/11 ⏳ The application deadline (before the first day):',
      'The deadline cannot be in the past. Send another value.',
      '11/11 💺 How many seats? (a whole number)',
    ])
  })

  it('when the clock moves on while /new waits, then replays keep the instant the flow read (not the clock\'s new time)', async () => {
    const h = await createHospital(db.prisma)
    const { who } = await coordinatorOf('en', h.id)
    const t = createTestBot(db)
    const day = (n: number) => kyivDay(t.clock, n)
    const [tomorrow, later] = [day(1), day(30)]
    await t.send(text(who, '/new'), text(who, 'Назва'), text(who, 'Title'), text(who, 'Опис'), text(who, 'Description'))
    await t.send(callback(who, 'k:spec:v:cardiology'), callback(who, 'k:aud:v:doctors'), callback(who, 'k:fmt:v:hybrid'))
    t.take()
    // Every answer replays the flow; "today" was read once, before the clock moved.
    t.clock.advance(10 * 86_400_000)
    await t.send(text(who, tomorrow), text(who, later))
    expect(t.texts()).toEqual(['9/11 📅 The last day:', '10/11 ⏳ The application deadline (before the first day):'])
  })

  it('when a Ukrainian coordinator sends /cancel in the middle of /new, then nothing is saved', async () => {
    const h = await createHospital(db.prisma)
    const { who } = await coordinatorOf('uk', h.id)
    const t = createTestBot(db)
    await t.send(text(who, '/new'))
    expect(t.texts()).toEqual(['1/11 ✏️ Назва <b>українською</b> (до 120 символів). Надішліть /cancel на будь-якому кроці, щоб зупинитися.'])
    await t.send(text(who, 'Назва'), text(who, '/cancel'), text(who, 'hello'))
    expect(t.texts().slice(0, 2)).toEqual(['2/11 ✏️ Назва <b>англійською</b> (до 120 символів).', 'Скасовано. Нічого не збережено.'])
    expect(await db.prisma.opportunity.count({ where: { hostHospitalId: h.id } })).toBe(0)
  })

  it('when a draft is published, then only matching reachable subscribers are alerted once, in their language', async () => {
    const h = await createHospital(db.prisma, { country: 'SE', nameEn: 'Karolinska', nameUk: 'Каролінська' })
    const { who } = await coordinatorOf('en', h.id)
    const opp = await createOpportunity(db.prisma, h.id, { ...februaryInternship, status: 'draft', audience: 'doctors', specialties: ['cardiology'], titleUk: 'Серце', titleEn: 'Heart' })
    const sub = async (locale: string, data: Record<string, unknown>, profile: Record<string, unknown> = {}, reachable = true) => {
      const u = await createPerson(db.prisma, ++tg, { locale, reachable })
      await createProfile(db.prisma, u.id, profile)
      await db.prisma.subscription.create({ data: { userId: u.id, specialties: [], countries: [], ...data } })
      return u.id
    }
    const match = await sub('uk', { specialties: ['cardiology'], countries: ['SE'] })
    const any = await sub('en', {})
    await sub('en', { specialties: ['oncology'] })
    await sub('en', { countries: ['PL'] })
    await sub('en', {}, { kind: 'student' })
    await sub('en', { active: false })
    await sub('en', {}, {}, false)
    const t = createTestBot(db)
    await t.send(callback(who, `dp:${opp.id}`))
    const calls = t.take()
    expect(calls[0].payload).toMatchObject({ text: '🚀 Published. 2 subscribers will be alerted.', show_alert: true })
    expect(calls[1].payload.text).toContain('📄 <b>Internship #')
    expect(buttons(calls[1])).toEqual([[['🔒 Close', `dz:${opp.id}`]], [['📄 Copy to a new draft', `dy:${opp.id}`]]])
    const rows = await db.prisma.outboxMessage.findMany({ where: { kind: 'opportunity-alert', dedupeKey: { startsWith: `alert:${opp.id}:` } }, orderBy: { userId: 'asc' } })
    expect(rows.map(r => [r.userId, r.locale, (r.params as any).title])).toEqual([[match, 'uk', 'Серце'], [any, 'en', 'Heart']])
    // Rendered as the dispatcher sends it: days and the deadline in the subscriber's language, the deadline in their zone.
    const alert = renderRow({ ...rows[0], recipientLocale: 'uk', timezone: 'Europe/Kyiv' } as any, createRender(t.i18n))
    expect(alert).toBe(`🆕 <b>Серце</b>\n🏥 Каролінська\n📅 1 лютого 2027 р. – 28 лютого 2027 р. · ⏳ подати до 10 січня 2027 р., 22:59 (Europe/Kyiv)\nhttps://t.me/medtwin_test_bot?start=i${opp.id}`)
    // The alerts are followed in a message of their own, which the progress job edits as they go out.
    const status = calls[2]
    expect(status.payload.text).toBe('🔔 Alerts about the new internship: 0 of 2 delivered\n🚫 blocked: 0 · ⚠️ failed: 0 · ⏳ left: 2')
    const report = await db.prisma.broadcast.findFirstOrThrow({ where: { opportunityId: opp.id } })
    expect(await db.prisma.outboxMessage.count({ where: { broadcastId: report.id } })).toBe(2)
    await db.prisma.outboxMessage.updateMany({ where: { broadcastId: report.id, userId: match }, data: { status: 'sent', sentAt: t.clock() } })
    await db.prisma.outboxMessage.updateMany({ where: { broadcastId: report.id, userId: any }, data: { status: 'cancelled' } })
    await createBroadcastProgress({ prisma: db.prisma, api: t.bot.api, render: createRender(t.i18n), logger: createLogger({ level: 'silent' }), clock: t.clock }).update()
    const edited = t.take().find(c => c.method === 'editMessageText')!
    expect([edited.payload.message_id, edited.payload.text]).toEqual([Number(report.statusMessageId), '🔔 Alerts about the new internship are out.\n✅ delivered: 1 of 2\n🚫 blocked the bot: 1\n⚠️ failed: 0'])
    // Close, reopen: nobody is alerted twice.
    await t.send(callback(who, `dz:${opp.id}`), callback(who, `dp:${opp.id}`))
    expect(t.take().filter(c => c.method === 'answerCallbackQuery').map(c => c.payload.text)).toEqual(['🔒 Closed for applications.', '🚀 Published. No subscriber matches it yet.'])
    expect(await db.prisma.outboxMessage.count({ where: { dedupeKey: { startsWith: `alert:${opp.id}:` } } })).toBe(2)
  })

  it('when a draft\'s deadline is edited to a day in the past, then it is refused in the coordinator\'s language and nothing is saved', async () => {
    const h = await createHospital(db.prisma)
    const opp = await createOpportunity(db.prisma, h.id, { ...februaryInternship, status: 'draft' })
    const before = await db.prisma.opportunity.findUniqueOrThrow({ where: { id: opp.id } })
    for (const [locale, refused, ask] of [
      ['en', 'The deadline cannot be in the past. Send another value.', 'Send the new value for “Application deadline”, or /cancel.'],
      ['uk', 'Строк подання не може бути в минулому. Надішліть інше значення.', 'Надішліть нове значення для «Строк подання заявок» або /cancel.'],
    ] as const) {
      const { who } = await coordinatorOf(locale, h.id)
      const t = createTestBot(db)
      await t.send(callback(who, `de:${opp.id}:7`), text(who, '01.01.2020'))
      expect(t.texts()).toEqual([ask, refused, ask])
      await t.send(text(who, '/cancel'))
      const after = await db.prisma.opportunity.findUniqueOrThrow({ where: { id: opp.id } })
      expect(after.applicationDeadline).toEqual(before.applicationDeadline)
      expect(after.updatedAt).toEqual(before.updatedAt)
    }
    expect(await db.prisma.auditLog.count({ where: { action: 'opportunity-edit', entityId: String(opp.id) } })).toBe(0)
  })

  it('when a draft is edited with a bad value, then it is re-asked; a copy is a new draft; another hospital\'s internship is refused', async () => {
    const h = await createHospital(db.prisma)
    const { who } = await coordinatorOf('uk', h.id)
    const opp = await createOpportunity(db.prisma, h.id, { ...februaryInternship, status: 'draft' })
    const foreign = await createOpportunity(db.prisma, (await createHospital(db.prisma)).id, februaryInternship)
    const t = createTestBot(db)
    await t.send(callback(who, `dm:${opp.id}`))
    const menu = t.take().at(-1)!
    expect(buttons(menu)[5]).toEqual([['Перший день', `de:${opp.id}:5`]])
    await t.send(callback(who, `de:${opp.id}:5`), text(who, '5 березня'), text(who, '2027-03-05'), text(who, '2027-01-20'))
    expect(t.texts()).toEqual([
      'Надішліть нове значення для «Перший день» або /cancel.',
      'Не вдалося прочитати дату. Напишіть її так: 2027-03-01, 01.03.2027 або 01/03/2027.',
      'Останній день має бути після першого. Надішліть інше значення.',
      'Надішліть нове значення для «Перший день» або /cancel.',
      expect.stringContaining('📅 20 січня 2027 р. – 28 лютого 2027 р. · ⏳ подати до '),
    ])
    await t.send(callback(who, `dy:${opp.id}`))
    const copy = await db.prisma.opportunity.findFirstOrThrow({ where: { copiedFromId: opp.id } })
    expect(copy.status).toBe('draft')
    expect(t.take()[0].payload.text).toBe(`📄 Скопійовано в чернетку №${copy.id}.`)
    for (const data of [`dp:${foreign.id}`, `dz:${foreign.id}`, `dy:${foreign.id}`, `de:${foreign.id}:0`]) {
      await t.send(callback(who, data))
      expect(t.take().map(c => c.payload.text)).toEqual(['🔒 Це належить координаторам іншої лікарні. Нічого не змінено.'])
    }
    expect((await db.prisma.opportunity.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe('open')
  })
})
