// A dispatcher in its own process, for crash and multi-instance tests:
// node --import tsx test/delivery/dispatcher-process.ts (configured by environment variables).
import { Api } from 'grammy'
import { openDatabase } from '../../src/db/client.js'
import { createDispatcher } from '../../src/delivery/dispatcher.js'
import { createLogger } from '../../src/logger.js'
import { systemClock } from '../../src/time/clock.js'
import { createTestRender } from '../helpers/render.js'

const env = process.env
const db = await openDatabase({ databaseUrl: env.DATABASE_URL || undefined, schema: env.DB_SCHEMA || undefined, dataDir: env.DATA_DIR ?? '' })
const say = (event: object) => process.stdout.write(`${JSON.stringify(event)}\n`)
// Rows a killed predecessor left in flight: the only ones that may be sent twice.
say({ event: 'ready', sending: await db.prisma.outboxMessage.count({ where: { status: 'sending' } }) })

const dispatcher = createDispatcher({
  prisma: db.prisma,
  api: new Api(env.BOT_TOKEN ?? '1:test', { apiRoot: env.BOT_API_ROOT }),
  render: createTestRender(),
  logger: createLogger({ level: env.LOG_LEVEL ?? 'warn' }),
  instanceId: env.INSTANCE_ID ?? `proc-${process.pid}`,
  globalRate: Number(env.GLOBAL_RATE ?? 25),
  perChatIntervalMs: Number(env.PER_CHAT_MS ?? 1000),
  leaseMs: Number(env.LEASE_MS ?? 10_000),
  lockMs: env.LOCK_MS ? Number(env.LOCK_MS) : undefined,
  batchSize: Number(env.BATCH_SIZE ?? 100),
  pollMs: 50,
  // A process of its own, like the program: the real clock.
  clock: systemClock,
})
dispatcher.start()

async function shutdown(code: number) {
  await dispatcher.stop()
  await db.close()
  say({ event: 'stopped' })
  process.exit(code)
}
process.once('SIGTERM', () => void shutdown(0))

if (env.EXIT_WHEN_DONE) {
  for (;;) {
    await new Promise(resolve => setTimeout(resolve, 200))
    const left = await db.prisma.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } })
    if (left === 0)
      break
  }
  await shutdown(0)
}
