// Outbox rows that are done (sent, cancelled, failed) are kept for a while for
// delivery reports and support, then deleted: they hold texts and chat ids.
import type { Db } from '../db/client.js'
import { dayMs } from './reminder-windows.js'

export const outboxRetentionCron = '30 3 * * *'
const batch = 5000

/**
 * Deletes finished outbox rows last due and sent more than `retentionDays`
 * before `now`, in batches (one short statement each). Returns rows deleted.
 */
export async function purgeOutbox(prisma: Db, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * dayMs)
  let total = 0
  for (;;) {
    const deleted = await prisma.$executeRaw`
      DELETE FROM "OutboxMessage" WHERE id IN (
        SELECT id FROM "OutboxMessage"
        WHERE status IN ('sent', 'cancelled', 'failed') AND "dueAt" < ${cutoff} AND ("sentAt" IS NULL OR "sentAt" < ${cutoff})
        LIMIT ${batch})`
    total += deleted
    if (deleted < batch)
      return total
  }
}
