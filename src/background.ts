// Work that runs beside the bot: the outbox dispatcher (the one way anything
// that is not a direct reply is sent), broadcast progress reports, and the
// scheduled jobs. Returns one function that stops all of it.
import type { Config } from './config.js'
import type { Db } from './db/client.js'
import type { Render } from './delivery/dispatcher.js'
import type { Logger } from './logger.js'
import type { Metrics } from './ops/metrics.js'
import type { Clock } from './time/clock.js'
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { createBroadcastProgress } from './delivery/broadcast-progress.js'
import { createDispatcher } from './delivery/dispatcher.js'
import { createSeatJobs } from './domain/review-seats.js'
import { inboxRetentionCron, purgeInbox } from './jobs/inbox-retention.js'
import { outboxRetentionCron, purgeOutbox } from './jobs/outbox-retention.js'
import { registerReminderJobs } from './jobs/reminder-jobs.js'
import { createScheduler } from './jobs/scheduler.js'
import { createPlainApi } from './telegram/scrub-errors.js'

export interface BackgroundDeps {
  prisma: Db
  config: Config
  logger: Logger
  render: Render
  clock: Clock
  /** Sends by result and 429s, from the dispatcher. */
  metrics?: Metrics
}

export function startBackground({ prisma, config, logger, render, clock, metrics }: BackgroundDeps) {
  const instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  // An Api of its own, without auto-retry: the dispatcher paces itself and
  // handles 429, and its sends never queue behind the bot's replies. Its
  // errors never carry the token (they go to the logs and outbox rows).
  const api = createPlainApi(config.botToken, { apiRoot: config.apiRoot })
  const dispatcher = createDispatcher({ prisma, api, render, logger: logger.child({ part: 'dispatcher' }), instanceId, globalRate: config.sendRate, paidBroadcast: config.paidBroadcast, clock, onSendResult: metrics?.recordSend })
  const progress = createBroadcastProgress({ prisma, api, render, logger: logger.child({ part: 'broadcast' }), clock })
  const scheduler = createScheduler({ prisma, logger: logger.child({ part: 'jobs' }), instanceId, timezone: config.timezone, clock })
  registerReminderJobs(scheduler, prisma, clock, config.timezone)
  // Offers not answered in time lapse, and their seats go to the waitlist.
  const seats = createSeatJobs(prisma, clock)
  scheduler.add('offer-lapse', '*/10 * * * *', () => seats.lapseExpiredOffers(clock()))
  // Finished outbox rows (texts, chat ids) are deleted after the retention period.
  scheduler.add('outbox-retention', outboxRetentionCron, () => purgeOutbox(prisma, clock(), config.outboxRetentionDays))
  // Handled inbox rows (what people wrote) are deleted a day after.
  scheduler.add('inbox-retention', inboxRetentionCron, () => purgeInbox(prisma, clock()))

  dispatcher.start()
  progress.start()
  scheduler.start()
  return async () => {
    await scheduler.stop()
    await progress.stop()
    await dispatcher.stop()
  }
}
