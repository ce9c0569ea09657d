// The rules of joint events on PGlite and PostgreSQL: seats under concurrent
// registration, the waitlist's order and promotion, the Ministry's counts in
// /stats, the day-before reminder in each recipient's zone, and /mydata and
// erasure.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderReport } from '../../src/bot/helpers/report-text.js'
import { seed } from '../../src/db/seed.js'
import { renderRow } from '../../src/delivery/dispatcher-send.js'
import { rightsFrom } from '../../src/domain/access.js'
import { createEvents, eventCounts } from '../../src/domain/events.js'
import { exportUserData } from '../../src/domain/privacy-export.js'
import { createPrivacyRepository } from '../../src/domain/privacy.js'
import { createStats } from '../../src/domain/stats.js'
import { remindEventsTomorrow } from '../../src/jobs/reminders-events.js'
import { localParts, todayIn } from '../../src/time/zones.js'
import { createTestClock, kyivDay, testStartMs } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createEvent, createHospital, createPerson } from '../helpers/fixtures.js'
import { createTestRender } from '../helpers/render.js'

const hour = 3_600_000
const render = createTestRender()

describe.each(testDatabaseKinds())('joint events on %s', (kind) => {
  let db: Database
  let hospital: { id: number }
  let other: { id: number }
  let tg = 7500 + (kind === 'postgres' ? 200 : 0)
  const people = (n: number, data: { timezone?: string, locale?: string } = {}) => Promise.all(Array.from({ length: n }, async () => {
    const user = await createPerson(db.prisma, ++tg, { locale: data.locale ?? 'en' })
    return data.timezone ? db.prisma.user.update({ where: { id: user.id }, data: { timezone: data.timezone } }) : user
  }))

  beforeAll(async () => {
    db = await createTestDatabase(kind)
    hospital = await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA' })
    other = await createHospital(db.prisma, { kind: 'partner', country: 'FR' })
  })
  afterAll(async () => { await db?.close() })

  it('when six people register for two seats at once, then exactly two get a seat and four wait in order', async () => {
    const events = createEvents(db.prisma, createTestClock())
    const event = await createEvent(db.prisma, hospital.id, { seats: 2 })
    const users = await people(6)
    const places = await Promise.all(users.map(u => events.register(u.id, event.id)))
    expect(places.filter(p => p.status === 'registered')).toHaveLength(2)
    expect(places.filter(p => p.status === 'waitlisted').map(p => p.position).sort()).toEqual([1, 2, 3, 4])
    expect(await db.prisma.eventRegistration.count({ where: { eventId: event.id, status: 'registered' } })).toBe(2)
  })

  it('when a seated person cancels, then the first in the queue gets the seat and is told; a waiting one leaving frees nothing; a newcomer queues behind', async () => {
    const clock = createTestClock()
    const events = createEvents(db.prisma, clock)
    const event = await createEvent(db.prisma, hospital.id, { seats: 1 })
    const [a, b, c, d] = await people(4)
    for (const u of [a, b, c]) {
      await events.register(u.id, event.id)
      clock.advance(1000)
    }
    expect((await events.cancel(c.id, event.id)).promoted).toBe(0)
    expect((await events.cancel(a.id, event.id)).promoted).toBe(1)
    expect((await events.view(b.id, event.id)).mine).toEqual({ status: 'registered', attended: false, position: null })
    expect(await db.prisma.outboxMessage.count({ where: { userId: b.id, kind: 'event-promoted' } })).toBe(1)
    // A seat is free again only if nobody waits: a comeback joins the end of the queue.
    expect(await events.register(d.id, event.id)).toEqual({ status: 'waitlisted', attended: false, position: 1 })
    clock.advance(1000)
    expect(await events.register(a.id, event.id)).toEqual({ status: 'waitlisted', attended: false, position: 2 })
  })

  it('when people attend events of each kind, then /stats counts them in the Ministry\'s categories, a hospital\'s own and masked', async () => {
    const now = createTestClock()()
    // A month of its own, far from the other tests' events: next year's June.
    const year = new Date(now).getUTCFullYear() + 1
    const at = (day: number) => new Date(Date.UTC(year, 5, day, 9))
    const attend = async (hospitalId: number, kind: any, day: number, n: number) => {
      const event = await createEvent(db.prisma, hospitalId, { kind, startsAt: at(day), seats: 10 })
      for (const u of await people(n))
        await db.prisma.eventRegistration.create({ data: { eventId: event.id, userId: u.id, status: 'registered', queuedAt: now, attendedAt: at(day) } })
    }
    await attend(hospital.id, 'conference', 2, 3)
    await attend(hospital.id, 'forum', 3, 1)
    await attend(hospital.id, 'training_week', 4, 4)
    await attend(other.id, 'seminar', 5, 2)
    await attend(other.id, 'experience_exchange', 6, 1)
    // Registered but not attended: not counted.
    const absent = await createEvent(db.prisma, hospital.id, { kind: 'congress', startsAt: at(7) })
    await db.prisma.eventRegistration.create({ data: { eventId: absent.id, userId: (await people(1))[0].id, status: 'registered', queuedAt: now } })

    const from = new Date(Date.UTC(year, 5, 1))
    const to = new Date(Date.UTC(year, 6, 1))
    expect(await eventCounts(db.prisma, from, to, null)).toEqual({ scientific: 4, educational: 6, exchange: 1 })
    expect(await eventCounts(db.prisma, from, to, [hospital.id])).toEqual({ scientific: 4, educational: 4, exchange: 0 })

    const stats = createStats(db.prisma)
    const month = `${year}-06`
    const all = await stats.report(month, rightsFrom(true, []))
    expect(all.events.month).toEqual({ scientific: 4, educational: 6, exchange: 1 })
    const t = (key: string, params?: Record<string, string | number>) => render('en', key, params)
    const lines = renderReport(t as any, all).split('\n')
    expect(lines).toContain('<b>Joint events, attendance:</b> scientific events (conferences, congresses, forums) — 4 · educational events (training weeks, workshops, seminars) — 6 · experience exchange — 1')
    // The other hospital's coordinator: their events only, one or two people shown as <3.
    const theirs = await stats.report(month, rightsFrom(false, [{ hospitalId: other.id }]))
    expect(theirs.events.month).toEqual({ scientific: 0, educational: 'small', exchange: 'small' })
    const uk = (key: string, params?: Record<string, string | number>) => render('uk', key, params)
    expect(renderReport(uk as any, theirs, ['Лікарня']).split('\n')).toContain('<b>Спільні заходи, участь:</b> освітні заходи (тижні навчання, воркшопи, семінари) — &lt;3 · обмін досвідом — &lt;3')
  })

  it('when the sweep runs, then each registered person is reminded once, the day before in their own zone, with the time in that zone', async () => {
    // 22:00 in Kyiv, 15:00 in Toronto, on the test clock's first day.
    const now = new Date(testStartMs + 12 * hour)
    const [kyiv] = await people(1, { locale: 'uk' })
    const [toronto] = await people(1, { timezone: 'America/Toronto' })
    // Kyiv's tomorrow early (Toronto's today), and Toronto's tomorrow evening (Kyiv's day after).
    const early = await createEvent(db.prisma, hospital.id, { startsAt: new Date(testStartMs + 19 * hour), titleUk: 'Ранній семінар', titleEn: 'Early seminar', place: 'Луцьк', onlineUrl: 'https://meet.example/early' })
    const late = await createEvent(db.prisma, hospital.id, { startsAt: new Date(testStartMs + 39.5 * hour), titleUk: 'Пізній семінар', titleEn: 'Late seminar', place: null, onlineUrl: 'https://meet.example/late' })
    const cancelledPlace = (await people(1))[0]
    for (const e of [early, late]) {
      for (const u of [kyiv, toronto])
        await db.prisma.eventRegistration.create({ data: { eventId: e.id, userId: u.id, status: 'registered', queuedAt: now } })
      await db.prisma.eventRegistration.create({ data: { eventId: e.id, userId: cancelledPlace.id, status: 'cancelled', queuedAt: now } })
    }
    expect(await remindEventsTomorrow(db.prisma, now)).toBe(2)
    expect(await remindEventsTomorrow(db.prisma, new Date(now.getTime() + hour))).toBe(0)
    const rows = await db.prisma.outboxMessage.findMany({ where: { kind: 'reminder-event', userId: { in: [kyiv.id, toronto.id, cancelledPlace.id] } }, orderBy: { userId: 'asc' } })
    expect(rows.map(r => [r.userId, r.quiet])).toEqual([[kyiv.id, true], [toronto.id, true]])
    expect(renderRow({ ...rows[0], recipientLocale: 'uk', timezone: 'Europe/Kyiv' } as any, render)).toBe([
      '⏰ Завтра: <b>Ранній семінар</b>',
      '📅 2 грудня 2026 р., 05:00 (Europe/Kyiv)',
      '📍 Луцьк · https://meet.example/early',
      'Не зможете прийти? Звільніть місце для когось із черги в /events.',
    ].join('\n'))
    expect(renderRow({ ...rows[1], recipientLocale: 'en', timezone: 'America/Toronto' } as any, render)).toBe([
      '⏰ Tomorrow: <b>Late seminar</b>',
      '📅 2 December 2026, 18:30 (America/Toronto)',
      '📍 https://meet.example/late',
      'Can\'t come? Give your seat to someone on the waitlist in /events.',
    ].join('\n'))
  })

  it('when a person erases their data, then their places are given up (the queue moves on) and their certificate stops verifying; /mydata showed them before', async () => {
    const clock = createTestClock()
    const events = createEvents(db.prisma, clock)
    const seated = await createEvent(db.prisma, hospital.id, { seats: 1, titleEn: 'Seated' })
    const past = await createEvent(db.prisma, hospital.id, { startsAt: new Date(testStartMs - 48 * hour), titleEn: 'Past' })
    const [leaving, waiting] = await people(2)
    await events.register(leaving.id, seated.id)
    await events.register(waiting.id, seated.id)
    await db.prisma.eventRegistration.create({ data: { eventId: past.id, userId: leaving.id, status: 'registered', queuedAt: past.startsAt, attendedAt: past.startsAt, certificateCode: `C${kind === 'postgres' ? 'P' : 'G'}ABCDEFGH` } })

    const data = await exportUserData(db.prisma, leaving.id, clock()) as any
    expect(data.eventRegistrations.map((r: any) => [r.event.titleEn, r.status, r.attendedAt !== null])).toEqual([['Seated', 'registered', false], ['Past', 'registered', true]])

    await createPrivacyRepository(db.prisma, clock).eraseUser(leaving.id)
    const after = await db.prisma.eventRegistration.findMany({ where: { userId: leaving.id }, orderBy: { id: 'asc' } })
    expect(after.map(r => [r.status, r.certificateCode, r.attendedAt !== null])).toEqual([['cancelled', null, false], ['registered', null, true]])
    expect((await events.view(waiting.id, seated.id)).mine?.status).toBe('registered')
    // The attendance stays, anonymous, in the Ministry's count.
    expect((await eventCounts(db.prisma, new Date(testStartMs - 72 * hour), new Date(testStartMs), [hospital.id])).educational).toBeGreaterThanOrEqual(1)
  })

  it('when the programme is seeded, then the demo shows its events: the Lutsk training week, the online seminar with Paris, a conference and a workshop', async () => {
    const now = createTestClock()()
    const result = await seed(db.prisma, now)
    expect(result.events).toEqual({ created: 4, existing: 0 })
    const rows = await db.prisma.event.findMany({ where: { slug: { not: null } }, include: { hospital: true }, orderBy: { startsAt: 'asc' } })
    expect(rows.map(e => [e.slug, e.kind, e.hospital.cityEn, e.status])).toEqual([
      ['gustave-roussy-oncology-seminar', 'seminar', 'Villejuif', 'open'],
      ['volyn-laparoscopy-week', 'training_week', 'Lutsk', 'open'],
      ['karolinska-pocus-workshop', 'workshop', 'Kryvyi Rih', 'open'],
      ['bogomolets-war-surgery-conference', 'conference', 'Kyiv', 'open'],
    ])
    const week = rows[1]
    // 30 days on, at 09:00 in Kyiv (UTC+2 in winter, +3 in summer), for five days.
    expect(todayIn('Europe/Kyiv', week.startsAt)).toBe(kyivDay(() => now, 30))
    expect(localParts(week.startsAt, 'Europe/Kyiv')).toMatchObject({ hour: 9, minute: 0 })
    expect(week.endsOn!.toISOString().slice(0, 10)).toBe(kyivDay(() => now, 34))
    expect([rows[0].place, rows[0].onlineUrl]).toEqual([null, 'https://medtwin.example/events/oncology-tumour-board'])
    expect((await seed(db.prisma, now)).events).toEqual({ created: 0, existing: 4 })
    const upcoming = await createEvents(db.prisma, () => now).upcoming(undefined)
    expect(upcoming.map(e => e.titleEn)).toContain('Laparoscopic surgery training week at Volyn Regional Hospital')
  })
})
