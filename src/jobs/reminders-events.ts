// The day before an event: everyone holding a seat is reminded, "the day
// before" read in their own time zone (a Torontonian's tomorrow is not Kyiv's).
import type { Db } from '../db/client.js'
import { deadlineParam, enqueue } from '../outbox/enqueue.js'
import { daysBetween, defaultTimezone, localDate } from '../time/zones.js'
import { dayMs, paged, reachable } from './reminder-windows.js'

/** Registered places at open events starting within two days; those whose start is tomorrow where the person lives. */
export async function remindEventsTomorrow(prisma: Db, now: Date, _zone = defaultTimezone): Promise<number> {
  let count = 0
  for await (const page of paged((cursor, take) => prisma.eventRegistration.findMany({
    where: { id: { gt: cursor }, status: 'registered', user: reachable, event: { status: 'open', startsAt: { gt: now, lte: new Date(now.getTime() + 2 * dayMs) } } },
    select: { id: true, user: { select: { id: true, telegramId: true, timezone: true } }, event: { select: { id: true, titleUk: true, titleEn: true, startsAt: true, place: true, onlineUrl: true } } },
    orderBy: { id: 'asc' },
    take,
  }))) {
    count += await enqueue(prisma, page.flatMap(({ id, user, event }) => {
      if (daysBetween(localDate(now, user.timezone), localDate(event.startsAt, user.timezone)) !== 1)
        return []
      return [{
        chatId: user.telegramId,
        userId: user.id,
        kind: 'reminder-event',
        template: 'events-reminder',
        quiet: true,
        // A moved event is reminded about again.
        dedupeKey: `reminder-event:${id}:${event.startsAt.toISOString()}`,
        params: { titleUk: event.titleUk, titleEn: event.titleEn, startsAt: deadlineParam(event.startsAt), where: [event.place, event.onlineUrl].filter(Boolean).join(' · '), id: event.id },
      }]
    }), now)
  }
  return count
}
