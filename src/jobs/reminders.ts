// Every reminder: each `(prisma, now)` only enqueues outbox rows with dedupe keys (quiet, rendered at send time).
import type { Db } from '../db/client.js'
import type { ReminderFn } from './reminder-windows.js'
import { remindDraftApplications, remindUnansweredOffers } from './reminders-applications.js'
import { remindEventsTomorrow } from './reminders-events.js'
import { coordinatorDigest, remindExpiringDocuments } from './reminders-other.js'
import { remindOpenChecklist, remindPlacementStart, remindWeeklyPortfolio } from './reminders-placements.js'
import { remindSurvey } from './reminders-survey.js'
import { remindVolunteerChecklist } from './reminders-volunteers.js'

export { coordinatorDigest, remindDraftApplications, remindExpiringDocuments, remindOpenChecklist, remindPlacementStart, remindSurvey, remindUnansweredOffers, remindWeeklyPortfolio }
export type { ReminderFn }

/** The reminders the hourly sweep runs (the coordinator digest has its own 09:00 job). */
export const sweepReminders: Record<string, ReminderFn> = {
  draft: remindDraftApplications,
  offer: remindUnansweredOffers,
  placementStart: remindPlacementStart,
  checklist: remindOpenChecklist,
  portfolio: remindWeeklyPortfolio,
  // The end of a placement is the survey's notice (it leads to the portfolio PDF).
  survey: remindSurvey,
  documents: remindExpiringDocuments,
  events: remindEventsTomorrow,
  volunteerChecklist: remindVolunteerChecklist,
}

/** Runs every sweep reminder; returns rows enqueued per reminder. */
export async function runReminderSweep(prisma: Db, now: Date, zone?: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const [name, remind] of Object.entries(sweepReminders))
    counts[name] = await remind(prisma, now, zone)
  return counts
}
