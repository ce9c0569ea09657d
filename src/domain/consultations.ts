// Tele-consultations and mentoring between twins: a Ukrainian doctor asks the
// twin of their home hospital (a Partnership) about an anonymised case, or for
// a mentor in a field; the twin's coordinator assigns a specialist of that
// hospital (one of its coordinators, or a mentor of a placement it hosts);
// the specialist accepts with a slot or declines with a reason; the sides
// write to each other through the bot; the requester records the outcome.
// Every step is checked here, at commit, against the person's role and hospital.
import type { Db, Tx } from '../db/client.js'
import type { ConsultationStatus } from '../generated/prisma/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import type { ConsultSide } from './consultation-notices.js'
import type { HospitalRef } from './opportunities.js'
import { coordinatesHospital } from './access.js'
import { recordAudit } from './audit.js'
import { consultationCounts } from './consultation-data.js'
import { consultRecipientSelect, relayMessage, slotParam, tellCoordinators, tellOne } from './consultation-notices.js'
import { ForbiddenError, NotFoundError, StateError, ValidationError } from './errors.js'
import { monthRange } from './export.js'
import { isSpecialty } from './specialties.js'

export const consultKinds = ['consultation', 'mentoring'] as const
export const consultUrgencies = ['routine', 'within_72h'] as const
export type ConsultKind = typeof consultKinds[number]
export type ConsultUrgency = typeof consultUrgencies[number]
export const consultLimits = { question: 1500, slots: 300, message: 1000, reason: 300, outcome: 1000, attachments: 5 } as const

export interface Who { userId: number, rights: Rights }

/** The time zones of a twin's country, for a specialist abroad still on the programme's default zone. */
export const countryZones: Record<string, string[]> = {
  PL: ['Europe/Warsaw'],
  DE: ['Europe/Berlin'],
  GB: ['Europe/London'],
  FR: ['Europe/Paris'],
  SE: ['Europe/Stockholm'],
  LT: ['Europe/Vilnius'],
  CA: ['America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Halifax'],
  IL: ['Asia/Jerusalem'],
  AT: ['Europe/Vienna'],
  US: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'],
  IT: ['Europe/Rome'],
  ES: ['Europe/Madrid'],
  NL: ['Europe/Amsterdam'],
  CZ: ['Europe/Prague'],
  SK: ['Europe/Bratislava'],
  EE: ['Europe/Tallinn'],
  LV: ['Europe/Riga'],
  CH: ['Europe/Zurich'],
  BE: ['Europe/Brussels'],
  DK: ['Europe/Copenhagen'],
  NO: ['Europe/Oslo'],
  FI: ['Europe/Helsinki'],
  IE: ['Europe/Dublin'],
}

export interface ConsultAttachmentInput { kind: 'photo' | 'document', fileId: string, fileUniqueId: string, fileName: string | null, mimeType: string | null, fileSize: number | null }

export interface NewConsultation {
  toHospitalId: number
  kind: ConsultKind
  specialty: string
  question: string
  urgency: ConsultUrgency
  preferredSlots: string | null
  attachments: ConsultAttachmentInput[]
  /** The requester confirmed the case is anonymised: nothing is sent without it. */
  anonymised: boolean
}

const ref = { id: true, nameUk: true, nameEn: true, cityUk: true, cityEn: true, country: true } as const
const rowInclude = {
  fromHospital: { select: ref },
  toHospital: { select: ref },
  requester: { select: { ...consultRecipientSelect, timezone: true } },
  specialist: { select: { ...consultRecipientSelect, timezone: true } },
} as const

/** The roles a person has on one request (a person may be several at once). */
export type Viewer = 'requester' | 'specialist' | 'coordinator'

const openStatuses = ['requested', 'assigned', 'scheduled', 'declined'] as const
const id32 = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2147483647

function invalid(field: string, max?: number): never {
  throw new ValidationError('consult-input', field, `consultation ${field} is missing or too long`, max ? { max } : {})
}

function checkText(value: string, field: keyof typeof consultLimits): string {
  const text = value.trim()
  if (!text || text.length > consultLimits[field])
    invalid(field, consultLimits[field])
  return text
}

/** A hospital's specialists: its coordinators, and the mentors of placements it hosts (not cancelled). */
export function specialistWhere(hospitalId: number) {
  return {
    erasedAt: null,
    OR: [
      { coordinatorOf: { some: { hospitalId } } },
      { mentoring: { some: { status: { not: 'cancelled' as const }, application: { opportunity: { hostHospitalId: hospitalId } } } } },
    ],
  }
}

export function createConsultations(db: Db, clock: Clock) {
  async function row(id: number) {
    const found = id32(id) ? await db.consultation.findUnique({ where: { id }, include: rowInclude }) : null
    if (!found)
      throw new NotFoundError('Consultation', 'consult-not-found')
    return found
  }
  type Row = Awaited<ReturnType<typeof row>>

  function viewersOf(r: Row, who: Who): Viewer[] {
    const roles: Viewer[] = []
    if (r.requesterId === who.userId)
      roles.push('requester')
    if (r.specialistId === who.userId && r.status !== 'declined')
      roles.push('specialist')
    if (coordinatesHospital(who.rights, r.toHospitalId))
      roles.push('coordinator')
    return roles
  }

  /** The request, if the person has a role on it (else "not found": nobody learns it exists). */
  async function visible(who: Who, id: number) {
    const r = await row(id)
    const roles = viewersOf(r, who)
    if (roles.length === 0)
      throw new NotFoundError('Consultation', 'consult-not-found')
    return { r, roles }
  }

  function need(roles: Viewer[], role: Viewer) {
    if (!roles.includes(role))
      throw new ForbiddenError('forbidden', `only the ${role} may do this`)
  }

  /** Moves a request from one of `from` to a new state, or refuses when someone changed it meanwhile. */
  async function transition(tx: Tx, id: number, from: readonly ConsultationStatus[], data: object, where: object = {}) {
    const changed = await tx.consultation.updateMany({ where: { ...where, id, status: { in: [...from] } }, data })
    if (changed.count === 0)
      throw new StateError('consult-state', 'the request changed meanwhile')
  }

  return {
    /** The consultations held in a `YYYY-MM` month, for the report (the hospitals given, or all with null). */
    counts(month: string, hospitalIds: number[] | null) {
      const { from, to } = monthRange(month)
      return consultationCounts(db, from, to, hospitalIds)
    },

    /** Where a doctor may ask: their home hospital (profile) and its twins abroad, and their time zone. */
    async start(userId: number): Promise<{ home: HospitalRef | null, twins: HospitalRef[], zone: string }> {
      const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true, profile: { select: { homeHospital: { select: { ...ref, ukrainianSide: { select: { partnerHospital: { select: ref } }, orderBy: { id: 'asc' } } } } } } } })
      const home = user.profile?.homeHospital ?? null
      if (!home)
        return { home: null, twins: [], zone: user.timezone }
      const { ukrainianSide, ...hospital } = home
      return { home: hospital, twins: ukrainianSide.map(p => p.partnerHospital), zone: user.timezone }
    },

    /** Sends a request to the twin: checked again here (home hospital, twinning, anonymised, lengths). */
    async create(userId: number, input: NewConsultation): Promise<{ id: number }> {
      if (!input.anonymised)
        invalid('anonymised')
      if (!consultKinds.includes(input.kind) || !consultUrgencies.includes(input.urgency) || !isSpecialty(input.specialty))
        invalid('choice')
      const question = checkText(input.question, 'question')
      const preferredSlots = input.preferredSlots === null ? null : checkText(input.preferredSlots, 'slots')
      if (input.attachments.length > consultLimits.attachments)
        invalid('attachments', consultLimits.attachments)
      const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true, profile: { select: { homeHospitalId: true } } } })
      const fromHospitalId = user.profile?.homeHospitalId
      if (!fromHospitalId)
        throw new ValidationError('consult-no-home', 'homeHospital', 'the requester has no home hospital in their profile')
      const twinned = id32(input.toHospitalId) && await db.partnership.findFirst({ where: { ukrainianHospitalId: fromHospitalId, partnerHospitalId: input.toHospitalId } })
      if (!twinned)
        throw new ValidationError('consult-no-twin', 'toHospital', 'the hospital is not a twin of the requester\'s home hospital')
      const now = clock()
      return db.$transaction(async (tx) => {
        const created = await tx.consultation.create({
          data: {
            kind: input.kind,
            requesterId: userId,
            fromHospitalId,
            toHospitalId: input.toHospitalId,
            specialty: input.specialty,
            question,
            urgency: input.urgency,
            preferredSlots,
            requesterZone: user.timezone,
            anonymisedAt: now,
            createdAt: now,
            attachments: { create: input.attachments.map(a => ({ ...a, createdAt: now })) },
          },
          include: rowInclude,
        })
        await recordAudit(tx, { actorId: userId, action: 'consult-request', entityType: 'consultation', entityId: created.id, details: { toHospitalId: input.toHospitalId, kind: input.kind } })
        await tellCoordinators(tx, created, 'new', userId, now)
        return { id: created.id }
      })
    },

    /** The person's requests, those waiting at the hospitals they coordinate, and those they are the specialist of. */
    async queue(who: Who) {
      const select = { id: true, kind: true, status: true, urgency: true, specialty: true, slotAt: true, createdAt: true, fromHospital: { select: ref }, toHospital: { select: ref } } as const
      const scope = who.rights.roles.some(r => r.kind === 'admin' || (r.kind === 'coordinator' && r.hospitals === 'all'))
        ? {}
        : { toHospitalId: { in: who.rights.roles.flatMap(r => r.kind === 'coordinator' && r.hospitals !== 'all' ? r.hospitals : []) } }
      const coordinates = who.rights.roles.some(r => r.kind === 'admin' || r.kind === 'coordinator')
      const [asked, toAssign, given] = await Promise.all([
        db.consultation.findMany({ where: { requesterId: who.userId }, select, orderBy: { id: 'desc' }, take: 20 }),
        coordinates ? db.consultation.findMany({ where: { ...scope, status: { in: ['requested', 'declined'] } }, select, orderBy: [{ urgency: 'desc' }, { id: 'asc' }], take: 20 }) : [],
        db.consultation.findMany({ where: { specialistId: who.userId, status: { in: ['assigned', 'scheduled', 'done'] } }, select, orderBy: { id: 'desc' }, take: 20 }),
      ])
      const plain = (rows: typeof asked) => rows.map(r => ({ ...r, slotAt: r.slotAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() }))
      return { asked: plain(asked), toAssign: plain(toAssign), given: plain(given) }
    },

    /** One request as the person may see it, with its last messages and what they may do. */
    async card(who: Who, id: number) {
      const { r, roles } = await visible(who, id)
      const [messages, attachments, viewer] = await Promise.all([
        db.consultationMessage.findMany({ where: { consultationId: id }, orderBy: { id: 'desc' }, take: 5, select: { side: true, text: true, createdAt: true } }),
        db.consultationAttachment.count({ where: { consultationId: id } }),
        db.user.findUniqueOrThrow({ where: { id: who.userId }, select: { timezone: true } }),
      ])
      const can = {
        assign: roles.includes('coordinator') && (r.status === 'requested' || r.status === 'declined'),
        answer: roles.includes('specialist') && r.status === 'assigned',
        write: (roles.includes('requester') || roles.includes('specialist')) && ['assigned', 'scheduled', 'done'].includes(r.status) && r.specialistId !== null,
        // Afterwards: once the slot has begun.
        outcome: roles.includes('requester') && r.status === 'scheduled' && r.slotAt !== null && r.slotAt <= clock(),
        cancel: roles.includes('requester') && (openStatuses as readonly string[]).includes(r.status),
      }
      return {
        id: r.id,
        kind: r.kind,
        status: r.status,
        urgency: r.urgency,
        specialty: r.specialty,
        question: r.question,
        preferredSlots: r.preferredSlots,
        requesterZone: r.requesterZone,
        from: r.fromHospital,
        to: r.toHospital,
        slotAt: r.slotAt?.toISOString() ?? null,
        specialistZone: r.specialist?.timezone ?? null,
        declineReason: r.declineReason,
        outcome: r.outcome,
        followUp: r.followUp,
        rating: r.rating,
        createdAt: r.createdAt.toISOString(),
        roles,
        zone: viewer.timezone,
        attachments,
        messages: messages.reverse().map(m => ({ side: m.side, text: m.text, createdAt: m.createdAt.toISOString() })),
        can,
      }
    },

    /** The attachments of a request, for someone with a role on it. */
    async attachments(who: Who, id: number) {
      await visible(who, id)
      return db.consultationAttachment.findMany({ where: { consultationId: id }, orderBy: { id: 'asc' }, select: { id: true, kind: true, fileId: true, fileName: true } })
    },

    /** Who the coordinator may assign: the twin hospital's coordinators and the mentors of its placements. */
    async candidates(who: Who, id: number) {
      const { r, roles } = await visible(who, id)
      need(roles, 'coordinator')
      const people = await db.user.findMany({
        where: { ...specialistWhere(r.toHospitalId), id: { not: r.requesterId } },
        select: { id: true, firstName: true, lastName: true, profile: { select: { fullName: true, specialty: true } }, coordinatorOf: { where: { hospitalId: r.toHospitalId }, select: { id: true } } },
        orderBy: { id: 'asc' },
        take: 30,
      })
      return people.map(p => ({
        userId: p.id,
        name: p.profile?.fullName || [p.firstName, p.lastName].filter(Boolean).join(' ') || `#${p.id}`,
        specialty: p.profile?.specialty ?? null,
        role: p.coordinatorOf.length ? 'coordinator' as const : 'mentor' as const,
      }))
    },

    /** The twin's coordinator names the specialist: one of that hospital's coordinators or mentors, checked now. */
    async assign(who: Who, id: number, specialistId: number) {
      const { r, roles } = await visible(who, id)
      need(roles, 'coordinator')
      const specialist = id32(specialistId) && specialistId !== r.requesterId
        ? await db.user.findFirst({ where: { id: specialistId, ...specialistWhere(r.toHospitalId) }, select: consultRecipientSelect })
        : null
      if (!specialist)
        throw new ForbiddenError('consult-not-specialist', 'the person is no coordinator or mentor of the twin hospital')
      const now = clock()
      await db.$transaction(async (tx) => {
        await transition(tx, id, ['requested', 'declined'], { status: 'assigned', specialistId: specialist.id, assignedAt: now, declineReason: null, slotAt: null })
        await recordAudit(tx, { actorId: who.userId, action: 'consult-assign', entityType: 'consultation', entityId: id, details: { specialistId: specialist.id } })
        await tellOne(tx, specialist, r, 'assigned', now, {}, r.requesterId)
        await tellOne(tx, r.requester, r, 'assigning', now)
      })
    },

    /** Sets the person's own time zone (one of the twin countries' zones, or Kyiv's). */
    async setZone(userId: number, zone: string) {
      if (zone !== 'Europe/Kyiv' && !Object.values(countryZones).flat().includes(zone))
        invalid('zone')
      await db.user.update({ where: { id: userId }, data: { timezone: zone } })
    },

    /** The specialist accepts and proposes the slot: an instant in the future. */
    async accept(who: Who, id: number, slotAt: Date) {
      const { r, roles } = await visible(who, id)
      need(roles, 'specialist')
      const now = clock()
      if (Number.isNaN(slotAt.getTime()) || slotAt <= now)
        throw new ValidationError('consult-slot-past', 'slotAt', 'the slot must be in the future')
      await db.$transaction(async (tx) => {
        await transition(tx, id, ['assigned'], { status: 'scheduled', slotAt }, { specialistId: who.userId })
        await recordAudit(tx, { actorId: who.userId, action: 'consult-accept', entityType: 'consultation', entityId: id, details: { slotAt: slotAt.toISOString() } })
        await tellOne(tx, r.requester, r, 'scheduled', now, slotParam(slotAt))
      })
      return { slotAt: slotAt.toISOString(), requesterZone: r.requester.timezone, zone: r.specialist?.timezone ?? null }
    },

    /** The specialist declines with a reason: the requester and the coordinators are told, who may assign again. */
    async decline(who: Who, id: number, reason: string) {
      const { r, roles } = await visible(who, id)
      need(roles, 'specialist')
      const text = checkText(reason, 'reason')
      const now = clock()
      await db.$transaction(async (tx) => {
        await transition(tx, id, ['assigned'], { status: 'declined', declineReason: text, slotAt: null }, { specialistId: who.userId })
        await recordAudit(tx, { actorId: who.userId, action: 'consult-decline', entityType: 'consultation', entityId: id })
        await tellOne(tx, r.requester, r, 'declined', now, { reason: text }, who.userId)
        await tellCoordinators(tx, r, 'declined', r.requesterId, now, { reason: text })
      })
    },

    /** A message to the other side, kept with the request and relayed by role (never the account). */
    async write(who: Who, id: number, body: string) {
      const { r, roles } = await visible(who, id)
      const side: ConsultSide | null = roles.includes('requester') ? 'requester' : roles.includes('specialist') ? 'specialist' : null
      if (!side)
        throw new ForbiddenError('forbidden', 'only the requester and the specialist write')
      if (!['assigned', 'scheduled', 'done'].includes(r.status) || !r.specialist)
        throw new StateError('consult-state', 'there is nobody on the other side yet')
      const text = checkText(body, 'message')
      const now = clock()
      await db.$transaction(async (tx) => {
        const saved = await tx.consultationMessage.create({ data: { consultationId: id, fromUserId: who.userId, side, text, createdAt: now } })
        await relayMessage(tx, side === 'requester' ? r.specialist : r.requester, r, side, text, saved.id, who.userId, now)
      })
      return { side }
    },

    /** The requester records the outcome: advice received, a follow-up wanted or not, and a 1–5 rating. */
    async complete(who: Who, id: number, result: { outcome: string, followUp: boolean, rating: number }) {
      const { r, roles } = await visible(who, id)
      need(roles, 'requester')
      const outcome = checkText(result.outcome, 'outcome')
      if (!Number.isInteger(result.rating) || result.rating < 1 || result.rating > 5)
        invalid('rating')
      const now = clock()
      if (!r.slotAt || r.slotAt > now)
        throw new StateError('consult-state', 'the consultation has not taken place yet')
      await db.$transaction(async (tx) => {
        await transition(tx, id, ['scheduled'], { status: 'done', outcome, followUp: result.followUp, rating: result.rating, doneAt: now })
        await recordAudit(tx, { actorId: who.userId, action: 'consult-done', entityType: 'consultation', entityId: id, details: { rating: result.rating } })
        await tellOne(tx, r.specialist, r, 'done', now, { followUp: result.followUp ? 'yes' : 'no' })
      })
    },

    /** The requester withdraws an open request; a specialist already named is told. */
    async cancel(who: Who, id: number) {
      const { r, roles } = await visible(who, id)
      need(roles, 'requester')
      const now = clock()
      await db.$transaction(async (tx) => {
        await transition(tx, id, openStatuses, { status: 'cancelled' })
        await recordAudit(tx, { actorId: who.userId, action: 'consult-cancel', entityType: 'consultation', entityId: id })
        if (r.status === 'assigned' || r.status === 'scheduled')
          await tellOne(tx, r.specialist, r, 'cancelled', now)
      })
    },
  }
}

export type Consultations = ReturnType<typeof createConsultations>
