// Joint events as coordinators manage them: a draft from /newevent, published,
// cancelled (everyone holding a place is told), and attendance marked after the
// start. Every change is checked against the organising hospital at commit time.
import type { Db } from '../db/client.js'
import type { EventKind } from '../generated/prisma/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import type { EventHospital, EventLanguage, EventView } from './events.js'
import { deadlineParam, enqueue } from '../outbox/enqueue.js'
import { defaultTimezone, todayIn } from '../time/zones.js'
import { coordinatesHospital, hospitalScope } from './access.js'
import { recordAudit } from './audit.js'
import { ForbiddenError, NotFoundError, StateError, ValidationError } from './errors.js'
import { eventInclude, eventKinds, eventLanguages, lockEvent, placeCounts, toEventView } from './events.js'

export const eventLimits = { title: 120, description: 1500, place: 200, url: 300, seats: 2000 }

export interface EventInput {
  hospitalId: number
  kind: EventKind
  titleUk: string
  titleEn: string
  descriptionUk: string
  descriptionEn: string
  /** ISO instant. */
  startsAt: string
  /** YYYY-MM-DD, the last day; null for a one-day event. */
  endsOn: string | null
  place: string | null
  onlineUrl: string | null
  language: EventLanguage
  seats: number
}

/** What a draft's edit may change (the dates stay: a draft with other dates is a new draft). */
export const editableEventFields = ['titleUk', 'titleEn', 'descriptionUk', 'descriptionEn', 'place', 'onlineUrl', 'seats'] as const
export type EditableEventField = typeof editableEventFields[number]

export interface Attendee { registrationId: number, name: string, attended: boolean }

/** An online link people can open: http(s), no spaces, within the limit. */
export function isEventUrl(text: string): boolean {
  return text.length <= eventLimits.url && /^https?:\/\/[^\s/$.?#]\S*$/i.test(text)
}

/**
 * The rules of an event's description: it starts after `now`, ends on or after
 * its first day (`startDay`, in the programme's zone), has a place or a link,
 * and a positive number of seats. Throws ValidationError.
 */
export function checkEventInput(input: EventInput, startDay: string, now: Date) {
  const long = (['titleUk', 'titleEn'] as const).some(f => !input[f].trim() || input[f].length > eventLimits.title)
    || (['descriptionUk', 'descriptionEn'] as const).some(f => !input[f].trim() || input[f].length > eventLimits.description)
    || (input.place?.length ?? 0) > eventLimits.place
  if (long)
    throw new ValidationError('event-text', 'text', 'A title or description is empty or too long')
  if (!(eventKinds as readonly string[]).includes(input.kind) || !(eventLanguages as readonly string[]).includes(input.language))
    throw new ValidationError('event-text', 'kind', 'Unknown kind or language')
  if (!(new Date(input.startsAt).getTime() > now.getTime()))
    throw new ValidationError('event-start-past', 'startsAt', 'The event must start in the future')
  if (input.endsOn !== null && input.endsOn < startDay)
    throw new ValidationError('event-end', 'endsOn', 'The last day must not be before the first')
  if (!input.place && !input.onlineUrl)
    throw new ValidationError('event-place', 'place', 'An event needs a place or an online link')
  if (input.onlineUrl && !isEventUrl(input.onlineUrl))
    throw new ValidationError('event-url', 'onlineUrl', 'The online link must start with https://')
  if (!Number.isInteger(input.seats) || input.seats < 1 || input.seats > eventLimits.seats)
    throw new ValidationError('invalid-seats', 'seats', 'Seats must be a positive whole number')
}

/** A person's name as staff and certificates show it: the profile's full name, else Telegram's. */
export function personName(u: { firstName: string | null, lastName: string | null, username: string | null, telegramId: bigint, profile: { fullName: string | null } | null }) {
  return u.profile?.fullName?.trim() || [u.firstName, u.lastName].filter(Boolean).join(' ') || u.username || String(u.telegramId)
}

export function createEventsAdmin(db: Db, clock: Clock, timezone = defaultTimezone) {
  async function load(rights: Rights, id: number) {
    const e = await db.event.findUnique({ where: { id }, include: eventInclude })
    if (!e)
      throw new NotFoundError('Event')
    if (!coordinatesHospital(rights, e.hospitalId))
      throw new ForbiddenError('not-yours', 'The event belongs to another hospital')
    return e
  }

  async function view(rights: Rights, id: number): Promise<EventView> {
    const e = await load(rights, id)
    return toEventView(e, (await placeCounts(db, [id])).get(id))
  }

  return {
    get: view,

    /** The hospitals the coordinator may organise events for, by name. */
    async organisers(rights: Rights): Promise<EventHospital[]> {
      const scope = hospitalScope(rights)
      return db.hospital.findMany({ where: scope === 'all' ? {} : { id: { in: scope } }, select: { id: true, nameUk: true, nameEn: true, cityUk: true, cityEn: true, country: true }, orderBy: { nameEn: 'asc' }, take: 200 })
    },

    /** The events of the coordinator's hospitals, soonest first; cancelled ones and those long past are left out. */
    async list(rights: Rights, now = clock()): Promise<EventView[]> {
      const scope = hospitalScope(rights)
      const rows = await db.event.findMany({
        where: { status: { not: 'cancelled' }, startsAt: { gt: new Date(now.getTime() - 30 * 86_400_000) }, ...(scope === 'all' ? {} : { hospitalId: { in: scope } }) },
        include: eventInclude,
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        take: 30,
      })
      const counts = await placeCounts(db, rows.map(r => r.id))
      return rows.map(r => toEventView(r, counts.get(r.id)))
    },

    /** Saves a draft. Throws `not-yours` for another hospital, ValidationError for a broken rule (checkEventInput). */
    async createDraft(actorId: number, rights: Rights, input: EventInput, startDay: string, now = clock()): Promise<EventView> {
      if (!coordinatesHospital(rights, input.hospitalId))
        throw new ForbiddenError('not-yours', 'The hospital is not the coordinator\'s')
      checkEventInput(input, startDay, now)
      return db.$transaction(async (tx) => {
        const { startsAt, endsOn, ...rest } = input
        const e = await tx.event.create({ data: { ...rest, startsAt: new Date(startsAt), endsOn: endsOn ? new Date(endsOn) : null, status: 'draft', createdById: actorId }, include: eventInclude })
        await recordAudit(tx, { actorId, action: 'event-create', entityType: 'event', entityId: e.id })
        return toEventView(e)
      })
    },

    /**
     * Changes one field of a draft, checked with the rest as at its creation
     * (checkEventInput): a broken rule throws ValidationError, nothing is saved.
     */
    async editDraft(actorId: number, rights: Rights, id: number, field: EditableEventField, value: string | number | null, now = clock()): Promise<EventView> {
      const e = await load(rights, id)
      if (e.status !== 'draft')
        throw new StateError('wrong-status', 'Only drafts can be edited', { status: e.status })
      if (!(editableEventFields as readonly string[]).includes(field))
        throw new StateError('stale', 'Not an editable field')
      const current: EventInput = { ...toEventView(e), language: e.language as EventLanguage }
      checkEventInput({ ...current, [field]: value }, todayIn(timezone, e.startsAt), now)
      await db.$transaction(async (tx) => {
        await tx.event.update({ where: { id }, data: { [field]: value } })
        await recordAudit(tx, { actorId, action: 'event-edit', entityType: 'event', entityId: id, details: { field } })
      })
      return view(rights, id)
    },

    /** Publishes a draft that has not started yet: people see it in /events. */
    async publish(actorId: number, rights: Rights, id: number, now = clock()): Promise<EventView> {
      const e = await load(rights, id)
      if (e.status !== 'draft')
        throw new StateError('wrong-status', `The event is ${e.status}`, { status: e.status })
      if (e.startsAt <= now)
        throw new ValidationError('event-start-past', 'startsAt', 'The event has already started')
      await db.$transaction(async (tx) => {
        await tx.event.update({ where: { id }, data: { status: 'open', publishedAt: now } })
        await recordAudit(tx, { actorId, action: 'event-publish', entityType: 'event', entityId: id })
      })
      return view(rights, id)
    },

    /** Cancels a draft or an open event; everyone registered or waitlisted is told through the outbox. Returns how many. */
    async cancel(actorId: number, rights: Rights, id: number, now = clock()): Promise<number> {
      const e = await load(rights, id)
      if (e.status === 'cancelled')
        throw new StateError('wrong-status', 'The event is cancelled', { status: e.status })
      return db.$transaction(async (tx) => {
        await lockEvent(tx, id)
        await tx.event.update({ where: { id }, data: { status: 'cancelled', cancelledAt: now } })
        const held = await tx.eventRegistration.findMany({ where: { eventId: id, status: { in: ['registered', 'waitlisted'] }, user: { erasedAt: null } }, include: { user: { select: { telegramId: true } } } })
        await enqueue(tx, held.map(r => ({
          chatId: r.user.telegramId,
          userId: r.userId,
          kind: 'event-cancelled',
          dedupeKey: `event-cancelled:${r.id}`,
          template: 'events-notice-cancelled',
          params: { titleUk: e.titleUk, titleEn: e.titleEn, startsAt: deadlineParam(e.startsAt) },
        })), now)
        await recordAudit(tx, { actorId, action: 'event-cancel', entityType: 'event', entityId: id, details: { told: held.length } })
        return held.length
      })
    },

    /** The people holding a seat, with their attendance, for marking it. */
    async attendees(rights: Rights, id: number): Promise<Attendee[]> {
      await load(rights, id)
      const regs = await db.eventRegistration.findMany({
        where: { eventId: id, status: 'registered' },
        include: { user: { select: { firstName: true, lastName: true, username: true, telegramId: true, profile: { select: { fullName: true } } } } },
        orderBy: { id: 'asc' },
        take: 90,
      })
      return regs.map(r => ({ registrationId: r.id, name: personName(r.user), attended: r.attendedAt !== null }))
    },

    /**
     * Marks one registered person as attended, or takes the mark back (a
     * toggle), from the event's start on. The registration's event decides the
     * rights, never the caller.
     */
    async toggleAttendance(actorId: number, rights: Rights, registrationId: number, now = clock()): Promise<{ eventId: number, attended: boolean }> {
      const r = await db.eventRegistration.findUnique({ where: { id: registrationId } })
      if (!r)
        throw new NotFoundError('Registration')
      const e = await load(rights, r.eventId)
      if (e.status !== 'open' || r.status !== 'registered')
        throw new StateError('stale', 'Only a registered person at an open event can attend')
      if (e.startsAt > now)
        throw new StateError('event-not-started', 'Attendance is marked from the start of the event')
      const attended = r.attendedAt === null
      await db.$transaction(async (tx) => {
        await tx.eventRegistration.update({ where: { id: registrationId }, data: { attendedAt: attended ? now : null } })
        await recordAudit(tx, { actorId, action: attended ? 'event-attended' : 'event-unattended', entityType: 'event', entityId: r.eventId, details: { registrationId } })
      })
      return { eventId: r.eventId, attended }
    },
  }
}

export type EventsAdmin = ReturnType<typeof createEventsAdmin>
