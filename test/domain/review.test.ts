// Coordinator decisions on both databases: seats, the waitlist, lapsed offers,
// endorsement, and two decisions at the same moment.
import type { Database } from '../../src/db/client.js'
import type { Rights } from '../../src/domain/access.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDomain } from '../../src/domain/index.js'
import { promoteFromWaitlist } from '../../src/domain/review-seats.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createApplication, createHospital, createOpportunity, createPerson, createProfile, februaryInternship } from '../helpers/fixtures.js'

const now = new Date('2026-11-23T10:00:00Z')
let tg = 50_000

describe.each(testDatabaseKinds())('review decisions (%s)', (kind) => {
  let db: Database
  let domain: ReturnType<typeof createDomain>
  let host: number
  let home: number
  let coordinator: number
  let hostRights: Rights
  let homeRights: Rights

  beforeAll(async () => {
    db = await createTestDatabase(kind)
    domain = createDomain(db.prisma, { defaultLocale: 'uk', clock: createTestClock(now) })
    host = (await createHospital(db.prisma, { country: 'DE' })).id
    home = (await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA' })).id
    coordinator = (await createPerson(db.prisma, 49_999)).id
    hostRights = { roles: [{ kind: 'coordinator', hospitals: [host] }] }
    homeRights = { roles: [{ kind: 'coordinator', hospitals: [home] }] }
  }, 120_000)
  afterAll(async () => { await db?.close() })

  async function applicant(opportunityId: number, data: Record<string, unknown> = {}, locale = 'en') {
    const user = await createPerson(db.prisma, ++tg, { locale })
    await createProfile(db.prisma, user.id, { homeHospitalId: home })
    return createApplication(db.prisma, user.id, opportunityId, data)
  }
  const status = async (id: number) => (await db.prisma.application.findUniqueOrThrow({ where: { id } })).status

  it('when seats are offered, then offers plus confirmations never exceed the seats', async () => {
    const opp = await createOpportunity(db.prisma, host, { ...februaryInternship, seats: 2 })
    await applicant(opp.id, { status: 'confirmed' })
    const a = await applicant(opp.id)
    const b = await applicant(opp.id)
    expect(await domain.review.decide(coordinator, hostRights, a.id, 0, 'offer', null, now)).toEqual({ status: 'offered', version: 1 })
    await expect(domain.review.decide(coordinator, hostRights, b.id, 0, 'offer', null, now)).rejects.toMatchObject({ code: 'seats-full' })
    expect(await status(b.id)).toBe('submitted')
    const app = await db.prisma.application.findUniqueOrThrow({ where: { id: a.id } })
    expect(app.offerExpiresAt?.toISOString()).toBe('2026-11-28T10:00:00.000Z')
    const outbox = await db.prisma.outboxMessage.findMany({ where: { userId: a.userId } })
    expect(outbox.map(o => [o.dedupeKey, o.template, o.locale, o.params])).toEqual([[`decision:${a.id}:1`, 'review-notify-offered', 'en', { title: opp.titleEn, deadline: { $deadline: '2026-11-28T10:00:00.000Z' } }]])
  })

  it('when two coordinators decide one application at the same moment, then one decision wins and the other is told it was decided', async () => {
    const opp = await createOpportunity(db.prisma, host, { ...februaryInternship, seats: 3 })
    const a = await applicant(opp.id, {}, 'uk')
    const results = await Promise.allSettled([
      domain.review.decide(coordinator, hostRights, a.id, 0, 'offer', null, now),
      domain.review.decide(coordinator, hostRights, a.id, 0, 'reject', 'No', now),
    ])
    const won = results.filter(r => r.status === 'fulfilled')
    const lost = results.filter(r => r.status === 'rejected') as PromiseRejectedResult[]
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    const final = await status(a.id)
    expect(lost[0].reason).toMatchObject({ code: 'already-decided', status: final })
    expect(await db.prisma.applicationStatusChange.count({ where: { applicationId: a.id } })).toBe(1)
    expect(await db.prisma.outboxMessage.count({ where: { userId: a.userId } })).toBe(1)
  })

  it('when two offers race for the last seat, then exactly one is offered', async () => {
    const opp = await createOpportunity(db.prisma, host, { ...februaryInternship, seats: 1 })
    const a = await applicant(opp.id)
    const b = await applicant(opp.id)
    const results = await Promise.allSettled([
      domain.review.decide(coordinator, hostRights, a.id, 0, 'offer', null, now),
      domain.review.decide(coordinator, hostRights, b.id, 0, 'offer', null, now),
    ])
    expect(results.map(r => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect((results.find(r => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'seats-full' })
    expect(await db.prisma.application.count({ where: { opportunityId: opp.id, status: 'offered' } })).toBe(1)
  })

  it('when an offer is not answered in time, then it lapses and the first on the waitlist gets an offer; a second run changes nothing', async () => {
    const opp = await createOpportunity(db.prisma, host, { ...februaryInternship, seats: 1 })
    const a = await applicant(opp.id, { status: 'offered', offerExpiresAt: new Date('2026-11-22T00:00:00Z') })
    const second = await applicant(opp.id, { status: 'waitlisted', waitlistedAt: new Date('2026-11-10T00:00:00Z') })
    const first = await applicant(opp.id, { status: 'waitlisted', waitlistedAt: new Date('2026-11-05T00:00:00Z') }, 'uk')
    const result = await domain.seats.lapseExpiredOffers(now)
    expect(result).toMatchObject({ lapsed: [a.id], promoted: [first.id] })
    expect([await status(a.id), await status(first.id), await status(second.id)]).toEqual(['lapsed', 'offered', 'waitlisted'])
    const rows = await db.prisma.outboxMessage.findMany({ where: { userId: { in: [a.userId, first.userId] } }, orderBy: { id: 'asc' } })
    expect(rows.map(r => [r.userId, r.template, r.locale])).toEqual([[a.userId, 'review-notify-lapsed', 'en'], [first.userId, 'review-notify-offered', 'uk']])
    expect(await domain.seats.lapseExpiredOffers(now)).toEqual({ lapsed: [], promoted: [] })
  })

  it('when a confirmed person withdraws, then promoteFromWaitlist gives the seat to the waitlist', async () => {
    const opp = await createOpportunity(db.prisma, host, { ...februaryInternship, seats: 1 })
    const a = await applicant(opp.id, { status: 'confirmed' })
    const w = await applicant(opp.id, { status: 'waitlisted', waitlistedAt: now })
    expect(await db.prisma.$transaction(tx => promoteFromWaitlist(tx, opp.id, now))).toEqual([])
    await db.prisma.application.update({ where: { id: a.id }, data: { status: 'withdrawn' } })
    expect(await db.prisma.$transaction(tx => promoteFromWaitlist(tx, opp.id, now))).toEqual([w.id])
  })

  it('when a coordinator of another hospital decides, then it is refused and nothing changes', async () => {
    const other = (await createHospital(db.prisma)).id
    const opp = await createOpportunity(db.prisma, other, februaryInternship)
    const a = await applicant(opp.id)
    await expect(domain.review.decide(coordinator, hostRights, a.id, 0, 'reject', 'x', now)).rejects.toMatchObject({ code: 'not-yours' })
    expect(await domain.review.card(hostRights, a.id)).toBeNull()
    expect(await domain.review.queue(hostRights, opp.id)).toEqual([])
    expect(await status(a.id)).toBe('submitted')
  })

  it('when an internship asks for endorsement, then the home hospital sees it first and the host only after endorsing', async () => {
    const opp = await createOpportunity(db.prisma, host, { ...februaryInternship, requiresEndorsement: true })
    const a = await applicant(opp.id, { endorsement: 'pending' })
    const b = await applicant(opp.id)
    expect(await domain.review.queue(hostRights, opp.id)).toEqual([])
    expect(await domain.review.queue(homeRights, opp.id)).toEqual([a.id, b.id])
    await expect(domain.review.decide(coordinator, hostRights, a.id, 0, 'offer', null, now)).rejects.toMatchObject({ code: 'needs-endorsement' })
    await expect(domain.review.endorse(coordinator, hostRights, a.id, 0, true, null, now)).rejects.toMatchObject({ code: 'not-yours' })
    await domain.review.endorse(coordinator, homeRights, a.id, 0, true, null, now)
    await domain.review.endorse(coordinator, homeRights, b.id, 0, false, 'Not in our staff', now)
    expect(await domain.review.queue(hostRights, opp.id)).toEqual([a.id])
    expect((await domain.review.card(hostRights, a.id))?.stage).toBe('host')
    const declined = await db.prisma.application.findUniqueOrThrow({ where: { id: b.id } })
    expect([declined.status, declined.endorsement, declined.rejectionReason]).toEqual(['rejected', 'declined', 'Not in our staff'])
    await expect(domain.review.endorse(coordinator, homeRights, a.id, 1, false, 'late', now)).rejects.toMatchObject({ code: 'already-decided' })
  })

  it('when a coordinator chases an internship, then open offers and missing documents get one reminder a day', async () => {
    const opp = await createOpportunity(db.prisma, host, { ...februaryInternship, requiredDocuments: ['cv'] })
    await applicant(opp.id, { status: 'offered', offerExpiresAt: new Date('2026-11-25T00:00:00Z') })
    await applicant(opp.id)
    await applicant(opp.id, { status: 'rejected' })
    expect(await domain.review.chase(coordinator, hostRights, opp.id, now)).toEqual({ offers: 1, documents: 2 })
    expect(await domain.review.chase(coordinator, hostRights, opp.id, now)).toEqual({ offers: 0, documents: 0 })
    await expect(domain.review.chase(coordinator, homeRights, opp.id, now)).rejects.toMatchObject({ code: 'not-yours' })
  })
})
