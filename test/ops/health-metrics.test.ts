// GET /healthz and GET /metrics: on the webhook server, and on the small server
// polling mode runs. The bot is the real one, fed updates over HTTP; the
// database is a real one too, and a failing database is a check that fails.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Database } from '../../src/db/client.js'
import type { Fixture } from '../delivery/setup.js'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseCheck } from '../../src/db/health.js'
import { createLogger } from '../../src/logger.js'
import { createOpsServer } from '../../src/ops/http.js'
import { createMetrics, registerOutboxGauge } from '../../src/ops/metrics.js'
import { enqueue } from '../../src/outbox/enqueue.js'
import { createWebhookServer } from '../../src/webhook.js'
import { createFixture } from '../delivery/setup.js'
import { createTestBot, testToken } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { startTestInbox } from '../helpers/inbox.js'
import { person, text } from '../helpers/updates.js'
import { until } from '../helpers/wait.js'

const silent = createLogger({ level: 'silent' })
const secret = 'ops-webhook-secret-0123456789'

async function listen(server: Server) {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}

/** A database client whose every query fails, as a stopped server's does. */
const brokenDb = { $queryRawUnsafe: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) } as any
/** One whose query never answers, as a hung server's does. */
const hungDb = { $queryRawUnsafe: () => new Promise(() => {}) } as any

describe('health and metrics on the webhook server', () => {
  let db: Database
  let t: ReturnType<typeof createTestBot>
  let metrics: ReturnType<typeof createMetrics>
  let server: Awaited<ReturnType<typeof listen>>
  let inbox: ReturnType<typeof startTestInbox>

  beforeAll(async () => {
    db = await createTestDatabase()
    metrics = createMetrics(new Registry())
    registerOutboxGauge(metrics, db.prisma)
    t = createTestBot(db, { metrics })
    inbox = startTestInbox(db, t.bot)
    server = await listen(createWebhookServer(inbox, secret, silent, { health: databaseCheck(db.prisma), registry: metrics.registry }))
  })
  afterAll(async () => {
    await server?.close()
    await inbox?.stop()
    await db?.close()
  })

  it('when the database answers, then /healthz is 200', async () => {
    const res = await fetch(`${server.base}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('ok')
  })

  it('when an update was handled and rows wait in the outbox, then /metrics counts the update by kind and outcome and the rows by state, and never shows the token or the secret', async () => {
    const res = await fetch(`${server.base}/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body: JSON.stringify(text(person(8201, 'en', 'Iryna'), '/help')),
    })
    expect(res.status).toBe(200)
    await until(() => t.calls.some(c => c.method === 'sendMessage' && c.payload.chat_id === 8201), 'the answer to 8201')
    expect(t.take().some(c => c.method === 'sendMessage' && c.payload.chat_id === 8201)).toBe(true)
    await enqueue(db.prisma, [{ chatId: 8201, kind: 'test', text: 'a' }, { chatId: 8202, kind: 'test', text: 'b' }], t.clock())

    const scrape = await fetch(`${server.base}/metrics`)
    expect(scrape.status).toBe(200)
    expect(scrape.headers.get('content-type')).toContain('text/plain')
    const body = await scrape.text()
    expect(body).toContain('medtwin_updates_total{kind="message",outcome="ok"} 1')
    expect(body).toContain('medtwin_outbox_messages{state="pending"} 2')
    expect(body).toContain('medtwin_outbox_messages{state="sending"} 0')
    expect(body).toContain('medtwin_handler_errors_total 0')
    // The Node process metrics.
    expect(body).toContain('process_cpu_user_seconds_total')
    expect(body).toContain('nodejs_heap_size_used_bytes')
    expect(body).not.toContain(testToken)
    expect(body).not.toContain(testToken.split(':')[1])
    expect(body).not.toContain(secret)
  })

  it('when a handler fails, then the update counts as an error and the handler error is counted', async () => {
    const m = createMetrics(new Registry(), { processMetrics: false })
    const failing = createTestBot(db, { metrics: m, answer: call => call.method === 'sendMessage' ? { ok: false, error_code: 400, description: 'Bad Request: chat not found' } : undefined })
    await failing.bot.handleUpdate(text(person(8203, 'en'), '/help'))
    const body = await m.registry.metrics()
    expect(body).toContain('medtwin_updates_total{kind="message",outcome="error"} 1')
    expect(body).toContain('medtwin_handler_errors_total 1')
  })
})

describe('/healthz when the database does not answer', () => {
  it('when the database query fails, then /healthz is 503 and the webhook server stays up', async () => {
    const db = await createTestDatabase()
    const server = await listen(createWebhookServer({ accept: async () => 0 }, secret, silent, { health: databaseCheck(brokenDb) }))
    try {
      const res = await fetch(`${server.base}/healthz`)
      expect(res.status).toBe(503)
      expect(await res.text()).not.toContain('5432')
      // No registry given: no /metrics here.
      expect((await fetch(`${server.base}/metrics`)).status).toBe(404)
    }
    finally {
      await server.close()
      await db.close()
    }
  })

  it('when the database query hangs, then the check gives up and says unhealthy', async () => {
    expect(await databaseCheck(hungDb, 10)()).toBe(false)
    expect(await databaseCheck(brokenDb)()).toBe(false)
  })
})

describe('the health and metrics server of polling mode', () => {
  it('serves /healthz and /metrics, 404 for anything else, and 503 once the database fails', async () => {
    const db = await createTestDatabase()
    const metrics = createMetrics(new Registry(), { processMetrics: false })
    registerOutboxGauge(metrics, db.prisma)
    let healthy = true
    const check = databaseCheck(db.prisma)
    const server = await listen(createOpsServer({ health: async () => healthy && check(), registry: metrics.registry }, silent))
    try {
      expect((await fetch(`${server.base}/healthz`)).status).toBe(200)
      expect(await (await fetch(`${server.base}/metrics`)).text()).toContain('medtwin_outbox_messages{state="pending"} 0')
      expect((await fetch(`${server.base}/telegram`, { method: 'POST', body: '{}' })).status).toBe(404)
      healthy = false
      expect((await fetch(`${server.base}/healthz`)).status).toBe(503)
    }
    finally {
      await server.close()
      await db.close()
    }
  })
})

describe('dispatcher metrics', () => {
  let f: Fixture
  beforeAll(async () => {
    f = await createFixture('pglite')
  }, 60_000)
  afterAll(async () => {
    await f?.close()
  })

  it('when Telegram answers 429 once, then the sends are counted by result and the 429 on its own', async () => {
    const metrics = createMetrics(new Registry(), { processMetrics: false })
    await enqueue(f.db.prisma, [1, 2].map(chatId => ({ chatId, kind: 't', text: `m${chatId}` })), f.clock())
    f.server.fail(1, { kind: 'rate-limit', retryAfter: 1 })
    const dispatcher = f.dispatcher({ concurrency: 1, onSendResult: metrics.recordSend })
    await dispatcher.tick()
    await dispatcher.tick()
    const body = await metrics.registry.metrics()
    expect(body).toContain('medtwin_outbox_sends_total{result="sent"} 2')
    expect(body).toContain('medtwin_outbox_sends_total{result="rate_limited"} 1')
    expect(body).toContain('medtwin_telegram_429_total 1')
  })
})
