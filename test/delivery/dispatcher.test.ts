import type { Fixture } from './setup.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { dayParam, deadlineParam, enqueue } from '../../src/outbox/enqueue.js'
import { testDatabaseKinds } from '../helpers/db.js'
import { createFixture, createUser } from './setup.js'

describe.each(testDatabaseKinds())('dispatcher on %s', (kind) => {
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
  const now = () => f.clock()
  const inMs = (ms: number) => new Date(f.clock().getTime() + ms)

  it('sends due rows once, marks them sent with the message id and leaves future rows', async () => {
    await enqueue(f.db.prisma, [
      { chatId: 1, kind: 'test', text: 'one', dedupeKey: 'k1' },
      { chatId: 2, kind: 'test', text: 'two', replyMarkup: { inline_keyboard: [[{ text: 'Open', callback_data: 'o:1' }]] } },
      { chatId: 3, kind: 'test', text: 'later', dueAt: inMs(3_600_000) },
    ], now())
    expect(await enqueue(f.db.prisma, [{ chatId: 1, kind: 'test', text: 'one again', dedupeKey: 'k1' }], now())).toBe(0)
    const dispatcher = f.dispatcher()
    expect(await dispatcher.tick()).toBe(2)
    expect(await dispatcher.tick()).toBe(0)
    expect(f.server.sent.map(m => m.text).sort()).toEqual(['one', 'two'])
    expect(f.server.sentTo(2)[0].payload.reply_markup.inline_keyboard[0][0].callback_data).toBe('o:1')
    const [one, two, later] = await rows()
    expect(one).toMatchObject({ status: 'sent', lockedBy: null })
    expect(one.sentAt).toBeInstanceOf(Date)
    expect(Number(one.messageId)).toBe(f.server.sentTo(1)[0].messageId)
    expect(two.status).toBe('sent')
    expect(later.status).toBe('pending')
    await dispatcher.stop()
  })

  it('renders templates in the row locale, else the user locale, else Ukrainian, escaping params', async () => {
    await createUser(f.db, 10, { locale: 'en' })
    await createUser(f.db, 11, { locale: 'uk' })
    const params = { titleEn: 'Cardiology <ICU>', titleUk: 'Кардіологія', days: 3, deadline: '01.12.2026' }
    await enqueue(f.db.prisma, [
      { chatId: 10, kind: 'r', template: 'reminder-draft', params },
      { chatId: 11, kind: 'r', template: 'reminder-draft', params, locale: 'en' },
      { chatId: 12, kind: 'r', template: 'reminder-draft', params },
    ], now())
    await f.dispatcher().tick()
    expect(f.server.sentTo(10)[0].text).toContain('Your application to <b>Cardiology &lt;ICU&gt;</b>')
    expect(f.server.sentTo(10)[0].payload.parse_mode).toBe('HTML')
    expect(f.server.sentTo(11)[0].text).toContain('in 3 days')
    expect(f.server.sentTo(12)[0].text).toContain('Ваша заявка на <b>Кардіологія</b>')
    expect(f.server.sentTo(12)[0].text).toContain('через 3 дні')
  })

  it('formats days and deadlines at send time, in each recipient\'s language and own zone, with the zone named', async () => {
    await createUser(f.db, 13, { locale: 'en', timezone: 'America/New_York' })
    await createUser(f.db, 14, { locale: 'uk' })
    const offer = { titleEn: 'Cardiology', titleUk: 'Кардіологія', days: 2, expires: deadlineParam(new Date('2026-12-03T21:59:00Z')) }
    const starts = { titleEn: 'Cardiology', titleUk: 'Кардіологія', days: 7, startsOn: dayParam('2026-12-08'), endsOn: dayParam(new Date('2027-01-08T00:00:00Z')), hospitalEn: 'Charité', hospitalUk: 'Шаріте', cityEn: 'Berlin', cityUk: 'Берлін' }
    await enqueue(f.db.prisma, [
      { chatId: 13, kind: 'r', template: 'reminder-offer', params: offer },
      { chatId: 14, kind: 'r', template: 'reminder-offer', params: offer },
      { chatId: 13, kind: 'r', template: 'reminder-placement-start', params: starts },
      { chatId: 14, kind: 'r', template: 'reminder-placement-start', params: starts },
    ], now())
    await f.dispatcher().tick()
    expect(f.server.sentTo(13)[0].text).toContain('The offer expires in 2 days: 3 December 2026, 16:59 (America/New_York).')
    expect(f.server.sentTo(14)[0].text).toContain('Строк пропозиції спливає через 2 дні: 3 грудня 2026 р., 23:59 (Europe/Kyiv).')
    expect(f.server.sentTo(13)[1].text).toContain('📅 8 December 2026 – 8 January 2027')
    expect(f.server.sentTo(14)[1].text).toContain('📅 8 грудня 2026 р. – 8 січня 2027 р.')
  })

  it('renders button labels given as keys in the recipient\'s language, next to the text', async () => {
    await createUser(f.db, 20, { locale: 'en' })
    await createUser(f.db, 21, { locale: 'uk' })
    const replyMarkup = { inline_keyboard: [[{ textKey: 'applications-accept', callback_data: 'my:ac:7' }, { text: 'As is', callback_data: 'x' }]] }
    await enqueue(f.db.prisma, [
      { chatId: 20, kind: 'offer', template: 'reminder-draft', params: { titleEn: 'A', titleUk: 'А', days: 1, deadline: '01.12.2026' }, replyMarkup },
      { chatId: 21, kind: 'offer', template: 'reminder-draft', params: { titleEn: 'A', titleUk: 'А', days: 1, deadline: '01.12.2026' }, replyMarkup },
    ], now())
    await f.dispatcher().tick()
    expect(f.server.sentTo(20)[0].payload.reply_markup.inline_keyboard).toEqual([[{ text: '✅ Accept the place', callback_data: 'my:ac:7' }, { text: 'As is', callback_data: 'x' }]])
    expect(f.server.sentTo(21)[0].payload.reply_markup.inline_keyboard[0][0]).toEqual({ text: '✅ Прийняти місце', callback_data: 'my:ac:7' })
  })

  it('on 429 pauses every send for retry_after and requeues the row without counting an attempt', async () => {
    await enqueue(f.db.prisma, [1, 2, 3].map(chatId => ({ chatId, kind: 't', text: `m${chatId}` })), now())
    f.server.fail(1, { kind: 'rate-limit', retryAfter: 1 })
    const dispatcher = f.dispatcher({ concurrency: 1 })
    await dispatcher.tick()
    // On the dispatcher's clock: nothing went out in the second after the 429.
    const limitedAt = f.calls.find(call => call.errorCode === 429)!.at
    const after = f.calls.filter(call => call.ok && call.at > limitedAt)
    expect(after.map(call => call.chatId)).toEqual([2, 3])
    for (const call of after)
      expect(call.at - limitedAt).toBeGreaterThanOrEqual(1000)
    expect(f.calls.filter(call => call.ok && call.at <= limitedAt)).toEqual([])
    const first = (await rows())[0]
    expect(first.attempts).toBe(0)
    await dispatcher.tick()
    expect((await rows()).every(row => row.status === 'sent')).toBe(true)
    expect(f.server.sentTo(1)).toHaveLength(1)
  })

  it.each([
    ['403 blocked', { kind: 'blocked' } as const, /^403/],
    ['400 chat not found', { kind: 'chat-not-found' } as const, /chat not found/],
  ])('on %s marks the person unreachable, cancels their other rows and stops their alerts', async (_name, fault, error) => {
    const user = await createUser(f.db, 20, { subscribed: true })
    await createUser(f.db, 21, { subscribed: true })
    await enqueue(f.db.prisma, [
      { chatId: 20, userId: user.id, kind: 't', text: 'a' },
      { chatId: 20, userId: user.id, kind: 't', text: 'b' },
      { chatId: 20, kind: 't', text: 'c', dueAt: inMs(60_000) },
      { chatId: 21, kind: 't', text: 'other' },
    ], now())
    f.server.fail(20, fault, 100)
    await f.dispatcher().tick()
    const [a, b, c, other] = await rows()
    expect(a.status).toBe('failed')
    expect(a.lastError).toMatch(error)
    expect(b.status).toBe('cancelled')
    expect(c.status).toBe('cancelled')
    expect(other.status).toBe('sent')
    const blocked = await f.db.prisma.user.findUniqueOrThrow({ where: { telegramId: 20n }, include: { subscription: true } })
    expect(blocked.reachable).toBe(false)
    expect(blocked.unreachableAt).toBeInstanceOf(Date)
    expect(blocked.subscription!.active).toBe(false)
    const fine = await f.db.prisma.user.findUniqueOrThrow({ where: { telegramId: 21n }, include: { subscription: true } })
    expect(fine.reachable).toBe(true)
    expect(fine.subscription!.active).toBe(true)
    expect(f.server.calls.filter(call => call.payload.chat_id === 20)).toHaveLength(1)
  })

  it('retries 5xx with growing backoff, then marks the row failed with the error', async () => {
    await enqueue(f.db.prisma, [{ chatId: 30, kind: 't', text: 'x' }, { chatId: 31, kind: 't', text: 'y' }], now())
    f.server.fail(30, { kind: 'server-error' }, 100)
    f.server.fail(31, { kind: 'server-error' }, 2)
    const dispatcher = f.dispatcher({ maxAttempts: 4, backoffBaseMs: 60_000 })
    const dueTimes: number[] = []
    for (let i = 0; i < 6; i++) {
      await dispatcher.tick()
      const row = (await rows())[0]
      if (row.status === 'pending')
        // The backoff counts from the failed answer, when the row is settled.
        dueTimes.push(row.dueAt.getTime() - f.calls.findLast(call => call.chatId === 30)!.answeredAt!)
      f.clock.advance(10 * 60_000)
    }
    const [x, y] = await rows()
    expect(x.status).toBe('failed')
    expect(x.attempts).toBe(4)
    expect(x.lastError).toMatch(/^500/)
    expect(dueTimes).toEqual([60_000, 120_000, 240_000])
    expect(y.status).toBe('sent')
    expect(y.attempts).toBe(2)
  })

  it('retries network errors and fails other 400s at once', async () => {
    await enqueue(f.db.prisma, [{ chatId: 40, kind: 't', text: 'bad' }], now())
    f.server.fail(40, { kind: 'bad-request', description: 'Bad Request: can\'t parse entities' })
    const { Api } = await import('grammy')
    const dead = new Api('1:x', { apiRoot: 'http://127.0.0.1:1' })
    const first = f.dispatcher()
    await first.tick()
    await first.stop()
    expect((await rows())[0]).toMatchObject({ status: 'failed', attempts: 0 })
    expect((await rows())[0].lastError).toMatch(/can't parse entities/)
    await enqueue(f.db.prisma, [{ chatId: 41, kind: 't', text: 'net' }], now())
    await f.dispatcher({ api: dead }).tick()
    const net = (await rows())[1]
    expect(net).toMatchObject({ status: 'pending', attempts: 1 })
    expect(net.lastError).toMatch(/^network/)
  })

  it('holds quiet rows due at night until 08:00 in the recipient\'s time zone', async () => {
    await createUser(f.db, 50, { timezone: 'Europe/Kyiv' })
    await createUser(f.db, 51, { timezone: 'America/New_York' })
    // 22:30 in Kyiv (UTC+2 in winter) = 15:30 in New York.
    f.clock.set('2026-12-01T20:30:00Z')
    await enqueue(f.db.prisma, [
      { chatId: 50, kind: 'reminder', text: 'kyiv', quiet: true },
      { chatId: 51, kind: 'reminder', text: 'ny', quiet: true },
      { chatId: 50, kind: 'alert', text: 'not quiet' },
    ], now())
    const dispatcher = f.dispatcher()
    await dispatcher.tick()
    expect(f.server.sent.map(m => m.text).sort()).toEqual(['not quiet', 'ny'])
    const kyiv = (await rows())[0]
    expect(kyiv.status).toBe('pending')
    expect(kyiv.dueAt.toISOString()).toBe('2026-12-02T06:00:00.000Z')
    f.clock.set('2026-12-02T06:00:00Z')
    await f.dispatcher().tick()
    expect(f.server.sentTo(50).map(m => m.text)).toEqual(['not quiet', 'kyiv'])
  })

  it('keeps the per-chat interval on its clock and sends in order', async () => {
    await enqueue(f.db.prisma, [1, 2, 3].map(i => ({ chatId: 60, kind: 't', text: `n${i}` })), now())
    // One send in flight at a time: the clock moves only while the dispatcher
    // waits for its rate limiter, so every gap below is the limiter's doing.
    const interval = 1000
    await f.dispatcher({ perChatIntervalMs: interval, concurrency: 1 }).tick()
    expect(f.server.sentTo(60).map(m => m.text)).toEqual(['n1', 'n2', 'n3'])
    const at = f.calls.filter(call => call.chatId === 60).map(call => call.at)
    expect(at).toHaveLength(3)
    for (const gap of [at[1] - at[0], at[2] - at[1]]) {
      expect(gap).toBeGreaterThanOrEqual(interval)
      expect(gap).toBeLessThan(interval + 100)
    }
  })

  it('lets one instance send at a time and another take over when the lease expires', async () => {
    // One send at a time: the clock stands still while a send is in flight.
    const a = f.dispatcher({ instanceId: 'a', leaseMs: 5000, concurrency: 1 })
    const b = f.dispatcher({ instanceId: 'b', leaseMs: 5000, concurrency: 1 })
    await enqueue(f.db.prisma, [{ chatId: 70, kind: 't', text: 'first' }], now())
    expect(await a.tick()).toBe(1)
    await enqueue(f.db.prisma, [{ chatId: 71, kind: 't', text: 'second' }], now())
    expect(await b.tick()).toBe(0)
    // A dies holding a claimed row; its lease and locks run out.
    await f.db.prisma.outboxMessage.updateMany({ where: { chatId: 71 }, data: { status: 'sending', lockedBy: 'a', lockedUntil: inMs(10_000) } })
    f.clock.advance(6000)
    expect(await b.tick()).toBe(0)
    f.clock.advance(5000)
    expect(await b.tick()).toBe(1)
    expect((await f.db.prisma.lease.findUniqueOrThrow({ where: { name: 'dispatcher' } })).holder).toBe('b')
    expect(f.server.sentTo(71)).toHaveLength(1)
  })

  it('runs in the background and stops gracefully, returning the lease', async () => {
    await enqueue(f.db.prisma, Array.from({ length: 40 }, (_, i) => ({ chatId: 100 + i, kind: 't', text: `b${i}` })), now())
    const dispatcher = f.dispatcher({ globalRate: 200 })
    dispatcher.start()
    await f.server.waitFor(() => f.server.sent.length >= 40)
    await enqueue(f.db.prisma, [{ chatId: 99, kind: 't', text: 'late' }], now())
    await f.server.waitFor(() => f.server.sentTo(99).length === 1)
    await dispatcher.stop()
    expect(await f.db.prisma.lease.count()).toBe(0)
    expect(await f.db.prisma.outboxMessage.count({ where: { status: 'sent' } })).toBe(41)
  })
})
