// The inbox's database side. Each function is one statement: the insert on the
// way in, and on the way out one statement that marks the worker's last update
// done and claims its next (so handling costs one round trip per update).
import type { Update } from 'grammy/types'
import type { Db } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'

export interface InboxRow {
  updateId: number
  chatKey: string
  update: Update
  /** This claim's number: 1 on the first. */
  attempts: number
}

export type Outcome = 'ok' | 'error' | 'gave-up'

export interface Settled {
  updateId: number
  outcome: Outcome
  error?: string
}

/** Whose updates are handled in order: the chat's, else the sender's (as grammY's sequentialize keyed them). */
export function chatKeyOf(update: Update): string {
  const payload = Object.values(update).find(value => value && typeof value === 'object') as
    { chat?: { id: number }, message?: { chat?: { id: number } }, from?: { id: number }, user?: { id: number } } | undefined
  const chat = payload?.chat?.id ?? payload?.message?.chat?.id
  const from = payload?.from?.id ?? payload?.user?.id
  return chat !== undefined ? String(chat) : from !== undefined ? String(from) : `update:${update.update_id}`
}

/** Writes updates; one already there (a redelivery) is left alone. Returns how many were new. One statement. */
export async function insertUpdates(prisma: Db, updates: Update[], now: Date): Promise<number> {
  if (updates.length === 0)
    return 0
  const { count } = await prisma.inboxUpdate.createMany({
    data: updates.map(update => ({ updateId: BigInt(update.update_id), chatKey: chatKeyOf(update), update: update as unknown as Prisma.InputJsonValue, receivedAt: now, dueAt: now })),
    skipDuplicates: true,
  })
  return count
}

/**
 * Marks `settled` (rows `holder` holds) done and claims up to `limit` more, in one statement.
 * A row is claimable when it is not done, due, not leased (or its lease ran out: its holder
 * crashed), and no earlier row of its chat is still not done: so one chat is in one worker's
 * hands at a time, across instances, and its updates go oldest first. The rows settled in
 * this statement count as done for that, if they were still `holder`'s.
 */
export async function settleAndClaim(prisma: Db, holder: string, settled: Settled[], limit: number, now: Date, lockedUntil: Date): Promise<InboxRow[]> {
  const done = JSON.stringify(settled.map(row => ({ id: row.updateId, outcome: row.outcome, error: row.error?.slice(0, 500) ?? null })))
  // A chat's first pending row is found by an index probe per candidate (a scalar subquery,
  // not an anti-join the planner may turn into a scan of every pending row), and candidates
  // come from the (done, updateId) index in order: the claim reads a handful of index entries.
  const rows = await prisma.$queryRaw<Array<{ updateId: bigint, chatKey: string, update: unknown, attempts: number }>>`
    WITH settled AS (
      UPDATE "InboxUpdate" AS s SET done = true, "doneAt" = ${now}, outcome = d.outcome, "lastError" = d.error, "lockedBy" = NULL, "lockedUntil" = NULL
      FROM jsonb_to_recordset(${done}::jsonb) AS d(id bigint, outcome text, error text)
      WHERE s."updateId" = d.id AND s."lockedBy" = ${holder} AND s.done = false
      RETURNING s."updateId"
    ), claimed AS (
      UPDATE "InboxUpdate" SET "lockedBy" = ${holder}, "lockedUntil" = ${lockedUntil}, attempts = attempts + 1
      WHERE "updateId" IN (
        SELECT i."updateId" FROM "InboxUpdate" i
        WHERE i.done = false AND i."dueAt" <= ${now} AND (i."lockedUntil" IS NULL OR i."lockedUntil" < ${now})
          AND i."updateId" NOT IN (SELECT "updateId" FROM settled)
          AND i."updateId" = (
            SELECT e."updateId" FROM "InboxUpdate" e
            WHERE e."chatKey" = i."chatKey" AND e.done = false AND e."updateId" NOT IN (SELECT "updateId" FROM settled)
            ORDER BY e."updateId" LIMIT 1)
        ORDER BY i."updateId"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING "updateId", "chatKey", "update", attempts
    )
    SELECT "updateId", "chatKey", "update", attempts FROM claimed`
  return rows.map(row => ({
    updateId: Number(row.updateId),
    chatKey: row.chatKey,
    update: (typeof row.update === 'string' ? JSON.parse(row.update) : row.update) as Update,
    attempts: Number(row.attempts),
  })).sort((a, b) => a.updateId - b.updateId)
}

/** Puts a row `holder` holds back, due at `dueAt`, with the error that stopped it (a database failure). */
export async function retryLater(prisma: Db, holder: string, updateId: number, dueAt: Date, error: string) {
  await prisma.inboxUpdate.updateMany({
    where: { updateId: BigInt(updateId), lockedBy: holder, done: false },
    data: { lockedBy: null, lockedUntil: null, dueAt, lastError: error.slice(0, 500) },
  })
}

/** Extends the leases of the rows `holder` has in hand. */
export async function renewLeases(prisma: Db, holder: string, updateIds: number[], lockedUntil: Date) {
  if (updateIds.length === 0)
    return
  await prisma.inboxUpdate.updateMany({ where: { updateId: { in: updateIds.map(BigInt) }, lockedBy: holder, done: false }, data: { lockedUntil } })
}

/** Gives back every row `holder` still holds (on stop), for any instance to take at once. */
export async function releaseLeases(prisma: Db, holder: string) {
  await prisma.inboxUpdate.updateMany({ where: { lockedBy: holder, done: false }, data: { lockedBy: null, lockedUntil: null } })
}

/** Rows not yet done, and the receive time of the oldest of them (for /metrics). One statement. */
export async function inboxDepth(prisma: Db): Promise<{ pending: number, oldest: Date | null }> {
  // Seconds since the epoch (the column holds UTC): no driver's idea of a time zone in between.
  const [row] = await prisma.$queryRaw<Array<{ pending: bigint, oldest: number | null }>>`
    SELECT count(*) AS pending, EXTRACT(EPOCH FROM min("receivedAt"))::float8 AS oldest FROM "InboxUpdate" WHERE done = false`
  return { pending: Number(row?.pending ?? 0), oldest: row?.oldest == null ? null : new Date(Number(row.oldest) * 1000) }
}
