// The dispatcher after faults: a database that stops answering, a lease lost, locks run out, a clean stop.
import type { Db } from '../../src/db/client.js'
import type { OutboxStatus } from '../../src/generated/prisma/enums.js'
import type { Fixture } from './setup.js'
import { Api } from 'grammy'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logger.js'
import { enqueue } from '../../src/outbox/enqueue.js'
import { testDatabaseKinds } from '../helpers/db.js'
import { until } from '../helpers/wait.js'
import { createFixture, token } from './setup.js'

/** The dispatcher's view of the database, which stops answering while `down` is set. */
function faultyPrisma(prisma: Db) {
  const state = { down: false, refused: 0 }
  const wrap = <T extends object>(target: T, nested: boolean): T => new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop)
      if (typeof value === 'function') {
        return (...args: unknown[]) => {
          if (state.down) {
            state.refused++
            throw new Error('connect ECONNREFUSED 127.0.0.1:5432 (injected)')
          }
          return Reflect.apply(value, obj, args)
        }
      }
      // Model delegates (prisma.outboxMessage…), one level down.
      if (!nested && value && typeof value === 'object' && typeof prop === 'string' && !prop.startsWith('$'))
        return wrap(value, true)
      return value
    },
  })
  return { prisma: wrap(prisma, false), state }
}

/** An Api whose sends wait at a gate while it is closed (a send in flight, for as long as a test needs). */
function gatedApi(apiRoot: string) {
  let open!: () => void
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  const gate = { closed: true, waiting: 0, open: () => {
    gate.closed = false
    open()
  } }
  const api = new Api(token, { apiRoot })
  api.config.use(async (prev, method, payload, signal) => {
    if (gate.closed && method === 'sendMessage') {
      gate.waiting++
      await opened
    }
    return prev(method, payload, signal)
  })
  return { api, gate }
}

function recordingLogger() {
  const lines: Array<{ msg: string, [key: string]: unknown }> = []
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line)) } })
  return {
    logger,
    lines,
    saw: (msg: string) => lines.some(line => line.msg === msg),
    /** An error logged about one outbox row: its outcome could not be written. */
    unrecorded: () => lines.some(line => line.outboxId !== undefined && Number(line.level) >= 50),
  }
}

describe.each(testDatabaseKinds())('dispatcher after faults on %s', (kind) => {
  let f: Fixture
  beforeAll(async () => {
    f = await createFixture(kind)
  }, 60_000)
  beforeEach(async () => {
    await f.reset()
  }, 60_000)
  afterAll(async () => {
    await f.close()
  })

  const rows = () => f.db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } })
  const count = (status: OutboxStatus) => f.db.prisma.outboxMessage.count({ where: { status } })
  const now = () => f.clock()
  const inMs = (ms: number) => new Date(f.clock().getTime() + ms)
  const enqueueChats = (chats: number[]) => enqueue(f.db.prisma, chats.map(chatId => ({ chatId, kind: 't', text: `to ${chatId}` })), now())
  const copiesByChat = () => {
    const counts = new Map<number, number>()
    for (const message of f.server.sent)
      counts.set(message.chatId, (counts.get(message.chatId) ?? 0) + 1)
    return counts
  }
  const duplicated = () => [...copiesByChat().values()].reduce((sum, n) => sum + n - 1, 0)

  it('a database error during lease renewal leaves no row in sending once the database answers, and sends nothing twice', async () => {
    const chats = Array.from({ length: 10 }, (_, i) => 1 + i)
    await enqueueChats(chats)
    const db = faultyPrisma(f.db.prisma)
    const { api, gate } = gatedApi(f.server.apiRoot)
    const log = recordingLogger()
    // Locks that outlast the outage: the rows come back because they are returned, not because their locks ran out.
    const a = f.dispatcher({ prisma: db.prisma, api, concurrency: 1, lockMs: 3_600_000, logger: log.logger })
    a.start()
    // One row in flight, the other nine claimed and held.
    await until(() => gate.waiting === 1, 'the first send')
    expect(await count('sending')).toBe(10)
    db.state.down = true
    await until(() => log.saw('dispatcher lost the send lease'), 'the failed renewal')
    // The send in flight is answered by Telegram, but its outcome cannot be written.
    gate.open()
    await until(() => f.server.sent.length === 1 && log.unrecorded(), 'the unrecorded send')
    expect(log.saw('could not return rows to the queue; will retry')).toBe(true)
    db.state.down = false
    await until(async () => (await count('sent')) === 10, 'every row sent')
    await a.stop()
    expect(await count('sending')).toBe(0)
    expect([...copiesByChat().keys()].sort((x, y) => x - y)).toEqual(chats)
    expect(duplicated()).toBe(0)
    // Each row's recorded message is the one sent to its chat.
    for (const row of await rows())
      expect(f.server.sentTo(row.chatId).map(m => m.messageId)).toEqual([Number(row.messageId)])
    expect(db.state.refused).toBeGreaterThan(0)
  })

  it('rows a wedged dispatcher holds are reclaimed by another once their locks run out; only the row in flight goes twice', async () => {
    const chats = Array.from({ length: 10 }, (_, i) => 20 + i)
    await enqueueChats(chats)
    const db = faultyPrisma(f.db.prisma)
    const { api, gate } = gatedApi(f.server.apiRoot)
    const log = recordingLogger()
    const a = f.dispatcher({ instanceId: 'a', prisma: db.prisma, api, concurrency: 1, logger: log.logger })
    a.start()
    await until(() => gate.waiting === 1, 'the first send')
    db.state.down = true
    gate.open()
    await until(() => f.server.sent.length === 1 && log.unrecorded(), 'the unrecorded send')
    // A's database stays unreachable; B's answers.
    const b = f.dispatcher({ instanceId: 'b' })
    for (let i = 0; i < 20 && (await count('sent')) < 10; i++) {
      await b.tick()
      f.clock.advance(500)
    }
    expect(await count('sent')).toBe(10)
    expect(await count('sending')).toBe(0)
    expect([...copiesByChat().keys()].sort((x, y) => x - y)).toEqual(chats)
    expect(duplicated()).toBeLessThanOrEqual(1)
    // A comes back: what it could not write no longer applies, and it sends nothing more.
    const sent = f.server.sent.length
    db.state.down = false
    await a.stop()
    await b.stop()
    expect(f.server.sent.length).toBe(sent)
    expect(await count('sending')).toBe(0)
    expect(await f.db.prisma.lease.count()).toBe(0)
  })

  it('renews only the locks of rows in hand: a row its predecessor under the same id left in sending is reclaimed', async () => {
    await enqueueChats([40])
    // A crashed process of the same id locked it; its lock runs out in 3 s.
    await f.db.prisma.outboxMessage.updateMany({ data: { status: 'sending', lockedBy: 'same', lockedUntil: inMs(3000) } })
    // A row in sending with no lock at all is claimable at once.
    await enqueueChats([41])
    await f.db.prisma.outboxMessage.updateMany({ where: { chatId: 41 }, data: { status: 'sending', lockedBy: 'other', lockedUntil: null } })
    const dispatcher = f.dispatcher({ instanceId: 'same' })
    expect(await dispatcher.tick()).toBe(1)
    expect(f.server.sentTo(41)).toHaveLength(1)
    for (let i = 0; i < 6; i++) {
      await dispatcher.tick()
      f.clock.advance(1000)
    }
    expect(f.server.sentTo(40)).toHaveLength(1)
    expect(await count('sent')).toBe(2)
    await dispatcher.stop()
  })

  it('clears lastError when a row is finally sent', async () => {
    await enqueueChats([50])
    f.server.fail(50, { kind: 'server-error' }, 1)
    const dispatcher = f.dispatcher()
    await dispatcher.tick()
    const [failed] = await rows()
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 })
    expect(failed.lastError).toMatch(/^500/)
    f.clock.advance(60_000)
    await dispatcher.tick()
    const [sent] = await rows()
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null })
    await dispatcher.stop()
  })

  it('a row is claimed, sent and marked under its own id, among rows of the same chat', async () => {
    await enqueue(f.db.prisma, [1, 2, 3, 4].map(n => ({ chatId: 60, kind: 't', text: `n${n}` })), now())
    await enqueueChats([61])
    // The third row of chat 60 was left in sending by a dead dispatcher.
    const third = (await rows())[2]
    await f.db.prisma.outboxMessage.update({ where: { id: third.id }, data: { status: 'sending', lockedBy: 'dead', lockedUntil: inMs(-1) } })
    f.server.fail(60, { kind: 'rate-limit', retryAfter: 1 }, 1)
    const dispatcher = f.dispatcher({ concurrency: 4 })
    for (let i = 0; i < 5 && (await count('sent')) < 5; i++) {
      await dispatcher.tick()
      f.clock.advance(1000)
    }
    await dispatcher.stop()
    expect(await count('sent')).toBe(5)
    for (const row of await rows()) {
      const messages = f.server.sentTo(row.chatId).filter(m => m.messageId === Number(row.messageId))
      expect(messages.map(m => m.text)).toEqual([row.text])
    }
    expect(f.server.sentTo(60).map(m => m.text).sort()).toEqual(['n1', 'n2', 'n3', 'n4'])
  })

  it('a clean stop waits for sends in flight, returns the rest to pending, and nothing is sent twice', async () => {
    const chats = Array.from({ length: 60 }, (_, i) => 100 + i)
    await enqueueChats(chats)
    const a = f.dispatcher({ instanceId: 'a', globalRate: 200 })
    a.start()
    await until(() => f.server.sent.length >= 15, 'a part of the rows sent')
    await a.stop()
    expect(await count('sending')).toBe(0)
    expect(await f.db.prisma.lease.count()).toBe(0)
    // Every message sent so far is recorded as sent: none in flight was forgotten.
    expect(await count('sent')).toBe(f.server.sent.length)
    expect(await count('pending')).toBe(60 - f.server.sent.length)
    const b = f.dispatcher({ instanceId: 'b' })
    for (let i = 0; i < 5 && (await count('sent')) < 60; i++)
      await b.tick()
    await b.stop()
    expect(await count('sent')).toBe(60)
    expect([...copiesByChat().keys()].sort((x, y) => x - y)).toEqual(chats)
    expect(duplicated()).toBe(0)
  })
})
