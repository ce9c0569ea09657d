// The inbox's cost per update, in time (npx tsx test/inbox/bench.ts; TEST_DATABASE_URL adds PostgreSQL).
// Storing one by one (webhook) and by batches of 100 (polling); handling with a handler that does
// nothing (the inbox alone: claim + done mark), one worker and eight; and /help through the real
// bot, straight (bot.handleUpdate) and through the inbox. Wall-clock time, on purpose.
import type { Update } from 'grammy/types'
import type { DbKind } from '../helpers/db.js'
import { createInbox } from '../../src/inbox/consumer.js'
import { createLogger } from '../../src/logger.js'
import { systemClock } from '../../src/time/clock.js'
import { createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { until } from '../helpers/wait.js'

const logger = createLogger({ level: 'silent' })
let nextId = 1
const update = (chat: number, body = 'hello'): Update => ({ update_id: nextId++, message: { message_id: nextId, date: 0, chat: { id: chat, type: 'private', first_name: 'U' }, from: { id: chat, is_bot: false, first_name: 'U', language_code: 'en' }, text: body, ...(body.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: body.length }] } : {}) } } as Update)
const ms = (started: number, n: number) => ((performance.now() - started) / n).toFixed(3)

async function bench(kind: DbKind) {
  const db = await createTestDatabase(kind)
  const result: Record<string, string> = { kind }
  try {
    const store = createInbox({ prisma: db.prisma, handle: async () => {}, logger, clock: systemClock, instanceId: 'bench-store' })
    let started = performance.now()
    for (let i = 0; i < 500; i++)
      await store.accept([update(10_000 + (i % 100))])
    result['store one (ms/update)'] = ms(started, 500)
    started = performance.now()
    for (let b = 0; b < 10; b++)
      await store.accept(Array.from({ length: 100 }, (_, i) => update(20_000 + i)))
    result['store batch of 100 (ms/update)'] = ms(started, 1000)

    for (const workers of [1, 8]) {
      const pending = await db.prisma.inboxUpdate.count({ where: { done: false } })
      const inbox = createInbox({ prisma: db.prisma, handle: async () => {}, logger, clock: systemClock, instanceId: `bench-${workers}`, workers, pollMs: 50 })
      started = performance.now()
      inbox.start()
      await until(async () => await db.prisma.inboxUpdate.count({ where: { done: false } }) === 0, 'the inbox drained', 100_000)
      result[`claim + done, ${workers} worker(s) (ms/update)`] = ms(started, pending)
      await inbox.stop()
      await store.accept(Array.from({ length: 750 }, (_, i) => update(30_000 + (i % 150))))
    }
    await db.prisma.inboxUpdate.deleteMany()

    const t = createTestBot(db)
    const n = 300
    const helps = () => Array.from({ length: n }, (_, i) => update(40_000 + (i % 30), '/help'))
    for (const u of helps().slice(0, 30))
      await t.bot.handleUpdate(u)
    started = performance.now()
    for (const u of helps())
      await t.bot.handleUpdate(u)
    result['/help straight, 1 at a time (ms/update)'] = ms(started, n)
    const inbox = createInbox({ prisma: db.prisma, handle: u => t.bot.handleUpdate(u), logger, clock: systemClock, instanceId: 'bench-bot', workers: 1, pollMs: 50 })
    inbox.start()
    started = performance.now()
    const batch = helps()
    for (const u of batch)
      await inbox.accept([u])
    await until(async () => await db.prisma.inboxUpdate.count({ where: { done: false } }) === 0, 'the /help drained', 100_000)
    result['/help via webhook-style inbox, 1 worker (ms/update)'] = ms(started, n)
    await inbox.stop()
  }
  finally {
    await db.close()
  }
  return result
}

const kinds: DbKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']
for (const kind of kinds)
  console.log(JSON.stringify(await bench(kind)))
