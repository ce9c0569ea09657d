// Shared fixtures for delivery tests: a database, a local Bot API server and a dispatcher factory.
import type { Database } from '../../src/db/client.js'
import type { DispatcherDeps } from '../../src/delivery/dispatcher.js'
import type { BotApiServer, BotApiServerOptions } from '../helpers/bot-api-server.js'
import type { DbKind } from '../helpers/db.js'
import { Api } from 'grammy'
import { createDispatcher } from '../../src/delivery/dispatcher.js'
import { createLogger } from '../../src/logger.js'
import { startBotApiServer } from '../helpers/bot-api-server.js'
import { createTestDatabase } from '../helpers/db.js'
import { createTestRender } from '../helpers/render.js'

export const token = '123456:TEST-token-for-the-local-bot-api-server'
export const render = createTestRender()
export const silent = createLogger({ level: 'silent' })

export interface Fixture {
  db: Database
  server: BotApiServer
  api: Api
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
  let n = 0
  return {
    db,
    server,
    api,
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
      ...overrides,
    }),
    reset: async () => {
      server.reset()
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
