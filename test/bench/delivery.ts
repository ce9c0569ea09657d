// A broadcast through the dispatcher against the local Bot API server, which enforces Telegram's
// limits (30/s without the paid flag, 1,000/s with it, 1/s per chat): the rate kept, rows lost or
// sent twice, and how fast MedTwin's own bot (createBot) answers /help meanwhile.
import type { Database } from '../../src/db/client.js'
import type { BotApiServer } from '../helpers/bot-api-server.js'
import type { DbKind } from '../helpers/db.js'
import { Api } from 'grammy'
import { createBot } from '../../src/bot/create-bot.js'
import { createConfig } from '../../src/config.js'
import { createDispatcher } from '../../src/delivery/dispatcher.js'
import { createDomain } from '../../src/domain/index.js'
import { createLogger } from '../../src/logger.js'
import { systemClock } from '../../src/time/clock.js'
import { startBotApiServer } from '../helpers/bot-api-server.js'
import { createTestDatabase } from '../helpers/db.js'
import { createTestRender } from '../helpers/render.js'
import { percentile } from './stats.js'
import { benchBotInfo } from './updates.js'

export interface DeliveryResult { db: DbKind, rate: number, paid: boolean, recipients: number, sentRate: number, ratio: number, lost: number, duplicated: number, throttled: number, helpP50Ms: number, helpP99Ms: number, helpErrors: number }

const token = '123456:BENCH-token-for-the-local-bot-api-server'
const firstChat = 1_000_000
// A benchmark measures real time: everything runs on the program's own clock.
const clock = systemClock

/** `n` broadcast rows due now, in one statement. */
export async function seedBroadcastRows(db: Database, n: number, firstChatId = firstChat) {
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO "OutboxMessage" ("chatId", kind, text, "dueAt", "parseMode")
    SELECT ${firstChatId} + g - 1, 'broadcast', 'Bench message ' || g, now() - interval '1 second', NULL
    FROM generate_series(1, ${n}) AS g`)
}

// MedTwin's own bot answering /help over the same database and Bot API server as the broadcast.
function helpBot(db: Database, server: BotApiServer) {
  const logger = createLogger({ level: 'silent' })
  const config = createConfig({ BOT_TOKEN: token, BOT_API_ROOT: server.apiRoot, LOG_LEVEL: 'silent' })
  const domain = createDomain(db.prisma, { defaultLocale: config.defaultLocale, clock })
  const { bot } = createBot({ config, logger, domain, clock }, { db: db.prisma, botInfo: benchBotInfo })
  let updateId = 1
  return async () => {
    const chat = { id: 42 + (updateId % 50), type: 'private' as const, first_name: 'U' }
    const started = performance.now()
    await bot.handleUpdate({ update_id: updateId++, message: { message_id: updateId, date: Math.floor(clock().getTime() / 1000), chat, from: { id: chat.id, is_bot: false, first_name: 'U', language_code: 'uk' }, text: '/help', entities: [{ type: 'bot_command', offset: 0, length: 5 }] } })
    return performance.now() - started
  }
}

export async function deliveryBench(kind: DbKind, rate: number, recipients: number): Promise<DeliveryResult> {
  const paid = rate > 30
  const db = await createTestDatabase(kind)
  const server = await startBotApiServer({ globalLimit: 30, paidLimit: 1000, perChatIntervalMs: 1000 })
  try {
    await seedBroadcastRows(db, recipients)
    const logger = createLogger({ level: 'warn' })
    const dispatcher = createDispatcher({ prisma: db.prisma, api: new Api(token, { apiRoot: server.apiRoot }), render: createTestRender(), logger, instanceId: 'bench', globalRate: rate, paidBroadcast: paid, clock })
    const ping = helpBot(db, server)
    const latencies: number[] = []
    let helpErrors = 0
    let counted = 0
    let broadcast = 0
    const broadcastSent = () => {
      for (; counted < server.sent.length; counted++) {
        if (server.sent[counted].chatId >= firstChat)
          broadcast++
      }
      return broadcast
    }
    dispatcher.start()
    const started = performance.now()
    const deadline = started + (recipients / rate) * 3000 + 60_000
    while (broadcastSent() < recipients && performance.now() < deadline) {
      // 4 replies a second: with the broadcast's 25 they stay within the free 30.
      await new Promise(resolve => setTimeout(resolve, 250))
      latencies.push(await ping().catch(() => {
        helpErrors++
        return Number.NaN
      }))
    }
    await dispatcher.stop()
    const sends = server.sent.filter(m => m.chatId >= firstChat)
    const chats = new Set(sends.map(m => m.chatId))
    const times = sends.map(m => m.at)
    const seconds = (Math.max(...times) - Math.min(...times)) / 1000
    const sentRate = (sends.length - 1) / seconds
    return {
      db: kind,
      rate,
      paid,
      recipients,
      sentRate,
      ratio: sentRate / rate,
      lost: recipients - chats.size,
      duplicated: sends.length - chats.size,
      throttled: server.calls.filter(c => c.errorCode === 429).length,
      helpP50Ms: percentile(latencies, 50),
      helpP99Ms: percentile(latencies, 99),
      helpErrors,
    }
  }
  finally {
    await server.close()
    await db.close()
  }
}
