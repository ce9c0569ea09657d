// Reply latency per kind of update through MedTwin's own bot (createBot), on one database:
// statements per update, mean and p99, against a bare grammY bot replying once and against
// the database floor (statements × one SELECT 1 round trip); and 200 people at once.
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils'
import type { Update, UserFromGetMe } from 'grammy/types'
import type { DbKind } from '../helpers/db.js'
import { Bot } from 'grammy'
import { createBot } from '../../src/bot/create-bot.js'
import { createConfig } from '../../src/config.js'
import { createDomain } from '../../src/domain/index.js'
import { PrismaClient } from '../../src/generated/prisma/client.js'
import { createLogger } from '../../src/logger.js'
import { systemClock } from '../../src/time/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { createApplication, createHospital, createOpportunity, createPerson, doctorProfile } from '../helpers/fixtures.js'
import { callback, person, text } from '../helpers/updates.js'
import { mean, percentile } from './stats.js'

export interface KindResult { kind: string, statements: number, meanMs: number, p99Ms: number, vsBare: number, vsFloor: number }
export interface UpdatesResult { db: DbKind, floorMs: number, bareMs: number, kinds: KindResult[], burstP99Ms: number, burstVsBare: number }

const token = '123456:BENCH-token-for-the-local-bot-api-server'
export const benchBotInfo = { id: 1000, is_bot: true, first_name: 'Bench', username: 'bench_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false } as unknown as UserFromGetMe
const botInfo = benchBotInfo

// Telegram answered in-process: the figures are the bot's and the database's, not a network's.
let messageId = 1
async function fetchStub(url: string | URL, init?: { body?: unknown }) {
  const method = String(url).split('/').pop()!
  const payload = typeof init?.body === 'string' ? JSON.parse(init.body) : {}
  const result = method.startsWith('send') || method.startsWith('edit')
    ? { message_id: messageId++, date: Math.floor(Date.now() / 1000), chat: { id: payload.chat_id, type: 'private' }, text: payload.text }
    : true
  return new Response(JSON.stringify({ ok: true, result }), { headers: { 'content-type': 'application/json' } })
}

/** Counts every statement the driver adapter runs (queries, and BEGIN/COMMIT of transactions). */
function counting(factory: SqlMigrationAwareDriverAdapterFactory, counter: { n: number }): SqlMigrationAwareDriverAdapterFactory {
  function wrap<T extends SqlDriverAdapter | Transaction>(target: T): T {
    return new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property, object)
        if (typeof value !== 'function')
          return value
        if (property === 'queryRaw' || property === 'executeRaw' || property === 'commit' || property === 'rollback') {
          return (...args: unknown[]) => {
            counter.n++
            return value.apply(object, args)
          }
        }
        if (property === 'startTransaction') {
          return async (...args: unknown[]) => {
            counter.n++
            return wrap(await value.apply(object, args))
          }
        }
        return value.bind(object)
      },
    })
  }
  return new Proxy(factory, {
    get(object, property) {
      const value = Reflect.get(object, property, object)
      if (property === 'connect')
        return async () => wrap(await value.apply(object, []))
      return typeof value === 'function' ? value.bind(object) : value
    },
  })
}

async function timed(run: () => Promise<unknown>) {
  const started = performance.now()
  await run()
  return performance.now() - started
}

export async function updatesBench(kind: DbKind, rounds: number): Promise<UpdatesResult> {
  const db = await createTestDatabase(kind)
  const counter = { n: 0 }
  const prisma = new PrismaClient({ adapter: counting(db.factory, counter) })
  try {
    const clock = systemClock
    const now = clock()
    const hospital = await createHospital(db.prisma)
    const opportunity = await createOpportunity(db.prisma, hospital.id)
    const me = await createPerson(db.prisma, 9701, { locale: 'en', profile: { ...doctorProfile, onboardedAt: now } })
    await createApplication(db.prisma, me.id, opportunity.id)
    const config = createConfig({ BOT_TOKEN: token, LOG_LEVEL: 'silent' })
    const logger = createLogger({ level: 'silent' })
    const domain = createDomain(prisma, { defaultLocale: config.defaultLocale, clock, timezone: config.timezone })
    const { bot } = createBot({ config, logger, domain, clock }, { db: prisma, botInfo, client: { fetch: fetchStub as any }, rateLimit: { timeFrame: 60_000, limit: 1_000_000_000 } })
    const bare = new Bot(token, { botInfo, client: { fetch: fetchStub as any } })
    bare.on('message', ctx => ctx.reply('hi'))

    const u = person(9701, 'en')
    const kinds: Array<[string, () => Update]> = [
      ['/help', () => text(u, '/help')],
      ['/start', () => text(u, '/start')],
      ['/my', () => text(u, '/my')],
      ['/internships', () => text(u, '/internships')],
      ['a card', () => callback(u, `in:o:${opportunity.id}:0`)],
    ]

    // The floor: one round trip of the cheapest statement.
    for (let i = 0; i < 20; i++)
      await prisma.$queryRawUnsafe('SELECT 1')
    const floor: number[] = []
    for (let i = 0; i < rounds * 2; i++)
      floor.push(await timed(() => prisma.$queryRawUnsafe('SELECT 1')))
    // Ratios divide medians: a mean of a few dozen round trips on a shared machine is
    // moved by one stall, and the CI check compares these ratios run against run.
    const floorMs = mean(floor)
    const floorMedian = percentile(floor, 50)

    for (let i = 0; i < 20; i++)
      await bare.handleUpdate(text(u, '/help'))
    const bareTimes: number[] = []
    for (let i = 0; i < rounds * 2; i++)
      bareTimes.push(await timed(() => bare.handleUpdate(text(u, '/help'))))
    const bareMs = mean(bareTimes)
    const bareMedian = percentile(bareTimes, 50)

    const results: KindResult[] = []
    for (const [name, update] of kinds) {
      for (let i = 0; i < 5; i++)
        await bot.handleUpdate(update())
      const times: number[] = []
      const counts: number[] = []
      for (let i = 0; i < rounds; i++) {
        const before = counter.n
        times.push(await timed(() => bot.handleUpdate(update())))
        counts.push(counter.n - before)
      }
      const statements = Math.round(mean(counts))
      const meanMs = mean(times)
      const medianMs = percentile(times, 50)
      results.push({ kind: name, statements, meanMs, p99Ms: percentile(times, 99), vsBare: medianMs / bareMedian, vsFloor: medianMs / (Math.max(1, statements) * floorMedian) })
    }

    // 200 people press /start at once (each their first contact).
    const burst = await Promise.all(Array.from({ length: 200 }, (_, i) => timed(() => bot.handleUpdate(text(person(50_000 + i, 'uk'), '/start')))))
    const burstP99Ms = percentile(burst, 99)
    return { db: kind, floorMs, bareMs, kinds: results, burstP99Ms, burstVsBare: burstP99Ms / bareMs }
  }
  finally {
    await prisma.$disconnect()
    await db.close()
  }
}
