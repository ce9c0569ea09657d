// The delivery jobs: an hourly reminder sweep and the 09:00 coordinator digest.
import type { Db } from '../db/client.js'
import type { Scheduler } from './scheduler.js'
import { coordinatorDigest, runReminderSweep } from './reminders.js'

export const reminderSweepCron = '5 * * * *'
export const coordinatorDigestCron = '0 9 * * *'

/** Registers the reminder jobs; `now` is the clock they read (tests pass a fake one). */
export function registerReminderJobs(scheduler: Scheduler, prisma: Db, now: () => Date = () => new Date()) {
  scheduler.add('reminder-sweep', reminderSweepCron, () => runReminderSweep(prisma, now()))
  scheduler.add('coordinator-digest', coordinatorDigestCron, () => coordinatorDigest(prisma, now()))
}
