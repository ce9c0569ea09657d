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
  await until(async () => await db.prisma.inboxUpdate.count({ where: { updateId: { in: updateIds.map(BigInt) }, done: true } }) === updateIds.length, `inbox rows ${updateIds.join(', ')} done`, rounds)
}

/** The database as seen through a client that can be made to fail every statement, as a stopped server's would. */
export function breakable(db: Database) {
  const state = { down: false }
  const prisma = db.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        if (state.down)
          throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
        return query(args)
      },
    },
  })
  return {
    db: { ...db, prisma: prisma as unknown as Database['prisma'] },
    set down(value: boolean) { state.down = value },
    get down() { return state.down },
  }
}

/** The database through a client that records each statement it sends (model.operation, or the raw call). */
export function counting(db: Database) {
  const operations: string[] = []
  const prisma = db.prisma.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        operations.push(model ? `${model}.${operation}` : operation)
        return query(args)
      },
    },
  })
  return { db: { ...db, prisma: prisma as unknown as Database['prisma'] }, operations }
}
