// Applicant-side transitions on both databases: optimistic versions, lapsed
// offers, and the freed-seat hook for waitlist promotion.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApplicationRepository } from '../../src/domain/applications.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createHospital, createOpportunity, createPerson, daysFromNow } from '../helpers/fixtures.js'

describe.each(testDatabaseKinds())('applications (%s)', (kind) => {
  let db: Database
  let oppId: number
  let tg = 800
  const clock = createTestClock()
  beforeAll(async () => {
    db = await createTestDatabase(kind)
    oppId = (await createOpportunity(db.prisma, (await createHospital(db.prisma)).id)).id
  })
  afterAll(async () => { await db?.close() })

  async function app(status: string, extra: Record<string, unknown> = {}) {
    const user = await createPerson(db.prisma, ++tg, { locale: 'en' })
    const row = await db.prisma.application.create({ data: { userId: user.id, opportunityId: oppId, status, ...extra } as any })
    return { userId: user.id, id: row.id }
  }

  it('when an offered application is withdrawn, then its seat is reported freed; a submitted one frees none', async () => {
    const repo = createApplicationRepository(db.prisma, clock)
    const offered = await app('offered')
    const submitted = await app('submitted')
    expect(await repo.withdraw(offered.userId, offered.id)).toEqual({ freedSeat: true, opportunityId: oppId })
    expect(await repo.withdraw(submitted.userId, submitted.id)).toEqual({ freedSeat: false, opportunityId: oppId })
    await expect(repo.withdraw(submitted.userId, submitted.id)).rejects.toMatchObject({ code: 'application-not-withdrawable' })
  })

  it('when an offer is withdrawn or declined, then the seat goes to the first waitlisted person, who is told', async () => {
    const repo = createApplicationRepository(db.prisma, clock)
    const oneSeat = (await createOpportunity(db.prisma, (await createHospital(db.prisma)).id, { seats: 1 })).id
    const make = async (status: string, extra: Record<string, unknown> = {}) => {
      const user = await createPerson(db.prisma, ++tg, { locale: 'uk' })
      return { ...(await db.prisma.application.create({ data: { userId: user.id, opportunityId: oneSeat, status, ...extra } as any })) }
    }
    const holder = await make('offered', { offerExpiresAt: daysFromNow(3) })
    const first = await make('waitlisted', { waitlistedAt: daysFromNow(-2) })
    const second = await make('waitlisted', { waitlistedAt: daysFromNow(-1) })

    await repo.withdraw(holder.userId, holder.id)
    const status = async (id: number) => (await db.prisma.application.findUniqueOrThrow({ where: { id } })).status
    expect([await status(first.id), await status(second.id)]).toEqual(['offered', 'waitlisted'])
    const notice = await db.prisma.outboxMessage.findFirstOrThrow({ where: { userId: first.userId, kind: 'application-offered' } })
    expect([notice.template, notice.locale]).toEqual(['review-notify-offered', 'uk'])

    await repo.declineOffer(first.userId, first.id, clock())
    expect([await status(first.id), await status(second.id)]).toEqual(['declined', 'offered'])
  })

  it('when two accepts race, then exactly one wins and one placement exists', async () => {
    const repo = createApplicationRepository(db.prisma, clock)
    const a = await app('offered', { offerExpiresAt: daysFromNow(1) })
    const results = await Promise.allSettled([repo.acceptOffer(a.userId, a.id, clock()), repo.acceptOffer(a.userId, a.id, clock())])
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1)
    expect(await db.prisma.placement.count({ where: { applicationId: a.id } })).toBe(1)
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(1)
  })

  it('when a stale version is written, then the change is refused', async () => {
    const repo = createApplicationRepository(db.prisma, clock)
    const a = await app('offered', { offerExpiresAt: daysFromNow(1) })
    // A coordinator changes it between our read and write: simulate by bumping the version.
    await db.prisma.application.update({ where: { id: a.id }, data: { status: 'waitlisted', version: { increment: 1 } } })
    await expect(repo.declineOffer(a.userId, a.id, clock())).rejects.toMatchObject({ code: 'application-no-offer' })
  })

  it('when an offer has expired, then accepting lapses it and says so; another person cannot touch it', async () => {
    const repo = createApplicationRepository(db.prisma, clock)
    const a = await app('offered', { offerExpiresAt: daysFromNow(-1) })
    await expect(repo.acceptOffer(a.userId + 1000, a.id, clock())).rejects.toMatchObject({ code: 'not-found' })
    await expect(repo.acceptOffer(a.userId, a.id, clock())).rejects.toMatchObject({ code: 'application-offer-lapsed' })
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: a.id } })).status).toBe('lapsed')
    expect((await repo.get(a.userId, a.id)).history.map(h => h.status)).toEqual(['lapsed'])
  })
})
