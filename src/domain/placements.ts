// A person's placements (made when an offer is accepted): the pre-departure
// checklist, the learning portfolio, its document and the feedback at the end.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import { NotFoundError } from './errors.js'
import { day } from './opportunities.js'

export const checklistKeys = ['visa', 'insurance', 'travel', 'accommodation', 'documents'] as const
export type ChecklistKey = typeof checklistKeys[number]
export const entryKinds = ['case', 'procedure', 'skill', 'reflection'] as const
export type EntryKind = typeof entryKinds[number]
/** The longest portfolio entry or feedback, in characters. */
export const maxEntryLength = 2000

export type PlacementPhase = 'upcoming' | 'active' | 'finished'

export interface PlacementSummary {
  id: number
  titleUk: string
  titleEn: string
  hospitalUk: string
  hospitalEn: string
  cityUk: string
  cityEn: string
  startsOn: string
  endsOn: string
  phase: PlacementPhase
}

export interface PlacementDetail extends PlacementSummary {
  feedback: string | null
  counts: Record<EntryKind, number>
}

export interface ChecklistItemRecord { key: ChecklistKey, done: boolean }

const include = { application: { include: { opportunity: { include: { hostHospital: true } } } } } as const

/** Where a placement stands on a given day (dates inclusive, UTC days). */
export function phaseOf(startsOn: string, endsOn: string, today: string): PlacementPhase {
  return today < startsOn ? 'upcoming' : today > endsOn ? 'finished' : 'active'
}

function summary(row: any, today: string): PlacementSummary {
  const o = row.application.opportunity
  const startsOn = day(row.startsOn)
  const endsOn = day(row.endsOn)
  return {
    id: row.id,
    titleUk: o.titleUk,
    titleEn: o.titleEn,
    hospitalUk: o.hostHospital.nameUk,
    hospitalEn: o.hostHospital.nameEn,
    cityUk: o.hostHospital.cityUk,
    cityEn: o.hostHospital.cityEn,
    startsOn,
    endsOn,
    phase: phaseOf(startsOn, endsOn, today),
  }
}

export function createPlacementRepository(db: Db, clock: Clock) {
  async function own(userId: number, id: number) {
    const row = await db.placement.findFirst({ where: { id, userId, status: { not: 'cancelled' } }, include })
    if (!row)
      throw new NotFoundError('placement')
    return row
  }

  return {
    /** The person's placements (not cancelled), earliest first. */
    async listForUser(userId: number, now = clock()): Promise<PlacementSummary[]> {
      const rows = await db.placement.findMany({ where: { userId, status: { not: 'cancelled' } }, include, orderBy: [{ startsOn: 'asc' }, { id: 'asc' }] })
      return rows.map(row => summary(row, day(now)))
    },

    /** One of the person's own placements with entry counts; NotFoundError for anyone else's. */
    async get(userId: number, id: number, now = clock()): Promise<PlacementDetail> {
      const row = await own(userId, id)
      const groups = await db.portfolioEntry.groupBy({ by: ['kind'], where: { placementId: id }, _count: { _all: true } })
      const counts = Object.fromEntries(entryKinds.map(k => [k, groups.find(g => g.kind === k)?._count._all ?? 0])) as Record<EntryKind, number>
      return { ...summary(row, day(now)), feedback: row.feedback, counts }
    },

    /** The checklist of an own placement, created with the default items the first time. */
    async ensureChecklist(userId: number, id: number): Promise<ChecklistItemRecord[]> {
      await own(userId, id)
      await db.checklistItem.createMany({ data: checklistKeys.map(key => ({ placementId: id, key })), skipDuplicates: true })
      const items = await db.checklistItem.findMany({ where: { placementId: id, key: { in: [...checklistKeys] } } })
      return checklistKeys.map(key => ({ key, done: items.find(i => i.key === key)?.doneAt != null }))
    },

    /** Ticks or unticks one checklist item; returns the whole checklist. */
    async toggleChecklist(userId: number, id: number, key: ChecklistKey): Promise<ChecklistItemRecord[]> {
      if (!checklistKeys.includes(key))
        throw new NotFoundError('checklist item')
      await this.ensureChecklist(userId, id)
      const item = await db.checklistItem.findUniqueOrThrow({ where: { placementId_key: { placementId: id, key } } })
      await db.checklistItem.update({ where: { id: item.id }, data: { doneAt: item.doneAt ? null : clock() } })
      return this.ensureChecklist(userId, id)
    },

    /** Adds a portfolio entry to an own placement. */
    async addEntry(userId: number, id: number, kind: EntryKind, text: string): Promise<{ id: number }> {
      await own(userId, id)
      // Its date is printed in the portfolio: the clock's day, not the database's.
      const entry = await db.portfolioEntry.create({ data: { placementId: id, kind, text: text.slice(0, maxEntryLength), createdAt: clock() } })
      return { id: entry.id }
    },

    /** Saves (or replaces) the person's feedback on an own placement. */
    async setFeedback(userId: number, id: number, text: string): Promise<void> {
      await own(userId, id)
      await db.placement.update({ where: { id }, data: { feedback: text.slice(0, maxEntryLength) } })
    },
  }
}
