// Reminders about applications: unfinished drafts before the deadline, offers
// not answered. Each is one INSERT … SELECT: the database finds the due rows
// (by the deadline and expiry indexes, the person checked by EXISTS on their
// key), computes the stage and the params, and skips what the dedupe key
// already holds, so a sweep run again reads nothing back into the client.
import type { Db } from '../db/client.js'
import { Prisma } from '../generated/prisma/client.js'
import { dayMs } from './reminder-windows.js'

const draftStages = [3, 1]
const offerStages = [2, 1]

/**
 * The stage (as reminderStage) whose window holds `daysLeft`, a SQL number of
 * days: stage T covers (next lower stage, T]; NULL when none.
 */
function stageSql(daysLeft: Prisma.Sql, stages: number[]): Prisma.Sql {
  const cases = stages.map((stage, i) => Prisma.sql`WHEN ${daysLeft} > ${stages[i + 1] ?? 0}::int AND ${daysLeft} <= ${stage}::int THEN ${stage}::int`)
  return Prisma.sql`CASE ${Prisma.join(cases, ' ')} END`
}

/** Days from `now` to a timestamp column, exact (numeric). */
function daysUntil(column: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`(extract(epoch FROM (${column} - ${now}::timestamp)) / 86400)`
}

/** An instant as the outbox's deadline param (`deadlineParam`: ISO 8601 in UTC, milliseconds). */
function deadlineJson(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`jsonb_build_object('$deadline', to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`
}

const reachableUser = Prisma.sql`EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."userId" AND u.reachable AND u."erasedAt" IS NULL)`

/** Drafts not submitted 3 days and 1 day before the opportunity's application deadline. */
export async function remindDraftApplications(prisma: Db, now: Date): Promise<number> {
  const until = new Date(now.getTime() + draftStages[0] * dayMs)
  const left = daysUntil(Prisma.sql`o."applicationDeadline"`, now)
  return prisma.$executeRaw`
    INSERT INTO "OutboxMessage" ("chatId", "userId", kind, template, quiet, "dedupeKey", params, "parseMode", "dueAt")
    SELECT u."telegramId", u.id, 'reminder-draft', 'reminder-draft', true, 'reminder-draft:' || d.id || ':' || d.stage,
      jsonb_build_object('titleUk', d."titleUk", 'titleEn', d."titleEn", 'days', ceil(d.left)::int, 'deadline', ${deadlineJson(Prisma.sql`d."applicationDeadline"`)}),
      'HTML', ${now}
    FROM (
      SELECT a.id, a."userId", o."titleUk", o."titleEn", o."applicationDeadline", ${left} AS left, ${stageSql(left, draftStages)} AS stage
      FROM "Opportunity" o JOIN "Application" a ON a."opportunityId" = o.id AND a.status = 'draft'
      WHERE o."applicationDeadline" > ${now} AND o."applicationDeadline" <= ${until} AND ${reachableUser}
    ) d JOIN "User" u ON u.id = d."userId"
    WHERE d.stage IS NOT NULL
    ORDER BY d.id
    ON CONFLICT ("dedupeKey") DO NOTHING`
}

/** Offers not answered 2 days and 1 day before they expire. */
export async function remindUnansweredOffers(prisma: Db, now: Date): Promise<number> {
  const until = new Date(now.getTime() + offerStages[0] * dayMs)
  const left = daysUntil(Prisma.sql`a."offerExpiresAt"`, now)
  return prisma.$executeRaw`
    INSERT INTO "OutboxMessage" ("chatId", "userId", kind, template, quiet, "dedupeKey", params, "parseMode", "dueAt")
    SELECT u."telegramId", u.id, 'reminder-offer', 'reminder-offer', true, 'reminder-offer:' || d.id || ':' || d.stage,
      jsonb_build_object('titleUk', o."titleUk", 'titleEn', o."titleEn", 'days', ceil(d.left)::int, 'expires', ${deadlineJson(Prisma.sql`d."offerExpiresAt"`)}),
      'HTML', ${now}
    FROM (
      SELECT a.id, a."userId", a."opportunityId", a."offerExpiresAt", ${left} AS left, ${stageSql(left, offerStages)} AS stage
      FROM "Application" a
      WHERE a.status = 'offered' AND a."offerExpiresAt" > ${now} AND a."offerExpiresAt" <= ${until} AND ${reachableUser}
    ) d JOIN "User" u ON u.id = d."userId" JOIN "Opportunity" o ON o.id = d."opportunityId"
    WHERE d.stage IS NOT NULL
    ORDER BY d.id
    ON CONFLICT ("dedupeKey") DO NOTHING`
}
