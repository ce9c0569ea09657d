// Prometheus metrics through prom-client, on one Registry made in main.ts and
// passed down (never the global default, so tests stay isolated). Nothing here
// ever carries a secret: labels are fixed words (update kinds, outcomes, states).
import type { Db } from '../db/client.js'
import type { SendResult } from '../delivery/dispatcher-send.js'
import type { Clock } from '../time/clock.js'
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client'
import { inboxDepth } from '../inbox/store.js'

export const outboxStates = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const

export interface Metrics {
  registry: Registry
  /** Updates handled, by kind (message, callback_query, …) and outcome (ok, error). */
  updates: Counter<'kind' | 'outcome'>
  /** Errors that reached the bot's error boundary. */
  handlerErrors: Counter
  /** What the dispatcher recorded for each send. */
  recordSend: (result: SendResult) => void
}

export interface MetricsOptions {
  /** The Node process metrics (default true). */
  processMetrics?: boolean
}

export function createMetrics(registry = new Registry(), options: MetricsOptions = {}): Metrics {
  if (options.processMetrics ?? true)
    collectDefaultMetrics({ register: registry })
  const updates = new Counter({
    name: 'medtwin_updates_total',
    help: 'Telegram updates handled, by kind and outcome',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  })
  const handlerErrors = new Counter({
    name: 'medtwin_handler_errors_total',
    help: 'Errors that reached the bot\'s error boundary',
    registers: [registry],
  })
  const sends = new Counter({
    name: 'medtwin_outbox_sends_total',
    help: 'Outbox sends by result: sent, rate_limited, unreachable, retry, failed, rejected',
    labelNames: ['result'] as const,
    registers: [registry],
  })
  const rateLimited = new Counter({
    name: 'medtwin_telegram_429_total',
    help: 'Sends Telegram refused with 429 Too Many Requests',
    registers: [registry],
  })
  return {
    registry,
    updates,
    handlerErrors,
    recordSend(result) {
      sends.inc({ result })
      if (result === 'rate_limited')
        rateLimited.inc()
    },
  }
}

/**
 * Outbox rows by state, read on each scrape with one GROUP BY. A database
 * that does not answer leaves the gauge empty for that scrape; /healthz tells.
 */
export function registerOutboxGauge(metrics: Metrics, prisma: Db) {
  return new Gauge({
    name: 'medtwin_outbox_messages',
    help: 'Outbox rows by state (read at scrape time)',
    labelNames: ['state'] as const,
    registers: [metrics.registry],
    async collect() {
      this.reset()
      try {
        const rows = await prisma.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } })
        const counts = new Map(rows.map(row => [row.status as string, row._count._all]))
        for (const state of outboxStates)
          this.set({ state }, counts.get(state) ?? 0)
      }
      catch {
        // Left empty: the scrape still answers.
      }
    },
  })
}

/**
 * The inbox: updates not yet handled, and how long the oldest of them has
 * waited (0 when none), read on each scrape (one short statement each).
 */
export function registerInboxGauges(metrics: Metrics, prisma: Db, clock: Clock) {
  // A failed read leaves the value of the last scrape; /healthz tells the database is down.
  const depth = () => inboxDepth(prisma).catch(() => undefined)
  const pending = new Gauge({
    name: 'medtwin_inbox_pending',
    help: 'Updates in the inbox not yet handled (read at scrape time)',
    registers: [metrics.registry],
    async collect() {
      const now = await depth()
      if (now)
        this.set(now.pending)
    },
  })
  const oldestAge = new Gauge({
    name: 'medtwin_inbox_oldest_age_seconds',
    help: 'How long the oldest update not yet handled has waited, in seconds (0 when none)',
    registers: [metrics.registry],
    async collect() {
      const now = await depth()
      if (now)
        this.set(now.oldest ? Math.max(0, (clock().getTime() - now.oldest.getTime()) / 1000) : 0)
    },
  })
  return { pending, oldestAge }
}
