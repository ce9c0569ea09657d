// Internships as coordinators manage them: drafts created from /new, edited
// field by field, published (with alerts to matching subscribers), closed,
// reopened and copied. Every change is checked against the host hospital.
import type { Db } from '../db/client.js'
import type { Audience, OpportunityFormat } from '../generated/prisma/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import type { ScheduleProblem } from './schedule.js'
import { defaultTimezone as programmeTimezone, todayIn, zonedTime } from '../time/zones.js'
import { coordinatesHospital, hospitalScope } from './access.js'
import { recordAudit } from './audit.js'
import { ForbiddenError, NotFoundError, StateError, ValidationError } from './errors.js'
import { day } from './opportunities.js'
import { enqueueAlerts } from './publish-alerts.js'
import { checkSchedule, checkScheduleChange } from './schedule.js'

export interface DraftInput {
  hostHospitalId: number
  titleUk: string
  titleEn: string
  descriptionUk: string
  descriptionEn: string
  specialty: string
  audience: Audience
  format: OpportunityFormat
  /** YYYY-MM-DD */
  startsOn: string
  endsOn: string
  deadline: string
  seats: number
  languageRequirement: string | null
}

export interface OpportunityView extends Omit<DraftInput, 'specialty'> {
  id: number
  status: 'draft' | 'open' | 'closed'
  specialties: string[]
}

export const editableFields = ['titleUk', 'titleEn', 'descriptionUk', 'descriptionEn', 'seats', 'startsOn', 'endsOn', 'deadline', 'languageRequirement'] as const
export type EditableField = typeof editableFields[number]

/** A deadline day (YYYY-MM-DD) ends at 23:59 in the programme's zone, summer time or not. */
export function deadlineAt(date: string, zone = programmeTimezone): Date {
  const [year, month, day] = date.split('-').map(Number)
  return zonedTime(zone, year, month, day, 23, 59)
}

function toView(o: any): OpportunityView {
  return {
    id: o.id,
    status: o.status,
    hostHospitalId: o.hostHospitalId,
    titleUk: o.titleUk,
    titleEn: o.titleEn,
    descriptionUk: o.descriptionUk,
    descriptionEn: o.descriptionEn,
    specialties: o.specialties,
    audience: o.audience,
    format: o.format,
    startsOn: day(o.startsOn),
    endsOn: day(o.endsOn),
    deadline: day(o.applicationDeadline),
    seats: o.seats,
    languageRequirement: o.languageRequirement,
  }
}

const scheduleMessages: Record<string, string> = {
  'invalid-start': 'The first day must be after today',
  'invalid-end': 'The end date must be after the start date',
  'invalid-deadline': 'The application deadline must be before the start date',
  'invalid-deadline-past': 'The application deadline must not be in the past',
}

function refuseSchedule(problem: ScheduleProblem | null) {
  if (problem)
    throw new ValidationError(problem.code, problem.field, scheduleMessages[problem.code] ?? problem.code)
}

function checkSeats(seats: unknown) {
  if (!Number.isInteger(seats) || (seats as number) < 1)
    throw new ValidationError('invalid-seats', 'seats', 'Seats must be a positive whole number')
}

const dateFields = ['startsOn', 'endsOn', 'deadline'] as const

/** `timezone` is the programme's zone, whose day "today" is for the schedule rules. */
export function createOpportunityAdmin(db: Db, clock: Clock, timezone = programmeTimezone) {
  async function load(rights: Rights, id: number) {
    const o = await db.opportunity.findUnique({ where: { id } })
    if (!o)
      throw new NotFoundError('Opportunity')
    if (!coordinatesHospital(rights, o.hostHospitalId))
      throw new ForbiddenError('not-yours', 'The internship belongs to another hospital')
    return o
  }

  async function loadIn(rights: Rights, id: number, from: string[]) {
    const o = await load(rights, id)
    if (!from.includes(o.status))
      throw new StateError('wrong-status', `The internship is ${o.status}`, { status: o.status })
    return o
  }

  return {
    /** The internships a coordinator may manage, newest first. */
    async list(rights: Rights): Promise<OpportunityView[]> {
      const scope = hospitalScope(rights)
      const rows = await db.opportunity.findMany({ where: scope === 'all' ? {} : { hostHospitalId: { in: scope } }, orderBy: { id: 'desc' }, take: 30 })
      return rows.map(toView)
    },

    async get(rights: Rights, id: number): Promise<OpportunityView> {
      return toView(await load(rights, id))
    },

    /**
     * Saves a new draft from /new. Throws ForbiddenError `not-yours` for a
     * hospital outside the rights, and ValidationError when the dates break a
     * schedule rule (see `checkSchedule`) or the seats are not a positive whole number.
     */
    async createDraft(actorId: number, rights: Rights, input: DraftInput, now = clock()): Promise<OpportunityView> {
      if (!coordinatesHospital(rights, input.hostHospitalId))
        throw new ForbiddenError('not-yours', 'The hospital is not the coordinator\'s')
      refuseSchedule(checkSchedule(input, todayIn(timezone, now)))
      checkSeats(input.seats)
      return db.$transaction(async (tx) => {
        const { specialty, deadline, startsOn, endsOn, ...rest } = input
        const o = await tx.opportunity.create({
          data: { ...rest, specialties: [specialty], startsOn: new Date(startsOn), endsOn: new Date(endsOn), applicationDeadline: deadlineAt(deadline, timezone), status: 'draft', createdById: actorId },
        })
        await recordAudit(tx, { actorId, action: 'opportunity-create', entityType: 'opportunity', entityId: o.id })
        return toView(o)
      })
    },

    /**
     * Changes one field of a draft. A date is checked against the other dates
     * and today (`checkScheduleChange`), seats must be a positive whole number:
     * a broken rule throws ValidationError and nothing is saved.
     */
    async editDraft(actorId: number, rights: Rights, id: number, field: EditableField, value: string | number | null, now = clock()): Promise<OpportunityView> {
      const o = await load(rights, id)
      if (o.status !== 'draft')
        throw new StateError('wrong-status', 'Only drafts can be edited', { status: o.status })
      if ((dateFields as readonly string[]).includes(field))
        refuseSchedule(checkScheduleChange(toView(o), field as typeof dateFields[number], String(value), todayIn(timezone, now)))
      if (field === 'seats')
        checkSeats(value)
      const data = field === 'deadline'
        ? { applicationDeadline: deadlineAt(String(value), timezone) }
        : field === 'startsOn' || field === 'endsOn'
          ? { [field]: new Date(String(value)) }
          : { [field]: value }
      return db.$transaction(async (tx) => {
        const updated = await tx.opportunity.update({ where: { id }, data })
        await recordAudit(tx, { actorId, action: 'opportunity-edit', entityType: 'opportunity', entityId: id, details: { field } })
        return toView(updated)
      })
    },

    /**
     * Publishes a draft (or reopens a closed internship) and alerts matching
     * subscribers once each. `link` is the deep link of the internship's card.
     */
    async publish(actorId: number, rights: Rights, id: number, link: string, now = clock()): Promise<{ view: OpportunityView, alerts: number }> {
      const o = await loadIn(rights, id, ['draft', 'closed'])
      return db.$transaction(async (tx) => {
        const updated = await tx.opportunity.update({ where: { id }, data: { status: 'open', publishedAt: o.publishedAt ?? now, closedAt: null } })
        const hospital = await tx.hospital.findUniqueOrThrow({ where: { id: o.hostHospitalId } })
        const alerts = await enqueueAlerts(tx, updated, hospital, link, now)
        await recordAudit(tx, { actorId, action: o.status === 'draft' ? 'opportunity-publish' : 'opportunity-reopen', entityType: 'opportunity', entityId: id, details: { alerts } })
        return { view: toView(updated), alerts }
      })
    },

    /**
     * Follows the alerts of a publish in a status message, as a broadcast's: the
     * alert rows enqueued at `at` become the rows of a report the dispatcher's
     * progress job edits into the message (sent / blocked / left). Returns how
     * many rows it follows (none: no report).
     */
    async reportAlerts(actorId: number, rights: Rights, id: number, at: Date, status: { chatId: number, messageId: number }): Promise<number> {
      await load(rights, id)
      return db.$transaction(async (tx) => {
        const where = { kind: 'opportunity-alert', dedupeKey: { startsWith: `alert:${id}:` }, broadcastId: null, dueAt: { gte: at } }
        const total = await tx.outboxMessage.count({ where })
        if (total === 0)
          return 0
        const report = await tx.broadcast.create({
          data: { createdById: actorId, text: '', opportunityId: id, audience: { alerts: true }, status: 'sending', total, statusChatId: BigInt(status.chatId), statusMessageId: BigInt(status.messageId) },
        })
        await tx.outboxMessage.updateMany({ where, data: { broadcastId: report.id } })
        return total
      })
    },

    async close(actorId: number, rights: Rights, id: number, now = clock()): Promise<OpportunityView> {
      await loadIn(rights, id, ['open'])
      return db.$transaction(async (tx) => {
        const updated = await tx.opportunity.update({ where: { id }, data: { status: 'closed', closedAt: now } })
        await recordAudit(tx, { actorId, action: 'opportunity-close', entityType: 'opportunity', entityId: id })
        return toView(updated)
      })
    },

    /** Copies an internship into a new draft of the same hospital. */
    async copy(actorId: number, rights: Rights, id: number): Promise<OpportunityView> {
      const o = await load(rights, id)
      return db.$transaction(async (tx) => {
        const { id: _, slug: __, status: ___, publishedAt: ____, closedAt: _____, createdAt: ______, updatedAt: _______, ...fields } = o
        const copy = await tx.opportunity.create({ data: { ...fields, status: 'draft', copiedFromId: id, createdById: actorId } })
        await recordAudit(tx, { actorId, action: 'opportunity-copy', entityType: 'opportunity', entityId: copy.id, details: { from: id } })
        return toView(copy)
      })
    },
  }
}
