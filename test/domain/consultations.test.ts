// Consultations in the domain, on both databases: the checks at commit (home
// hospital, twinning, anonymised, lengths, a specialist of the twin), the
// report's counts (scoped, small counts masked), /mydata and erasure.
import type { Database } from '../../src/db/client.js'
import type { Rights } from '../../src/domain/access.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedConsultations } from '../../src/db/seed-consultations.js'
import { seed } from '../../src/db/seed.js'
import { consultationCounts } from '../../src/domain/consultation-data.js'
import { createDomain } from '../../src/domain/index.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { assignCoordinator, createConsultTwins, createPerson, mentorAt } from '../helpers/fixtures.js'

const now = new Date('2027-03-10T09:00:00Z')
let tg = 80_000

describe.each(testDatabaseKinds())('consultations on %s', (kind) => {
  let db: Database
  let domain: ReturnType<typeof createDomain>
  let h: Awaited<ReturnType<typeof createConsultTwins>>
  beforeAll(async () => {
    db = await createTestDatabase(kind)
    domain = createDomain(db.prisma, { defaultLocale: 'uk', clock: () => now })
    h = await createConsultTwins(db.prisma)
  })
  afterAll(async () => { await db?.close() })

  const c = () => domain.consultations
  const input = (toHospitalId: number, over: object = {}) => ({ toHospitalId, kind: 'consultation' as const, specialty: 'neurology', question: 'Чоловік 40 років, епілепсія, резистентна до двох препаратів.', urgency: 'routine' as const, preferredSlots: 'mornings', attachments: [], anonymised: true, ...over })
  const none: Rights = { roles: [] }
  const coordinatorOf = (id: number): Rights => ({ roles: [{ kind: 'coordinator', hospitals: [id] }] })

  async function doctor(home: number | null = h.kyiv.id) {
    return createPerson(db.prisma, ++tg, { locale: 'uk', profile: { kind: 'doctor', fullName: 'Iryna Bondar', homeHospitalId: home } })
  }

  it('when a request breaks a rule, then it is refused with its code and nothing is stored', async () => {
    const d = await doctor()
    const homeless = await doctor(null)
    const refusal = (p: Promise<unknown>) => p.then(() => 'stored', (e: any) => e.code)
    expect(await refusal(c().create(d.id, input(h.toronto.id, { anonymised: false })))).toBe('consult-input')
    expect(await refusal(c().create(d.id, input(h.london.id)))).toBe('consult-no-twin')
    expect(await refusal(c().create(d.id, input(h.kyiv.id)))).toBe('consult-no-twin')
    expect(await refusal(c().create(homeless.id, input(h.toronto.id)))).toBe('consult-no-home')
    expect(await refusal(c().create(d.id, input(h.toronto.id, { question: 'x'.repeat(1501) })))).toBe('consult-input')
    expect(await refusal(c().create(d.id, input(h.toronto.id, { question: '   ' })))).toBe('consult-input')
    expect(await refusal(c().create(d.id, input(h.toronto.id, { specialty: 'astrology' })))).toBe('consult-input')
    expect(await refusal(c().create(d.id, input(h.toronto.id, { attachments: Array.from({ length: 6 }, (_, i) => ({ kind: 'photo', fileId: `f${i}`, fileUniqueId: `u${i}`, fileName: null, mimeType: 'image/jpeg', fileSize: 1 })) })))).toBe('consult-input')
    expect(await db.prisma.consultation.count({ where: { requesterId: { in: [d.id, homeless.id] } } })).toBe(0)
  })

  it('when a specialist is assigned, then only a coordinator of the twin or a mentor of a placement it hosts qualifies, and each step checks its role', async () => {
    const d = await doctor()
    const coord = await createPerson(db.prisma, ++tg)
    await assignCoordinator(db.prisma, coord.id, h.toronto.id)
    const mentor = await createPerson(db.prisma, ++tg)
    await mentorAt(db.prisma, mentor.id, h.toronto.id)
    const otherMentor = await createPerson(db.prisma, ++tg)
    await mentorAt(db.prisma, otherMentor.id, h.london.id)
    const { id } = await c().create(d.id, input(h.toronto.id))
    const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: any) => e.code)
    expect(await code(c().assign({ userId: coord.id, rights: coordinatorOf(h.toronto.id) }, id, otherMentor.id))).toBe('consult-not-specialist')
    expect(await code(c().assign({ userId: coord.id, rights: coordinatorOf(h.toronto.id) }, id, d.id))).toBe('consult-not-specialist')
    expect(await code(c().assign({ userId: otherMentor.id, rights: none }, id, otherMentor.id))).toBe('consult-not-found')
    expect(await code(c().assign({ userId: coord.id, rights: coordinatorOf(h.london.id) }, id, mentor.id))).toBe('consult-not-found')
    expect(await code(c().assign({ userId: coord.id, rights: coordinatorOf(h.toronto.id) }, id, mentor.id))).toBe('ok')
    expect(await code(c().accept({ userId: otherMentor.id, rights: none }, id, new Date('2027-03-12T15:00:00Z')))).toBe('consult-not-found')
    expect(await code(c().accept({ userId: coord.id, rights: coordinatorOf(h.toronto.id) }, id, new Date('2027-03-12T15:00:00Z')))).toBe('forbidden')
    expect(await code(c().accept({ userId: mentor.id, rights: none }, id, new Date('2027-03-10T08:59:00Z')))).toBe('consult-slot-past')
    expect(await code(c().complete({ userId: d.id, rights: none }, id, { outcome: 'ok', followUp: false, rating: 4 }))).toBe('consult-state')
    expect(await code(c().accept({ userId: mentor.id, rights: none }, id, new Date('2027-03-12T15:00:00Z')))).toBe('ok')
    expect(await code(c().accept({ userId: mentor.id, rights: none }, id, new Date('2027-03-12T16:00:00Z')))).toBe('consult-state')
    expect(await code(c().write({ userId: coord.id, rights: coordinatorOf(h.toronto.id) }, id, 'hello'))).toBe('forbidden')
  })

  it('when the report counts consultations, then only done ones of the month count, scoped to the hospitals, small counts masked', async () => {
    const p = db.prisma
    const d = await doctor()
    const lviv = await doctor(h.lviv.id)
    const row = (requesterId: number, from: number, to: number, kind: 'consultation' | 'mentoring', status: 'done' | 'scheduled', slotAt: string) =>
      p.consultation.create({ data: { kind, requesterId, fromHospitalId: from, toHospitalId: to, specialty: 'neurology', question: 'q', anonymisedAt: now, status, slotAt: new Date(slotAt) } })
    await row(d.id, h.kyiv.id, h.toronto.id, 'consultation', 'done', '2027-02-03T10:00:00Z')
    await row(d.id, h.kyiv.id, h.toronto.id, 'consultation', 'done', '2027-02-04T10:00:00Z')
    await row(d.id, h.kyiv.id, h.toronto.id, 'consultation', 'done', '2027-02-05T10:00:00Z')
    await row(d.id, h.kyiv.id, h.toronto.id, 'mentoring', 'done', '2027-02-06T10:00:00Z')
    await row(d.id, h.kyiv.id, h.toronto.id, 'consultation', 'scheduled', '2027-02-07T10:00:00Z')
    await row(d.id, h.kyiv.id, h.toronto.id, 'consultation', 'done', '2027-03-01T10:00:00Z')
    await row(lviv.id, h.lviv.id, h.london.id, 'mentoring', 'done', '2027-02-10T10:00:00Z')
    const feb = [new Date('2027-02-01T00:00:00Z'), new Date('2027-03-01T00:00:00Z')] as const
    expect(await consultationCounts(p, ...feb, null)).toEqual({ consultation: 3, mentoring: 2 })
    expect(await consultationCounts(p, ...feb, [h.toronto.id])).toEqual({ consultation: 3, mentoring: 'small' })
    expect(await consultationCounts(p, ...feb, [h.london.id])).toEqual({ consultation: 0, mentoring: 'small' })
    expect(await c().counts('2027-02', null)).toEqual({ consultation: 3, mentoring: 2 })
  })

  it('when a requester asks for their data and then erases it, then /mydata holds their requests and erasure keeps only what the report counts', async () => {
    const p = db.prisma
    const d = await doctor()
    const mentor = await createPerson(p, ++tg)
    await mentorAt(p, mentor.id, h.toronto.id)
    const coord = await createPerson(p, ++tg)
    await assignCoordinator(p, coord.id, h.toronto.id)
    const attachment = { kind: 'photo' as const, fileId: 'scan-1', fileUniqueId: 'su1', fileName: null, mimeType: 'image/jpeg', fileSize: 10 }
    const { id } = await c().create(d.id, input(h.toronto.id, { attachments: [attachment] }))
    await c().assign({ userId: coord.id, rights: coordinatorOf(h.toronto.id) }, id, mentor.id)
    await c().write({ userId: d.id, rights: none }, id, 'Is an MRI needed?')
    await c().write({ userId: mentor.id, rights: none }, id, 'Yes, 3T with the epilepsy protocol.')
    const { id: done } = await c().create(d.id, input(h.toronto.id, { kind: 'mentoring' }))
    await p.consultation.update({ where: { id: done }, data: { status: 'done', slotAt: new Date('2027-03-01T10:00:00Z'), outcome: 'Advice', rating: 5 } })

    const data = await domain.privacy.exportUserData(d.id) as any
    expect(data.consultationsAsked.map((x: any) => [x.id, x.question, x.status, x.attachments.length, x.messages.map((m: any) => m.side)])).toEqual([
      [id, input(0).question, 'assigned', 1, ['requester', 'specialist']],
      [done, input(0).question, 'done', 0, []],
    ])
    expect(data.consultationMessagesWritten.map((m: any) => m.text)).toEqual(['Is an MRI needed?'])
    const given = await domain.privacy.exportUserData(mentor.id) as any
    expect(given.consultationsGiven.map((x: any) => [x.id, x.status])).toEqual([[id, 'assigned']])
    expect(given.consultationMessagesWritten.map((m: any) => m.text)).toEqual(['Yes, 3T with the epilepsy protocol.'])

    const counted = await c().counts('2027-03', null)
    expect(counted.mentoring).toBeGreaterThan(0)
    await domain.privacy.eraseUser(d.id)
    const rows = await p.consultation.findMany({ where: { id: { in: [id, done] } }, orderBy: { id: 'asc' } })
    expect(rows.map(r => [r.status, r.question, r.preferredSlots, r.outcome, r.rating, r.kind, r.toHospitalId])).toEqual([
      ['cancelled', '', null, null, null, 'consultation', h.toronto.id],
      ['done', '', null, null, 5, 'mentoring', h.toronto.id],
    ])
    expect(await p.consultationAttachment.count({ where: { consultationId: { in: [id, done] } } })).toBe(0)
    expect(await p.consultationMessage.count({ where: { consultationId: { in: [id, done] } } })).toBe(0)
    // The relayed copies of their words are emptied too.
    const relayed = await p.outboxMessage.findMany({ where: { aboutUserId: d.id } })
    expect(relayed.length).toBeGreaterThan(0)
    expect(relayed.every(r => r.params === null && r.status === 'cancelled')).toBe(true)
    // The report counts the same after erasure.
    expect(await c().counts('2027-03', null)).toEqual(counted)
  })

  it('when a specialist erases their data, then their open requests go back to the coordinator\'s queue without their words', async () => {
    const p = db.prisma
    const d = await doctor()
    const coord = await createPerson(p, ++tg)
    await assignCoordinator(p, coord.id, h.toronto.id)
    const { id } = await c().create(d.id, input(h.toronto.id))
    await c().assign({ userId: coord.id, rights: coordinatorOf(h.toronto.id) }, id, coord.id)
    await c().accept({ userId: coord.id, rights: coordinatorOf(h.toronto.id) }, id, new Date('2027-03-15T10:00:00Z'))
    await c().write({ userId: coord.id, rights: coordinatorOf(h.toronto.id) }, id, 'See you then.')
    await domain.privacy.eraseUser(coord.id)
    expect(await p.consultation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'requested', specialistId: null, slotAt: null, question: input(0).question })
    expect(await p.consultationMessage.count({ where: { consultationId: id } })).toBe(0)
  })

  it('when the demo data is seeded twice, then its consultations are created once, by demo accounts nobody can message, and the twin\'s coordinator sees them', async () => {
    const p = db.prisma
    await seed(p, now)
    expect(await seedConsultations(p, now)).toEqual({ created: 3, existing: 0 })
    expect(await seedConsultations(p, now)).toEqual({ created: 0, existing: 3 })
    const demo = await p.consultation.findMany({ where: { requester: { telegramId: { lte: -9_000_000_000_000n } } }, include: { requester: true, toHospital: true }, orderBy: { id: 'asc' } })
    expect(demo.map(d => [d.toHospital.slug, d.kind, d.status, d.requester.reachable])).toEqual([
      ['addenbrookes', 'consultation', 'requested', false],
      ['uh-sussex', 'consultation', 'scheduled', false],
      ['gustave-roussy', 'mentoring', 'done', false],
    ])
    const queue = await c().queue({ userId: 0, rights: coordinatorOf(demo[0].toHospitalId) })
    expect(queue.toAssign.map(q => q.id)).toEqual([demo[0].id])
    expect(await p.outboxMessage.count({ where: { chatId: { lte: -9_000_000_000_000n } } })).toBe(0)
  })
})
