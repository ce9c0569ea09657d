// Applying, on both databases: refusals re-checked at submission, the draft
// never overwriting a sent application, and outbox rows written once.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApplyRepository } from '../../src/domain/apply.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createHospital, createOpportunity, createPerson, daysFromNow, doctorProfile } from '../helpers/fixtures.js'

describe.each(testDatabaseKinds())('apply (%s)', (kind) => {
  let db: Database
  let hostId: number
  let tg = 1000
  const clock = createTestClock()
  beforeAll(async () => {
    db = await createTestDatabase(kind)
    hostId = (await createHospital(db.prisma)).id
  })
  afterAll(async () => { await db?.close() })
  const newPerson = () => createPerson(db.prisma, ++tg, { locale: 'en', profile: doctorProfile })

  it('when the last seat is taken between the draft and the submission, then the submission is refused and stays a draft', async () => {
    const repo = createApplyRepository(db.prisma, clock)
    const o = await createOpportunity(db.prisma, hostId, { seats: 1 })
    const [a, b] = [await newPerson(), await newPerson()]
    await repo.saveDraft(a.id, o.id, { motivation: 'm' })
    expect((await repo.start(a.id, o.id, clock())).refusal).toBeNull()
    await db.prisma.application.create({ data: { userId: b.id, opportunityId: o.id, status: 'offered' } })
    await expect(repo.submit(a.id, o.id, clock(), [])).rejects.toMatchObject({ code: 'apply-full' })
    expect((await db.prisma.application.findFirstOrThrow({ where: { userId: a.id } })).status).toBe('draft')
    expect(await db.prisma.outboxMessage.count({ where: { dedupeKey: { startsWith: 'application-submitted' } } })).toBe(0)
  })

  it('when the same draft is submitted twice at once, then one submission wins with one status change', async () => {
    const repo = createApplyRepository(db.prisma, clock)
    const o = await createOpportunity(db.prisma, hostId)
    const a = await newPerson()
    await repo.saveDraft(a.id, o.id, { motivation: 'm' })
    const results = await Promise.allSettled([repo.submit(a.id, o.id, clock(), []), repo.submit(a.id, o.id, clock(), [])])
    expect(results.map(r => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const app = await db.prisma.application.findFirstOrThrow({ where: { userId: a.id }, include: { statusChanges: true } })
    expect(app.status).toBe('submitted')
    expect(app.statusChanges).toHaveLength(1)
  })

  it('when a draft is saved after submission, then the sent answers are not changed', async () => {
    const repo = createApplyRepository(db.prisma, clock)
    const o = await createOpportunity(db.prisma, hostId, { applicationDeadline: daysFromNow(1) })
    const a = await newPerson()
    await repo.saveDraft(a.id, o.id, { motivation: 'first' })
    await repo.submit(a.id, o.id, clock(), [])
    await repo.saveDraft(a.id, o.id, { motivation: 'changed' })
    expect((await db.prisma.application.findFirstOrThrow({ where: { userId: a.id } })).answers).toEqual({ motivation: 'first' })
    expect((await repo.start(a.id, o.id, clock())).refusal).toBe('applied')
  })

  it('when documents of someone else are in the answers, then they are not linked', async () => {
    const repo = createApplyRepository(db.prisma, clock)
    const o = await createOpportunity(db.prisma, hostId)
    const [a, b] = [await newPerson(), await newPerson()]
    const mine = await repo.addDocument(a.id, { type: 'cv', fileId: 'f1', fileUniqueId: 'u1', mimeType: 'application/pdf' })
    const theirs = await repo.addDocument(b.id, { type: 'licence', fileId: 'f2', fileUniqueId: 'u2', mimeType: 'application/pdf' })
    await repo.saveDraft(a.id, o.id, { documents: { cv: mine, licence: theirs } })
    const { applicationId } = await repo.submit(a.id, o.id, clock(), [])
    expect((await db.prisma.applicationDocument.findMany({ where: { applicationId } })).map(d => d.documentId)).toEqual([mine])
  })
})
