// The delivery jobs: an hourly reminder sweep and the 09:00 coordinator digest.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { Scheduler } from './scheduler.js'
import { consultReminderCron, remindConsultations } from './reminders-consultations.js'
import { mentorDigest, mentorDigestCron } from './reminders-mentor.js'
import { coordinatorDigest, runReminderSweep } from './reminders.js'

export const reminderSweepCron = '5 * * * *'
export const coordinatorDigestCron = '0 9 * * *'

/** Registers the reminder jobs; they read `clock`, not the time node-cron fired at, and count days in `zone`. */
export function registerReminderJobs(scheduler: Scheduler, prisma: Db, clock: Clock, zone?: string) {
  scheduler.add('reminder-sweep', reminderSweepCron, () => runReminderSweep(prisma, clock(), zone))
  scheduler.add('coordinator-digest', coordinatorDigestCron, () => coordinatorDigest(prisma, clock(), zone))
  // Mondays at 09:00: what waits for each mentor.
  scheduler.add('mentor-digest', mentorDigestCron, () => mentorDigest(prisma, clock(), zone))
  // Every five minutes: a scheduled consultation, the day and the hour before.
  scheduler.add('consult-reminders', consultReminderCron, () => remindConsultations(prisma, clock()))
}
