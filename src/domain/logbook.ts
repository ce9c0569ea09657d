// The logbook of a placement: entries (a case, a procedure with the person's
// role, a skill, teaching attended, a reflection), who may see them, and the
// mentor's review. Who sees a placement's entries: the person, the placement's
// mentor (Placement.mentorUserId), the coordinators of its host hospital and
// administrators; nobody else, whatever a button says.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import { dayParam, enqueue } from '../outbox/enqueue.js'
import { daysBetween, todayIn } from '../time/zones.js'
import { coordinatesHospital } from './access.js'
import { NotFoundError, StateError, ValidationError } from './errors.js'
import { day } from './opportunities.js'
import { isSpecialty } from './specialties.js'

export const logbookKinds = ['case', 'procedure', 'skill', 'teaching', 'reflection'] as const
export type LogbookKind = typeof logbookKinds[number]
export const procedureRoles = ['observed', 'assisted', 'performed'] as const
export type ProcedureRoleCode = typeof procedureRoles[number]
export const reviewStates = ['pending', 'confirmed', 'returned'] as const
export type ReviewState = typeof reviewStates[number]
/** The longest entry text, and the longest note a mentor returns an entry with. */
export const maxEntryText = 2000
export const maxReviewNote = 500

/** Why someone sees a placement's logbook. */
export type Viewer = 'owner' | 'mentor' | 'coordinator'
export interface Who { userId: number, rights: Rights }

export interface EntryInput {
  kind: LogbookKind
  procedureRole?: ProcedureRoleCode | null
  specialty: string
  day: string
  text: string
  photoFileId?: string | null
}

export interface EntryRecord {
  id: number
  placementId: number
  kind: LogbookKind
  procedureRole: ProcedureRoleCode | null
  specialty: string | null
  day: string
  /** Week of the placement, from 1. */
  week: number
  text: string
  photoFileId: string | null
  review: ReviewState
  reviewNote: string | null
  reviewedAt: string | null
}

export interface LogbookPlacement {
  id: number
  personName: string
  titleUk: string
  titleEn: string
  startsOn: string
  endsOn: string
  /** The specialty entries default to: the internship's first, else the person's. */
  specialty: string
}

export interface Logbook {
  placement: LogbookPlacement
  viewer: Viewer
  entries: EntryRecord[]
  counts: Record<LogbookKind, number>
  reviews: Record<ReviewState, number>
}

export interface QueueItem extends EntryRecord { personName: string }

const placementInclude = {
  user: { select: { id: true, firstName: true, lastName: true, profile: { select: { fullName: true, specialty: true } } } },
  application: { select: { opportunity: { select: { titleUk: true, titleEn: true, specialties: true, hostHospitalId: true } } } },
} as const

interface PlacementRow {
  id: number
  userId: number
  mentorUserId: number | null
  startsOn: Date
  endsOn: Date
  user: { firstName: string | null, lastName: string | null, profile: { fullName: string | null, specialty: string | null } | null }
  application: { opportunity: { titleUk: string, titleEn: string, specialties: string[], hostHospitalId: number } }
}

export function personName(user: PlacementRow['user']): string {
  return user.profile?.fullName || [user.firstName, user.lastName].filter(Boolean).join(' ') || '—'
}

function placementOf(row: PlacementRow): LogbookPlacement {
  const o = row.application.opportunity
  const specialty = [...o.specialties, row.user.profile?.specialty].find(s => s && isSpecialty(s)) ?? 'other'
  return { id: row.id, personName: personName(row.user), titleUk: o.titleUk, titleEn: o.titleEn, startsOn: day(row.startsOn), endsOn: day(row.endsOn), specialty }
}

/** Who the viewer is to the placement, or null: the person, its mentor, a coordinator of its host hospital (or an admin). */
export function viewerOf(row: { userId: number, mentorUserId: number | null, application: { opportunity: { hostHospitalId: number } } }, who: Who): Viewer | null {
  if (row.userId === who.userId)
    return 'owner'
  if (row.mentorUserId !== null && row.mentorUserId === who.userId)
    return 'mentor'
  return coordinatesHospital(who.rights, row.application.opportunity.hostHospitalId) ? 'coordinator' : null
}

interface EntryRow { id: number, placementId: number, kind: string, procedureRole: string | null, specialty: string | null, happenedOn: Date | null, createdAt: Date, text: string, photoFileId: string | null, review: string, reviewNote: string | null, reviewedAt: Date | null }

function entryOf(row: EntryRow, startsOn: Date): EntryRecord {
  const on = row.happenedOn ?? new Date(`${day(row.createdAt)}T00:00:00Z`)
  return {
    id: row.id,
    placementId: row.placementId,
    kind: row.kind as LogbookKind,
    procedureRole: row.procedureRole as ProcedureRoleCode | null,
    specialty: row.specialty,
    day: day(on),
    week: Math.max(1, Math.floor(daysBetween(startsOn, on) / 7) + 1),
    text: row.text,
    photoFileId: row.photoFileId,
    review: row.review as ReviewState,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
  }
}

const byDay = (a: EntryRecord, b: EntryRecord) => a.day.localeCompare(b.day) || a.id - b.id

/** Checks an entry's text: trimmed, not empty, at most 2000 characters. */
function entryText(text: string) {
  const value = text.trim()
  if (!value || value.length > maxEntryText)
    throw new ValidationError('entry-text', 'text', 'entry text is empty or too long', { max: maxEntryText })
  return value
}

export function createLogbook(db: Db, clock: Clock, timezone: string) {
  const entryMissing = () => new NotFoundError('entry', 'entry-not-found')

  async function placementRow(placementId: number): Promise<PlacementRow | null> {
    return db.placement.findFirst({ where: { id: placementId, status: { not: 'cancelled' } }, include: placementInclude })
  }

  /** The placement and who the viewer is to it; the same refusal for a missing one and someone else's. */
  async function seen(who: Who, placementId: number) {
    const row = await placementRow(placementId)
    const viewer = row && viewerOf(row, who)
    if (!row || !viewer)
      throw entryMissing()
    return { row, viewer }
  }

  async function entryRow(entryId: number) {
    return db.portfolioEntry.findUnique({ where: { id: entryId } })
  }

  return {
    /** What the entry flow starts from, for the person's own placement. */
    async entryStart(userId: number, placementId: number): Promise<LogbookPlacement & { entryCount: number, today: string }> {
      const row = await placementRow(placementId)
      if (!row || row.userId !== userId)
        throw entryMissing()
      const entryCount = await db.portfolioEntry.count({ where: { placementId } })
      return { ...placementOf(row), entryCount, today: todayIn(timezone, clock()) }
    },

    /** Adds an entry to the person's own placement: a day from its start up to today. */
    async add(userId: number, placementId: number, input: EntryInput): Promise<EntryRecord> {
      const row = await placementRow(placementId)
      if (!row || row.userId !== userId)
        throw entryMissing()
      if (!logbookKinds.includes(input.kind))
        throw new ValidationError('profile-unknown-value', 'kind', 'unknown entry kind')
      const role = input.kind === 'procedure' ? input.procedureRole ?? null : null
      if (input.kind === 'procedure' && (!role || !procedureRoles.includes(role)))
        throw new ValidationError('profile-unknown-value', 'procedureRole', 'a procedure needs a role')
      if (!isSpecialty(input.specialty))
        throw new ValidationError('profile-unknown-value', 'specialty', 'unknown specialty')
      const text = entryText(input.text)
      const today = todayIn(timezone, clock())
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.day) || input.day < day(row.startsOn) || input.day > today)
        throw new ValidationError('entry-date', 'day', 'entry date outside the placement so far')
      const entry = await db.portfolioEntry.create({
        data: { placementId, kind: input.kind, procedureRole: role, specialty: input.specialty, happenedOn: new Date(`${input.day}T00:00:00Z`), text, photoFileId: input.photoFileId ?? null, createdAt: clock() },
      })
      return entryOf(entry, row.startsOn)
    },

    /** The person's placements with a logbook (not cancelled), earliest first. */
    async ownPlacements(userId: number): Promise<LogbookPlacement[]> {
      const rows = await db.placement.findMany({ where: { userId, status: { not: 'cancelled' } }, include: placementInclude, orderBy: [{ startsOn: 'asc' }, { id: 'asc' }] })
      return rows.map(placementOf)
    },

    /** A placement's logbook, for whoever may see it. */
    async logbook(who: Who, placementId: number): Promise<Logbook> {
      const { row, viewer } = await seen(who, placementId)
      const rows = await db.portfolioEntry.findMany({ where: { placementId } })
      const entries = rows.map(e => entryOf(e, row.startsOn)).sort(byDay)
      const counts = Object.fromEntries(logbookKinds.map(k => [k, entries.filter(e => e.kind === k).length])) as Record<LogbookKind, number>
      const reviews = Object.fromEntries(reviewStates.map(s => [s, entries.filter(e => e.review === s).length])) as Record<ReviewState, number>
      return { placement: placementOf(row), viewer, entries, counts, reviews }
    },

    /** One entry, for whoever may see its placement's logbook. */
    async entry(who: Who, entryId: number): Promise<{ entry: EntryRecord, viewer: Viewer, placement: LogbookPlacement }> {
      const entry = await entryRow(entryId)
      if (!entry)
        throw entryMissing()
      const { row, viewer } = await seen(who, entry.placementId)
      return { entry: entryOf(entry, row.startsOn), viewer, placement: placementOf(row) }
    },

    /** The person changes the text of their entry; a reviewed entry goes back to the mentor (pending). */
    async editText(userId: number, entryId: number, text: string): Promise<EntryRecord> {
      const entry = await entryRow(entryId)
      const row = entry && await placementRow(entry.placementId)
      if (!entry || !row || row.userId !== userId)
        throw entryMissing()
      const updated = await db.portfolioEntry.update({
        where: { id: entryId },
        data: { text: entryText(text), review: 'pending', reviewNote: null, reviewedById: null, reviewedAt: null },
      })
      return entryOf(updated, row.startsOn)
    },

    /** The person deletes their entry. */
    async remove(userId: number, entryId: number): Promise<{ placementId: number }> {
      const entry = await entryRow(entryId)
      const row = entry && await placementRow(entry.placementId)
      if (!entry || !row || row.userId !== userId)
        throw entryMissing()
      await db.portfolioEntry.delete({ where: { id: entryId } })
      return { placementId: row.id }
    },

    /** True when the user is the placement's mentor. */
    async isMentorOf(userId: number, placementId: number): Promise<boolean> {
      return (await db.placement.count({ where: { id: placementId, mentorUserId: userId, status: { not: 'cancelled' } } })) > 0
    },

    /** The entries of the people a mentor mentors: pending first, then the newest. */
    async mentorQueue(mentorId: number): Promise<{ mentees: number, items: QueueItem[] }> {
      const rows = await db.placement.findMany({ where: { mentorUserId: mentorId, status: { not: 'cancelled' } }, include: { ...placementInclude, entries: true } })
      const rank = (s: ReviewState) => s === 'pending' ? 0 : s === 'returned' ? 1 : 2
      const items = rows.flatMap(row => row.entries.map(e => ({ ...entryOf(e, row.startsOn), personName: personName(row.user) })))
        .sort((a, b) => rank(a.review) - rank(b.review) || (a.review === 'pending' ? byDay(a, b) : byDay(b, a)))
      return { mentees: rows.length, items }
    },

    /**
     * The mentor confirms a pending entry, or returns it with a note. The
     * person is told through the outbox, in their language, in the same
     * transaction. Only the placement's mentor may; an entry already reviewed
     * (or changed meanwhile) is refused.
     */
    async review(mentorId: number, entryId: number, decision: 'confirmed' | 'returned', note?: string): Promise<EntryRecord> {
      const entry = await entryRow(entryId)
      const row = entry && await db.placement.findFirst({
        where: { id: entry.placementId, status: { not: 'cancelled' } },
        include: { ...placementInclude, user: { select: { ...placementInclude.user.select, telegramId: true, locale: true } }, mentor: { select: { firstName: true, lastName: true } } },
      })
      if (!entry || !row || row.mentorUserId !== mentorId)
        throw entryMissing()
      const reviewNote = decision === 'returned' ? (note ?? '').trim() : null
      if (decision === 'returned' && (!reviewNote || reviewNote.length > maxReviewNote))
        throw new ValidationError('entry-text', 'note', 'a return needs a short note', { max: maxReviewNote })
      const now = clock()
      const mentorName = row.mentorName || [row.mentor?.firstName, row.mentor?.lastName].filter(Boolean).join(' ') || '—'
      const updated = await db.$transaction(async (tx) => {
        const changed = await tx.portfolioEntry.updateMany({ where: { id: entryId, review: 'pending', text: entry.text }, data: { review: decision, reviewNote, reviewedById: mentorId, reviewedAt: now } })
        if (changed.count === 0)
          throw new StateError('entry-reviewed', 'entry is not pending')
        const on = entry.happenedOn ?? entry.createdAt
        await enqueue(tx, [{
          chatId: row.user.telegramId,
          userId: row.userId,
          kind: `logbook-entry-${decision}`,
          dedupeKey: `logbook-review:${entryId}:${now.toISOString()}`,
          template: decision === 'confirmed' ? 'logbook-notice-confirmed' : 'logbook-notice-returned',
          params: { kind: entry.kind, day: dayParam(on), excerpt: entry.text.length > 80 ? `${entry.text.slice(0, 79)}…` : entry.text, mentor: mentorName, ...(reviewNote ? { note: reviewNote } : {}) },
          locale: row.user.locale ?? 'uk',
        }], now)
        return tx.portfolioEntry.findUniqueOrThrow({ where: { id: entryId } })
      })
      return entryOf(updated, row.startsOn)
    },
  }
}
