// The placement as the host manages it: a host coordinator (one whose scope
// covers the placement's host hospital, or an administrator) lists the
// placements of their hospitals, adjusts dates and department, names the
// mentor and invites them with a one-time link; the person gives their arrival
// details before the start, and the host sees the arrivals of the coming days.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import type { PlacementSummary } from './placements.js'
import { dayParam, enqueue } from '../outbox/enqueue.js'
import { todayIn, zonedTime } from '../time/zones.js'
import { coordinatesHospital, hospitalScope } from './access.js'
import { recordAudit } from './audit.js'
import { ForbiddenError, NotFoundError, StateError, ValidationError } from './errors.js'
import { createInviteRepository } from './invites.js'
import { tellMentorNamed } from './mentor-notice.js'
import { day } from './opportunities.js'
import { phaseOf } from './placements.js'

export const transports = ['plane', 'train', 'bus', 'car', 'other'] as const
export type Transport = typeof transports[number]
export const departmentLimit = 120
export const mentorNameLimit = 100
export const mentorPositionLimit = 100
export const transportNoteLimit = 200
/** How far ahead `/arrivals` looks, in days. */
export const arrivalsWindowDays = 14

/** One placement as the host coordinator sees it (plain JSON: safe inside conversations). */
/** A placement as its host coordinator sees it: the person's summary of it, and what the host keeps. */
export interface PlacementCard extends PlacementSummary {
  person: string
  username: string | null
  country: string
  department: string | null
  mentorName: string | null
  mentorPosition: string | null
  mentorContact: string | null
  /** The mentor opened their invite. */
  mentorLinked: boolean
  /** ISO instant, or null. */
  arrivalAt: string | null
  arrivalTransport: Transport | null
  arrivalNote: string | null
}

export interface MentorInput { name: string, position: string, contact: string | null }

const include = { user: true, application: { include: { opportunity: { include: { hostHospital: true } } } } } as const

/** `plane` or `plane: the note`, as Placement.arrivalTransport keeps it. */
export function encodeTransport(kind: Transport, note: string | null): string {
  return note ? `${kind}: ${note}` : kind
}

export function decodeTransport(value: string | null): { kind: Transport, note: string | null } | null {
  if (!value)
    return null
  const [head, ...rest] = value.split(': ')
  const kind = (transports as readonly string[]).includes(head) ? head as Transport : 'other'
  const note = rest.length ? rest.join(': ') : kind === head ? null : value
  return { kind, note }
}

/** A Telegram contact as people type it: @name, t.me/name or a phone number; normalized, or null when it is none. */
export function readContact(text: string): string | null {
  const value = text.trim()
  const user = value.match(/^(?:@|(?:https?:\/\/)?t\.me\/)([a-z]\w{3,31})$/i)
  if (user)
    return `@${user[1]}`
  if (/^\+?[\d ()-]{7,20}$/.test(value) && value.replace(/\D/g, '').length >= 7)
    return value.replace(/[^\d+]/g, '')
  return null
}

/** A time of day typed as HH:MM (or H.MM): [hour, minute], or null. */
export function readTime(text: string): [number, number] | null {
  const m = text.trim().match(/^([01]?\d|2[0-3])[:.]([0-5]\d)$/)
  return m ? [Number(m[1]), Number(m[2])] : null
}

function personName(u: { firstName: string | null, lastName: string | null, username: string | null, telegramId: bigint }) {
  return [u.firstName, u.lastName].filter(Boolean).join(' ') || u.username || String(u.telegramId)
}

function card(row: any, today: string): PlacementCard {
  const o = row.application.opportunity
  const h = o.hostHospital
  const startsOn = day(row.startsOn)
  const endsOn = day(row.endsOn)
  const transport = decodeTransport(row.arrivalTransport)
  return {
    id: row.id,
    person: personName(row.user),
    username: row.user.username,
    titleUk: o.titleUk,
    titleEn: o.titleEn,
    hospitalUk: h.nameUk,
    hospitalEn: h.nameEn,
    cityUk: h.cityUk,
    cityEn: h.cityEn,
    country: h.country,
    startsOn,
    endsOn,
    phase: phaseOf(startsOn, endsOn, today),
    department: row.department,
    mentorName: row.mentorName,
    mentorPosition: row.mentorPosition,
    mentorContact: row.mentorContact,
    mentorLinked: row.mentorUserId != null,
    arrivalAt: row.arrivalAt ? row.arrivalAt.toISOString() : null,
    arrivalTransport: transport?.kind ?? null,
    arrivalNote: transport?.note ?? null,
  }
}

/** Whole days from one YYYY-MM-DD to another. */
function daysFrom(from: string, to: string) {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
}

export function createPlacementAdmin(db: Db, clock: Clock, timezone: string) {
  const invites = createInviteRepository(db, clock)

  /** A placement the rights coordinate at its host; NotFound for none, not-yours for another hospital's. */
  async function hosted(rights: Rights, id: number) {
    const row = await db.placement.findFirst({ where: { id, status: { not: 'cancelled' } }, include })
    if (!row)
      throw new NotFoundError('placement')
    if (!coordinatesHospital(rights, row.application.opportunity.hostHospitalId))
      throw new ForbiddenError('not-yours', 'This placement is at another hospital')
    return row
  }

  const scopeWhere = (rights: Rights) => {
    const scope = hospitalScope(rights)
    return { status: { not: 'cancelled' as const }, ...(scope === 'all' ? {} : { application: { opportunity: { hostHospitalId: { in: scope } } } }) }
  }

  return {
    /** The placements of the hospitals the rights cover: upcoming and active first (soonest first), then finished (latest first). */
    async list(rights: Rights, now = clock()): Promise<PlacementCard[]> {
      const today = todayIn(timezone, now)
      const rows = await db.placement.findMany({ where: scopeWhere(rights), include, orderBy: [{ startsOn: 'asc' }, { id: 'asc' }], take: 200 })
      const cards = rows.map(row => card(row, today))
      const current = cards.filter(c => c.phase !== 'finished')
      const finished = cards.filter(c => c.phase === 'finished').sort((a, b) => b.endsOn.localeCompare(a.endsOn) || b.id - a.id)
      return [...current, ...finished]
    },

    /** One placement's card, for its host coordinators only. */
    async card(rights: Rights, id: number, now = clock()): Promise<PlacementCard> {
      return card(await hosted(rights, id), todayIn(timezone, now))
    },

    /** New dates (the last day after the first); the person is told. */
    async setDates(actorId: number, rights: Rights, id: number, startsOn: string, endsOn: string, now = clock()): Promise<PlacementCard> {
      const row = await hosted(rights, id)
      if (!(endsOn > startsOn))
        throw new ValidationError('placement-dates', 'endsOn', 'The last day must be after the first')
      await db.$transaction(async (tx) => {
        await tx.placement.update({ where: { id }, data: { startsOn: new Date(`${startsOn}T00:00:00Z`), endsOn: new Date(`${endsOn}T00:00:00Z`) } })
        await recordAudit(tx, { actorId, action: 'placement-dates', entityType: 'placement', entityId: id, details: { from: [day(row.startsOn), day(row.endsOn)], to: [startsOn, endsOn] } })
        await enqueue(tx, [{
          chatId: row.user.telegramId,
          userId: row.userId,
          kind: 'placement-dates',
          dedupeKey: `placement-dates:${id}:${startsOn}:${endsOn}`,
          template: 'padm-notify-dates',
          params: { from: dayParam(startsOn), to: dayParam(endsOn) },
          locale: row.user.locale ?? 'uk',
        }], now)
      })
      return this.card(rights, id, now)
    },

    /** The department at the host (up to 120 characters). */
    async setDepartment(actorId: number, rights: Rights, id: number, department: string, now = clock()): Promise<PlacementCard> {
      await hosted(rights, id)
      const value = department.trim()
      if (!value || value.length > departmentLimit)
        throw new ValidationError('placement-field', 'department', 'The department is empty or too long')
      await db.$transaction(async (tx) => {
        await tx.placement.update({ where: { id }, data: { department: value } })
        await recordAudit(tx, { actorId, action: 'placement-department', entityType: 'placement', entityId: id })
      })
      return this.card(rights, id, now)
    },

    /**
     * Names the mentor. Another name than before unlinks the mentor who opened
     * an invite, and revokes the open mentor invites of the placement: the new
     * mentor needs their own. The person is told who their mentor is.
     */
    async setMentor(actorId: number, rights: Rights, id: number, input: MentorInput, now = clock()): Promise<PlacementCard> {
      const row = await hosted(rights, id)
      const name = input.name.trim()
      const position = input.position.trim()
      const contact = input.contact === null ? null : readContact(input.contact)
      if (!name || name.length > mentorNameLimit || !position || position.length > mentorPositionLimit || (input.contact !== null && contact === null))
        throw new ValidationError('placement-field', 'mentor', 'The mentor\'s name, position or contact is not valid')
      const another = row.mentorName !== null && row.mentorName !== name
      await db.$transaction(async (tx) => {
        await tx.placement.update({ where: { id }, data: { mentorName: name, mentorPosition: position, mentorContact: contact, ...(another ? { mentorUserId: null } : {}) } })
        if (another)
          await tx.coordinatorInvite.updateMany({ where: { placementId: id, role: 'mentor', usedAt: null, revokedAt: null }, data: { revokedAt: now } })
        await recordAudit(tx, { actorId, action: 'placement-mentor', entityType: 'placement', entityId: id, details: { unlinked: another && row.mentorUserId !== null } })
        await tellMentorNamed(tx, id, now)
      })
      return this.card(rights, id, now)
    },

    /** A one-time link that makes its opener the placement's mentor (`?start=c<token>`). */
    async inviteMentor(actorId: number, rights: Rights, id: number, now = clock()): Promise<string> {
      await hosted(rights, id)
      return invites.createInvite(actorId, { kind: 'mentor', placementIds: [id] }, now)
    },

    /** The cards of placements a mentor was just given (by their invite; no rights asked). */
    async mentored(placementIds: number[], now = clock()): Promise<PlacementCard[]> {
      const rows = await db.placement.findMany({ where: { id: { in: placementIds } }, include, orderBy: { id: 'asc' } })
      return rows.map(row => card(row, todayIn(timezone, now)))
    },

    /** Arrivals at the hospitals the rights cover from now to 14 days ahead, soonest first. */
    async arrivals(rights: Rights, now = clock()): Promise<PlacementCard[]> {
      const until = new Date(now.getTime() + arrivalsWindowDays * 86_400_000)
      const rows = await db.placement.findMany({
        where: { ...scopeWhere(rights), arrivalAt: { gte: now, lte: until } },
        include,
        orderBy: [{ arrivalAt: 'asc' }, { id: 'asc' }],
        take: 100,
      })
      const today = todayIn(timezone, now)
      return rows.map(row => card(row, today))
    },

    /** The person's own placement as the host keeps it (department, mentor, arrival), with the days to go. */
    async forPerson(userId: number, id: number, now = clock()) {
      const row = await db.placement.findFirst({ where: { id, userId, status: { not: 'cancelled' } }, include })
      if (!row)
        throw new NotFoundError('placement')
      const zone = row.user.timezone
      const today = todayIn(zone, now)
      const c = card(row, today)
      const days = c.phase === 'upcoming' ? daysFrom(today, c.startsOn) : c.phase === 'active' ? daysFrom(today, c.endsOn) : 0
      return { ...c, zone, today, days, canGiveArrival: c.phase === 'upcoming' }
    },

    /**
     * The person's arrival (a local day and time in their zone, stored as an
     * instant) and transport; only before the start, on a day from today to the last day.
     */
    async setArrival(userId: number, id: number, input: { day: string, hour: number, minute: number, zone: string, transport: Transport, note: string | null }, now = clock()): Promise<void> {
      const row = await db.placement.findFirst({ where: { id, userId, status: { not: 'cancelled' } } })
      if (!row)
        throw new NotFoundError('placement')
      const today = todayIn(input.zone, now)
      if (today >= day(row.startsOn))
        throw new StateError('placement-started', 'Arrival details are given before the start')
      const note = input.note?.trim() || null
      if (input.day < today || input.day > day(row.endsOn) || !transports.includes(input.transport) || (note && note.length > transportNoteLimit))
        throw new ValidationError('arrival-invalid', 'arrivalAt', 'The arrival is not between today and the last day')
      const [y, m, d] = input.day.split('-').map(Number)
      const arrivalAt = zonedTime(input.zone, y, m, d, input.hour, input.minute)
      await db.placement.update({ where: { id }, data: { arrivalAt, arrivalTransport: encodeTransport(input.transport, note) } })
    },
  }
}

export type PlacementAdmin = ReturnType<typeof createPlacementAdmin>
