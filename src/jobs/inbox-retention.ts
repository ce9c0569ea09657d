// Handled inbox rows are kept for a day (support, and a redelivery of the same
// update_id stays a no-op), then deleted: they hold what people wrote.
import type { Db } from '../db/client.js'
import { dayMs } from './reminder-windows.js'

export const inboxRetentionCron = '*/30 * * * *'
const batch = 5000

/** Deletes inbox rows handled more than a day before `now`, in batches. Returns rows deleted. */
export async function purgeInbox(prisma: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - dayMs)
  let total = 0
  for (;;) {
    const deleted = await prisma.$executeRaw`
      DELETE FROM "InboxUpdate" WHERE "updateId" IN (
        SELECT "updateId" FROM "InboxUpdate" WHERE done AND "doneAt" < ${cutoff} LIMIT ${batch})`
    total += deleted
    if (deleted < batch)
      return total
  }
}
