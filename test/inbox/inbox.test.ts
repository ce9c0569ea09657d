// The inbox on each database kind: stored before it is acknowledged, handled
// once, one chat at a time and in order across two consumers, a crashed
// consumer's row taken over, database failures retried without a second
// apology, a handler bug recorded and passed, a clean stop, the metrics.
import type { AddressInfo } from 'node:net'
import type { Database } from '../../src/db/client.js'
import type { InboxRow } from '../../src/inbox/store.js'
import type { TestClock } from '../helpers/clock.js'
import { request } from 'node:http'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/client.js'
import { createInbox } from '../../src/inbox/consumer.js'
import { settleAndClaim } from '../../src/inbox/store.js'
import { purgeInbox } from '../../src/jobs/inbox-retention.js'
import { createLogger } from '../../src/logger.js'
import { createMetrics, registerInboxGauges } from '../../src/ops/metrics.js'
import { createWebhookServer } from '../../src/webhook.js'
import { createTestBot } from '../helpers/bot.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { breakable, startTestInbox, untilDone } from '../helpers/inbox.js'
import { person, text } from '../helpers/updates.js'
import { until } from '../helpers/wait.js'

const silent = createLogger({ level: 'silent' })
const secret = 'inbox-webhook-secret-0123456789'
const helpEn = (t: ReturnType<typeof createTestBot>) => t.i18n.t('en', 'help-text')

function post(port: number, body: string) {
  return new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/telegram', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret } }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end(body)
  })
}

async function listen(server: ReturnType<typeof createWebhookServer>) {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return { port: (server.address() as AddressInfo).port, close: () => new Promise<void>(resolve => server.close(() => resolve())) }
}

/** A second client on the same database: another instance, on PostgreSQL its own connections. */
async function secondClient(db: Database): Promise<Database> {
  if (db.kind === 'pglite')
    return { ...db, close: async () => {} }
  const [{ schema }] = await db.prisma.$queryRaw<Array<{ schema: string }>>`SELECT current_schema() AS schema`
  return openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: '', schema })
}

const sentTo = (t: ReturnType<typeof createTestBot>, chatId: number) => t.calls.filter(c => c.method === 'sendMessage' && c.payload.chat_id === chatId).map(c => c.payload.text as string)

describe.each(testDatabaseKinds())('the inbox (%s)', (kind) => {
  let db: Database
  beforeAll(async () => {
    db = await createTestDatabase(kind)
  })
  afterAll(async () => {
    await db?.close()
  })

  it('when the webhook gets an update, then it is in the inbox before the 200, and handled after it, once, even when delivered twice', async () => {
    const t = createTestBot(db)
    const inbox = createInbox({ prisma: db.prisma, handle: u => t.bot.handleUpdate(u), logger: silent, clock: t.clock, instanceId: 'web', pollMs: 20 })
    const server = await listen(createWebhookServer(inbox, secret, silent))
    try {
      const update = text(person(8301, 'en'), '/help')
      // Nobody consumes yet: the 200 means stored, not handled.
      expect(await post(server.port, JSON.stringify(update))).toBe(200)
      const row = await db.prisma.inboxUpdate.findUniqueOrThrow({ where: { updateId: BigInt(update.update_id) } })
      expect(row).toMatchObject({ chatKey: '8301', done: false, attempts: 0 })
      expect(t.calls).toEqual([])
      // Telegram delivers it again (it thought the first failed): still 200, still one row.
      expect(await post(server.port, JSON.stringify(update))).toBe(200)
      expect(await db.prisma.inboxUpdate.count({ where: { updateId: BigInt(update.update_id) } })).toBe(1)

      inbox.start()
      await untilDone(db, [update.update_id])
      // And a third time, after it was handled: nothing happens again.
      expect(await post(server.port, JSON.stringify(update))).toBe(200)
      await new Promise(resolve => setTimeout(resolve, 100))
      expect(sentTo(t, 8301)).toEqual([helpEn(t)])
      expect(await db.prisma.inboxUpdate.findUniqueOrThrow({ where: { updateId: BigInt(update.update_id) } })).toMatchObject({ outcome: 'ok', attempts: 1, lockedBy: null })
    }
    finally {
      await server.close()
      await inbox.stop()
    }
  })

  it('when the database does not answer, then the webhook answers 503 and stores nothing; once it does, the redelivery is answered', async () => {
    const broken = breakable(db)
    const t = createTestBot(broken.db)
    const inbox = startTestInbox(broken.db, t.bot)
    const server = await listen(createWebhookServer(inbox, secret, silent))
    try {
      const update = text(person(8302, 'uk'), '/help')
      broken.down = true
      expect(await post(server.port, JSON.stringify(update))).toBe(503)
      broken.down = false
      expect(await db.prisma.inboxUpdate.count({ where: { updateId: BigInt(update.update_id) } })).toBe(0)
      expect(await post(server.port, JSON.stringify(update))).toBe(200)
      await untilDone(db, [update.update_id])
      expect(sentTo(t, 8302)).toEqual([t.i18n.t('uk', 'help-text')])
    }
    finally {
      await server.close()
      await inbox.stop()
    }
  })

  it('when two consumers claim at once, then each chat\'s updates are handled once, strictly in order, one at a time, while chats run in parallel', async () => {
    const other = await secondClient(db)
    const log: Array<{ chat: string, id: number, by: string, event: 'start' | 'end' }> = []
    let inFlight = 0
    let mostInFlight = 0
    const handler = (by: string) => ({
      async handleUpdate(update: { update_id: number, message?: { chat: { id: number } } }) {
        const chat = String(update.message!.chat.id)
        log.push({ chat, id: update.update_id, by, event: 'start' })
        mostInFlight = Math.max(mostInFlight, ++inFlight)
        await new Promise(resolve => setTimeout(resolve, 1 + (update.update_id % 4) * 3))
        inFlight--
        log.push({ chat, id: update.update_id, by, event: 'end' })
      },
    })
    const chats = [8311, 8312, 8313, 8314, 8315, 8316]
    const updates = Array.from({ length: 8 }, () => chats.map(chat => text(person(chat, 'en'), `m`))).flat()
    const a = startTestInbox(db, handler('a') as any, { instanceId: 'a' })
    const b = startTestInbox(other, handler('b') as any, { instanceId: 'b' })
    try {
      // Written in three batches from both sides, as two webhook instances would.
      await a.accept(updates.slice(0, 16))
      await b.accept(updates.slice(16, 32))
      await a.accept(updates.slice(32))
      await untilDone(db, updates.map(u => u.update_id))
    }
    finally {
      await a.stop()
      await b.stop()
      await other.close()
    }
    for (const chat of chats) {
      const events = log.filter(e => e.chat === String(chat))
      const expected = updates.filter(u => u.message!.chat.id === chat).map(u => u.update_id)
      // start, end, start, end… in update_id order: never two at once, never out of order, never twice.
      expect(events.map(e => `${e.event}:${e.id}`)).toEqual(expected.flatMap(id => [`start:${id}`, `end:${id}`]))
    }
    expect(new Set(log.map(e => e.by))).toEqual(new Set(['a', 'b']))
    expect(mostInFlight).toBeGreaterThan(1)
  })

  it('when a consumer dies holding a chat\'s update, then its lease runs out and another consumer handles that update and the next, in order', async () => {
    const clock: TestClock = createTestClock()
    const t = createTestBot(db, { clock })
    const u = person(8321, 'en')
    const [first, second] = [text(u, '/help'), text(u, '/help')]
    const handled: number[] = []
    const handle = async (update: Parameters<typeof t.bot.handleUpdate>[0]) => {
      handled.push(update.update_id)
      await t.bot.handleUpdate(update)
    }
    const inbox = createInbox({ prisma: db.prisma, handle, logger: silent, clock, instanceId: 'survivor', pollMs: 20, lockMs: 30_000 })
    await inbox.accept([first, second])
    // The dead instance claimed the first and never came back (SIGKILL: no release, no done mark).
    const claimed: InboxRow[] = await settleAndClaim(db.prisma, 'killed', [], 1, clock(), new Date(clock().getTime() + 30_000))
    expect(claimed.map(r => r.updateId)).toEqual([first.update_id])
    inbox.start()
    try {
      // The second waits behind the first: the chat is the dead one's until its lease ends.
      await new Promise(resolve => setTimeout(resolve, 200))
      expect(handled).toEqual([])
      clock.advance(30_001)
      await untilDone(db, [first.update_id, second.update_id])
      expect(handled).toEqual([first.update_id, second.update_id])
      expect(await db.prisma.inboxUpdate.findUniqueOrThrow({ where: { updateId: BigInt(first.update_id) } })).toMatchObject({ attempts: 2, outcome: 'ok' })
      expect(sentTo(t, 8321)).toEqual([helpEn(t), helpEn(t)])
    }
    finally {
      await inbox.stop()
    }
  })

  it('when the database fails while an update is handled, then the person hears once that the answer is coming, and gets the real answer when it is back', async () => {
    const clock = createTestClock()
    const broken = breakable(db)
    // The bot's database fails; the inbox's own statements get through (the claim came just before the outage).
    const t = createTestBot(broken.db, { clock })
    const inbox = startTestInbox(db, t.bot, { clock, instanceId: 'retry', retryDelayMs: () => 5000 })
    try {
      const [en, uk] = [text(person(8331, 'en'), '/help'), text(person(8332, 'uk'), '/help')]
      broken.down = true
      await inbox.accept([en, uk])
      await until(() => sentTo(t, 8331).length === 1 && sentTo(t, 8332).length === 1, 'the first apologies')
      // Retried after the delay, the database still down: no second message.
      await until(async () => await db.prisma.inboxUpdate.count({ where: { chatKey: { in: ['8331', '8332'] }, lastError: { not: null }, lockedBy: null } }) === 2, 'both put back')
      clock.advance(5001)
      await until(async () => await db.prisma.inboxUpdate.count({ where: { chatKey: { in: ['8331', '8332'] }, attempts: 2, lockedBy: null } }) === 2, 'the second attempts')
      broken.down = false
      clock.advance(5001)
      await untilDone(db, [en.update_id, uk.update_id])
      expect(sentTo(t, 8331)).toEqual([t.i18n.t('en', 'inbox-delayed'), helpEn(t)])
      expect(sentTo(t, 8332)).toEqual([t.i18n.t('uk', 'inbox-delayed'), t.i18n.t('uk', 'help-text')])
      expect(t.i18n.t('uk', 'inbox-delayed')).toContain('Ми отримали ваше повідомлення')
      expect(await db.prisma.inboxUpdate.findUniqueOrThrow({ where: { updateId: BigInt(en.update_id) } })).toMatchObject({ attempts: 3, outcome: 'ok' })
    }
    finally {
      await inbox.stop()
    }
  })

  it('when a handler fails on a bug, then the update is done with its error, the person gets the apology, and the chat\'s next update is handled', async () => {
    const t = createTestBot(db)
    const touch = t.domain.users.touch
    let once = true
    t.domain.users.touch = async (...args) => {
      if (once) {
        once = false
        throw new TypeError('cannot read properties of undefined')
      }
      return touch(...args)
    }
    const inbox = startTestInbox(db, t.bot, { instanceId: 'bug' })
    try {
      const u = person(8341, 'en')
      const [bad, next] = [text(u, '/help'), text(u, '/help')]
      await inbox.accept([bad, next])
      await untilDone(db, [bad.update_id, next.update_id])
      expect(sentTo(t, 8341)).toEqual([t.i18n.t('en', 'error-generic'), helpEn(t)])
      expect(await db.prisma.inboxUpdate.findUniqueOrThrow({ where: { updateId: BigInt(bad.update_id) } })).toMatchObject({ outcome: 'error', attempts: 1, lastError: 'TypeError: cannot read properties of undefined' })
    }
    finally {
      await inbox.stop()
    }
  })

  it('when stopped with an update in hand, then stop waits for it, marks it done and leaves no lease behind', async () => {
    let release!: () => void
    const started = new Promise<void>((resolve) => {
      release = resolve
    })
    let finish!: () => void
    const handler = { handleUpdate: () => new Promise<void>((resolve) => {
      finish = resolve
      release()
    }) }
    const inbox = startTestInbox(db, handler as any, { instanceId: 'stopping' })
    const update = text(person(8351, 'en'), '/help')
    await inbox.accept([update])
    await started
    let stopped = false
    const stopping = inbox.stop().then(() => {
      stopped = true
    })
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(stopped).toBe(false)
    finish()
    await stopping
    expect(await db.prisma.inboxUpdate.findUniqueOrThrow({ where: { updateId: BigInt(update.update_id) } })).toMatchObject({ outcome: 'ok', lockedBy: null })
    expect(await db.prisma.inboxUpdate.count({ where: { lockedBy: 'stopping' } })).toBe(0)
  })

  it('/metrics shows how many updates wait and how old the oldest is; a day after, handled rows are deleted', async () => {
    const clock = createTestClock()
    const metrics = createMetrics(new Registry(), { processMetrics: false })
    registerInboxGauges(metrics, db.prisma, clock)
    await db.prisma.inboxUpdate.deleteMany({ where: { done: false } })
    const idle = await metrics.registry.metrics()
    expect(idle).toContain('medtwin_inbox_pending 0')
    expect(idle).toContain('medtwin_inbox_oldest_age_seconds 0')
    const inbox = createInbox({ prisma: db.prisma, handle: async () => {}, logger: silent, clock, instanceId: 'm' })
    await inbox.accept([text(person(8361, 'en'), 'a'), text(person(8362, 'en'), 'b')])
    clock.advance(90_000)
    const body = await metrics.registry.metrics()
    expect(body).toContain('medtwin_inbox_pending 2')
    expect(body).toContain('medtwin_inbox_oldest_age_seconds 90')

    // Retention: rows done more than a day ago go; pending and recent ones stay.
    const before = await db.prisma.inboxUpdate.count()
    const doneLongAgo = await db.prisma.inboxUpdate.count({ where: { doneAt: { lt: new Date(clock().getTime() + 3600_000 - 86_400_000 * 1) } } })
    expect(await purgeInbox(db.prisma, new Date(clock().getTime() + 3600_000))).toBe(doneLongAgo)
    expect(await purgeInbox(db.prisma, new Date(clock().getTime() + 2 * 86_400_000))).toBe(before - doneLongAgo - 2)
    expect(await db.prisma.inboxUpdate.count()).toBe(2)
  })
})
