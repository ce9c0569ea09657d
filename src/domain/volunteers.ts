// Foreign specialists who want to work in Ukraine: their credentials (the
// licence and CV go to the one document store, with expiry dates), their
// applications to needs or offers of general availability, their answer to an
// invitation, and the pre-arrival checklist once they accepted.
import type { Db, Tx } from '../db/client.js'
import type { OutboxInput } from '../outbox/enqueue.js'
import type { Clock } from '../time/clock.js'
import type { NewDocument } from './documents.js'
import type { NeedView } from './needs.js'
import { enqueue } from '../outbox/enqueue.js'
import { defaultTimezone, todayIn } from '../time/zones.js'
import { recordAudit } from './audit.js'
import { isCountry } from './countries.js'
import { createDocumentRepository } from './documents.js'
import { NotFoundError, StateError, ValidationError } from './errors.js'
import { toNeedView, wardLanguages } from './needs.js'
import { day } from './opportunities.js'
import { isSpecialty } from './specialties.js'

export const professions = ['doctor', 'nurse', 'paramedic'] as const
export type Profession = typeof professions[number]
export const checklistKeys = ['travel', 'ministry', 'insurance', 'security'] as const
export const volunteerLimits = { licenceNumber: 40, licenceIssuer: 120, experience: 60, note: 500 }
/** Applications that still hold a place: one per need (and one offer of general availability) at a time. */
export const activeStatuses = ['submitted', 'invited', 'accepted'] as const

export interface VolunteerInput {
  profession: Profession
  specialty: string
  licenceCountry: string
  licenceNumber: string
  licenceIssuer: string
  experienceYears: number
  languages: string[]
  availableFrom: string
  availableTo: string
  licence: Omit<NewDocument, 'type'>
  cv: Omit<NewDocument, 'type'>
}

export interface VolunteerApplicationView {
  id: number
  status: 'submitted' | 'invited' | 'declined' | 'withdrawn' | 'accepted'
  need: NeedView | null
  hospital: { nameUk: string, nameEn: string } | null
  licenceVerified: boolean
  invitedFrom: string | null
  invitedTo: string | null
  declineReason: string | null
  checklist: Array<{ key: string, done: boolean }>
}

const needInclude = { include: { hospital: { select: { nameUk: true, nameEn: true, cityUk: true, cityEn: true, country: true } } } } as const

function toView(a: any): VolunteerApplicationView {
  const order = (key: string) => (checklistKeys as readonly string[]).indexOf(key)
  return {
    id: a.id,
    status: a.status,
    need: a.need ? toNeedView(a.need) : null,
    hospital: a.hospital ? { nameUk: a.hospital.nameUk, nameEn: a.hospital.nameEn } : null,
    licenceVerified: a.licenceVerifiedAt !== null,
    invitedFrom: a.invitedFrom ? day(a.invitedFrom) : null,
    invitedTo: a.invitedTo ? day(a.invitedTo) : null,
    declineReason: a.declineReason,
    checklist: [...a.checklist].sort((x: any, y: any) => order(x.key) - order(y.key)).map((c: any) => ({ key: c.key, done: c.doneAt !== null })),
  }
}

function checkInput(input: VolunteerInput, today: string) {
  const bad = (field: string) => new ValidationError('volunteer-invalid', field, `The volunteer's ${field} is not valid`)
  if (!(professions as readonly string[]).includes(input.profession))
    throw bad('profession')
  if (!isSpecialty(input.specialty))
    throw bad('specialty')
  if (!isCountry(input.licenceCountry) || input.licenceCountry === 'UA')
    throw bad('licenceCountry')
  if (!input.licenceNumber.trim() || input.licenceNumber.length > volunteerLimits.licenceNumber || !input.licenceIssuer.trim() || input.licenceIssuer.length > volunteerLimits.licenceIssuer)
    throw bad('licence')
  if (!Number.isInteger(input.experienceYears) || input.experienceYears < 0 || input.experienceYears > volunteerLimits.experience)
    throw bad('experienceYears')
  if (input.languages.length === 0 || input.languages.some(l => !(wardLanguages as readonly string[]).includes(l)))
    throw bad('languages')
  if (input.availableFrom < today || input.availableTo <= input.availableFrom)
    throw bad('availability')
}

/** The coordinators told of a volunteer's step: the hospital's, else the programme-wide ones. */
export async function hospitalStaff(tx: Tx, hospitalId: number | null) {
  const rows = await tx.coordinatorAssignment.findMany({
    where: { hospitalId: hospitalId ?? null, user: { erasedAt: null } },
    select: { user: { select: { id: true, telegramId: true, locale: true } } },
  })
  return [...new Map(rows.map(r => [r.user.id, r.user])).values()]
}

export function createVolunteers(db: Db, clock: Clock, timezone = defaultTimezone) {
  const documents = createDocumentRepository(db, clock, timezone)

  async function own(userId: number, id: number) {
    const a = await db.volunteerApplication.findFirst({ where: { id, userId } })
    if (!a)
      throw new NotFoundError('Volunteer application')
    return a
  }

  /** Notices to the hospital's coordinators about a volunteer's step (emptied if the volunteer erases their data). */
  async function tellStaff(tx: Tx, app: { id: number, userId: number, hospitalId: number | null, needId: number | null }, what: string, now: Date) {
    const staff = await hospitalStaff(tx, app.hospitalId)
    const rows: OutboxInput[] = staff.filter(s => s.id !== app.userId).map(s => ({
      chatId: s.telegramId,
      userId: s.id,
      aboutUserId: app.userId,
      kind: `volunteer-${what}`,
      dedupeKey: `volunteer-${what}:${app.id}:${s.id}`,
      template: `vol-notify-staff-${what}`,
      params: { id: app.id, need: app.needId ?? 0 },
      locale: s.locale ?? undefined,
    }))
    await enqueue(tx, rows, now)
  }

  return {
    /** The person's volunteer profile, or null. */
    async profile(userId: number) {
      const p = await db.volunteerProfile.findUnique({ where: { userId } })
      return p && { ...p, availableFrom: day(p.availableFrom), availableTo: day(p.availableTo), createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString() }
    },

    /**
     * Saves a volunteer's credentials; the licence and the CV are stored as the
     * person's documents (PDF, JPG or PNG up to 20 MB, with their expiry dates).
     * Throws ValidationError `volunteer-invalid` (or a document's refusal).
     */
    async saveProfile(userId: number, input: VolunteerInput, now = clock()) {
      checkInput(input, todayIn(timezone, now))
      return db.$transaction(async (tx) => {
        const licence = await documents.add(userId, { ...input.licence, type: 'licence' }, tx)
        const cv = await documents.add(userId, { ...input.cv, type: 'cv' }, tx)
        const { licence: _l, cv: _c, ...fields } = input
        const data = { ...fields, availableFrom: new Date(input.availableFrom), availableTo: new Date(input.availableTo), licenceDocumentId: licence.id, cvDocumentId: cv.id }
        await tx.volunteerProfile.upsert({ where: { userId }, create: { userId, ...data }, update: data })
        await recordAudit(tx, { actorId: userId, action: 'volunteer-profile', entityType: 'user', entityId: userId })
      })
    },

    /**
     * Applies to an open need, or offers general availability (`needId` null).
     * Throws StateError `volunteer-no-profile`, `need-closed` or `volunteer-applied`.
     */
    async apply(userId: number, needId: number | null, now = clock()): Promise<VolunteerApplicationView> {
      const profile = await db.volunteerProfile.findUnique({ where: { userId } })
      if (!profile)
        throw new StateError('volunteer-no-profile', 'Register as a volunteer first (/volunteer)')
      const need = needId === null ? null : await db.need.findFirst({ where: { id: needId, status: 'open' } })
      if (needId !== null && !need)
        throw new StateError('need-closed', 'The need is not open')
      return db.$transaction(async (tx) => {
        const taken = await tx.volunteerApplication.findFirst({ where: { userId, needId, status: { in: [...activeStatuses] } } })
        if (taken)
          throw new StateError('volunteer-applied', 'The volunteer already applied', { id: taken.id })
        const app = await tx.volunteerApplication.create({
          data: { userId, needId, hospitalId: need?.hospitalId ?? null, specialty: profile.specialty, licenceCountry: profile.licenceCountry, createdAt: now },
          include: { need: needInclude, hospital: true, checklist: true },
        })
        await recordAudit(tx, { actorId: userId, action: 'volunteer-apply', entityType: 'volunteer-application', entityId: app.id })
        await tellStaff(tx, app, 'applied', now)
        return toView(app)
      })
    },

    /** The person's applications, newest first. */
    async mine(userId: number): Promise<VolunteerApplicationView[]> {
      const rows = await db.volunteerApplication.findMany({ where: { userId }, include: { need: needInclude, hospital: true, checklist: true }, orderBy: { id: 'desc' }, take: 20 })
      return rows.map(toView)
    },

    /**
     * The volunteer's answer to an invitation: accepted (the checklist is
     * made) or withdrawn. Withdrawing also works before any invitation.
     * Throws StateError `volunteer-status` when the application is elsewhere.
     */
    async respond(userId: number, id: number, answer: 'accept' | 'withdraw', now = clock()): Promise<VolunteerApplicationView> {
      const a = await own(userId, id)
      const from = answer === 'accept' ? ['invited'] : ['submitted', 'invited']
      if (!from.includes(a.status))
        throw new StateError('volunteer-status', `The application is ${a.status}`, { status: a.status })
      return db.$transaction(async (tx) => {
        const status = answer === 'accept' ? 'accepted' : 'withdrawn'
        const { count } = await tx.volunteerApplication.updateMany({ where: { id, status: a.status }, data: { status } })
        if (count === 0)
          throw new StateError('volunteer-status', 'The application changed meanwhile')
        if (answer === 'accept')
          await tx.volunteerChecklistItem.createMany({ data: checklistKeys.map(key => ({ applicationId: id, key })), skipDuplicates: true })
        await recordAudit(tx, { actorId: userId, action: `volunteer-${status}`, entityType: 'volunteer-application', entityId: id })
        await tellStaff(tx, a, status, now)
        return toView(await tx.volunteerApplication.findUniqueOrThrow({ where: { id }, include: { need: needInclude, hospital: true, checklist: true } }))
      })
    },

    /** Ticks (or unticks) one item of an accepted volunteer's checklist. */
    async tick(userId: number, id: number, key: string, now = clock()): Promise<VolunteerApplicationView> {
      const a = await own(userId, id)
      const item = await db.volunteerChecklistItem.findUnique({ where: { applicationId_key: { applicationId: id, key } } })
      if (a.status !== 'accepted' || !item)
        throw new StateError('volunteer-status', 'No such checklist item', { status: a.status })
      await db.volunteerChecklistItem.update({ where: { id: item.id }, data: { doneAt: item.doneAt ? null : now } })
      return toView(await db.volunteerApplication.findUniqueOrThrow({ where: { id }, include: { need: needInclude, hospital: true, checklist: true } }))
    },
  }
}

export type Volunteers = ReturnType<typeof createVolunteers>
