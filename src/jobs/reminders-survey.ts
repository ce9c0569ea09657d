// The end-of-placement survey: on the last day "answer the short survey to get
// your portfolio" with its button, and once more 3 days after the end if it is
// still unanswered. Enqueue-only, one row per stage (dedupe keys), quiet hours.
import type { Db } from '../db/client.js'
import { Prisma } from '../generated/prisma/client.js'
import { enqueue } from '../outbox/enqueue.js'
import { daysBetween, defaultTimezone, localDate } from '../time/zones.js'
import { dayMs, pagedDue, recipientSelect } from './reminder-windows.js'

/** Days after the end: the notice until the second reminder is due, the second one for a week after that. */
const againAfter = 3
const lastChance = 10

/** Which reminder is due `daysAfterEnd` days after a placement's last day (0 on the day itself). */
export function surveyStage(daysAfterEnd: number): 'end' | 'again' | undefined {
  if (daysAfterEnd < 0 || daysAfterEnd > lastChance)
    return undefined
  return daysAfterEnd < againAfter ? 'end' : 'again'
}

export async function remindSurvey(prisma: Db, now: Date, zone = defaultTimezone): Promise<number> {
  const day = localDate(now, zone)
  let count = 0
  for await (const page of pagedDue(
    prisma,
    Prisma.sql`"Placement" x`,
    Prisma.sql`x.status IN ('upcoming', 'active', 'completed') AND x."endsOn" <= ${day} AND x."endsOn" >= ${new Date(day.getTime() - lastChance * dayMs)}
      AND NOT EXISTS (SELECT 1 FROM "PlacementSurvey" s WHERE s."placementId" = x.id)`,
    ids => prisma.placement.findMany({
      where: { id: { in: ids } },
      select: { id: true, endsOn: true, user: { select: recipientSelect }, application: { select: { opportunity: { select: { titleUk: true, titleEn: true } } } } },
      orderBy: { id: 'asc' },
    }),
  )) {
    count += await enqueue(prisma, page.flatMap((p) => {
      const stage = surveyStage(daysBetween(p.endsOn, day))
      if (!stage)
        return []
      return [{
        chatId: p.user.telegramId,
        userId: p.user.id,
        kind: 'reminder-survey',
        template: stage === 'end' ? 'reminder-survey-end' : 'reminder-survey-again',
        quiet: true,
        dedupeKey: `reminder-survey:${p.id}:${stage}`,
        params: { titleUk: p.application.opportunity.titleUk, titleEn: p.application.opportunity.titleEn },
        replyMarkup: { inline_keyboard: [[{ textKey: 'survey-button', callback_data: `srv:${p.id}` }]] },
      }]
    }), now)
  }
  return count
}
