// An inbox in front of a test bot: the real consumer, on the test database,
// with a short poll so tests need not wait; and a wait for rows to be done.
import type { Update } from 'grammy/types'
import type { Database } from '../../src/db/client.js'
import type { Inbox, InboxOptions } from '../../src/inbox/consumer.js'
import { randomBytes } from 'node:crypto'
import { createInbox } from '../../src/inbox/consumer.js'
import { createLogger } from '../../src/logger.js'
import { createTestClock } from './clock.js'
import { until } from './wait.js'

export type TestInbox = Inbox & { instanceId: string }

/** Starts an inbox consumer that feeds `bot` (a test bot's, or any handler). */
export function startTestInbox(db: Database, bot: { handleUpdate: (update: Update) => Promise<void> }, options: Partial<InboxOptions> = {}): TestInbox {
  const instanceId = options.instanceId ?? `test-${randomBytes(3).toString('hex')}`
  const inbox = createInbox({
    prisma: db.prisma,
    handle: update => bot.handleUpdate(update),
    logger: createLogger({ level: 'silent' }),
    clock: createTestClock(),
    workers: 4,
    pollMs: 20,
    ...options,
    instanceId,
  })
  inbox.start()
  return { ...inbox, instanceId }
}

/** Waits until every given update_id is marked done in the inbox. */
export async function untilDone(db: Database, updateIds: number[], rounds = 3000) {
  await until(async () => await db.prisma.inboxUpdate.count({ where: { updateId: { in: updateIds.map(BigInt) }, doneAt: { not: null } } }) === updateIds.length, `inbox rows ${updateIds.join(', ')} done`, rounds)
}
