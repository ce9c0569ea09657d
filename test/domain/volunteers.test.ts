// The rules of needs and volunteers, without Telegram: who may publish a need,
// who may review, that nobody is invited without a verified licence, the
// checklist, the counts of the monthly report, and privacy.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rightsFrom } from '../../src/domain/access.js'
import { createDomain } from '../../src/domain/index.js'
import { volunteerCounts } from '../../src/domain/volunteer-review.js'
import { createTestClock, kyivDay } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { assignCoordinator, createHospital, createNeed, createPerson, createVolunteer } from '../helpers/fixtures.js'

for (const kind of testDatabaseKinds()) {
  describe(`volunteers (${kind})`, () => {
    let db: Database
    const clock = createTestClock()
    let domain: ReturnType<typeof createDomain>
    let kharkiv: number
    let lviv: number
    let partner: number
    let tg = 70_000
    beforeAll(async () => {
      db = await createTestDatabase(kind)
      domain = createDomain(db.prisma, { defaultLocale: 'uk', clock })
      kharkiv = (await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Kharkiv Regional Hospital' })).id
      lviv = (await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Lviv First Medical Union' })).id
      partner = (await createHospital(db.prisma, { kind: 'partner', country: 'DE' })).id
    })
    afterAll(async () => { await db?.close() })

    const coordinatorOf = async (hospitalId: number | null) => {
      const user = await createPerson(db.prisma, ++tg, { locale: 'uk' })
      await assignCoordinator(db.prisma, user.id, hospitalId)
      return { user, rights: rightsFrom(false, [{ hospitalId }]) }
    }
    const input = (hospitalId: number) => ({
      hospitalId,
      specialty: 'traumatology',
      departmentUk: 'Травматологія',
      departmentEn: 'Trauma',
      startsOn: kyivDay(clock, 30),
      endsOn: kyivDay(clock, 60),
      wardLanguages: ['uk', 'en'],
      accommodation: true,
      translator: false,
      securityNotesUk: null,
      securityNotesEn: null,
    })

    it('when a coordinator drafts a need, then only for a Ukrainian hospital of theirs, checked at commit', async () => {
      const { user, rights } = await coordinatorOf(kharkiv)
      const need = await domain.needs.createDraft(user.id, rights, input(kharkiv))
      expect(need).toMatchObject({ status: 'draft', hospitalId: kharkiv, startsOn: kyivDay(clock, 30) })
      await expect(domain.needs.createDraft(user.id, rights, input(lviv))).rejects.toMatchObject({ code: 'not-yours' })
      const programme = await coordinatorOf(null)
      await expect(domain.needs.createDraft(programme.user.id, programme.rights, input(partner))).rejects.toMatchObject({ code: 'not-yours' })
      await expect(domain.needs.createDraft(user.id, rights, { ...input(kharkiv), startsOn: kyivDay(clock, 0) })).rejects.toMatchObject({ code: 'need-dates' })
      await expect(domain.needs.publish(user.id, rightsFrom(false, [{ hospitalId: lviv }]), need.id)).rejects.toMatchObject({ code: 'not-yours' })
      expect((await domain.needs.publish(user.id, rights, need.id)).status).toBe('open')
      await expect(domain.needs.publish(user.id, rights, need.id)).rejects.toMatchObject({ code: 'need-status' })
      expect((await domain.needs.listOpen()).map(n => n.id)).toContain(need.id)
    })

    it('a volunteer without a verified licence cannot be invited; once verified, invited, accepted, the checklist is made', async () => {
      const { user: coord, rights } = await coordinatorOf(kharkiv)
      const need = await createNeed(db.prisma, kharkiv)
      const volunteer = await createVolunteer(db.prisma, ++tg)
      const app = await domain.volunteers.apply(volunteer.id, need.id)
      await expect(domain.volunteers.apply(volunteer.id, need.id)).rejects.toMatchObject({ code: 'volunteer-applied' })
      expect(await domain.volunteerReview.queue(rights)).toContain(app.id)
      const dates = { from: kyivDay(clock, 31), to: kyivDay(clock, 50) }
      await expect(domain.volunteerReview.invite(coord.id, rights, app.id, dates)).rejects.toMatchObject({ code: 'volunteer-unverified' })
      expect((await db.prisma.volunteerApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('submitted')
      // Another hospital's coordinator may neither verify nor invite.
      const other = await coordinatorOf(lviv)
      await expect(domain.volunteerReview.verifyLicence(other.user.id, other.rights, app.id, 'ok')).rejects.toMatchObject({ code: 'not-yours' })
      await domain.volunteerReview.verifyLicence(coord.id, rights, app.id, 'Checked with the Ärztekammer register')
      await domain.volunteerReview.invite(coord.id, rights, app.id, dates)
      await expect(domain.volunteerReview.invite(coord.id, rights, app.id, dates)).rejects.toMatchObject({ code: 'volunteer-status' })
      const notices = await db.prisma.outboxMessage.findMany({ where: { userId: volunteer.id }, orderBy: { id: 'asc' } })
      expect(notices.map(n => [n.template, n.locale])).toEqual([['vol-notify-verified', 'en'], ['vol-notify-invited', 'en']])
      const accepted = await domain.volunteers.respond(volunteer.id, app.id, 'accept')
      expect(accepted.checklist).toEqual(['travel', 'ministry', 'insurance', 'security'].map(key => ({ key, done: false })))
      const ticked = await domain.volunteers.tick(volunteer.id, app.id, 'insurance')
      expect(ticked.checklist.filter(c => c.done).map(c => c.key)).toEqual(['insurance'])
      await expect(domain.volunteers.tick(volunteer.id, app.id, 'visa')).rejects.toMatchObject({ code: 'volunteer-status' })
      // The coordinators of the hospital heard of the application and of the acceptance.
      const staff = await db.prisma.outboxMessage.findMany({ where: { aboutUserId: volunteer.id, userId: coord.id }, orderBy: { id: 'asc' } })
      expect(staff.map(s => s.template)).toEqual(['vol-notify-staff-applied', 'vol-notify-staff-accepted'])
    })

    it('when a volunteer offers general availability, then any Ukrainian hospital\'s coordinator may invite them to one of theirs', async () => {
      const { user: coord, rights } = await coordinatorOf(lviv)
      const volunteer = await createVolunteer(db.prisma, ++tg)
      const app = await domain.volunteers.apply(volunteer.id, null)
      expect(await domain.volunteerReview.queue(rights)).toContain(app.id)
      // A coordinator of a partner hospital abroad does not review volunteers.
      const abroad = await coordinatorOf(partner)
      expect(await domain.volunteerReview.queue(abroad.rights)).toEqual([])
      await expect(domain.volunteerReview.card(abroad.rights, app.id)).rejects.toMatchObject({ code: 'not-yours' })
      await domain.volunteerReview.verifyLicence(coord.id, rights, app.id, 'ok')
      await expect(domain.volunteerReview.invite(coord.id, rights, app.id, { from: kyivDay(clock, 10), to: kyivDay(clock, 20), hospitalId: kharkiv })).rejects.toMatchObject({ code: 'not-yours' })
      await domain.volunteerReview.invite(coord.id, rights, app.id, { from: kyivDay(clock, 10), to: kyivDay(clock, 20), hospitalId: lviv })
      expect(await db.prisma.volunteerApplication.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: 'invited', hospitalId: lviv })
    })

    it('when volunteers were accepted, then the report counts them by country of licence and specialty, per hospital', async () => {
      const h = (await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA' })).id
      for (const [country, specialty, status] of [['DE', 'traumatology', 'accepted'], ['DE', 'anaesthesiology', 'accepted'], ['PL', 'traumatology', 'accepted'], ['PL', 'traumatology', 'declined']] as const) {
        const v = await createVolunteer(db.prisma, ++tg)
        await db.prisma.volunteerApplication.create({ data: { userId: v.id, hospitalId: h, status, specialty, licenceCountry: country, invitedFrom: new Date('2027-02-10'), invitedTo: new Date('2027-03-01') } })
      }
      const counts = await volunteerCounts(db.prisma, new Date('2027-02-01'), new Date('2027-03-01'), [h])
      expect(counts).toEqual({ total: 3, byCountry: { DE: 2, PL: 1 }, bySpecialty: { traumatology: 2, anaesthesiology: 1 } })
      expect((await volunteerCounts(db.prisma, new Date('2027-03-01'), new Date('2027-04-01'), [h])).total).toBe(0)
    })

    it('when a volunteer erases their data, then the profile and notes go, open applications are withdrawn, the counts stay', async () => {
      const { user: coord, rights } = await coordinatorOf(kharkiv)
      const volunteer = await createVolunteer(db.prisma, ++tg)
      const app = await domain.volunteers.apply(volunteer.id, (await createNeed(db.prisma, kharkiv)).id)
      await domain.volunteerReview.verifyLicence(coord.id, rights, app.id, 'Register entry 4711')
      const exported = await domain.privacy.exportUserData(volunteer.id) as any
      expect(exported.volunteerProfile).toMatchObject({ licenceNumber: 'AEK-12345', licenceCountry: 'DE' })
      expect(exported.volunteerApplications[0]).toMatchObject({ id: app.id, licenceNote: 'Register entry 4711', status: 'submitted' })
      expect(exported.auditAbout.map((a: any) => a.action)).toContain('volunteer-licence-verified')
      await domain.privacy.eraseUser(volunteer.id)
      expect(await db.prisma.volunteerProfile.findUnique({ where: { userId: volunteer.id } })).toBeNull()
      expect(await db.prisma.volunteerApplication.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: 'withdrawn', licenceNote: null, specialty: 'traumatology', licenceCountry: 'DE' })
      expect(await db.prisma.document.count({ where: { userId: volunteer.id } })).toBe(0)
      const notices = await db.prisma.outboxMessage.findMany({ where: { aboutUserId: volunteer.id } })
      expect(notices.every(n => n.params === null && n.status === 'cancelled')).toBe(true)
    })
  })
}

describe('seed needs', () => {
  it('when the demo is seeded, then Kharkiv needs a trauma surgeon and Lviv an anaesthesiology nurse, open to volunteers, once', async () => {
    const db = await createTestDatabase()
    try {
      const { seed } = await import('../../src/db/seed.js')
      const clock = createTestClock()
      expect((await seed(db.prisma, clock())).needs).toEqual({ created: 3, existing: 0 })
      expect((await seed(db.prisma, clock())).needs).toEqual({ created: 0, existing: 3 })
      const open = await createDomain(db.prisma, { defaultLocale: 'uk', clock }).needs.listOpen()
      expect(open.map(n => [n.specialty, n.hospital.cityEn, n.startsOn])).toEqual([
        ['anaesthesiology', 'Lviv', kyivDay(clock, 21)],
        ['traumatology', 'Kharkiv', kyivDay(clock, 30)],
        ['emergency', 'Mykolaiv', kyivDay(clock, 45)],
      ])
    }
    finally {
      await db.close()
    }
  })
})
