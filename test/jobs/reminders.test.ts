import type { Database } from '../../src/db/client.js'
import type { Fixture } from '../delivery/setup.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  coordinatorDigest,
  remindDraftApplications,
  remindExpiringDocuments,
  remindOpenChecklist,
  remindPlacementStart,
  remindUnansweredOffers,
  remindWeeklyPortfolio,
  runReminderSweep,
} from '../../src/jobs/reminders.js'
import { createFixture } from '../delivery/setup.js'
import { testDatabaseKinds } from '../helpers/db.js'

const day = 86_400_000
// The clock these tests set: 12:00 in Kyiv, outside quiet hours, so the dispatcher delivers at once.
const now = new Date('2026-12-01T10:00:00Z')
const at = (days: number) => new Date(now.getTime() + days * day)
const date = (iso: string) => new Date(`${iso}T00:00:00Z`)

async function seed(db: Database) {
  const p = db.prisma
  const hospital = await p.hospital.create({ data: { slug: 'charite', kind: 'partner', nameUk: 'Шаріте', nameEn: 'Charité <Berlin>', cityUk: 'Берлін', cityEn: 'Berlin', country: 'DE' } })
  const other = await p.hospital.create({ data: { slug: 'lviv', kind: 'ukrainian', nameUk: 'Львівська', nameEn: 'Lviv', cityUk: 'Львів', cityEn: 'Lviv', country: 'UA' } })
  const uk = await p.user.create({ data: { telegramId: 501n, locale: 'uk' } })
  const en = await p.user.create({ data: { telegramId: 502n, locale: 'en' } })
  const blocked = await p.user.create({ data: { telegramId: 503n, locale: 'en', reachable: false } })
  const opportunity = (slug: string, deadline: Date) => p.opportunity.create({ data: {
    slug,
    hostHospitalId: hospital.id,
    titleUk: `Кардіологія ${slug}`,
    titleEn: `Cardiology ${slug}`,
    descriptionUk: '-',
    descriptionEn: '-',
    specialties: ['cardiology'],
    startsOn: date('2027-01-10'),
    endsOn: date('2027-02-10'),
    applicationDeadline: deadline,
    seats: 3,
    status: 'open',
  } })
  const soon = await opportunity('soon', at(2.5))
  const later = await opportunity('later', at(5))
  const placementOpp = await opportunity('placement', at(-10))
  const app = (userId: number, opportunityId: number, data: object = {}) => p.application.create({ data: { userId, opportunityId, ...data } })
  return { p, hospital, other, uk, en, blocked, soon, later, placementOpp, app }
}

describe.each(testDatabaseKinds())('reminders on %s', (kind) => {
  let f: Fixture
  let s: Awaited<ReturnType<typeof seed>>
  beforeAll(async () => {
    f = await createFixture(kind)
  }, 60_000)
  beforeEach(async () => {
    await f.reset()
    s = await seed(f.db)
  }, 60_000)
  afterAll(async () => {
    await f.close()
  })

  /** A dispatcher round at `at`: jobs and dispatcher read the same clock. */
  async function deliver(at: Date) {
    f.clock.set(at)
    await f.dispatcher().tick()
    return f.server.sent
  }
  const rows = () => f.db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } })

  it('reminds drafts 3 days and 1 day before the deadline, once each, in the user\'s language', async () => {
    await s.app(s.uk.id, s.soon.id)
    await s.app(s.en.id, s.soon.id)
    await s.app(s.en.id, s.later.id)
    await s.app(s.blocked.id, s.soon.id)
    await s.app(s.uk.id, s.later.id, { status: 'submitted' })
    expect(await remindDraftApplications(s.p, now)).toBe(2)
    expect(await remindDraftApplications(s.p, at(0.1))).toBe(0)
    expect((await rows()).every(row => row.quiet && row.template === 'reminder-draft')).toBe(true)
    const sent = await deliver(now)
    expect(sent.find(m => m.chatId === 501)!.text).toContain('Ваша заявка на <b>Кардіологія soon</b> досі чернетка')
    expect(sent.find(m => m.chatId === 501)!.text).toContain('через 3 дні: 4 грудня 2026 р., 00:00 (Europe/Kyiv). Завершіть')
    expect(sent.find(m => m.chatId === 502)!.text).toContain('Applications close in 3 days')
    // A day before: the 1-day stage, once; the later deadline enters its 3-day window.
    expect(await remindDraftApplications(s.p, at(2))).toBe(3)
    expect(await remindDraftApplications(s.p, at(2.1))).toBe(0)
    f.server.reset()
    const dayBefore = await deliver(at(2))
    expect(dayBefore.find(m => m.chatId === 502 && m.text!.includes('soon'))!.text).toContain('close tomorrow')
    expect(dayBefore.find(m => m.chatId === 501)!.text).toContain('закінчується завтра')
  })

  it('reminds unanswered offers 2 days and 1 day before they expire', async () => {
    await s.app(s.uk.id, s.soon.id, { status: 'offered', offerExpiresAt: at(1.5) })
    await s.app(s.en.id, s.soon.id, { status: 'offered', offerExpiresAt: at(3) })
    await s.app(s.en.id, s.later.id, { status: 'confirmed', offerExpiresAt: at(1.5) })
    expect(await remindUnansweredOffers(s.p, now)).toBe(1)
    expect(await remindUnansweredOffers(s.p, at(1))).toBe(2)
    expect(await remindUnansweredOffers(s.p, at(1.2))).toBe(0)
    const sent = await deliver(at(1))
    expect(sent.filter(m => m.chatId === 501).map(m => m.text!.split('\n')[1])).toEqual([
      'Строк пропозиції спливає через 2 дні: 3 грудня 2026 р., 00:00 (Europe/Kyiv). Прийміть або відхиліть її в /my.',
      'Строк пропозиції спливає протягом доби: 3 грудня 2026 р., 00:00 (Europe/Kyiv). Прийміть або відхиліть її в /my.',
    ])
    expect(sent.find(m => m.chatId === 502)!.text).toContain('The offer expires in 2 days')
  })

  async function placement(userId: number, startsOn: string, endsOn: string, data: object = {}, checklist: Array<string | [string, Date]> = []) {
    const application = await s.app(userId, (await s.p.opportunity.create({ data: {
      hostHospitalId: s.hospital.id,
      titleUk: `Стажування ${startsOn}`,
      titleEn: `Placement ${startsOn}`,
      descriptionUk: '-',
      descriptionEn: '-',
      startsOn: date(startsOn),
      endsOn: date(endsOn),
      applicationDeadline: at(-30),
      seats: 1,
    } })).id, { status: 'confirmed' })
    return s.p.placement.create({ data: {
      applicationId: application.id,
      userId,
      startsOn: date(startsOn),
      endsOn: date(endsOn),
      ...data,
      checklist: { create: checklist.map(item => (typeof item === 'string' ? { key: item } : { key: item[0], doneAt: item[1] })) },
    } })
  }

  it('reminds a confirmed placement 7 days and 1 day before it starts, with its details', async () => {
    await placement(s.uk.id, '2026-12-08', '2027-01-08')
    await placement(s.en.id, '2026-12-08', '2027-01-08')
    await placement(s.en.id, '2026-12-20', '2027-01-20')
    expect(await remindPlacementStart(s.p, now)).toBe(2)
    expect(await remindPlacementStart(s.p, at(3))).toBe(0)
    const sent = await deliver(now)
    expect(sent.find(m => m.chatId === 502)!.text).toBe([
      '🧳 Your placement <b>Placement 2026-12-08</b> starts in 7 days.',
      '📅 8 December 2026 – 8 January 2027',
      '🏥 Charité &lt;Berlin&gt;, Berlin',
      'Bring: passport, visa or entry documents, medical licence or student ID, insurance, vaccination records.',
    ].join('\n'))
    expect(sent.find(m => m.chatId === 501)!.text).toContain('починається через 7 днів')
    expect(await remindPlacementStart(s.p, at(6))).toBe(2)
    f.server.reset()
    expect((await deliver(at(6))).find(m => m.chatId === 501)!.text).toContain('починається завтра')
  })

  it('reminds open checklist items 4 weeks and 1 week before the start', async () => {
    await placement(s.uk.id, '2026-12-29', '2027-01-29', {}, ['visa', 'insurance', ['flight', now]])
    await placement(s.en.id, '2026-12-29', '2027-01-29', {}, [['visa', now]])
    expect(await remindOpenChecklist(s.p, now)).toBe(1)
    expect(await remindOpenChecklist(s.p, at(10))).toBe(0)
    expect(await remindOpenChecklist(s.p, at(21))).toBe(1)
    const sent = await deliver(at(21))
    expect(sent.map(m => m.text!.split('\n')[0])).toEqual([
      '✅ Стажування <b>Стажування 2026-12-29</b> починається через 28 днів. Не виконано 2 пункти з переліку справ.',
      '✅ Стажування <b>Стажування 2026-12-29</b> починається через 7 днів. Не виконано 2 пункти з переліку справ.',
    ])
  })

  it('nudges the portfolio weekly during a placement (the end of a placement is the survey\'s: survey-reminders.test.ts)', async () => {
    await placement(s.en.id, '2026-11-17', '2026-12-20', { status: 'active' })
    await placement(s.uk.id, '2026-10-01', '2026-11-30', { status: 'active' })
    expect(await remindWeeklyPortfolio(s.p, now)).toBe(1)
    expect(await remindWeeklyPortfolio(s.p, at(6))).toBe(0)
    expect(await remindWeeklyPortfolio(s.p, at(7))).toBe(1)
    const sent = await deliver(at(7))
    expect(sent.filter(m => m.chatId === 502).map(m => m.text!.split(' <b>')[0])).toEqual(['📓 Week 2 of', '📓 Week 3 of'])
    expect(sent.some(m => m.chatId === 501)).toBe(false)
  })

  it('sends coordinators a digest of applications waiting for review at their hospitals, nothing when none', async () => {
    const coordinator = await s.p.user.create({ data: { telegramId: 601n, locale: 'en', coordinatorOf: { create: { hospitalId: s.hospital.id } } } })
    await s.p.user.create({ data: { telegramId: 602n, locale: 'uk', coordinatorOf: { create: { hospitalId: s.other.id } } } })
    await s.p.user.create({ data: { telegramId: 603n, locale: 'uk', coordinatorOf: { create: { hospitalId: null } } } })
    expect(await coordinatorDigest(s.p, now)).toBe(0)
    await s.app(s.uk.id, s.soon.id, { status: 'submitted', submittedAt: at(-2) })
    await s.app(s.en.id, s.soon.id, { status: 'submitted', submittedAt: at(-0.5) })
    await s.app(s.en.id, s.later.id, { status: 'under_review', submittedAt: at(-5) })
    expect(await coordinatorDigest(s.p, now)).toBe(2)
    expect(await coordinatorDigest(s.p, at(0.2))).toBe(0)
    const sent = await deliver(now)
    expect(sent.map(m => m.chatId).sort()).toEqual([601, 603])
    expect(sent.find(m => m.chatId === 601)!.text).toContain('2 applications are waiting for your review. The oldest has waited 2 days.')
    expect(sent.find(m => m.chatId === 603)!.text).toContain('На розгляд чекають 2 заявки. Найстаріша чекає 2 дні.')
    expect(coordinator.id).toBeGreaterThan(0)
  })

  it('reminds expiring documents 30 and 7 days before, again after renewal, and never a CV', async () => {
    const doc = await s.p.document.create({ data: { userId: s.uk.id, type: 'licence', fileId: 'f', fileUniqueId: 'u', expiresOn: date('2026-12-31') } })
    await s.p.document.create({ data: { userId: s.en.id, type: 'language_certificate', fileId: 'f', fileUniqueId: 'u2', expiresOn: date('2026-12-08') } })
    await s.p.document.create({ data: { userId: s.en.id, type: 'cv', fileId: 'f', fileUniqueId: 'u3' } })
    await s.p.document.create({ data: { userId: s.uk.id, type: 'cv', fileId: 'f', fileUniqueId: 'u4', expiresOn: date('2026-12-08') } })
    expect(await remindExpiringDocuments(s.p, now)).toBe(2)
    expect(await remindExpiringDocuments(s.p, at(1))).toBe(0)
    const sent = await deliver(now)
    expect(sent.find(m => m.chatId === 501)!.text).toBe('📄 Строк дії вашої ліцензії лікаря спливає через 30 днів (31 грудня 2026 р.). Завантажте новий у /documents.')
    expect(sent.filter(m => m.chatId === 501)).toHaveLength(1)
    expect(sent.find(m => m.chatId === 502)!.text).toBe('📄 Your language certificate expires in 7 days (8 December 2026). Upload a new one in /documents.')
    await s.p.document.update({ where: { id: doc.id }, data: { expiresOn: date('2026-12-25') } })
    expect(await remindExpiringDocuments(s.p, now)).toBe(1)
  })

  it('runs the whole sweep twice without enqueueing anything new', async () => {
    await s.app(s.uk.id, s.soon.id)
    await placement(s.en.id, '2026-12-08', '2027-01-08', {}, ['visa'])
    const first = await runReminderSweep(s.p, now)
    expect(first.draft + first.placementStart).toBe(2)
    const second = await runReminderSweep(s.p, now)
    expect(Object.values(second).every(n => n === 0)).toBe(true)
  })

  it('holds a reminder enqueued at night until 08:00 local', async () => {
    await s.app(s.uk.id, s.soon.id)
    const night = new Date('2026-12-01T01:00:00Z')
    expect(await remindDraftApplications(s.p, night)).toBe(1)
    expect(await deliver(night)).toHaveLength(0)
    expect((await rows())[0].dueAt.toISOString()).toBe('2026-12-01T06:00:00.000Z')
  })
})
