// Reminders around a placement: before it starts, its checklist, weekly portfolio, and at its end.
import type { Db } from '../db/client.js'
import { Prisma } from '../generated/prisma/client.js'
import { dayParam, enqueue } from '../outbox/enqueue.js'
import { daysBetween, defaultTimezone, localDate } from '../time/zones.js'
import { dayMs, pagedDue, recipientSelect, reminderStage } from './reminder-windows.js'

const startStages = [7, 1]
const checklistStages = [28, 7]

const placementSelect = {
  id: true,
  startsOn: true,
  endsOn: true,
  user: { select: recipientSelect },
  application: { select: { opportunity: { select: { titleUk: true, titleEn: true, hostHospital: { select: { nameUk: true, nameEn: true, cityUk: true, cityEn: true } } } } } },
} as const

function titles(p: { application: { opportunity: { titleUk: string, titleEn: string } } }) {
  return { titleUk: p.application.opportunity.titleUk, titleEn: p.application.opportunity.titleEn }
}

// Calendar days in the programme's time zone: "7 days before" means the date, not 168 hours.
const today = localDate
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs)

/** Confirmed placements: 7 days and 1 day before they start, with dates, host hospital, city and what to bring. */
export async function remindPlacementStart(prisma: Db, now: Date, zone = defaultTimezone): Promise<number> {
  const day = today(now, zone)
  let count = 0
  for await (const page of pagedDue(
    prisma,
    Prisma.sql`"Placement" x JOIN "Application" a ON a.id = x."applicationId"`,
    Prisma.sql`x.status = 'upcoming' AND a.status = 'confirmed' AND x."startsOn" > ${day} AND x."startsOn" <= ${plusDays(day, startStages[0])}`,
    ids => prisma.placement.findMany({ where: { id: { in: ids } }, select: placementSelect, orderBy: { id: 'asc' } }),
  )) {
    count += await enqueue(prisma, page.flatMap((p) => {
      const days = daysBetween(day, p.startsOn)
      const stage = reminderStage(days, startStages)
      if (!stage)
        return []
      const host = p.application.opportunity.hostHospital
      return [{
        chatId: p.user.telegramId,
        userId: p.user.id,
        kind: 'reminder-placement-start',
        template: 'reminder-placement-start',
        quiet: true,
        dedupeKey: `reminder-placement-start:${p.id}:${stage}`,
        params: { ...titles(p), days, startsOn: dayParam(p.startsOn), endsOn: dayParam(p.endsOn), hospitalUk: host.nameUk, hospitalEn: host.nameEn, cityUk: host.cityUk, cityEn: host.cityEn },
      }]
    }), now)
  }
  return count
}

/** Open checklist items of a confirmed placement: 4 weeks and 1 week before it starts. */
export async function remindOpenChecklist(prisma: Db, now: Date, zone = defaultTimezone): Promise<number> {
  const day = today(now, zone)
  let count = 0
  for await (const page of pagedDue(
    prisma,
    Prisma.sql`"Placement" x JOIN "Application" a ON a.id = x."applicationId"`,
    Prisma.sql`x.status = 'upcoming' AND a.status = 'confirmed' AND x."startsOn" > ${day} AND x."startsOn" <= ${plusDays(day, checklistStages[0])}
      AND EXISTS (SELECT 1 FROM "ChecklistItem" c WHERE c."placementId" = x.id AND c."doneAt" IS NULL)`,
    ids => prisma.placement.findMany({
      where: { id: { in: ids } },
      select: { ...placementSelect, _count: { select: { checklist: { where: { doneAt: null } } } } },
      orderBy: { id: 'asc' },
    }),
  )) {
    count += await enqueue(prisma, page.flatMap((p) => {
      const days = daysBetween(day, p.startsOn)
      const stage = reminderStage(days, checklistStages)
      if (!stage)
        return []
      return [{
        chatId: p.user.telegramId,
        userId: p.user.id,
        kind: 'reminder-checklist',
        template: 'reminder-checklist',
        quiet: true,
        dedupeKey: `reminder-checklist:${p.id}:${stage}`,
        params: { ...titles(p), days, count: p._count.checklist },
      }]
    }), now)
  }
  return count
}

/** During a placement: a portfolio nudge once a week (after each full week). */
export async function remindWeeklyPortfolio(prisma: Db, now: Date, zone = defaultTimezone): Promise<number> {
  const day = today(now, zone)
  let count = 0
  for await (const page of pagedDue(
    prisma,
    Prisma.sql`"Placement" x`,
    Prisma.sql`x.status IN ('upcoming', 'active') AND x."startsOn" <= ${plusDays(day, -7)} AND x."endsOn" > ${day}`,
    ids => prisma.placement.findMany({ where: { id: { in: ids } }, select: placementSelect, orderBy: { id: 'asc' } }),
  )) {
    count += await enqueue(prisma, page.map((p) => {
      const week = Math.floor(daysBetween(p.startsOn, day) / 7)
      return {
        chatId: p.user.telegramId,
        userId: p.user.id,
        kind: 'reminder-portfolio-weekly',
        template: 'reminder-portfolio-weekly',
        quiet: true,
        dedupeKey: `reminder-portfolio:${p.id}:${week}`,
        params: { ...titles(p), week },
      }
    }), now)
  }
  return count
}
