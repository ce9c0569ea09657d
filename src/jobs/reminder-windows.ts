// Which reminder stage is due: stage T covers the window (next lower stage, T] of days left.
import type { Db } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'

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

/**
 * Reads the rows of `from` (aliased `x`, with a `userId`) that `where` selects
 * and whose person may be messaged, page by page by ascending id: each page is
 * one indexed statement (the person is checked by EXISTS on their key, not by
 * reading every person), then `fetch` loads that page's details by id.
 */
export async function* pagedDue<T>(prisma: Db, from: Prisma.Sql, where: Prisma.Sql, fetch: (ids: number[]) => Promise<T[]>): AsyncGenerator<T[]> {
  let cursor = 0
  for (;;) {
    const rows = await prisma.$queryRaw<Array<{ id: number }>>`
      SELECT x.id FROM ${from}
      WHERE x.id > ${cursor}::int AND (${where})
        AND EXISTS (SELECT 1 FROM "User" u WHERE u.id = x."userId" AND u.reachable AND u."erasedAt" IS NULL)
      ORDER BY x.id LIMIT ${pageSize}::int`
    if (rows.length === 0)
      return
    yield await fetch(rows.map(r => r.id))
    if (rows.length < pageSize)
      return
    cursor = rows[rows.length - 1].id
  }
}

/** A person who may be messaged. */
export const reachable = { reachable: true, erasedAt: null }
export const recipientSelect = { id: true, telegramId: true, timezone: true } as const

/** A reminder at `now`; `zone` is the programme's (config `TZ`), where its calendar days begin. */
export type ReminderFn = (prisma: Db, now: Date, zone?: string) => Promise<number>
