// Who hears about it, through the code that runs: publish alerts, broadcast
// counts and rows, and who may apply. A person without a kind is admitted by
// every audience.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { admits } from '../../src/domain/audience.js'
import { createDomain } from '../../src/domain/index.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createHospital, createOpportunity } from '../helpers/fixtures.js'

describe('admits', () => {
  it('when the kind and the audience differ, then the person is not admitted; without a kind, everyone is', () => {
    expect(admits('doctors', 'student')).toBe(false)
    expect(admits('students', 'doctor')).toBe(false)
    expect(admits('students', 'healthcare_worker')).toBe(false)
    expect(admits('doctors', 'healthcare_worker')).toBe(true)
    expect(admits('students', 'student')).toBe(true)
    expect(admits('both', 'student')).toBe(true)
    expect(admits('doctors', null)).toBe(true)
    expect(admits('students', undefined)).toBe(true)
  })
})

const admin = { roles: [{ kind: 'admin' as const }] }

describe.each(testDatabaseKinds())('audiences (%s)', (kind) => {
  let db: Database
  const clock = createTestClock()
  let domain: ReturnType<typeof createDomain>
  beforeAll(async () => {
    db = await createTestDatabase(kind)
    domain = createDomain(db.prisma, { defaultLocale: 'uk', clock })
  })
  afterAll(async () => { await db?.close() })

  interface Person { kind?: 'doctor' | 'student' | null, profile?: boolean, sub?: { specialties?: string[], countries?: string[], active?: boolean }, reachable?: boolean, erased?: boolean }
  let tg = 0
  const people: Record<string, number> = {}
  async function person(name: string, p: Person) {
    const user = await db.prisma.user.create({ data: {
      telegramId: BigInt(++tg),
      locale: 'en',
      reachable: p.reachable ?? true,
      erasedAt: p.erased ? clock() : null,
      ...(p.profile === false ? {} : { profile: { create: { kind: p.kind ?? null } } }),
      ...(p.sub ? { subscription: { create: { specialties: p.sub.specialties ?? [], countries: p.sub.countries ?? [], active: p.sub.active ?? true } } } : {}),
    } })
    people[name] = user.id
  }
  const names = (ids: Array<number | null>) => Object.entries(people).filter(([, id]) => ids.includes(id)).map(([name]) => name).sort()

  beforeEach(async () => {
    await db.prisma.outboxMessage.deleteMany()
    await db.prisma.broadcast.deleteMany()
    await db.prisma.application.deleteMany()
    await db.prisma.subscription.deleteMany()
    await db.prisma.profile.deleteMany()
    await db.prisma.user.deleteMany()
    for (const key of Object.keys(people))
      delete people[key]
    await person('anyDoctor', { kind: 'doctor', sub: {} })
    await person('cardioPlDoctor', { kind: 'doctor', sub: { specialties: ['cardiology'], countries: ['PL'] } })
    await person('cardioStudent', { kind: 'student', sub: { specialties: ['cardiology'] } })
    await person('noKind', { kind: null, sub: { specialties: ['cardiology'] } })
    await person('noProfile', { profile: false, sub: {} })
    await person('urology', { kind: 'doctor', sub: { specialties: ['urology'] } })
    await person('germany', { kind: 'doctor', sub: { countries: ['DE'] } })
    await person('alertsOff', { kind: 'doctor', sub: { active: false } })
    await person('blocked', { kind: 'doctor', sub: {}, reachable: false })
    await person('erased', { kind: 'doctor', sub: {}, erased: true })
    await person('notSubscribed', { kind: 'doctor' })
  })

  it('when an internship is published, then active subscribers whose choices and kind fit get one alert each, people without a kind included', async () => {
    const host = await createHospital(db.prisma, { country: 'PL' })
    const alerted = async (audience: 'doctors' | 'students' | 'both') => {
      const o = await createOpportunity(db.prisma, host.id, { status: 'draft', audience, specialties: ['cardiology', 'neurology'] })
      await domain.opportunityAdmin.publish(people.anyDoctor, admin, o.id, 'https://t.me/bot?start=i1')
      const rows = await db.prisma.outboxMessage.findMany({ where: { kind: 'opportunity-alert', dedupeKey: { startsWith: `alert:${o.id}:` } } })
      return names(rows.map(r => r.userId))
    }
    expect(await alerted('doctors')).toEqual(['anyDoctor', 'cardioPlDoctor', 'noKind', 'noProfile'])
    expect(await alerted('students')).toEqual(['cardioStudent', 'noKind', 'noProfile'])
    expect(await alerted('both')).toEqual(['anyDoctor', 'cardioPlDoctor', 'cardioStudent', 'noKind', 'noProfile'])
  })

  it('when a coordinator broadcasts, then the count and the rows select the same people, without a kind included', async () => {
    const status = { statusChatId: 1, statusMessageId: 1, html: 'News', opportunityId: null, applyLabel: { uk: 'Подати', en: 'Apply' }, botUsername: 'bot' }
    const reach = async (audience: Parameters<typeof domain.broadcasts.count>[1]) => {
      const count = await domain.broadcasts.count(admin, audience)
      const { id, total } = await domain.broadcasts.create(people.anyDoctor, admin, { ...status, audience })
      const rows = await db.prisma.outboxMessage.findMany({ where: { broadcastId: id } })
      expect([count, total]).toEqual([rows.length, rows.length])
      return names(rows.map(r => r.userId))
    }
    const everyoneReachable = ['anyDoctor', 'cardioPlDoctor', 'cardioStudent', 'germany', 'noKind', 'noProfile', 'notSubscribed', 'urology']
    expect(await reach({ kind: 'all' })).toEqual(everyoneReachable)
    expect(await reach({ kind: 'doctors' })).toEqual(everyoneReachable.filter(n => n !== 'cardioStudent'))
    expect(await reach({ kind: 'students' })).toEqual(['cardioStudent', 'noKind', 'noProfile'])
    expect(await reach({ kind: 'specialties', codes: ['cardiology'] })).toEqual(['anyDoctor', 'cardioPlDoctor', 'cardioStudent', 'germany', 'noKind', 'noProfile'])
    expect(await reach({ kind: 'countries', codes: ['DE'] })).toEqual(['anyDoctor', 'cardioStudent', 'germany', 'noKind', 'noProfile', 'urology'])
  })

  it('when nobody matches a broadcast, then it is refused as broadcast-empty', async () => {
    await expect(domain.broadcasts.create(people.anyDoctor, admin, { statusChatId: 1, statusMessageId: 1, html: 'x', opportunityId: null, applyLabel: {}, botUsername: 'bot', audience: { kind: 'hospitals', hospitalIds: [999999] } }))
      .rejects
      .toMatchObject({ name: 'StateError', code: 'broadcast-empty' })
  })

  it('when a person applies, then the audience decides, and a person without a kind may start', async () => {
    const host = await createHospital(db.prisma)
    const forStudents = await createOpportunity(db.prisma, host.id, { audience: 'students' })
    expect((await domain.apply.start(people.anyDoctor, forStudents.id, clock())).refusal).toBe('audience')
    expect((await domain.apply.start(people.cardioStudent, forStudents.id, clock())).refusal).toBeNull()
    expect((await domain.apply.start(people.noKind, forStudents.id, clock())).refusal).toBeNull()
    expect(await domain.apply.recheck(people.noKind, forStudents.id, clock(), 'doctor')).toBe('audience')
  })
})
