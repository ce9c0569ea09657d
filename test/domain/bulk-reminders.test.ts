// Reminders paged by id with EXISTS on the person, beyond one page (500): each
// due row fires exactly once, for reachable people only, and a sweep run again
// (the hourly tick twice, or two instances) enqueues nothing.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runReminderSweep } from '../../src/jobs/reminders.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createHospital, createOpportunity, daysFromNow } from '../helpers/fixtures.js'

describe.each(testDatabaseKinds())('bulk reminders (%s)', (kind) => {
  let db: Database
  const expected: string[] = []

  beforeAll(async () => {
    db = await createTestDatabase(kind)
    const p = db.prisma
    const host = await createHospital(p)
    const soon = await createOpportunity(p, host.id, { applicationDeadline: daysFromNow(2.5) })
    const later = await createOpportunity(p, host.id, { applicationDeadline: daysFromNow(9) })
    const n = 640
    await p.user.createMany({ data: Array.from({ length: n }, (_, i) => ({ telegramId: BigInt(100_000 + i), reachable: i % 13 !== 0, erasedAt: i % 17 === 0 ? daysFromNow(-1) : null })) })
    const users = await p.user.findMany({ where: { telegramId: { gte: 100_000n } }, orderBy: { id: 'asc' } })
    // Everyone has a draft of the internship closing soon, and of the one closing later (not due); every other one also has an offer expiring in a day and a half.
    await p.application.createMany({ data: users.flatMap((u, i) => [
      { userId: u.id, opportunityId: soon.id, status: 'draft' as const },
      { userId: u.id, opportunityId: later.id, status: i % 2 ? 'offered' as const : 'draft' as const, offerExpiresAt: i % 2 ? daysFromNow(1.5) : null },
    ]) })
    const apps = await p.application.findMany({ where: { userId: { in: users.map(u => u.id) } }, include: { user: true }, orderBy: { id: 'asc' } })
    for (const a of apps) {
      if (!a.user.reachable || a.user.erasedAt)
        continue
      if (a.opportunityId === soon.id)
        expected.push(`reminder-draft:${a.id}:3`)
      else if (a.status === 'offered')
        expected.push(`reminder-offer:${a.id}:2`)
    }
  }, 240_000)
  afterAll(async () => { await db?.close() })

  it('each due draft and offer is reminded once, past the first page, only to reachable people; a second sweep adds nothing', async () => {
    const clock = createTestClock()
    const first = await runReminderSweep(db.prisma, clock())
    const drafts = expected.filter(k => k.startsWith('reminder-draft')).length
    expect(drafts).toBeGreaterThan(500)
    expect(first).toMatchObject({ draft: drafts, offer: expected.length - drafts })
    const again = await runReminderSweep(db.prisma, clock())
    expect(Object.values(again).every(count => count === 0)).toBe(true)
    const rows = await db.prisma.outboxMessage.findMany({ where: { kind: { in: ['reminder-draft', 'reminder-offer'] } }, select: { dedupeKey: true }, orderBy: { dedupeKey: 'asc' } })
    expect(rows.map(r => r.dedupeKey).sort()).toEqual([...expected].sort())
  })
})
