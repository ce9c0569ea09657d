import type { Fixture } from './setup.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createBroadcastProgress } from '../../src/delivery/broadcast-progress.js'
import { broadcastReport, resolveBroadcast } from '../../src/delivery/broadcast.js'
import { audienceFrom } from '../../src/domain/audience.js'
import { testDatabaseKinds } from '../helpers/db.js'
import { createFixture, render, silent } from './setup.js'

// Who receives a broadcast is the domain's rule (test/domain/audience.test.ts); here everyone does.
const everyone = audienceFrom({})

describe.each(testDatabaseKinds())('broadcasts on %s', (kind) => {
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

  it('resolves the audience once into deduplicated rows, beyond one page', async () => {
    await f.db.prisma.user.createMany({ data: Array.from({ length: 123 }, (_, i) => ({ telegramId: BigInt(10_000 + i) })) })
    const broadcast = await f.db.prisma.broadcast.create({ data: { text: 'Hello <b>all</b>', audience: { all: true } } })
    expect(await resolveBroadcast(f.db.prisma, broadcast.id, everyone, f.clock(), { pageSize: 50 })).toBe(123)
    expect(await resolveBroadcast(f.db.prisma, broadcast.id, everyone, f.clock(), { pageSize: 50 })).toBe(123)
    expect(await f.db.prisma.outboxMessage.count({ where: { broadcastId: broadcast.id, dedupeKey: { startsWith: `broadcast:${broadcast.id}:` } } })).toBe(123)
    expect((await f.db.prisma.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).status).toBe('sending')
  })

  it('reports sent, blocked, failed and left from the rows and edits the status message, then the final report', async () => {
    const coordinator = await f.db.prisma.user.create({ data: { telegramId: 900n, locale: 'en' } })
    await f.db.prisma.user.createMany({ data: [1, 2, 3, 4, 5].map(i => ({ telegramId: BigInt(i) })) })
    const status = await f.api.sendMessage(900, 'queued')
    const broadcast = await f.db.prisma.broadcast.create({ data: { text: 'News', audience: { all: true }, createdById: coordinator.id, statusChatId: 900n, statusMessageId: BigInt(status.message_id) } })
    expect(await resolveBroadcast(f.db.prisma, broadcast.id, everyone, f.clock())).toBe(6)
    expect(await broadcastReport(f.db.prisma, broadcast.id)).toEqual({ total: 6, sent: 0, blocked: 0, failed: 0, left: 6 })
    const progress = createBroadcastProgress({ prisma: f.db.prisma, api: f.api, render, logger: silent, intervalMs: 50, clock: f.clock })
    await progress.update()
    f.server.fail(2, { kind: 'blocked' }, 10)
    f.server.fail(3, { kind: 'chat-not-found' }, 10)
    f.server.fail(4, { kind: 'bad-request', description: 'Bad Request: message is too long' })
    f.server.fail(5, { kind: 'server-error' }, 10)
    const dispatcher = f.dispatcher({ maxAttempts: 1 })
    await dispatcher.tick()
    expect(await broadcastReport(f.db.prisma, broadcast.id)).toEqual({ total: 6, sent: 2, blocked: 2, failed: 2, left: 0 })
    progress.start()
    await f.server.waitFor(() => f.server.calls.filter(c => c.method === 'editMessageText').length >= 2)
    await progress.stop()
    const edits = f.server.calls.filter(c => c.method === 'editMessageText').map(c => c.payload.text)
    expect(edits[0]).toContain('Sending… 0 of 6 sent')
    expect(edits.at(-1)).toBe('📣 Broadcast finished.\n✅ sent: 2 of 6\n🚫 blocked the bot: 2\n⚠️ failed: 2')
    const done = await f.db.prisma.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })
    expect(done.status).toBe('done')
    expect(done.reportedAt).toBeInstanceOf(Date)
  })

  it('does not edit the status message more often than the interval (on the clock)', async () => {
    await f.db.prisma.user.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ telegramId: BigInt(100 + i) })) })
    const broadcast = await f.db.prisma.broadcast.create({ data: { text: 'x', audience: { all: true }, statusChatId: 900n, statusMessageId: 1n } })
    await resolveBroadcast(f.db.prisma, broadcast.id, everyone, f.clock())
    // The interval is measured on the clock the dispatcher's pacing also moves, never on the machine's.
    const progress = createBroadcastProgress({ prisma: f.db.prisma, api: f.api, render, logger: silent, intervalMs: 5000, clock: f.clock, sleep: f.clock.sleep })
    const dispatcher = f.dispatcher({ globalRate: 5 })
    progress.start()
    dispatcher.start()
    await f.server.waitFor(() => f.server.calls.some(c => c.method === 'editMessageText' && c.payload.text.includes('завершено')), 20_000)
    await dispatcher.stop()
    await progress.stop()
    const edits = f.calls.filter(c => c.method === 'editMessageText')
    // 30 messages at 5/s take 6 s of clock time: the report comes after at least one progress edit.
    expect(edits.length).toBeGreaterThan(1)
    for (let i = 1; i < edits.length; i++)
      expect(edits[i].at - edits[i - 1].at).toBeGreaterThanOrEqual(5000)
  })
})
