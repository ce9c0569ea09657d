// Accepted volunteers: their unticked pre-arrival checklist items, two weeks
// and three days before they arrive in Ukraine (quiet hours kept, once per stage).
import type { Db } from '../db/client.js'
import { dayParam, enqueue } from '../outbox/enqueue.js'
import { daysBetween, defaultTimezone, localDate } from '../time/zones.js'
import { dayMs, paged, reachable, reminderStage } from './reminder-windows.js'

export const volunteerChecklistStages = [14, 3]

/** Volunteers with open checklist items whose stay starts within two weeks. */
export async function remindVolunteerChecklist(prisma: Db, now: Date, zone = defaultTimezone): Promise<number> {
  const day = localDate(now, zone)
  let count = 0
  for await (const page of paged((cursor, take) => prisma.volunteerApplication.findMany({
    where: { id: { gt: cursor }, status: 'accepted', user: reachable, invitedFrom: { gt: day, lte: new Date(day.getTime() + volunteerChecklistStages[0] * dayMs) }, checklist: { some: { doneAt: null } } },
    select: { id: true, invitedFrom: true, user: { select: { id: true, telegramId: true } }, _count: { select: { checklist: { where: { doneAt: null } } } } },
    orderBy: { id: 'asc' },
    take,
  }))) {
    count += await enqueue(prisma, page.flatMap((a) => {
      const days = daysBetween(day, a.invitedFrom!)
      const stage = reminderStage(days, volunteerChecklistStages)
      if (!stage)
        return []
      return [{
        chatId: a.user.telegramId,
        userId: a.user.id,
        kind: 'reminder-volunteer-checklist',
        template: 'vol-reminder-checklist',
        quiet: true,
        dedupeKey: `reminder-volunteer-checklist:${a.id}:${stage}`,
        params: { id: a.id, days, count: a._count.checklist, from: dayParam(a.invitedFrom!) },
        replyMarkup: { inline_keyboard: [[{ textKey: 'vol-button-mine', callback_data: 'va:m' }]] },
      }]
    }), now)
  }
  return count
}
