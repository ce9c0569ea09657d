// Joint events for people: the upcoming list, one event with the person's
// place, registration (a seat, else the waitlist), cancelling (the next on the
// waitlist gets the seat, told through the outbox), and the Ministry's counts of
// attendance. Seats are counted under a row lock on the event, so two people
// pressing Register at once never get the same last seat.
import type { Db, Tx } from '../db/client.js'
import type { EventKind, EventRegistrationStatus, EventStatus } from '../generated/prisma/client.js'
import type { Clock } from '../time/clock.js'
import { deadlineParam, enqueue } from '../outbox/enqueue.js'
import { NotFoundError, StateError } from './errors.js'

export const eventKinds = ['conference', 'congress', 'forum', 'training_week', 'workshop', 'seminar', 'experience_exchange'] as const satisfies readonly EventKind[]
export const eventLanguages = ['uk', 'en', 'uk-en'] as const
export type EventLanguage = typeof eventLanguages[number]

/** The Ministry of Health's categories of events, in the order its report lists them. */
export const eventCategories = {
  scientific: ['conference', 'congress', 'forum'],
  educational: ['training_week', 'workshop', 'seminar'],
  exchange: ['experience_exchange'],
} as const satisfies Record<string, readonly EventKind[]>
export type EventCategory = keyof typeof eventCategories

export interface EventHospital { id: number, nameUk: string, nameEn: string, cityUk: string, cityEn: string, country: string }

export interface EventView {
  id: number
  hospitalId: number
  hospital: EventHospital
  kind: EventKind
  titleUk: string
  titleEn: string
  descriptionUk: string
  descriptionEn: string
  /** ISO instant. */
  startsAt: string
  /** YYYY-MM-DD, or null for a one-day event. */
  endsOn: string | null
  place: string | null
  onlineUrl: string | null
  language: string
  seats: number
  status: EventStatus
  registered: number
  waitlisted: number
}

/** The person's place at an event: null when they never registered (or cancelled and left no attendance). */
export interface MyPlace { status: EventRegistrationStatus, attended: boolean, position: number | null }

const hospitalSelect = { id: true, nameUk: true, nameEn: true, cityUk: true, cityEn: true, country: true } as const
export const eventInclude = { hospital: { select: hospitalSelect } } as const

type EventRow = Awaited<ReturnType<Db['event']['findUniqueOrThrow']>> & { hospital: EventHospital }

/** Registered and waitlisted counts of the events, by id. */
export async function placeCounts(db: Db | Tx, ids: number[]) {
  const rows = ids.length
    ? await db.eventRegistration.groupBy({ by: ['eventId', 'status'], where: { eventId: { in: ids }, status: { in: ['registered', 'waitlisted'] } }, _count: { _all: true } })
    : []
  const counts = new Map<number, { registered: number, waitlisted: number }>()
  for (const id of ids)
    counts.set(id, { registered: 0, waitlisted: 0 })
  for (const r of rows)
    counts.get(r.eventId)![r.status as 'registered' | 'waitlisted'] = r._count._all
  return counts
}

export function toEventView(e: EventRow, counts = { registered: 0, waitlisted: 0 }): EventView {
  return {
    id: e.id,
    hospitalId: e.hospitalId,
    hospital: e.hospital,
    kind: e.kind,
    titleUk: e.titleUk,
    titleEn: e.titleEn,
    descriptionUk: e.descriptionUk,
    descriptionEn: e.descriptionEn,
    startsAt: e.startsAt.toISOString(),
    endsOn: e.endsOn ? e.endsOn.toISOString().slice(0, 10) : null,
    place: e.place,
    onlineUrl: e.onlineUrl,
    language: e.language,
    seats: e.seats,
    status: e.status,
    ...counts,
  }
}

/** Locks the event's row for the rest of the transaction: seat counts read after it are the truth. */
export async function lockEvent(tx: Tx, id: number) {
  await tx.$queryRaw`SELECT "id" FROM "Event" WHERE "id" = ${id} FOR UPDATE`
}

/**
 * Gives free seats of an event to the waitlist, oldest first, and tells each
 * promoted person through the outbox. Call it inside a transaction that locked the event.
 */
export async function promoteWaitlist(tx: Tx, eventId: number, now: Date): Promise<number> {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId } })
  if (event.status !== 'open' || event.startsAt <= now)
    return 0
  const taken = await tx.eventRegistration.count({ where: { eventId, status: 'registered' } })
  const free = event.seats - taken
  if (free <= 0)
    return 0
  const next = await tx.eventRegistration.findMany({ where: { eventId, status: 'waitlisted', user: { erasedAt: null } }, orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }], take: free, include: { user: { select: { telegramId: true } } } })
  for (const r of next) {
    await tx.eventRegistration.update({ where: { id: r.id }, data: { status: 'registered' } })
    await enqueue(tx, [{
      chatId: r.user.telegramId,
      userId: r.userId,
      kind: 'event-promoted',
      dedupeKey: `event-promoted:${r.id}:${now.toISOString()}`,
      template: 'events-notice-promoted',
      params: { titleUk: event.titleUk, titleEn: event.titleEn, startsAt: deadlineParam(event.startsAt) },
    }], now)
  }
  return next.length
}

/**
 * The Ministry's counts for a period: attended places at events that started
 * in [from, to), by category, for events organised by the hospitals (null: all).
 */
export async function eventCounts(db: Db, from: Date, to: Date, hospitalIds: number[] | null): Promise<Record<EventCategory, number>> {
  const entries = await Promise.all(Object.entries(eventCategories).map(async ([category, kinds]) => [category, await db.eventRegistration.count({
    where: { attendedAt: { not: null }, event: { kind: { in: [...kinds] }, startsAt: { gte: from, lt: to }, ...(hospitalIds ? { hospitalId: { in: hospitalIds } } : {}) } },
  })] as const))
  return Object.fromEntries(entries) as Record<EventCategory, number>
}

async function positionOf(db: Db | Tx, r: { id: number, eventId: number, status: EventRegistrationStatus, queuedAt: Date }) {
  if (r.status !== 'waitlisted')
    return null
  const ahead = await db.eventRegistration.count({ where: { eventId: r.eventId, status: 'waitlisted', OR: [{ queuedAt: { lt: r.queuedAt } }, { queuedAt: r.queuedAt, id: { lt: r.id } }] } })
  return ahead + 1
}

export function createEvents(db: Db, clock: Clock) {
  /** An event a person may see: open, or one they hold (or held) a place at. */
  async function visible(userId: number, id: number) {
    const e = await db.event.findUnique({ where: { id }, include: eventInclude })
    if (!e || e.status === 'draft')
      throw new NotFoundError('Event')
    const mine = await db.eventRegistration.findUnique({ where: { eventId_userId: { eventId: id, userId } } })
    if (e.status === 'cancelled' && !mine)
      throw new NotFoundError('Event')
    return { e, mine }
  }

  return {
    /** Open events that have not started yet, soonest first, with the person's places among them. */
    async upcoming(userId: number | undefined, now = clock()): Promise<Array<EventView & { mine: EventRegistrationStatus | null }>> {
      const rows = await db.event.findMany({ where: { status: 'open', startsAt: { gt: now } }, include: eventInclude, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], take: 20 })
      const counts = await placeCounts(db, rows.map(r => r.id))
      const mine = userId === undefined ? [] : await db.eventRegistration.findMany({ where: { userId, eventId: { in: rows.map(r => r.id) }, status: { not: 'cancelled' } } })
      return rows.map(r => ({ ...toEventView(r, counts.get(r.id)), mine: mine.find(m => m.eventId === r.id)?.status ?? null }))
    },

    /** Events the person attended or holds a place at (past ones too), for the certificate. */
    async mine(userId: number): Promise<Array<EventView & { mine: MyPlace }>> {
      const regs = await db.eventRegistration.findMany({ where: { userId, OR: [{ status: { not: 'cancelled' } }, { attendedAt: { not: null } }], event: { status: { not: 'draft' } } }, include: { event: { include: eventInclude } }, orderBy: { id: 'desc' }, take: 20 })
      return regs.map(r => ({ ...toEventView(r.event), mine: { status: r.status, attended: r.attendedAt !== null, position: null } }))
    },

    /** One event as a person sees it, with their place. Drafts and unknown ids are NotFound. */
    async view(userId: number, id: number): Promise<{ event: EventView, mine: MyPlace | null }> {
      const { e, mine } = await visible(userId, id)
      const counts = await placeCounts(db, [id])
      const place = mine && (mine.status !== 'cancelled' || mine.attendedAt) ? { status: mine.status, attended: mine.attendedAt !== null, position: await positionOf(db, mine) } : null
      return { event: toEventView(e, counts.get(id)), mine: place }
    },

    /**
     * Registers the person: a seat while there is one, else the waitlist (its
     * position returned). Refuses `event-closed` for a cancelled or started
     * event, and NotFound for a draft or an unknown id. Registering twice changes nothing.
     */
    async register(userId: number, id: number, now = clock()): Promise<MyPlace> {
      await visible(userId, id)
      return db.$transaction(async (tx) => {
        await lockEvent(tx, id)
        const e = await tx.event.findUniqueOrThrow({ where: { id } })
        const current = await tx.eventRegistration.findUnique({ where: { eventId_userId: { eventId: id, userId } } })
        if (current && current.status !== 'cancelled')
          return { status: current.status, attended: current.attendedAt !== null, position: await positionOf(tx, current) }
        if (e.status !== 'open' || e.startsAt <= now)
          throw new StateError('event-closed', 'The event is not open for registration', { status: e.status })
        const taken = await tx.eventRegistration.count({ where: { eventId: id, status: 'registered' } })
        // Nobody jumps the queue: while people wait, a newcomer waits behind them.
        const waiting = await tx.eventRegistration.count({ where: { eventId: id, status: 'waitlisted' } })
        const status = taken < e.seats && waiting === 0 ? 'registered' : 'waitlisted'
        const r = await tx.eventRegistration.upsert({
          where: { eventId_userId: { eventId: id, userId } },
          create: { eventId: id, userId, status, queuedAt: now },
          update: { status, queuedAt: now },
        })
        return { status, attended: false, position: await positionOf(tx, r) }
      })
    },

    /** Gives the person's place up; a freed seat goes to the first on the waitlist. */
    async cancel(userId: number, id: number, now = clock()): Promise<{ promoted: number }> {
      await visible(userId, id)
      return db.$transaction(async (tx) => {
        await lockEvent(tx, id)
        const current = await tx.eventRegistration.findUnique({ where: { eventId_userId: { eventId: id, userId } } })
        if (!current || current.status === 'cancelled')
          throw new StateError('stale', 'No place to cancel')
        const e = await tx.event.findUniqueOrThrow({ where: { id } })
        if (e.startsAt <= now)
          throw new StateError('event-closed', 'The event has started', { status: e.status })
        await tx.eventRegistration.update({ where: { id: current.id }, data: { status: 'cancelled' } })
        return { promoted: current.status === 'registered' ? await promoteWaitlist(tx, id, now) : 0 }
      })
    },
  }
}

/** What /mydata shows of a person's places at events (privacy-export.ts). */
export const eventRegistrationSelect = {
  eventId: true,
  status: true,
  queuedAt: true,
  attendedAt: true,
  certificateCode: true,
  createdAt: true,
  event: { select: { titleUk: true, titleEn: true, kind: true, startsAt: true } },
} as const

/**
 * Erasure: the person's places at events not yet started are given up (the
 * waitlist moves on), and their certificate codes stop verifying; attendance
 * stays, anonymous, for the Ministry's counts.
 */
export async function eraseEventTraces(tx: Tx, userId: number, now: Date) {
  const held = await tx.eventRegistration.findMany({ where: { userId, status: { in: ['registered', 'waitlisted'] }, event: { startsAt: { gt: now } } }, select: { id: true, eventId: true } })
  await tx.eventRegistration.updateMany({ where: { userId }, data: { certificateCode: null } })
  for (const r of held) {
    await lockEvent(tx, r.eventId)
    await tx.eventRegistration.update({ where: { id: r.id }, data: { status: 'cancelled' } })
    await promoteWaitlist(tx, r.eventId, now)
  }
}

export type EventsRepository = ReturnType<typeof createEvents>
