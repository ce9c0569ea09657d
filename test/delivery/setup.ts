// Shared fixtures for delivery tests: a database, a local Bot API server and a dispatcher factory.
import type { Database } from '../../src/db/client.js'
import type { DispatcherDeps } from '../../src/delivery/dispatcher.js'
import type { BotApiServer, BotApiServerOptions } from '../helpers/bot-api-server.js'
import type { TestClock } from '../helpers/clock.js'
import type { DbKind } from '../helpers/db.js'
import { Api } from 'grammy'
import { createDispatcher } from '../../src/delivery/dispatcher.js'
import { createLogger } from '../../src/logger.js'
import { startBotApiServer } from '../helpers/bot-api-server.js'
import { createTestClock, testStart } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { createTestRender } from '../helpers/render.js'

export const token = '123456:TEST-token-for-the-local-bot-api-server'
export const render = createTestRender()
export const silent = createLogger({ level: 'silent' })

/** A Bot API call as the dispatcher made it, stamped with its clock when made and when answered. */
export interface ClockedCall { at: number, answeredAt?: number, method: string, chatId: number, ok: boolean, errorCode?: number }

export interface Fixture {
  db: Database
  server: BotApiServer
  api: Api
  /** The dispatchers' clock (back at the test start after `reset()`); their sleeps move it. */
  clock: TestClock
  /** Every call through `api`, in the order made, at the clock's time. */
  calls: ClockedCall[]
  dispatcher: (overrides?: Partial<DispatcherDeps>) => ReturnType<typeof createDispatcher>
  /** Empties every table and the server's records, for the next test. */
  reset: () => Promise<void>
  close: () => Promise<void>
}

/** Fast settings: tests never wait for Telegram's real pacing. */
export async function createFixture(kind: DbKind, serverOptions: BotApiServerOptions = {}): Promise<Fixture> {
  const db = await createTestDatabase(kind)
  const server = await startBotApiServer(serverOptions)
  const api = new Api(token, { apiRoot: server.apiRoot })
  const clock = createTestClock()
  const calls: ClockedCall[] = []
  api.config.use(async (prev, method, payload, signal) => {
    const call: ClockedCall = { at: clock().getTime(), method, chatId: Number((payload as { chat_id?: number }).chat_id), ok: false }
    calls.push(call)
    try {
      const result = await prev(method, payload, signal)
      call.ok = result.ok
      call.errorCode = result.ok ? undefined : result.error_code
      return result
    }
    finally {
      call.answeredAt = clock().getTime()
    }
  })
  let n = 0
  return {
    db,
    server,
    api,
    clock,
    calls,
    dispatcher: overrides => createDispatcher({
      prisma: db.prisma,
      api,
      render,
      logger: silent,
      instanceId: `test-${++n}`,
      globalRate: 1000,
      perChatIntervalMs: 20,
      batchSize: 50,
      leaseMs: 1000,
      pollMs: 20,
      backoffBaseMs: 10,
      clock,
      sleep: clock.sleep,
      ...overrides,
    }),
    reset: async () => {
      server.reset()
      clock.set(testStart)
      calls.length = 0
      const tables = await db.prisma.$queryRaw<Array<{ name: string }>>`
        SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`
      await db.prisma.$executeRawUnsafe(`TRUNCATE ${tables.map(t => `"${t.name}"`).join(', ')} RESTART IDENTITY CASCADE`)
    },
    close: async () => {
      await server.close()
      await db.close()
    },
  }
}

/** A user with a Telegram id equal to `telegramId`. */
export async function createUser(db: Database, telegramId: number, data: { locale?: string, timezone?: string, subscribed?: boolean } = {}) {
  return db.prisma.user.create({
    data: {
      telegramId: BigInt(telegramId),
      locale: data.locale,
      timezone: data.timezone,
      ...(data.subscribed ? { subscription: { create: { specialties: [], countries: [] } } } : {}),
    },
  })
}
