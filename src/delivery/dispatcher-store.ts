// The dispatcher's database side: claim, settle and release outbox rows, each in one short statement.
import type { Db } from '../db/client.js'
import { Prisma } from '../generated/prisma/client.js'
import { defaultTimezone } from '../time/zones.js'

export interface ClaimedRow {
  id: bigint
  chatId: bigint
  userId: number | null
  kind: string
  broadcastId: number | null
  text: string | null
  template: string | null
  params: unknown
  locale: string | null
  replyMarkup: unknown
  parseMode: string | null
  documentFileId: string | null
  quiet: boolean
  attempts: number
  /** Filled after the claim from the recipient's User row. */
  recipientLocale?: string | null
  timezone?: string
}

const claimedColumns = Prisma.sql`id, "chatId", "userId", kind, "broadcastId", text, template, params, locale, "replyMarkup", "parseMode", "documentFileId", quiet, attempts`

/**
 * Claims up to `limit` due rows for `holder`, skipping rows other claimers hold and the chats
 * in `excludeChats` (those the dispatcher has in hand). Two statements, neither with an `OR`
 * over the whole table:
 *  1. rows left in `sending` whose lock ran out (or that have none), whoever locked them: a
 *     dispatcher that crashed or lost its database cannot keep a row. They are few, and found
 *     through the partial index on sending rows;
 *  2. pending rows due by `now`, oldest first, through the partial index on pending rows
 *     (dueAt, id), which stops after `limit`: a few ms whatever the backlog.
 */
export async function claimRows(prisma: Db, holder: string, now: Date, lockedUntil: Date, limit: number, excludeChats: bigint[]): Promise<ClaimedRow[]> {
  const expired = await prisma.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage" SET "lockedBy" = ${holder}, "lockedUntil" = ${lockedUntil}
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE status = 'sending' AND ("lockedUntil" < ${now} OR "lockedUntil" IS NULL)
        AND NOT ("chatId" = ANY(${excludeChats}::bigint[]))
      ORDER BY "dueAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
      AND status = 'sending'
    RETURNING ${claimedColumns}`
  const pending = expired.length >= limit
    ? []
    : await prisma.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage" SET status = 'sending', "lockedBy" = ${holder}, "lockedUntil" = ${lockedUntil}
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE status = 'pending' AND "dueAt" <= ${now}
        AND NOT ("chatId" = ANY(${excludeChats}::bigint[]))
      ORDER BY "dueAt", id
      LIMIT ${limit - expired.length}
      FOR UPDATE SKIP LOCKED)
      AND status = 'pending'
    RETURNING ${claimedColumns}`
  const rows = [...expired, ...pending]
  rows.sort((a, b) => (a.id < b.id ? -1 : 1))
  if (rows.length > 0)
    await attachRecipients(prisma, rows)
  return rows
}

/** A row of a broadcast (or of a publish's alerts followed as one): it may go out as a paid broadcast. */
export function isBroadcastRow(row: Pick<ClaimedRow, 'kind' | 'broadcastId'>): boolean {
  return row.broadcastId != null || row.kind === 'broadcast'
}

// Locale and time zone of each recipient, by userId or else by chat (= Telegram id in private chats).
async function attachRecipients(prisma: Db, rows: ClaimedRow[]) {
  const userIds = [...new Set(rows.flatMap(row => (row.userId ? [row.userId] : [])))]
  const chatIds = [...new Set(rows.map(row => row.chatId))]
  const users = await prisma.user.findMany({
    where: { OR: [{ id: { in: userIds } }, { telegramId: { in: chatIds } }] },
    select: { id: true, telegramId: true, locale: true, timezone: true },
  })
  const byId = new Map(users.map(user => [user.id, user]))
  const byChat = new Map(users.map(user => [user.telegramId, user]))
  for (const row of rows) {
    const user = (row.userId ? byId.get(row.userId) : undefined) ?? byChat.get(row.chatId)
    row.recipientLocale = user?.locale ?? null
    row.timezone = user?.timezone ?? defaultTimezone
  }
}

/**
 * Extends the locks of the rows `holder` has in hand (`ids`, as it holds them in memory). Rows
 * it locked and then lost track of (a failed release) are left to expire and be claimed again.
 */
export async function renewLocks(prisma: Db, holder: string, ids: bigint[], lockedUntil: Date) {
  if (ids.length === 0)
    return
  // SKIP LOCKED: a row being marked sent right now needs no renewal, and waiting for it while
  // that batch waits for another row this statement holds would deadlock.
  await prisma.$executeRaw`
    UPDATE "OutboxMessage" SET "lockedUntil" = ${lockedUntil}
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE id = ANY(${ids}::bigint[]) AND "lockedBy" = ${holder} AND status = 'sending'
      ORDER BY id
      FOR UPDATE SKIP LOCKED)`
}

/** Marks a row sent, right after Telegram accepted it; an earlier attempt's error no longer applies. */
export async function markSent(prisma: Db, id: bigint, holder: string, messageId: number, at: Date) {
  await prisma.outboxMessage.updateMany({
    where: { id, lockedBy: holder, status: 'sending' },
    data: { status: 'sent', sentAt: at, messageId: BigInt(messageId), lastError: null, lockedBy: null, lockedUntil: null },
  })
}

/** Marks many rows sent in one statement (rows Telegram accepted within a few ms of each other). */
export async function markSentMany(prisma: Db, holder: string, rows: Array<{ id: bigint, messageId: number, at: Date }>) {
  if (rows.length === 0)
    return
  const ids = rows.map(row => row.id)
  const messageIds = rows.map(row => BigInt(row.messageId))
  // Prisma keeps DateTime as UTC in timestamp(3): the ISO text cast drops its Z.
  const ats = rows.map(row => row.at.toISOString())
  // Rows locked in id order, as every other multi-row write here, so two writes never deadlock.
  await prisma.$executeRaw`
    UPDATE "OutboxMessage" AS o
    SET status = 'sent', "sentAt" = v.at, "messageId" = v.mid, "lastError" = NULL, "lockedBy" = NULL, "lockedUntil" = NULL
    FROM unnest(${ids}::bigint[], ${messageIds}::bigint[], ${ats}::timestamp(3)[]) AS v(id, mid, at)
    WHERE o.id = v.id AND o.id IN (
      SELECT id FROM "OutboxMessage" WHERE id = ANY(${ids}::bigint[]) AND "lockedBy" = ${holder} AND status = 'sending' ORDER BY id FOR UPDATE)`
}

/** Puts rows back in the queue, due at `dueAt` (or unchanged), optionally counting a failed attempt. */
export async function requeue(prisma: Db, ids: bigint[], holder: string, options: { dueAt?: Date, error?: string, countAttempt?: boolean } = {}) {
  if (ids.length === 0)
    return
  await prisma.outboxMessage.updateMany({
    where: { id: { in: ids }, lockedBy: holder, status: 'sending' },
    data: {
      status: 'pending',
      lockedBy: null,
      lockedUntil: null,
      ...(options.dueAt ? { dueAt: options.dueAt } : {}),
      ...(options.error ? { lastError: options.error } : {}),
      ...(options.countAttempt ? { attempts: { increment: 1 } } : {}),
    },
  })
}

/** Gives up on a row. */
export async function markFailed(prisma: Db, id: bigint, holder: string, error: string, countAttempt: boolean) {
  await prisma.outboxMessage.updateMany({
    where: { id, lockedBy: holder, status: 'sending' },
    data: { status: 'failed', lastError: error, lockedBy: null, lockedUntil: null, ...(countAttempt ? { attempts: { increment: 1 } } : {}) },
  })
}

/** The chat blocked the bot or is gone: fail this row, cancel the chat's others, mark the person unreachable, stop their alerts. */
export async function markUnreachable(prisma: Db, row: ClaimedRow, holder: string, error: string, at: Date) {
  const person = { OR: [...(row.userId ? [{ id: row.userId }] : []), { telegramId: row.chatId }] }
  await prisma.$transaction([
    prisma.outboxMessage.updateMany({
      where: { id: row.id, lockedBy: holder, status: 'sending' },
      data: { status: 'failed', lastError: error, lockedBy: null, lockedUntil: null },
    }),
    prisma.outboxMessage.updateMany({
      where: { chatId: row.chatId, OR: [{ status: 'pending' }, { status: 'sending', lockedBy: holder }] },
      data: { status: 'cancelled', lastError: 'recipient unreachable', lockedBy: null, lockedUntil: null },
    }),
    prisma.user.updateMany({ where: { ...person, reachable: true }, data: { reachable: false, unreachableAt: at } }),
    prisma.subscription.updateMany({ where: { user: person }, data: { active: false } }),
  ])
}

/** Returns every row `holder` still holds to the queue (on stop), but for `keep` (rows sent and not yet marked). */
export async function releaseAll(prisma: Db, holder: string, keep: bigint[] = []) {
  await prisma.outboxMessage.updateMany({
    where: { lockedBy: holder, status: 'sending', ...(keep.length > 0 ? { id: { notIn: keep } } : {}) },
    data: { status: 'pending', lockedBy: null, lockedUntil: null },
  })
}
