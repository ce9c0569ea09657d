// The entry point: read the environment, wire the parts, start polling or the
// webhook server, stop cleanly on SIGINT/SIGTERM. Nothing else lives here.
import type { Config } from './config.js'
import type { Database } from './db/client.js'
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { config as loadDotenv } from 'dotenv'
import { GrammyError } from 'grammy'
import { Registry } from 'prom-client'
import { startBackground } from './background.js'
import { syncBotProfile } from './bot/bot-profile.js'
import { syncAllStaffCommands } from './bot/commands.js'
import { createBot } from './bot/create-bot.js'
import { createRender } from './bot/i18n.js'
import { createConfig } from './config.js'
import { openDatabase } from './db/client.js'
import { databaseCheck } from './db/health.js'
import { createDomain } from './domain/index.js'
import { createInbox } from './inbox/consumer.js'
import { startPoller } from './inbox/poller.js'
import { createLogger, scrubSecrets } from './logger.js'
import { startOpsServer } from './ops/http.js'
import { createMetrics, registerInboxGauges, registerOutboxGauge } from './ops/metrics.js'
import { createPlainApi } from './telegram/scrub-errors.js'
import { systemClock } from './time/clock.js'
import { startWebhookServer } from './webhook.js'

loadDotenv({ quiet: true })

function fail(message: string, config?: Partial<Config>): never {
  process.stderr.write(`${scrubSecrets(message, [config?.botToken, config?.databaseUrl, process.env.BOT_TOKEN])}\n`)
  process.exit(1)
}

// Prisma wraps driver errors in several lines; the driver's own sentence is the useful part.
function describeDbError(error: unknown) {
  const message = String((error as Error)?.message ?? error)
  return message.match(/Message: `([^`]+)`/)?.[1] ?? message.split('\n').find(line => line.trim())?.trim() ?? 'unknown error'
}

let config: Config
try {
  config = createConfig(process.env)
}
catch (error) {
  fail((error as Error).message)
}

const logger = createLogger({ level: config.logLevel })
let db: Database | undefined

// Registered before anything starts, so a signal during start-up also stops
// cleanly. Stopped in reverse: first the updates, then the background work they feed.
const stops: Array<() => Promise<unknown>> = []
let stopping: Promise<void> | undefined
function shutdown(signal: string) {
  stopping ??= (async () => {
    logger.info({ signal }, 'stopping: finishing updates in flight')
    for (const stop of [...stops].reverse())
      await stop().catch(error => logger.error({ err: error }, 'error while stopping'))
    await db?.close()
    logger.info('stopped')
    process.exit(0)
  })()
  return stopping
}
process.once('SIGINT', () => void shutdown('SIGINT'))
process.once('SIGTERM', () => void shutdown('SIGTERM'))

try {
  db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  const applied = await db.migrate()
  if (applied.length)
    logger.info({ applied }, 'database migrated')
}
catch (error) {
  const what = config.databaseUrl ? 'DATABASE_URL: cannot use the PostgreSQL database' : `DATA_DIR: cannot open the embedded database in ${config.dataDir}`
  fail(`Invalid config: ${what} (${describeDbError(error)})`, config)
}

// Ask Telegram who we are before anything else: a plain Api (no auto-retry)
// so a wrong token or an unreachable server ends the start-up with one line.
let botInfo
try {
  botInfo = await createPlainApi(config.botToken, { apiRoot: config.apiRoot, timeoutSeconds: 30 }).getMe()
}
catch (error) {
  await db.close()
  if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404))
    fail('Invalid config: BOT_TOKEN was refused by Telegram (check it with @BotFather)', config)
  fail(`Cannot reach the Bot API at ${config.apiRoot}: ${(error as Error).message}`, config)
}

// The one clock: every part of the program reads "now" from it.
const clock = systemClock
const domain = createDomain(db.prisma, { defaultLocale: config.defaultLocale, clock, timezone: config.timezone })
// One registry for the process, passed down: updates, sends, the outbox, Node.
const metrics = createMetrics(new Registry())
registerOutboxGauge(metrics, db.prisma)
registerInboxGauges(metrics, db.prisma, clock)
const health = databaseCheck(db.prisma)
const { bot, i18n } = createBot({ config, logger, domain, clock }, { db: db.prisma, botInfo, metrics })
const render = createRender(i18n)

await syncBotProfile(bot.api, render, config.defaultLocale, (what, error) => logger.warn({ err: { message: String(error) }, what }, 'could not set the bot\'s profile'))
const staff = await domain.access.listStaff()
await syncAllStaffCommands(bot.api, render, config.adminIds, staff)
  .catch(error => logger.warn({ err: { message: String(error) } }, 'could not set the staff command menus'))

stops.push(startBackground({ prisma: db.prisma, config, logger, render, clock, metrics }))
// /healthz and /metrics on a port of their own when configured (METRICS_PORT,
// or PORT in polling mode); the webhook server always answers /healthz, and
// /metrics too when there is no such port.
if (config.ops) {
  const where = config.ops
  stops.push(await startOpsServer({ health, registry: metrics.registry }, where, logger)
    .catch(error => fail(`Cannot listen on ${where.host}:${where.port} for /healthz and /metrics (METRICS_PORT, PORT): ${(error as Error).message}`, config)))
}
// Every update is written to the inbox before Telegram is answered (webhook)
// or the batch confirmed (polling), then handled from there: one chat at a
// time across instances, several chats at once (INBOX_WORKERS).
const inbox = createInbox({
  prisma: db.prisma,
  handle: update => bot.handleUpdate(update),
  logger: logger.child({ part: 'inbox' }),
  clock,
  instanceId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
  workers: config.inboxWorkers,
  // How long a claim holds its row before another instance may take it (a crashed holder's).
  lockMs: config.inboxLockMs,
})
inbox.start()
stops.push(() => inbox.stop())
if (config.mode === 'webhook') {
  stops.push(await startWebhookServer(bot.api, inbox, config, logger, { health, registry: config.ops ? undefined : metrics.registry }))
}
else {
  await bot.api.deleteWebhook()
  // A plain Api: the poller backs off on its own; the timeout outlasts the 30 s long poll.
  const poller = startPoller({ api: createPlainApi(config.botToken, { apiRoot: config.apiRoot, timeoutSeconds: 60 }), accept: inbox.accept, logger: logger.child({ part: 'poller' }) })
  stops.push(() => poller.stop())
}
logger.info({ mode: config.mode, username: bot.botInfo.username, database: db.kind }, 'MedTwin is running')
