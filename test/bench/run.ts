// Delivery benchmark (npm run bench): a broadcast against a local Bot API server enforcing Telegram's limits,
// the dispatcher's own ceiling with the limits lifted, and how fast a bot answers commands meanwhile.
// Env: BENCH_RECIPIENTS (default 10000), BENCH_CEILING_RECIPIENTS (3000), BENCH_DATABASE_URL or TEST_DATABASE_URL (adds PostgreSQL).
import type { Database } from '../../src/db/client.js'
import type { BotApiServer } from '../helpers/bot-api-server.js'
import type { DbKind } from '../helpers/db.js'
import { Api } from 'grammy'
import { createBot } from '../../src/bot/create-bot.js'
import { createConfig } from '../../src/config.js'
import { createDispatcher } from '../../src/delivery/dispatcher.js'
import { createDomain } from '../../src/domain/index.js'
import { createLogger } from '../../src/logger.js'
import { enqueue } from '../../src/outbox/enqueue.js'
import { systemClock } from '../../src/time/clock.js'
import { startBotApiServer } from '../helpers/bot-api-server.js'
import { createTestDatabase } from '../helpers/db.js'
import { createTestRender } from '../helpers/render.js'

const recipients = Number(process.env.BENCH_RECIPIENTS ?? 10_000)
const ceilingRecipients = Number(process.env.BENCH_CEILING_RECIPIENTS ?? 3000)
const configuredRate = 25
const token = '123456:BENCH-token-for-the-local-bot-api-server'
const logger = createLogger({ level: 'warn' })
const rows: Array<Record<string, string | number>> = []
// A benchmark measures real time: everything runs on the program's own clock.
const clock = systemClock

async function seed(db: Database, n: number) {
  for (let start = 0; start < n; start += 1000)
    await enqueue(db.prisma, Array.from({ length: Math.min(1000, n - start) }, (_, i) => ({ chatId: 1_000_000 + start + i, kind: 'broadcast', text: `Bench message ${start + i}` })), clock())
}

function delivery(server: BotApiServer, n: number) {
  const chats = new Set(server.sent.map(m => m.chatId))
  const times = server.sent.map(m => m.at)
  const seconds = (Math.max(...times) - Math.min(...times)) / 1000
  return { lost: n - chats.size, duplicated: server.sent.length - chats.size, rate: (server.sent.length - 1) / seconds, throttled: server.calls.filter(c => c.errorCode === 429).length }
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

// MedTwin's own bot (createBot), answering /help: the person's row, the
// session and the reply all go through the same database and API as the broadcast.
function helpBot(db: Database, server: BotApiServer) {
  const config = createConfig({ BOT_TOKEN: token, BOT_API_ROOT: server.apiRoot, LOG_LEVEL: 'warn' })
  const domain = createDomain(db.prisma, { defaultLocale: config.defaultLocale, clock })
  const { bot } = createBot({ config, logger, domain, clock }, { db: db.prisma, botInfo: { id: 1000, is_bot: true, first_name: 'Bench', username: 'bench_bot' } as any })
  let updateId = 1
  return async () => {
    const chat = { id: 42 + (updateId % 50), type: 'private' as const, first_name: 'U' }
    const started = performance.now()
    await bot.handleUpdate({ update_id: updateId++, message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat, from: { id: chat.id, is_bot: false, first_name: 'U', language_code: 'uk' }, text: '/help', entities: [{ type: 'bot_command', offset: 0, length: 5 }] } })
    return performance.now() - started
  }
}

async function rateRun(kind: DbKind) {
  const db = await createTestDatabase(kind)
  const server = await startBotApiServer({ globalLimit: 30, perChatIntervalMs: 1000 })
  await seed(db, recipients)
  const dispatcher = createDispatcher({ prisma: db.prisma, api: new Api(token, { apiRoot: server.apiRoot }), render: createTestRender(), logger, instanceId: 'bench', globalRate: configuredRate, clock })
  const ping = helpBot(db, server)
  const latencies: number[] = []
  let pingErrors = 0
  dispatcher.start()
  const started = Date.now()
  while (server.sent.filter(m => m.chatId >= 1_000_000).length < recipients && Date.now() - started < recipients * 200 + 60_000) {
    await new Promise(resolve => setTimeout(resolve, 500))
    latencies.push(await ping().catch(() => {
      pingErrors++
      return Number.NaN
    }))
  }
  await dispatcher.stop()
  const broadcastServer = { ...server, sent: server.sent.filter(m => m.chatId >= 1_000_000), calls: server.calls.filter(c => Number(c.payload.chat_id) >= 1_000_000) } as BotApiServer
  const result = delivery(broadcastServer, recipients)
  const ok = latencies.filter(n => !Number.isNaN(n))
  rows.push({ 'run': `${recipients} at ${configuredRate}/s, limit 30/s (${kind})`, 'msg/s': result.rate.toFixed(2), 'rate/configured': (result.rate / configuredRate).toFixed(3), 'lost': result.lost, 'duplicated': result.duplicated, '429s': result.throttled, '/help p50 ms': percentile(ok, 50).toFixed(1), '/help p99 ms': percentile(ok, 99).toFixed(1), '/help errors': pingErrors })
  await server.close()
  await db.close()
}

async function ceilingRun(kind: DbKind) {
  const db = await createTestDatabase(kind)
  const server = await startBotApiServer()
  await seed(db, ceilingRecipients)
  const dispatcher = createDispatcher({ prisma: db.prisma, api: new Api(token, { apiRoot: server.apiRoot }), render: createTestRender(), logger, instanceId: 'bench', globalRate: 100_000, concurrency: 16, batchSize: 200, pollMs: 50, clock })
  dispatcher.start()
  await server.waitFor(() => server.sent.length >= ceilingRecipients, 600_000)
  await dispatcher.stop()
  const result = delivery(server, ceilingRecipients)
  rows.push({ 'run': `ceiling, no limit, ${ceilingRecipients} (${kind})`, 'msg/s': result.rate.toFixed(1), 'rate/configured': '-', 'lost': result.lost, 'duplicated': result.duplicated, '429s': result.throttled, '/help p50 ms': '-', '/help p99 ms': '-', '/help errors': '-' })
  await server.close()
  await db.close()
}

const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
if (pgUrl)
  process.env.TEST_DATABASE_URL = pgUrl
await rateRun('pglite')
await ceilingRun('pglite')
if (pgUrl)
  await ceilingRun('postgres')
console.table(rows)
