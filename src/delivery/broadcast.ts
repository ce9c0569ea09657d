// Broadcasts: the audience resolved once into outbox rows, and the report read back from them.
import type { Db } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import { enqueue } from '../outbox/enqueue.js'

export interface BroadcastReport { total: number, sent: number, blocked: number, failed: number, left: number }

const pageSize = 1000

export interface ResolveOptions {
  /** The same buttons for everyone (when `message` is not given). */
  replyMarkup?: object
  /** The text and buttons for a recipient's locale (an attached card, a localized button). */
  message?: (locale: string | null) => { text: string, replyMarkup?: object }
  pageSize?: number
}

/**
 * Writes one outbox row per recipient of the broadcast, the people `where`
 * selects (the domain's audience rules decide who; dedupe key
 * `broadcast:<id>:<userId>`), page by page, never capping the audience, due at `now`.
 * Safe to run again after a crash. Returns the broadcast's total rows.
 */
export async function resolveBroadcast(prisma: Db, broadcastId: number, where: Prisma.UserWhereInput, now: Date, options: ResolveOptions = {}): Promise<number> {
  const take = options.pageSize ?? pageSize
  const broadcast = await prisma.broadcast.findUniqueOrThrow({ where: { id: broadcastId } })
  const message = options.message ?? (() => ({ text: broadcast.text, replyMarkup: options.replyMarkup }))
  let cursor = 0
  for (;;) {
    const users = await prisma.user.findMany({ where: { AND: [where, { id: { gt: cursor } }] }, select: { id: true, telegramId: true, locale: true }, orderBy: { id: 'asc' }, take })
    await enqueue(prisma, users.map(user => ({
      chatId: user.telegramId,
      userId: user.id,
      kind: 'broadcast',
      ...message(user.locale),
      dedupeKey: `broadcast:${broadcast.id}:${user.id}`,
      broadcastId: broadcast.id,
    })), now)
    if (users.length < take)
      break
    cursor = users[users.length - 1].id
  }
  const total = await prisma.outboxMessage.count({ where: { broadcastId } })
  await prisma.broadcast.update({ where: { id: broadcastId }, data: { total, status: total > 0 ? 'sending' : 'done', ...(total === 0 ? { finishedAt: now } : {}) } })
  return total
}

/** Counts from the broadcast's outbox rows: blocked = cancelled, or failed because the chat blocked the bot or is gone. */
export async function broadcastReport(prisma: Db, broadcastId: number): Promise<BroadcastReport> {
  const [row] = await prisma.$queryRaw<Array<Record<keyof BroadcastReport, bigint>>>`
    SELECT count(*) AS total,
      count(*) FILTER (WHERE status = 'sent') AS sent,
      count(*) FILTER (WHERE status = 'cancelled' OR (status = 'failed' AND ("lastError" LIKE '403:%' OR "lastError" ILIKE '%chat not found%'))) AS blocked,
      count(*) FILTER (WHERE status = 'failed' AND NOT ("lastError" LIKE '403:%' OR "lastError" ILIKE '%chat not found%')) AS failed,
      count(*) FILTER (WHERE status IN ('pending', 'sending')) AS "left"
    FROM "OutboxMessage" WHERE "broadcastId" = ${broadcastId}`
  return { total: Number(row.total), sent: Number(row.sent), blocked: Number(row.blocked), failed: Number(row.failed), left: Number(row.left) }
}
