// The audience as SQL (audienceFrom) against the rules it replaced, over many
// generated people: the Prisma `where` the broadcasts and alerts used before
// (kept here as the reference), and the rule written out in plain TypeScript
// with `admits`. Then the set-based writers: a broadcast resolution and the
// alerts of a publish write exactly those people, once, however often they run.
import type { Database } from '../../src/db/client.js'
import type { AudienceQuery } from '../../src/domain/audience.js'
import type { Prisma } from '../../src/generated/prisma/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveBroadcast } from '../../src/delivery/broadcast.js'
import { countAudience } from '../../src/domain/audience-count.js'
import { admits, audienceFrom } from '../../src/domain/audience.js'
import { enqueueAlerts } from '../../src/domain/publish-alerts.js'
import { createTestClock, testStart } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createHospital, createOpportunity } from '../helpers/fixtures.js'

/** The audience rule as it was before (src/domain/audience.ts `audienceWhere`), the reference the SQL must match. */
function previousWhere(query: AudienceQuery): Prisma.UserWhereInput {
  const kindsOf = { doctors: ['doctor', 'healthcare_worker'], students: ['student'], both: null } as const
  const and: Prisma.UserWhereInput[] = [
    { reachable: true, erasedAt: null },
    query.subscribed
      ? { subscription: { is: { active: true } } }
      : { OR: [{ subscription: { is: null } }, { subscription: { is: { active: true } } }] },
  ]
  if (query.specialties?.length)
    and.push({ OR: [{ subscription: { is: { specialties: { isEmpty: true } } } }, { subscription: { is: { specialties: { hasSome: query.specialties } } } }] })
  if (query.countries?.length)
    and.push({ OR: [{ subscription: { is: { countries: { isEmpty: true } } } }, { subscription: { is: { countries: { hasSome: query.countries } } } }] })
  const kinds = query.audience ? kindsOf[query.audience] : null
  if (kinds)
    and.push({ OR: [{ profile: { is: null } }, { profile: { is: { kind: null } } }, { profile: { is: { kind: { in: [...kinds] } } } }] })
  if (query.hospitalIds?.length)
    and.push({ profile: { is: { homeHospitalId: { in: query.hospitalIds } } } })
  if (query.within) {
    const { hospitalIds, twinHospitalIds, countries } = query.within
    and.push({ OR: [
      { applications: { some: { status: { not: 'draft' }, opportunity: { hostHospitalId: { in: hospitalIds } } } } },
      { profile: { is: { homeHospitalId: { in: [...hospitalIds, ...twinHospitalIds] } } } },
      { subscription: { is: { active: true, OR: [{ countries: { isEmpty: true } }, { countries: { hasSome: countries } }] } } },
    ] })
  }
  return { AND: and }
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6D2B79F5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Person {
  id: number
  chat: bigint
  locale: string | null
  reachable: boolean
  erased: boolean
  profile: { kind: 'doctor' | 'student' | 'healthcare_worker' | null, home: number | null } | null
  subscription: { active: boolean, specialties: string[] | null, countries: string[] | null } | null
  /** Hosts of the internships applied to (not drafts). */
  appliedTo: number[]
}

/** The rule in plain words, with `admits` for the kind: the second reference. */
function selects(q: AudienceQuery, p: Person): boolean {
  // An empty list means any; an unset one (NULL) matches nothing.
  const any = (list: string[] | null | undefined, wanted: string[]) => !!list && (list.length === 0 || list.some(v => wanted.includes(v)))
  const s = p.subscription
  if (!p.reachable || p.erased)
    return false
  if (q.subscribed ? !s?.active : s && !s.active)
    return false
  if (q.specialties?.length && !(s && any(s.specialties, q.specialties)))
    return false
  if (q.countries?.length && !(s && any(s.countries, q.countries)))
    return false
  if (q.audience && !admits(q.audience, p.profile?.kind))
    return false
  if (q.hospitalIds?.length && !(p.profile?.home != null && q.hospitalIds.includes(p.profile.home)))
    return false
  if (q.within) {
    const w = q.within
    const applied = p.appliedTo.some(h => w.hospitalIds.includes(h))
    const staff = p.profile?.home != null && [...w.hospitalIds, ...w.twinHospitalIds].includes(p.profile.home)
    const subscriber = !!s?.active && any(s.countries, w.countries)
    if (!applied && !staff && !subscriber)
      return false
  }
  return true
}

const specialtyPool = ['cardiology', 'neurology', 'oncology', 'surgery']
const countryPool = ['DE', 'PL', 'AT']

describe.each(testDatabaseKinds())('bulk audiences (%s)', (kind) => {
  let db: Database
  const people: Person[] = []
  const h: Record<string, number> = {}
  let queries: Array<[string, AudienceQuery]>

  beforeAll(async () => {
    db = await createTestDatabase(kind)
    const p = db.prisma
    h.hostA = (await createHospital(p, { country: 'DE' })).id
    h.hostB = (await createHospital(p, { country: 'PL' })).id
    h.homeA = (await createHospital(p, { kind: 'ukrainian', country: 'UA' })).id
    h.homeB = (await createHospital(p, { kind: 'ukrainian', country: 'UA' })).id
    const internships = { [h.hostA]: (await createOpportunity(p, h.hostA)).id, [h.hostB]: (await createOpportunity(p, h.hostB)).id }
    const rnd = random(kind === 'pglite' ? 14 : 15)
    const pickOne = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]
    const subset = (pool: string[]) => pool.filter(() => rnd() < 0.35)
    const n = 360
    await p.user.createMany({ data: Array.from({ length: n }, (_, i) => ({ telegramId: BigInt(70_000 + i), locale: pickOne(['uk', 'en', null, 'de']), reachable: rnd() > 0.1, erasedAt: rnd() < 0.05 ? new Date(testStart) : null })) })
    const users = await p.user.findMany({ where: { telegramId: { gte: 70_000n, lt: BigInt(70_000 + n) } }, orderBy: { id: 'asc' } })
    for (const u of users) {
      const person: Person = { id: u.id, chat: u.telegramId, locale: u.locale, reachable: u.reachable, erased: !!u.erasedAt, profile: null, subscription: null, appliedTo: [] }
      if (rnd() < 0.8)
        person.profile = { kind: pickOne(['doctor', 'student', 'healthcare_worker', null] as const), home: pickOne([h.homeA, h.homeB, null]) }
      if (rnd() < 0.7) {
        const list = (pool: string[]) => rnd() < 0.15 ? null : subset(pool)
        person.subscription = { active: rnd() < 0.8, specialties: list(specialtyPool), countries: list(countryPool) }
      }
      for (const host of [h.hostA, h.hostB]) {
        const roll = rnd()
        if (roll < 0.3) {
          await p.application.create({ data: { userId: u.id, opportunityId: internships[host], status: roll < 0.1 ? 'draft' : 'submitted' } })
          if (roll >= 0.1)
            person.appliedTo.push(host)
        }
      }
      if (person.profile)
        await p.profile.create({ data: { userId: u.id, kind: person.profile.kind, homeHospitalId: person.profile.home } })
      const s = person.subscription
      if (s) {
        await p.subscription.create({ data: { userId: u.id, active: s.active, specialties: s.specialties ?? [], countries: s.countries ?? [] } })
        // An unset list (NULL): the rule must treat it as before.
        if (s.specialties === null)
          await p.$executeRaw`UPDATE "Subscription" SET specialties = NULL WHERE "userId" = ${u.id}::int`
        if (s.countries === null)
          await p.$executeRaw`UPDATE "Subscription" SET countries = NULL WHERE "userId" = ${u.id}::int`
      }
      people.push(person)
    }
    const circle = { hospitalIds: [h.hostA], twinHospitalIds: [h.homeA], countries: ['DE'] }
    queries = [
      ['everyone', {}],
      ['doctors', { audience: 'doctors' }],
      ['students', { audience: 'students' }],
      ['both', { audience: 'both' }],
      ['one specialty', { specialties: ['cardiology'] }],
      ['two specialties', { specialties: ['cardiology', 'neurology'] }],
      ['countries', { countries: ['DE', 'AT'] }],
      ['home hospitals', { hospitalIds: [h.homeA] }],
      ['an alert', { subscribed: true, audience: 'students', specialties: ['neurology'], countries: ['PL'] }],
      ['an alert for doctors', { subscribed: true, audience: 'doctors', specialties: ['oncology', 'surgery'], countries: ['DE'] }],
      ['a hospital coordinator: all', { within: circle }],
      ['a hospital coordinator: doctors', { audience: 'doctors', within: circle }],
      ['a hospital coordinator: specialty', { specialties: ['surgery'], within: { ...circle, countries: [] } }],
      ['a hospital coordinator: their staff', { hospitalIds: [h.homeA], within: circle }],
    ]
  }, 240_000)
  afterAll(async () => { await db?.close() })

  const sqlIds = async (q: AudienceQuery) => (await db.prisma.$queryRaw<Array<{ id: number }>>`SELECT u.id FROM ${audienceFrom(q)} ORDER BY u.id`).map(r => r.id)

  it('for every audience of the mix, the SQL selects the people the previous Prisma rule and the plain rule (admits) select, and the count agrees', async () => {
    let nonEmpty = 0
    for (const [name, q] of queries) {
      const previous = (await db.prisma.user.findMany({ where: { AND: [previousWhere(q), { telegramId: { gte: 70_000n } }] }, select: { id: true }, orderBy: { id: 'asc' } })).map(u => u.id)
      const plain = people.filter(p => selects(q, p)).map(p => p.id)
      const sql = await sqlIds(q)
      expect({ name, sql }).toEqual({ name, sql: previous })
      expect({ name, sql }).toEqual({ name, sql: plain })
      expect(await countAudience(db.prisma, q)).toBe(sql.length)
      if (sql.length > 0 && sql.length < people.length)
        nonEmpty++
    }
    // The mix really discriminates: most audiences select some people and leave others out.
    expect(nonEmpty).toBeGreaterThanOrEqual(queries.length - 1)
  })

  it('a broadcast resolution writes one row per selected person in their locale\'s words, and resolving again (paged by 37 ids) writes nothing twice', async () => {
    const clock = createTestClock()
    for (const [name, q] of queries.filter(([n]) => ['everyone', 'doctors', 'a hospital coordinator: doctors'].includes(n))) {
      const broadcast = await db.prisma.broadcast.create({ data: { text: name, audience: {} } })
      const message = (locale: string | null) => ({ text: `${name} for ${locale ?? 'none'}`, replyMarkup: locale === 'en' ? { inline_keyboard: [[{ text: 'Apply', url: 'https://t.me/b?start=i1' }]] } : undefined })
      const first = await resolveBroadcast(db.prisma, broadcast.id, audienceFrom(q), clock(), { message, pageSize: 37 })
      const again = await resolveBroadcast(db.prisma, broadcast.id, audienceFrom(q), clock(), { message, pageSize: 37 })
      const rows = await db.prisma.outboxMessage.findMany({ where: { broadcastId: broadcast.id }, orderBy: { userId: 'asc' } })
      const expected = people.filter(p => selects(q, p))
      expect(first).toBe(expected.length)
      expect(again).toBe(expected.length)
      expect(rows.map(r => r.userId)).toEqual(expected.map(p => p.id))
      expect(rows.map(r => [r.chatId, r.dedupeKey, r.text, r.replyMarkup, r.kind, r.status, r.parseMode, r.dueAt.toISOString()])).toEqual(expected.map(p => [
        p.chat,
        `broadcast:${broadcast.id}:${p.id}`,
        `${name} for ${p.locale ?? 'none'}`,
        p.locale === 'en' ? { inline_keyboard: [[{ text: 'Apply', url: 'https://t.me/b?start=i1' }]] } : null,
        'broadcast',
        'pending',
        'HTML',
        clock().toISOString(),
      ]))
      expect((await db.prisma.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).total).toBe(expected.length)
    }
  })

  it('the alerts of a publish go to the selected subscribers once, with the internship in their language, and a second publish adds nobody', async () => {
    const clock = createTestClock()
    const o = await createOpportunity(db.prisma, h.hostB, { audience: 'students', specialties: ['neurology'], titleUk: 'Неврологія', titleEn: 'Neurology', startsOn: new Date('2027-03-01'), endsOn: new Date('2027-03-14'), applicationDeadline: new Date('2027-02-01T12:00:00Z') })
    const hospital = { nameUk: 'Лікарня Б', nameEn: 'Hospital B', country: 'PL' }
    const write = () => db.prisma.$transaction(tx => enqueueAlerts(tx, o, hospital, 'https://t.me/b?start=i9', clock()))
    const expected = people.filter(p => selects({ subscribed: true, audience: 'students', specialties: ['neurology'], countries: ['PL'] }, p))
    expect(expected.length).toBeGreaterThan(3)
    expect(await write()).toBe(expected.length)
    expect(await write()).toBe(0)
    const rows = await db.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `alert:${o.id}:` } }, orderBy: { userId: 'asc' } })
    expect(rows.map(r => [r.userId, r.dedupeKey, r.kind, r.template, r.locale, r.params])).toEqual(expected.map(p => [
      p.id,
      `alert:${o.id}:${p.id}`,
      'opportunity-alert',
      'coord-alert-published',
      p.locale ?? 'uk',
      {
        title: p.locale === 'en' ? 'Neurology' : 'Неврологія',
        hospital: p.locale === 'en' ? 'Hospital B' : 'Лікарня Б',
        starts: { $day: '2027-03-01' },
        ends: { $day: '2027-03-14' },
        deadline: { $deadline: '2027-02-01T12:00:00.000Z' },
        link: 'https://t.me/b?start=i9',
      },
    ]))
  })
})
