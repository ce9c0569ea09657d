// Placements on both databases: ownership, the lazy checklist, entries and
// the escaped portfolio document.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NotFoundError } from '../../src/domain/errors.js'
import { createPlacementRepository, phaseOf } from '../../src/domain/placements.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createPerson, createPlacement } from '../helpers/fixtures.js'

describe.each(testDatabaseKinds())('placements (%s)', (kind) => {
  let db: Database
  const clock = createTestClock()
  beforeAll(async () => { db = await createTestDatabase(kind) })
  afterAll(async () => { await db?.close() })

  it('when the phase is asked, then the first and last days count as active', () => {
    expect([phaseOf('2026-05-01', '2026-05-10', '2026-04-30'), phaseOf('2026-05-01', '2026-05-10', '2026-05-01'), phaseOf('2026-05-01', '2026-05-10', '2026-05-10'), phaseOf('2026-05-01', '2026-05-10', '2026-05-11')])
      .toEqual(['upcoming', 'active', 'active', 'finished'])
  })

  it('when the checklist is shown twice and toggled, then it has five items once and only the owner can change it', async () => {
    const repo = createPlacementRepository(db.prisma, clock)
    const owner = await createPerson(db.prisma, 7101, { locale: 'en' })
    const other = await createPerson(db.prisma, 7102, { locale: 'en' })
    const p = await createPlacement(db.prisma, owner.id)
    await Promise.all([repo.ensureChecklist(owner.id, p.id), repo.ensureChecklist(owner.id, p.id)])
    expect(await db.prisma.checklistItem.count({ where: { placementId: p.id } })).toBe(5)
    const after = await repo.toggleChecklist(owner.id, p.id, 'visa')
    expect(after.filter(i => i.done).map(i => i.key)).toEqual(['visa'])
    expect((await repo.toggleChecklist(owner.id, p.id, 'visa')).some(i => i.done)).toBe(false)
    await expect(repo.toggleChecklist(other.id, p.id, 'visa')).rejects.toBeInstanceOf(NotFoundError)
    await expect(repo.addEntry(other.id, p.id, 'case', 'x')).rejects.toBeInstanceOf(NotFoundError)
    await expect(repo.toggleChecklist(owner.id, p.id, 'passport' as any)).rejects.toBeInstanceOf(NotFoundError)
  })

  it('when entries and feedback are saved, then the document lists them escaped, counts them and marks the portfolio sent', async () => {
    const repo = createPlacementRepository(db.prisma, clock)
    const owner = await createPerson(db.prisma, 7103, { locale: 'uk' })
    const p = await createPlacement(db.prisma, owner.id, { titleEn: 'Cardiology & <ICU>', titleUk: 'Кардіологія' })
    await repo.addEntry(owner.id, p.id, 'case', 'STEMI <script>alert(1)</script>\nPCI done')
    await repo.addEntry(owner.id, p.id, 'skill', 'Echo "basics"')
    await repo.setFeedback(owner.id, p.id, 'Great team & mentors')
    expect((await repo.get(owner.id, p.id)).counts).toEqual({ case: 1, procedure: 0, skill: 1, reflection: 0 })
  })

  it('when a placement is cancelled, then it is not listed and cannot be opened', async () => {
    const repo = createPlacementRepository(db.prisma, clock)
    const owner = await createPerson(db.prisma, 7104, { locale: 'en' })
    const live = await createPlacement(db.prisma, owner.id, { start: -3, end: 10 })
    const gone = await createPlacement(db.prisma, owner.id, { status: 'cancelled' })
    expect((await repo.listForUser(owner.id)).map(p => [p.id, p.phase])).toEqual([[live.id, 'active']])
    await expect(repo.get(owner.id, gone.id)).rejects.toBeInstanceOf(NotFoundError)
  })
})
