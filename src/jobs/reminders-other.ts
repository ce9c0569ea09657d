// Reminders for coordinators (daily review digest) and for expiring documents.
import type { Db } from '../db/client.js'
import { hospitalScope, rightsFrom } from '../domain/access.js'
import { unremindedDocumentTypes } from '../domain/documents.js'
import { Prisma } from '../generated/prisma/client.js'
import { dayParam, enqueue } from '../outbox/enqueue.js'
import { daysBetween, defaultTimezone, localDate } from '../time/zones.js'
import { dayMs, paged, pagedDue, reachable, reminderStage } from './reminder-windows.js'

const documentStages = [30, 7]

/** Each coordinator: how many submitted applications wait for review at their hospitals (nothing when none). */
export async function coordinatorDigest(prisma: Db, now: Date, zone = defaultTimezone): Promise<number> {
  const day = localDate(now, zone).toISOString().slice(0, 10)
  let count = 0
  for await (const page of paged((cursor, take) => prisma.user.findMany({
    where: { id: { gt: cursor }, ...reachable, coordinatorOf: { some: {} } },
    select: { id: true, telegramId: true, coordinatorOf: { select: { hospitalId: true } } },
    orderBy: { id: 'asc' },
    take,
  }))) {
    for (const coordinator of page) {
      const scope = hospitalScope(rightsFrom(false, coordinator.coordinatorOf))
      const waiting = await prisma.application.aggregate({
        where: { status: 'submitted', ...(scope === 'all' ? {} : { opportunity: { hostHospitalId: { in: scope } } }) },
        _count: { _all: true },
        _min: { submittedAt: true },
      })
      if (waiting._count._all === 0)
        continue
      const oldest = waiting._min.submittedAt ?? now
      count += await enqueue(prisma, [{
        chatId: coordinator.telegramId,
        userId: coordinator.id,
        kind: 'reminder-coordinator-digest',
        template: 'reminder-coordinator-digest',
        quiet: true,
        dedupeKey: `reminder-digest:${coordinator.id}:${day}`,
        params: { count: waiting._count._all, oldestDays: Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / dayMs)) },
      }], now)
    }
  }
  return count
}

/** Documents with an expiry date (not a CV): 30 days and 7 days before it. */
export async function remindExpiringDocuments(prisma: Db, now: Date, zone = defaultTimezone): Promise<number> {
  const day = localDate(now, zone)
  let count = 0
  for await (const page of pagedDue(
    prisma,
    Prisma.sql`"Document" x`,
    Prisma.sql`x.type::text <> ALL(${[...unremindedDocumentTypes]}::text[]) AND x."replacedAt" IS NULL
      AND x."expiresOn" > ${day} AND x."expiresOn" <= ${new Date(day.getTime() + documentStages[0] * dayMs)}`,
    ids => prisma.document.findMany({
      where: { id: { in: ids } },
      select: { id: true, type: true, expiresOn: true, user: { select: { id: true, telegramId: true } } },
      orderBy: { id: 'asc' },
    }),
  )) {
    count += await enqueue(prisma, page.flatMap((doc) => {
      const days = daysBetween(day, doc.expiresOn!)
      const stage = reminderStage(days, documentStages)
      if (!stage)
        return []
      return [{
        chatId: doc.user.telegramId,
        userId: doc.user.id,
        kind: 'reminder-document-expiry',
        template: 'reminder-document-expiry',
        quiet: true,
        // A renewed document (new expiry date) is reminded about again.
        dedupeKey: `reminder-document:${doc.id}:${stage}:${doc.expiresOn!.toISOString().slice(0, 10)}`,
        params: { type: doc.type, days, expiresOn: dayParam(doc.expiresOn!) },
      }]
    }), now)
  }
  return count
}
