// The placement as the host manages it: /placements and its card (dates,
// department, mentor), the mentor invite, what /placement shows the person,
// their arrival details and /arrivals. Through the real bot, in both languages.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mentorsPlacement } from '../../src/domain/access.js'
import { zonedTime } from '../../src/time/zones.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { dotted } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createPerson, createPlacement, utcDay } from '../helpers/fixtures.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

const iso = (days: number) => utcDay(days).toISOString().slice(0, 10)

/** A person with a placement at a fresh host hospital, and a coordinator of that hospital. */
async function hosted(ids: { person: number, coordinator: number }, options: { start?: number, end?: number, personLocale?: string, coordinatorLocale?: string } = {}) {
  const user = await createPerson(db.prisma, ids.person, { locale: options.personLocale ?? 'en', firstName: 'Olena <O>' })
  const p = await createPlacement(db.prisma, user.id, { start: options.start, end: options.end, titleEn: 'Cardiology', titleUk: 'Кардіологія' })
  const host = (await db.prisma.application.findUniqueOrThrow({ where: { id: p.applicationId }, include: { opportunity: true } })).opportunity.hostHospitalId
  const coordinator = await createPerson(db.prisma, ids.coordinator, { locale: options.coordinatorLocale ?? 'en' })
  await assignCoordinator(db.prisma, coordinator.id, host)
  return { user, p, host, coordinator }
}

describe('/placements: a host coordinator manages a placement', () => {
  it('when a coordinator opens the card, then they adjust the dates (end before start re-prompted), the department and the mentor, and the person is told (en)', async () => {
    const { p, user } = await hosted({ person: 8101, coordinator: 8102 })
    const c = person(8102, 'en')
    const t = createTestBot(db)
    await t.send(text(c, '/placements'))
    const [list] = t.take()
    expect(list.payload.text).toBe('<b>Placements at your hospitals</b>: upcoming and current first. Open one to adjust it.')
    expect(buttons(list)).toEqual([[['🗓 Upcoming Olena <O> · 31 December 2026', `pa:o:${p.id}`]]])

    await t.send(callback(c, `pa:o:${p.id}`))
    const card = t.take().find(call => call.method === 'editMessageText')!
    expect(card.payload.text).toBe([
      '👤 <b>Olena &lt;O&gt;</b>',
      '🗓 Upcoming <b>Cardiology</b>\n🏥 Charité &lt;Berlin&gt;, Berlin, 🇩🇪 Germany\n📅 31 December 2026 – 13 January 2027',
      '🏢 Department: not set',
      '🧑‍⚕️ Mentor: not named yet',
      '🔗 The mentor has not opened an invite yet.',
      '✈️ Arrival: not given yet',
    ].join('\n'))
    expect(buttons(card)).toEqual([
      [['📅 Dates', `pa:d:${p.id}`], ['🏢 Department', `pa:p:${p.id}`]],
      [['🧑‍⚕️ Mentor', `pa:m:${p.id}`], ['🔗 Invite the mentor', `pa:i:${p.id}`]],
      [['📓 Logbook', `lb:p:${p.id}:0`], ['📄 Portfolio (PDF)', `pdf:${p.id}`]],
      [['⬅️ All placements', 'pa:l']],
    ])

    await t.send(callback(c, `pa:d:${p.id}`))
    expect(t.texts()).toEqual(['The first day of the placement of <b>Olena &lt;O&gt;</b>? Now: 31 December 2026. Send a date, e.g. 01.03.2027. Send /cancel to stop.'])
    await t.send(text(c, dotted(iso(32))), text(c, dotted(iso(31))))
    expect(t.texts().at(-1)).toBe('The last day must be after the first day (2 January 2027). Send another date.')
    await t.send(text(c, dotted(iso(50))))
    const saved = t.texts().at(-1)!
    expect(saved).toContain('✅ Dates saved. Olena &lt;O&gt; is told.')
    expect(saved).toContain('📅 2 January 2027 – 20 January 2027')
    const row = await db.prisma.placement.findUniqueOrThrow({ where: { id: p.id } })
    expect([row.startsOn.toISOString().slice(0, 10), row.endsOn.toISOString().slice(0, 10)]).toEqual([iso(32), iso(50)])
    expect(await db.prisma.outboxMessage.findMany({ where: { userId: user.id, kind: 'placement-dates' }, select: { template: true, params: true } }))
      .toEqual([{ template: 'padm-notify-dates', params: { from: { $day: iso(32) }, to: { $day: iso(50) } } }])

    await t.send(callback(c, `pa:p:${p.id}`), text(c, 'Cardiology <ICU>'))
    expect(t.texts().at(-1)).toContain('🏢 Department: Cardiology &lt;ICU&gt;')

    await t.send(callback(c, `pa:m:${p.id}`), text(c, 'Dr Anna <Smith>'), text(c, 'Consultant'), text(c, 'not a contact!'))
    expect(t.texts().at(-1)).toBe('That is not a Telegram contact. Send @username, a t.me/… link or a phone number, or skip.')
    await t.send(text(c, 't.me/anna_smith'))
    const mentor = t.texts().at(-1)!
    expect(mentor).toContain('🧑‍⚕️ Mentor: Dr Anna &lt;Smith&gt;, Consultant\n📞 @anna_smith')
    expect(await db.prisma.placement.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ department: 'Cardiology <ICU>', mentorName: 'Dr Anna <Smith>', mentorPosition: 'Consultant', mentorContact: '@anna_smith' })
    expect(await db.prisma.outboxMessage.findMany({ where: { userId: user.id, kind: 'mentor-named' }, select: { template: true, params: true, locale: true } }))
      .toEqual([{ template: 'padm-notify-mentor', params: { name: 'Dr Anna <Smith>', position: 'Consultant' }, locale: 'en' }])
  })

  it('when a coordinator of another hospital, a person or a forged id presses a card button, then it is refused and nothing changes (uk)', async () => {
    const { p } = await hosted({ person: 8111, coordinator: 8112 })
    const other = await hosted({ person: 8113, coordinator: 8114 }, { coordinatorLocale: 'uk' })
    const t = createTestBot(db)
    const stranger = person(8114, 'uk')
    await t.send(text(stranger, '/placements'))
    expect(buttons(t.take()[0]).flat().map(([, data]) => data)).toEqual([`pa:o:${other.p.id}`])
    for (const data of [`pa:o:${p.id}`, `pa:d:${p.id}`, `pa:p:${p.id}`, `pa:m:${p.id}`, `pa:i:${p.id}`, 'pa:o:99999999', 'pa:d:99999999']) {
      await t.send(callback(stranger, data))
      const calls = t.take()
      expect(calls.map(call => call.method), data).toEqual(['answerCallbackQuery'])
      expect(calls[0].payload).toMatchObject({ text: '🔒 Це належить координаторам іншої лікарні. Нічого не змінено.', show_alert: true })
    }
    await t.send(callback(stranger, 'pa:zz'))
    expect(t.take().map(call => call.method)).toEqual(['answerCallbackQuery'])
    const plain = person(8111, 'uk')
    await t.send(callback(plain, `pa:o:${p.id}`), text(plain, '/placements'), text(plain, '/arrivals'))
    const refusals = t.take()
    expect(refusals[0].payload).toMatchObject({ text: expect.stringContaining('🔒'), show_alert: true })
    expect(refusals.slice(1).map(call => call.payload.text)).toEqual([
      '🔒 This is for coordinators. If you coordinate internships at a hospital of the programme, ask the programme administrator for access.',
      '🔒 This is for coordinators. If you coordinate internships at a hospital of the programme, ask the programme administrator for access.',
    ])
    expect(await db.prisma.coordinatorInvite.count({ where: { placementId: p.id } })).toBe(0)
    expect(await db.prisma.placement.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ department: null, mentorName: null })
  })

  it('when the coordinator of the placement changes the dates while their rights are taken back, then the flow stops at the commit (en)', async () => {
    const { p, coordinator } = await hosted({ person: 8121, coordinator: 8122 })
    const c = person(8122, 'en')
    const t = createTestBot(db)
    await t.send(callback(c, `pa:d:${p.id}`), text(c, dotted(iso(31))))
    await db.prisma.coordinatorAssignment.deleteMany({ where: { userId: coordinator.id } })
    await t.send(text(c, dotted(iso(40))))
    expect(t.texts().at(-1)).toBe('🔒 This belongs to another hospital\'s coordinators. Nothing was changed.')
    expect((await db.prisma.placement.findUniqueOrThrow({ where: { id: p.id } })).startsOn).toEqual(p.startsOn)
  })
})

describe('mentor invite', () => {
  it('when the coordinator invites the mentor, then the opener becomes the placement\'s mentor once, the person is told, and a second opener is refused (uk)', async () => {
    const { p, user } = await hosted({ person: 8131, coordinator: 8132 }, { personLocale: 'uk', coordinatorLocale: 'uk' })
    const t = createTestBot(db)
    await t.send(callback(person(8132, 'uk'), `pa:i:${p.id}`))
    const link = t.texts().at(-1)!
    expect(link).toMatch(/^🔗 Одноразове посилання для ментора <b>Olena &lt;O&gt;<\/b>:\nhttps:\/\/t\.me\/medtwin_test_bot\?start=c[\w-]{16}\n/)
    const payload = link.match(/start=(c[\w-]+)/)![1]

    await t.send(text(person(8133, 'uk', 'Anna'), `/start ${payload}`))
    expect(t.texts()).toEqual(['✅ Тепер ви ментор <b>Olena &lt;O&gt;</b> на стажуванні <b>Кардіологія</b> (31 грудня 2026 р. – 13 січня 2027 р.), Шаріте.'])
    const mentor = await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 8133n } })
    expect(await db.prisma.placement.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ mentorUserId: mentor.id, mentorName: 'Anna' })
    const rights = await t.domain.access.rightsOf(mentor.id, false)
    expect(rights).toEqual({ roles: [{ kind: 'mentor', placementIds: [p.id] }] })
    expect(mentorsPlacement(rights, p.id)).toBe(true)
    expect(mentorsPlacement(rights, p.id + 1)).toBe(false)
    expect(await db.prisma.coordinatorAssignment.count({ where: { userId: mentor.id } })).toBe(0)
    expect(await db.prisma.outboxMessage.findMany({ where: { userId: user.id, kind: 'mentor-named' }, select: { template: true, params: true, locale: true } }))
      .toEqual([{ template: 'padm-notify-mentor', params: { name: 'Anna', position: '—' }, locale: 'uk' }])

    await t.send(text(person(8134, 'en'), `/start ${payload}`), text(person(8133, 'uk', 'Anna'), `/start ${payload}`))
    expect(t.texts()).toEqual([
      'This invite link is not valid: it was used already, revoked or has expired. Ask the administrator for a new one.',
      'Це запрошення недійсне: ним уже скористалися, його відкликали або строк минув. Попросіть адміністратора про нове.',
    ])
    expect((await db.prisma.placement.findUniqueOrThrow({ where: { id: p.id } })).mentorUserId).toBe(mentor.id)

    await t.send(callback(person(8132, 'uk'), `pa:o:${p.id}`))
    expect(t.texts().at(-1)).toContain('🧑‍⚕️ Ментор: Anna, —\n✅ Ментор відкрив своє запрошення.')
  })
})

describe('/placement for the person', () => {
  it('when a placement is under way, then the person sees the department, the mentor and the days left (uk and en)', async () => {
    const { p } = await hosted({ person: 8141, coordinator: 8142 }, { start: -2, end: 12, personLocale: 'uk' })
    await db.prisma.placement.update({ where: { id: p.id }, data: { department: 'Кардіологія <ВІТ>', mentorName: 'Dr Anna <Smith>', mentorPosition: 'Consultant' } })
    const t = createTestBot(db)
    await t.send(text(person(8141, 'uk'), '/placement'))
    const [uk] = t.take()
    expect(uk.payload.text).toContain('📅 29 листопада 2026 р. – 13 грудня 2026 р.\n🌍 🇩🇪 Німеччина\n🏢 Кардіологія &lt;ВІТ&gt;\n🧑‍⚕️ Ментор: <b>Dr Anna &lt;Smith&gt;</b>, Consultant\n⏳ Залишилося 12 днів\n\n')
    expect(buttons(uk).flat().map(([, data]) => data)).not.toContain(`pa:a:${p.id}`)
    await db.prisma.user.update({ where: { telegramId: 8141n }, data: { locale: 'en' } })
    await t.send(text(person(8141, 'en'), '/placement'))
    expect(t.texts()[0]).toContain('🏢 Кардіологія &lt;ВІТ&gt;\n🧑‍⚕️ Mentor: <b>Dr Anna &lt;Smith&gt;</b>, Consultant\n⏳ 12 days left\n\n')
    // A started placement takes no arrival details, even from a forged button.
    await t.send(callback(person(8141, 'en'), `pa:a:${p.id}`))
    expect(t.take()[0].payload).toMatchObject({ text: 'The placement has started: arrival details are given before the start.', show_alert: true })
  })
})

describe('arrival details and /arrivals', () => {
  it('when the person gives their arrival, then bad days and times are re-prompted, it is stored in UTC and the host sees it on the card (uk)', async () => {
    const { p } = await hosted({ person: 8151, coordinator: 8152 }, { start: 10, end: 30, personLocale: 'uk' })
    const u = person(8151, 'uk')
    const t = createTestBot(db)
    await t.send(callback(u, `pa:a:${p.id}`))
    expect(t.texts()).toEqual([`Якого дня ви прибуваєте? Між 1 грудня 2026 р. і 31 грудня 2026 р., наприклад ${dotted(iso(10))}. Щоб зупинитися, надішліть /cancel.`])
    await t.send(text(u, dotted(iso(-1))), text(u, dotted(iso(31))), text(u, dotted(iso(9))))
    const asked = t.texts()
    expect(asked.slice(0, 2)).toEqual(['Цей день уже минув. Надішліть день, починаючи з сьогодні.', 'Це після останнього дня стажування (31 грудня 2026 р.). Надішліть інший день.'])
    expect(asked.at(-1)).toBe('О котрій ви прибуваєте (за вашим часом, Europe/Kyiv)? У форматі ГГ:ХХ, наприклад 14:30.')
    await t.send(text(u, '25:00'), text(u, '14:30'))
    const how = t.take()
    expect(how.find(call => call.method === 'sendMessage' && call.payload.text === 'Надішліть час у форматі ГГ:ХХ, наприклад 14:30.')).toBeDefined()
    const ask = how.filter(call => call.method === 'sendMessage').at(-1)!
    expect(ask.payload.text).toBe('Як ви їдете?')
    expect(buttons(ask)[0]).toEqual([['✈️ Літак', 'k:a_how:v:plane'], ['🚆 Потяг', 'k:a_how:v:train'], ['🚌 Автобус', 'k:a_how:v:bus']])
    await t.send(callback(u, 'k:a_how:v:rocket'), callback(u, 'k:a_how:v:plane'), text(u, 'LO 123 <WAW>'))
    expect(t.texts().at(-1)).toContain('✅ Деталі прибуття збережено. Лікарня їх бачить.')
    const [y, m, d] = iso(9).split('-').map(Number)
    expect(await db.prisma.placement.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ arrivalAt: zonedTime('Europe/Kyiv', y, m, d, 14, 30), arrivalTransport: 'plane: LO 123 <WAW>' })

    await t.send(callback(person(8152, 'en'), `pa:o:${p.id}`))
    expect(t.texts().at(-1)).toContain('✈️ Arrival: 10 December 2026, 14:30 (Europe/Kyiv), ✈️ Plane (LO 123 &lt;WAW&gt;)')
    // Another person cannot give arrival details for this placement.
    await createPerson(db.prisma, 8153, { locale: 'en' })
    await t.send(callback(person(8153, 'en'), `pa:a:${p.id}`))
    expect(t.take()[0].payload).toMatchObject({ text: 'This placement is not available to you. Open /placement again.', show_alert: true })
  })

  it('when a coordinator asks /arrivals, then they see their hospitals\' arrivals of the next 14 days, soonest first (en)', async () => {
    const a = await hosted({ person: 8161, coordinator: 8162 }, { start: 20 })
    const b = await createPlacement(db.prisma, (await createPerson(db.prisma, 8163, { firstName: 'Bohdan' })).id, { start: 10 })
    const c = await createPlacement(db.prisma, (await createPerson(db.prisma, 8164, { firstName: 'Ivan' })).id, { start: 40 })
    const elsewhere = await hosted({ person: 8165, coordinator: 8166 })
    for (const q of [b, c]) {
      const opp = (await db.prisma.application.findUniqueOrThrow({ where: { id: q.applicationId } })).opportunityId
      await db.prisma.opportunity.update({ where: { id: opp }, data: { hostHospitalId: a.host } })
    }
    const at = (days: number, hour: number) => new Date(utcDay(days).getTime() + hour * 3_600_000)
    await db.prisma.placement.update({ where: { id: a.p.id }, data: { arrivalAt: at(13, 9), arrivalTransport: 'train' } })
    await db.prisma.placement.update({ where: { id: b.id }, data: { arrivalAt: at(9, 16), arrivalTransport: 'bus' } })
    await db.prisma.placement.update({ where: { id: c.id }, data: { arrivalAt: at(20, 9), arrivalTransport: 'car' } })
    await db.prisma.placement.update({ where: { id: elsewhere.p.id }, data: { arrivalAt: at(5, 9), arrivalTransport: 'plane' } })
    const t = createTestBot(db)
    await t.send(text(person(8162, 'en'), '/arrivals'))
    const [list] = t.take()
    expect(list.payload.text).toBe([
      '<b>Arrivals in the next 14 days</b>',
      '• 10 December 2026, 18:00 (Europe/Kyiv): <b>Bohdan</b>, Charité &lt;Berlin&gt; · 🚌 Bus',
      '• 14 December 2026, 11:00 (Europe/Kyiv): <b>Olena &lt;O&gt;</b>, Charité &lt;Berlin&gt; · 🚆 Train',
    ].join('\n'))
    expect(buttons(list)).toEqual([[['Bohdan', `pa:o:${b.id}`]], [['Olena <O>', `pa:o:${a.p.id}`]]])
    await t.send(text(person(8166, 'uk'), '/arrivals'))
    expect(t.texts()[0]).toContain('Olena &lt;O&gt;')
  })
})
