// Delivery benchmark (npm run bench): a broadcast against a local Bot API server enforcing Telegram's limits,
// the dispatcher's own ceiling with the limits lifted, and how fast a bot answers commands meanwhile.
// Env: BENCH_RECIPIENTS (default 10000), BENCH_CEILING_RECIPIENTS (3000), BENCH_DATABASE_URL or TEST_DATABASE_URL (adds PostgreSQL).
import { Api, Bot } from 'grammy'
import type { Database } from '../../src/db/client.js'
import { createDispatcher } from '../../src/delivery/dispatcher.js'
import { enqueue } from '../../src/delivery/outbox.js'
import { createLogger } from '../../src/logger.js'
import { startBotApiServer } from '../helpers/bot-api-server.js'
import type { BotApiServer } from '../helpers/bot-api-server.js'
import { createTestDatabase } from '../helpers/db.js'
import type { DbKind } from '../helpers/db.js'
import { createTestRender } from '../helpers/render.js'

const recipients = Number(process.env.BENCH_RECIPIENTS ?? 10_000)
const ceilingRecipients = Number(process.env.BENCH_CEILING_RECIPIENTS ?? 3000)
const configuredRate = 25
const token = '123456:BENCH-token-for-the-local-bot-api-server'
const logger = createLogger({ level: 'warn' })
const rows: Array<Record<string, string | number>> = []

async function seed(db: Database, n: number) {
  for (let start = 0; start < n; start += 1000)
    await enqueue(db.prisma, Array.from({ length: Math.min(1000, n - start) }, (_, i) => ({ chatId: 1_000_000 + start + i, kind: 'broadcast', text: `Bench message ${start + i}` })))
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

// A minimal bot standing in for MedTwin's (not merged yet): /ping reads the database and replies.
function pingBot(db: Database, server: BotApiServer) {
  const bot = new Bot(token, { botInfo: { id: 1000, is_bot: true, first_name: 'Bench', username: 'bench_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false } as any, client: { apiRoot: server.apiRoot } })
  bot.command('ping', async (ctx) => {
    const users = await db.prisma.user.count()
    await ctx.reply(`pong ${users}`)
  })
  let updateId = 1
  return async () => {
    const chat = { id: 42 + (updateId % 50), type: 'private' as const, first_name: 'U' }
    const started = performance.now()
    await bot.handleUpdate({ update_id: updateId++, message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat, from: { id: chat.id, is_bot: false, first_name: 'U' }, text: '/ping', entities: [{ type: 'bot_command', offset: 0, length: 5 }] } })
    return performance.now() - started
  }
}

async function rateRun(kind: DbKind) {
  const db = await createTestDatabase(kind)
  const server = await startBotApiServer({ globalLimit: 30, perChatIntervalMs: 1000 })
  await seed(db, recipients)
  const dispatcher = createDispatcher({ prisma: db.prisma, api: new Api(token, { apiRoot: server.apiRoot }), render: createTestRender(), logger, instanceId: 'bench', globalRate: configuredRate })
  const ping = pingBot(db, server)
  const latencies: number[] = []
  let pingErrors = 0
  dispatcher.start()
  const started = Date.now()
  while (server.sent.filter(m => m.chatId >= 1_000_000).length < recipients && Date.now() - started < recipients * 200 + 60_000) {
    await new Promise(resolve => setTimeout(resolve, 500))
    latencies.push(await ping().catch(() => (pingErrors++, Number.NaN)))
  }
  await dispatcher.stop()
  const broadcastServer = { ...server, sent: server.sent.filter(m => m.chatId >= 1_000_000), calls: server.calls.filter(c => Number(c.payload.chat_id) >= 1_000_000) } as BotApiServer
  const result = delivery(broadcastServer, recipients)
  const ok = latencies.filter(n => !Number.isNaN(n))
  rows.push({ run: `${recipients} at ${configuredRate}/s, limit 30/s (${kind})`, 'msg/s': result.rate.toFixed(2), 'rate/configured': (result.rate / configuredRate).toFixed(3), lost: result.lost, duplicated: result.duplicated, '429s': result.throttled, 'ping p50 ms': percentile(ok, 50).toFixed(1), 'ping p99 ms': percentile(ok, 99).toFixed(1), 'ping errors': pingErrors })
  await server.close()
  await db.close()
}

async function ceilingRun(kind: DbKind) {
  const db = await createTestDatabase(kind)
  const server = await startBotApiServer()
  await seed(db, ceilingRecipients)
  const dispatcher = createDispatcher({ prisma: db.prisma, api: new Api(token, { apiRoot: server.apiRoot }), render: createTestRender(), logger, instanceId: 'bench', globalRate: 100_000, concurrency: 16, batchSize: 200, pollMs: 50 })
  dispatcher.start()
  await server.waitFor(() => server.sent.length >= ceilingRecipients, 600_000)
  await dispatcher.stop()
  const result = delivery(server, ceilingRecipients)
  rows.push({ run: `ceiling, no limit, ${ceilingRecipients} (${kind})`, 'msg/s': result.rate.toFixed(1), 'rate/configured': '-', lost: result.lost, duplicated: result.duplicated, '429s': result.throttled, 'ping p50 ms': '-', 'ping p99 ms': '-', 'ping errors': '-' })
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
