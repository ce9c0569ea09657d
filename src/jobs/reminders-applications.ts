// Reminders about applications: unfinished drafts before the deadline, offers not answered.
import type { Db } from '../db/client.js'
import { Prisma } from '../generated/prisma/client.js'
import { deadlineParam, enqueue } from '../outbox/enqueue.js'
import { dayMs, pagedDue, recipientSelect, reminderStage } from './reminder-windows.js'

const draftStages = [3, 1]
const offerStages = [2, 1]

/** Drafts not submitted 3 days and 1 day before the opportunity's application deadline. */
export async function remindDraftApplications(prisma: Db, now: Date): Promise<number> {
  let count = 0
  const until = new Date(now.getTime() + draftStages[0] * dayMs)
  for await (const page of pagedDue(
    prisma,
    Prisma.sql`"Application" x JOIN "Opportunity" o ON o.id = x."opportunityId"`,
    Prisma.sql`x.status = 'draft' AND o."applicationDeadline" > ${now} AND o."applicationDeadline" <= ${until}`,
    ids => prisma.application.findMany({
      where: { id: { in: ids } },
      select: { id: true, user: { select: recipientSelect }, opportunity: { select: { titleUk: true, titleEn: true, applicationDeadline: true } } },
      orderBy: { id: 'asc' },
    }),
  )) {
    count += await enqueue(prisma, page.flatMap((app) => {
      const daysLeft = (app.opportunity.applicationDeadline.getTime() - now.getTime()) / dayMs
      const stage = reminderStage(daysLeft, draftStages)
      if (!stage)
        return []
      return [{
        chatId: app.user.telegramId,
        userId: app.user.id,
        kind: 'reminder-draft',
        template: 'reminder-draft',
        quiet: true,
        dedupeKey: `reminder-draft:${app.id}:${stage}`,
        params: { titleUk: app.opportunity.titleUk, titleEn: app.opportunity.titleEn, days: Math.ceil(daysLeft), deadline: deadlineParam(app.opportunity.applicationDeadline) },
      }]
    }), now)
  }
  return count
}

/** Offers not answered 2 days and 1 day before they expire. */
export async function remindUnansweredOffers(prisma: Db, now: Date): Promise<number> {
  let count = 0
  const until = new Date(now.getTime() + offerStages[0] * dayMs)
  for await (const page of pagedDue(
    prisma,
    Prisma.sql`"Application" x`,
    Prisma.sql`x.status = 'offered' AND x."offerExpiresAt" > ${now} AND x."offerExpiresAt" <= ${until}`,
    ids => prisma.application.findMany({
      where: { id: { in: ids } },
      select: { id: true, offerExpiresAt: true, user: { select: recipientSelect }, opportunity: { select: { titleUk: true, titleEn: true } } },
      orderBy: { id: 'asc' },
    }),
  )) {
    count += await enqueue(prisma, page.flatMap((app) => {
      const daysLeft = (app.offerExpiresAt!.getTime() - now.getTime()) / dayMs
      const stage = reminderStage(daysLeft, offerStages)
      if (!stage)
        return []
      return [{
        chatId: app.user.telegramId,
        userId: app.user.id,
        kind: 'reminder-offer',
        template: 'reminder-offer',
        quiet: true,
        dedupeKey: `reminder-offer:${app.id}:${stage}`,
        params: { titleUk: app.opportunity.titleUk, titleEn: app.opportunity.titleEn, days: Math.ceil(daysLeft), expires: deadlineParam(app.offerExpiresAt!) },
      }]
    }), now)
  }
  return count
}
