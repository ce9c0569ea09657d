// The mentor's weekly digest: how many logbook entries of the people they
// mentor wait for their confirmation. Enqueue-only, quiet hours, once per
// mentor per week (the key holds the Monday of the programme zone's week).
import type { Db } from '../db/client.js'
import { enqueue } from '../outbox/enqueue.js'
import { defaultTimezone, localDate } from '../time/zones.js'
import { dayMs, paged, reachable } from './reminder-windows.js'

export const mentorDigestCron = '0 9 * * 1'

/** The Monday (YYYY-MM-DD) of the week holding `now` in `zone`. */
export function weekOf(now: Date, zone: string): string {
  const day = localDate(now, zone)
  const sinceMonday = (day.getUTCDay() + 6) % 7
  return new Date(day.getTime() - sinceMonday * dayMs).toISOString().slice(0, 10)
}

export async function mentorDigest(prisma: Db, now: Date, zone = defaultTimezone): Promise<number> {
  const week = weekOf(now, zone)
  const pendingHere = { review: 'pending' } as const
  let count = 0
  for await (const page of paged((cursor, take) => prisma.user.findMany({
    where: { id: { gt: cursor }, ...reachable, mentoring: { some: { status: { not: 'cancelled' }, entries: { some: pendingHere } } } },
    select: { id: true, telegramId: true },
    orderBy: { id: 'asc' },
    take,
  }))) {
    for (const mentor of page) {
      const waiting = await prisma.portfolioEntry.count({ where: { ...pendingHere, placement: { mentorUserId: mentor.id, status: { not: 'cancelled' } } } })
      if (waiting === 0)
        continue
      count += await enqueue(prisma, [{
        chatId: mentor.telegramId,
        userId: mentor.id,
        kind: 'reminder-mentor-digest',
        template: 'reminder-mentor-digest',
        quiet: true,
        dedupeKey: `reminder-mentor-digest:${mentor.id}:${week}`,
        params: { count: waiting },
      }], now)
    }
  }
  return count
}
