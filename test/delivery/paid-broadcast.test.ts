import type { GrammyError } from 'grammy'
// Paid broadcasts: broadcast rows carry allow_paid_broadcast and may go at up to 1,000/s,
// transactional notices stay within the free budget, one message a second per chat either way;
// and the local Bot API server enforces the same limits.
import type { Fixture } from './setup.js'
import { Api } from 'grammy'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../src/delivery/rate-limiter.js'
import { enqueue } from '../../src/outbox/enqueue.js'
import { startBotApiServer } from '../helpers/bot-api-server.js'
import { testStartMs } from '../helpers/clock.js'
import { testDatabaseKinds } from '../helpers/db.js'
import { createFixture, token } from './setup.js'

/** Takes greedily for `ms` of fake time, stepping 1 ms; returns the take times of each kind. */
function drive(limiter: ReturnType<typeof createRateLimiter>, clock: { now: number }, ms: number, kinds: Array<'paid' | 'free'>) {
  const times: Record<'paid' | 'free', number[]> = { paid: [], free: [] }
  let chat = 0
  for (const end = clock.now + ms; clock.now < end; clock.now++) {
    for (const kind of kinds) {
      while (limiter.globalWait(kind === 'paid') === 0) {
        limiter.take(String(chat++), kind === 'paid')
        times[kind].push(clock.now)
      }
    }
  }
  return times
}

/** The most sends within any window of `windowMs`. */
function busiestWindow(times: number[], windowMs = 1000) {
  let most = 0
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= windowMs)
      j++
    most = Math.max(most, i - j + 1)
  }
  return most
}

describe('rate limiter with two budgets', () => {
  it('sends paid broadcasts at up to the total rate and free sends within the free rate, never more than the rate in any second', () => {
    const clock = { now: testStartMs }
    const limiter = createRateLimiter({ globalRate: 1000, freeRate: 25, perChatIntervalMs: 1000, now: () => clock.now })
    const times = drive(limiter, clock, 5000, ['free', 'paid'])
    // Free: 25 a second; paid: the rest of 1,000 a second (a little under it, the window's margin).
    expect(times.free.length).toBeGreaterThanOrEqual(5 * 24)
    expect(times.free.length).toBeLessThanOrEqual(5 * 25 + 2)
    expect(busiestWindow(times.free)).toBeLessThanOrEqual(25)
    const all = [...times.free, ...times.paid].sort((a, b) => a - b)
    expect(all.length).toBeGreaterThanOrEqual(5 * 950)
    expect(busiestWindow(all)).toBeLessThanOrEqual(1000)
  })

  it('without paid broadcasts every send shares one budget, and a burst after idling stays within it', () => {
    const clock = { now: testStartMs }
    const limiter = createRateLimiter({ globalRate: 25, perChatIntervalMs: 1000, now: () => clock.now })
    // Paid or not, the same budget: the flag buys nothing when there is no paid budget.
    const first = drive(limiter, clock, 2000, ['free', 'paid'])
    expect(first.free.length + first.paid.length).toBeLessThanOrEqual(2 * 25 + 2)
    clock.now += 60_000
    const after = drive(limiter, clock, 1000, ['free'])
    expect(busiestWindow(after.free)).toBeLessThanOrEqual(25)
  })

  it('keeps one message a second per chat, for paid sends too', () => {
    const clock = { now: testStartMs }
    const limiter = createRateLimiter({ globalRate: 1000, freeRate: 25, perChatIntervalMs: 1000, now: () => clock.now })
    limiter.take('7', true)
    clock.now += 999
    expect(limiter.chatWait('7')).toBe(1)
    clock.now += 1
    expect(limiter.chatWait('7')).toBe(0)
  })

  it('a 429 pauses both budgets', () => {
    const clock = { now: testStartMs }
    const limiter = createRateLimiter({ globalRate: 1000, freeRate: 25, perChatIntervalMs: 1000, now: () => clock.now })
    limiter.pause(3000)
    expect(limiter.globalWait(true)).toBe(3000)
    expect(limiter.globalWait(false)).toBe(3000)
  })
})

describe('local Bot API server limits', () => {
  const send = (api: Api, chat: number, paid: boolean) =>
    api.sendMessage(chat, 'x', paid ? { allow_paid_broadcast: true } : {}).then(() => 200, (e: GrammyError) => e.error_code === 429 ? `429 after ${e.parameters.retry_after}` : e.error_code)

  it('without the flag refuses sends past the free limit in a second, with it accepts up to the paid limit', async () => {
    const server = await startBotApiServer({ globalLimit: 30, paidLimit: 60, perChatIntervalMs: 1000 })
    try {
      const api = new Api(token, { apiRoot: server.apiRoot })
      const free = await Promise.all(Array.from({ length: 31 }, (_, i) => send(api, 100 + i, false)))
      expect(free.filter(a => a === 200)).toHaveLength(30)
      expect(free.filter(a => a === '429 after 1')).toHaveLength(1)
      // The flag ignores the free limit, up to the paid one (here 60 a second in all).
      const paid = await Promise.all(Array.from({ length: 31 }, (_, i) => send(api, 200 + i, true)))
      expect(paid.filter(a => a === 200)).toHaveLength(30)
      expect(paid.filter(a => a === '429 after 1')).toHaveLength(1)
      expect(server.sent.filter(m => m.payload.allow_paid_broadcast === true)).toHaveLength(30)
    }
    finally {
      await server.close()
    }
  })

  it('keeps one message a second per chat with the flag too', async () => {
    const server = await startBotApiServer({ globalLimit: 30, perChatIntervalMs: 1000 })
    try {
      const api = new Api(token, { apiRoot: server.apiRoot })
      expect(await send(api, 5, true)).toBe(200)
      expect(await send(api, 5, true)).toBe('429 after 1')
      expect(await send(api, 5, false)).toBe('429 after 1')
      expect(server.sentTo(5)).toHaveLength(1)
    }
    finally {
      await server.close()
    }
  })
})

describe.each(testDatabaseKinds())('dispatcher with paid broadcasts on %s', (kind) => {
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

  async function enqueueMix() {
    const broadcast = await f.db.prisma.broadcast.create({ data: { text: 'News', audience: { all: true } } })
    await enqueue(f.db.prisma, Array.from({ length: 40 }, (_, i) => ({ chatId: 1000 + i, kind: 'broadcast', text: `news ${i}`, broadcastId: broadcast.id, dedupeKey: `broadcast:${broadcast.id}:${i}` })), f.clock())
    await enqueue(f.db.prisma, Array.from({ length: 6 }, (_, i) => ({ chatId: 2000 + i, kind: 'application-submitted', text: `notice ${i}` })), f.clock())
  }

  const sendsOf = (prefix: string) => f.server.sent.filter(m => m.text!.startsWith(prefix))
  const callTimes = (from: number, to: number) => f.calls.filter(c => c.ok && c.chatId >= from && c.chatId < to).map(c => c.at)

  it('sends broadcast rows with allow_paid_broadcast at the paid rate and transactional notices without it, within the free rate', async () => {
    await enqueueMix()
    await f.dispatcher({ globalRate: 1000, paidBroadcast: true, freeRate: 5, concurrency: 4 }).tick()
    expect(sendsOf('news')).toHaveLength(40)
    expect(sendsOf('notice')).toHaveLength(6)
    expect(sendsOf('news').every(m => m.payload.allow_paid_broadcast === true)).toBe(true)
    expect(sendsOf('notice').every(m => m.payload.allow_paid_broadcast === undefined)).toBe(true)
    // On the dispatcher's clock: 40 paid sends within a tenth of a second; the 6 free ones 5 a second.
    const paid = callTimes(1000, 2000)
    expect(Math.max(...paid) - Math.min(...paid)).toBeLessThan(100)
    const free = callTimes(2000, 3000).sort((a, b) => a - b)
    expect(busiestWindow(free)).toBeLessThanOrEqual(5)
    expect(free.at(-1)! - free[0]).toBeGreaterThanOrEqual(800)
  })

  it('without paid broadcasts no send carries the flag and all share one rate', async () => {
    await enqueueMix()
    await f.dispatcher({ globalRate: 20, concurrency: 4 }).tick()
    expect(f.server.sent).toHaveLength(46)
    expect(f.server.sent.every(m => m.payload.allow_paid_broadcast === undefined)).toBe(true)
    const all = callTimes(1000, 3000).sort((a, b) => a - b)
    expect(busiestWindow(all)).toBeLessThanOrEqual(20)
    expect(all.at(-1)! - all[0]).toBeGreaterThanOrEqual(2000)
  })
})
