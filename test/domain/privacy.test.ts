// Erasure on both databases: complete (messages to and about the person,
// coordinators' reasons, drafts, reminders, rights) and irreversible (no later
// update brings the name back); and /mydata exports all of it first.
import type { Database } from '../../src/db/client.js'
import type { Rights } from '../../src/domain/access.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { erasedMarker } from '../../src/domain/erasure.js'
import { createDomain } from '../../src/domain/index.js'
import { runReminderSweep } from '../../src/jobs/reminders.js'
import { localDate } from '../../src/time/zones.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { assignCoordinator, createApplication, createHospital, createOpportunity, createPerson, createPlacement, februaryInternship } from '../helpers/fixtures.js'

const now = new Date('2027-01-05T10:00:00Z')
const at = (days: number) => new Date(now.getTime() + days * 86_400_000)
let base = 70_000

describe.each(testDatabaseKinds())('privacy on %s', (kind) => {
  let db: Database
  let domain: ReturnType<typeof createDomain>
  beforeAll(async () => {
    db = await createTestDatabase(kind)
    domain = createDomain(db.prisma, { defaultLocale: 'uk', clock: () => now })
  })
  // Each story alone in the database: "nothing personal is left anywhere" means anywhere.
  beforeEach(async () => {
    const tables = await db.prisma.$queryRaw<Array<{ name: string }>>`
      SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`
    await db.prisma.$executeRawUnsafe(`TRUNCATE ${tables.map(t => `"${t.name}"`).join(', ')} RESTART IDENTITY CASCADE`)
  })
  afterAll(async () => { await db?.close() })

  /** A person with a submitted, a rejected (with a reason), a draft and a confirmed application, rights, a session. */
  async function story() {
    const tg = (base += 10)
    const p = db.prisma
    const host = await createHospital(p)
    const coordinator = await createPerson(p, tg + 1, { locale: 'en' })
    await assignCoordinator(p, coordinator.id, host.id)
    const rights: Rights = { roles: [{ kind: 'coordinator', hospitals: [host.id] }] }
    const me = await p.user.create({ data: { telegramId: BigInt(tg), firstName: 'Olena', lastName: 'Kovalenko', username: 'olenak', locale: 'uk' } })
    await p.profile.create({ data: { userId: me.id, kind: 'doctor', fullName: 'Olena Kovalenko', phone: '+380501234567' } })
    const cv = await p.document.create({ data: { userId: me.id, type: 'cv', fileId: 'f', fileUniqueId: 'u', fileName: 'olena-cv.pdf' } })
    const submitted = await createOpportunity(p, host.id, { ...februaryInternship, applicationDeadline: at(20) })
    await domain.apply.saveDraft(me.id, submitted.id, { motivation: 'Olena wants cardiology', documents: { cv: cv.id } })
    const { applicationId } = await domain.apply.submit(me.id, submitted.id, now, [])
    const rejectedApp = await createApplication(p, me.id, (await createOpportunity(p, host.id, februaryInternship)).id)
    await domain.review.decide(coordinator.id, rights, rejectedApp.id, 0, 'reject', 'Olena lacks English B2', now)
    const waitlisted = await createApplication(p, me.id, (await createOpportunity(p, host.id, februaryInternship)).id)
    await domain.review.decide(coordinator.id, rights, waitlisted.id, 0, 'waitlist', 'Olena is second', now)
    const draftOpp = await createOpportunity(p, host.id, { ...februaryInternship, applicationDeadline: at(2) })
    await domain.apply.saveDraft(me.id, draftOpp.id, { motivation: 'draft by Olena' })
    const startsOn = new Date(localDate(now, 'Europe/Kyiv').getTime() + 7 * 86_400_000)
    const confirmed = await createApplication(p, me.id, (await createOpportunity(p, host.id, { ...februaryInternship, startsOn, endsOn: at(40) })).id, { status: 'confirmed' })
    await p.placement.create({ data: { applicationId: confirmed.id, userId: me.id, startsOn, endsOn: at(40), checklist: { create: [{ key: 'visa' }] } } })
    await domain.access.grant(coordinator.id, me.id, { kind: 'coordinator', hospitals: [host.id] })
    await p.session.create({ data: { key: String(tg), value: '{}' } })
    await p.conversationState.create({ data: { key: String(tg), value: '{"apply":"Olena"}' } })
    return { tg, me, coordinator, host, applicationId, rejectedApp, waitlisted, confirmed, cv }
  }

  const everything = async () => JSON.stringify(await Promise.all([
    db.prisma.outboxMessage.findMany(),
    db.prisma.auditLog.findMany(),
    db.prisma.applicationStatusChange.findMany(),
    db.prisma.application.findMany(),
    db.prisma.user.findMany(),
    db.prisma.session.findMany(),
    db.prisma.conversationState.findMany(),
  ]), (_k, v) => typeof v === 'bigint' ? v.toString() : v)

  it('/mydata exports decisions with reasons and dates, documents per application, checklist, rights, messages to and about them, audit entries', async () => {
    const s = await story()
    const data = await domain.privacy.exportUserData(s.me.id, now) as any
    expect(data.exportedAt).toBe(now.toISOString())
    const byId = (id: number) => data.applications.find((a: any) => a.id === id)
    expect(byId(s.applicationId)).toMatchObject({ status: 'submitted', documentIds: [s.cv.id] })
    expect(byId(s.rejectedApp.id)).toMatchObject({ status: 'rejected', rejectionReason: 'Olena lacks English B2', decidedAt: now.toISOString() })
    expect(byId(s.rejectedApp.id).statusChanges).toMatchObject([{ toStatus: 'rejected', reason: 'Olena lacks English B2' }])
    expect(byId(s.waitlisted.id).waitlistedAt).toBe(now.toISOString())
    expect(data.placements).toMatchObject([{ applicationId: s.confirmed.id, checklist: [{ key: 'visa', doneAt: null }] }])
    expect(data.coordinatorOf).toMatchObject([{ hospitalId: s.host.id }])
    expect(data.messagesTo.map((m: any) => m.template).sort()).toEqual(['coord-notify-granted', 'review-notify-rejected', 'review-notify-waitlisted'])
    expect(data.messagesTo.find((m: any) => m.template === 'review-notify-rejected')).toMatchObject({ status: 'pending', params: { reason: 'Olena lacks English B2' } })
    expect(data.messagesAbout).toMatchObject([{ template: 'apply-staff-submitted', params: { name: 'Olena Kovalenko' }, status: 'pending' }])
    expect(data.auditAbout.map((a: any) => a.action).sort()).toEqual(['application-reject', 'application-waitlist', 'coordinator-grant'])
    expect(data.auditAbout.find((a: any) => a.action === 'application-reject').details).toMatchObject({ reason: 'Olena lacks English B2' })
  })

  it('erasure cancels and empties messages to and about them, clears reasons, drafts, rights, sessions and the Telegram id; reminders stop', async () => {
    const s = await story()
    // Before: the draft deadline, the placement start and its checklist are all due reminders.
    const before = await runReminderSweep(db.prisma, now)
    expect(before).toMatchObject({ draft: 1, placementStart: 1, checklist: 1 })
    expect(await everything()).toContain('Olena')

    const result = await domain.privacy.eraseUser(s.me.id, now)
    expect(result).toEqual({ withdrawn: 2, notified: 2 })
    const rows = await db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } })
    const mine = rows.filter(r => r.userId === s.me.id || r.aboutUserId === s.me.id)
    expect(mine.length).toBe(7)
    for (const row of mine)
      expect(row).toMatchObject({ status: 'cancelled', text: null, params: null, replyMarkup: null })
    expect(rows.filter(r => r.userId === s.me.id).every(r => r.chatId === -BigInt(s.me.id))).toBe(true)
    // The coordinator is told the applications were withdrawn, without a name.
    const notices = rows.filter(r => r.template === 'privacy-coordinator-withdrawn')
    expect(notices.map(r => [r.chatId, r.status])).toEqual([[BigInt(s.tg + 1), 'pending'], [BigInt(s.tg + 1), 'pending']])

    const all = await everything()
    for (const personal of ['Olena', 'Kovalenko', 'olenak', '+380', 'B2', 'second', `"${s.tg}"`])
      expect(all).not.toContain(personal)
    const changes = await db.prisma.applicationStatusChange.findMany({ where: { application: { userId: s.me.id } } })
    expect(changes.filter(c => c.reason).map(c => c.reason)).toEqual(['data-erasure', 'data-erasure'])
    expect(await db.prisma.application.count({ where: { userId: s.me.id, status: 'draft' } })).toBe(0)
    expect(await db.prisma.coordinatorAssignment.count({ where: { userId: s.me.id } })).toBe(0)
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: s.me.id } })
    expect(user).toMatchObject({ telegramId: -BigInt(s.me.id), firstName: null, username: null, reachable: false, erasedAt: now })
    expect(await db.prisma.erasedAccount.findUnique({ where: { hash: erasedMarker(s.tg) } })).toMatchObject({ erasedAt: now })

    // No reminder, today or in the weeks of the placement.
    for (const day of [0, 1, 6, 14, 41])
      await runReminderSweep(db.prisma, at(day))
    expect(await db.prisma.outboxMessage.count({ where: { userId: s.me.id, status: { not: 'cancelled' } } })).toBe(0)
  })

  it('the placement record is exported and erased too: arrival, survey, logbook reviews, and being a mentor', async () => {
    const p = db.prisma
    const me = await createPerson(p, (base += 10), { locale: 'en' })
    const other = await createPerson(p, base + 1, { locale: 'en' })
    const placement = await createPlacement(p, me.id)
    await p.placement.update({ where: { id: placement.id }, data: { arrivalAt: at(20), arrivalTransport: 'train: via Przemyśl', department: 'ICU' } })
    await p.placementSurvey.create({ data: { placementId: placement.id, teaching: 5, supervision: 4, organisation: 4, safety: 5, comment: 'Dr. K. was great' } })
    const mentored = await createPlacement(p, other.id)
    await p.placement.update({ where: { id: mentored.id }, data: { mentorUserId: me.id, mentorName: 'Dr. Kovalenko', mentorContact: '@kovalenko' } })
    const reviewed = await p.portfolioEntry.create({ data: { placementId: mentored.id, kind: 'case', text: 'Sepsis', review: 'confirmed', reviewedById: me.id, reviewedAt: now } })
    const data = await domain.privacy.exportUserData(me.id, now) as any
    expect(data.placements[0]).toMatchObject({ department: 'ICU', arrivalTransport: 'train: via Przemyśl', survey: { teaching: 5, comment: 'Dr. K. was great' } })
    expect(data.mentoring.map((m: any) => m.id)).toEqual([mentored.id])
    await domain.privacy.eraseUser(me.id, now)
    expect(await p.placement.findUniqueOrThrow({ where: { id: placement.id } })).toMatchObject({ arrivalAt: null, arrivalTransport: null })
    expect((await p.placementSurvey.findUniqueOrThrow({ where: { placementId: placement.id } })).comment).toBeNull()
    expect(await p.placement.findUniqueOrThrow({ where: { id: mentored.id } })).toMatchObject({ mentorUserId: null, mentorContact: null, mentorName: 'Dr. Kovalenko' })
    expect(await p.portfolioEntry.findUniqueOrThrow({ where: { id: reviewed.id } })).toMatchObject({ reviewedById: null, review: 'confirmed' })
  })

  it('after erasure, an update is nobody and changes nothing; only /start makes a new person', async () => {
    const s = await story()
    await domain.privacy.eraseUser(s.me.id, now)
    const from = { id: s.tg, first_name: 'Olena', last_name: 'Kovalenko', username: 'olenak', language_code: 'uk' }
    expect(await domain.users.touch(from)).toBeNull()
    expect(await domain.users.touch(from)).toBeNull()
    expect(await db.prisma.user.count({ where: { OR: [{ firstName: 'Olena' }, { telegramId: BigInt(s.tg) }] } })).toBe(0)
    expect(await domain.users.findByTelegramId(s.tg)).toBeNull()

    const fresh = await domain.users.touch(from, { start: true })
    expect(fresh).toMatchObject({ telegramId: s.tg, locale: 'uk', reachable: true })
    expect(fresh!.id).not.toBe(s.me.id)
    expect(await db.prisma.erasedAccount.count({ where: { hash: erasedMarker(s.tg) } })).toBe(0)
    expect(await domain.users.touch(from)).toMatchObject({ id: fresh!.id })
    // The old row stays anonymous and erased: its reminders do not come back.
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: s.me.id } })).toMatchObject({ firstName: null, erasedAt: now })
    await runReminderSweep(db.prisma, at(1))
    expect(await db.prisma.outboxMessage.count({ where: { userId: { in: [s.me.id, fresh!.id] }, status: 'pending' } })).toBe(0)
    // Erasing twice changes nothing the second time.
    expect(await domain.privacy.eraseUser(s.me.id, at(1))).toEqual({ withdrawn: 0, notified: 0 })
  })
})
