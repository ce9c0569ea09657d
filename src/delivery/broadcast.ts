// Broadcasts: the audience resolved once into outbox rows, and the report read back from them.
import type { Db, Tx } from '../db/client.js'
import { Prisma } from '../generated/prisma/client.js'

export interface BroadcastReport { total: number, sent: number, blocked: number, failed: number, left: number }

/** People per statement: a range of user ids, so each page is one indexed INSERT … SELECT. */
const pageSize = 20_000

export interface ResolveOptions {
  /** The same buttons for everyone (when `message` is not given). */
  replyMarkup?: object
  /** The text and buttons for a recipient's locale (an attached card, a localized button). */
  message?: (locale: string | null) => { text: string, replyMarkup?: object }
  /** User ids per statement. */
  pageSize?: number
}

/**
 * The text and buttons per recipient locale as a SQL table `m(locale, text, markup)`,
 * one row per locale the people have ('' for none): the rows are written by the
 * database, the client only renders one message per locale.
 */
export async function localeMessages(prisma: Db | Tx, message: (locale: string | null) => { text: string, replyMarkup?: object }): Promise<Prisma.Sql> {
  const locales = await prisma.$queryRaw<Array<{ locale: string }>>`SELECT DISTINCT coalesce(locale, '') AS locale FROM "User"`
  const rows = [{ locale: '' }, ...locales.filter(l => l.locale !== '')].map(({ locale }) => {
    const m = message(locale || null)
    return Prisma.sql`(${locale}::text, ${m.text}::text, ${m.replyMarkup ? JSON.stringify(m.replyMarkup) : null}::jsonb)`
  })
  return Prisma.sql`(VALUES ${Prisma.join(rows)}) AS m(locale, text, markup)`
}

/** The range of user ids (first > last when there is nobody), for paging bulk statements by id. */
export async function userIdRange(prisma: Db | Tx): Promise<{ first: number, last: number }> {
  const [row] = await prisma.$queryRaw<Array<{ first: number | null, last: number | null }>>`SELECT min(id) AS first, max(id) AS last FROM "User"`
  return row?.first == null || row.last == null ? { first: 1, last: 0 } : { first: Number(row.first), last: Number(row.last) }
}

/**
 * Writes one outbox row per recipient of the broadcast, the people `audience`
 * selects (a `FROM … WHERE …` clause over `"User" u` built by the domain's
 * audience rules, src/domain/audience.ts: `audienceFrom`), as INSERT … SELECT
 * statements over ranges of user ids: no person goes through the client.
 * Dedupe key `broadcast:<id>:<userId>` (ON CONFLICT DO NOTHING), never capping
 * the audience, due at `now`. Safe to run again after a crash. Returns the broadcast's total rows.
 */
export async function resolveBroadcast(prisma: Db, broadcastId: number, audience: Prisma.Sql, now: Date, options: ResolveOptions = {}): Promise<number> {
  const step = options.pageSize ?? pageSize
  const broadcast = await prisma.broadcast.findUniqueOrThrow({ where: { id: broadcastId } })
  const message = options.message ?? (() => ({ text: broadcast.text, replyMarkup: options.replyMarkup }))
  const messages = await localeMessages(prisma, message)
  const fallback = message(null)
  const { first, last } = await userIdRange(prisma)
  for (let from = first; from <= last; from += step) {
    await prisma.$executeRaw`
      INSERT INTO "OutboxMessage" ("chatId", "userId", kind, "dedupeKey", text, "replyMarkup", "parseMode", "dueAt", quiet, "broadcastId")
      SELECT r."telegramId", r.id, 'broadcast', ${`broadcast:${broadcast.id}:`} || r.id, coalesce(m.text, ${fallback.text}),
        coalesce(m.markup, ${fallback.replyMarkup ? JSON.stringify(fallback.replyMarkup) : null}::jsonb), 'HTML', ${now}, false, ${broadcast.id}::int
      FROM (SELECT u.id, u."telegramId", u.locale FROM ${audience}) r
        LEFT JOIN ${messages} ON m.locale = coalesce(r.locale, '')
      WHERE r.id >= ${from}::int AND r.id < ${from + step}::int
      ON CONFLICT ("dedupeKey") DO NOTHING`
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
