// Which reminder stage is due: stage T covers the window (next lower stage, T] of days left.
import type { Db } from '../db/client.js'

export const dayMs = 86_400_000
export const pageSize = 500

/** The stage whose window holds `daysLeft`, for stages in descending order (e.g. [3, 1]). */
export function reminderStage(daysLeft: number, stages: number[]): number | undefined {
  for (let i = 0; i < stages.length; i++) {
    const lower = stages[i + 1] ?? 0
    if (daysLeft > lower && daysLeft <= stages[i])
      return stages[i]
  }
  return undefined
}

/** Reads a query page by page (by ascending id), never all at once. */
export async function* paged<T extends { id: number }>(fetch: (cursor: number, take: number) => Promise<T[]>): AsyncGenerator<T[]> {
  let cursor = 0
  for (;;) {
    const page = await fetch(cursor, pageSize)
    if (page.length === 0)
      return
    yield page
    if (page.length < pageSize)
      return
    cursor = page[page.length - 1].id
  }
}

/** A person who may be messaged. */
export const reachable = { reachable: true, erasedAt: null }
export const recipientSelect = { id: true, telegramId: true, timezone: true } as const

/** A reminder at `now`; `zone` is the programme's (config `TZ`), where its calendar days begin. */
export type ReminderFn = (prisma: Db, now: Date, zone?: string) => Promise<number>
