// The bot token never leaves the process: a Bot API call that fails at the
// network level carries the request URL (…/bot<TOKEN>/sendMessage) in its
// error; neither the logs nor the outbox rows may keep it.
import type { AddressInfo } from 'node:net'
import type { Database } from '../../src/db/client.js'
import { createServer } from 'node:net'
import { Writable } from 'node:stream'
import { Api } from 'grammy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBot } from '../../src/bot/create-bot.js'
import { createConfig } from '../../src/config.js'
import { createDispatcher } from '../../src/delivery/dispatcher.js'
import { createDomain } from '../../src/domain/index.js'
import { createLogger } from '../../src/logger.js'
import { enqueue } from '../../src/outbox/enqueue.js'
import { createPlainApi } from '../../src/telegram/scrub-errors.js'
import { botInfo } from '../helpers/bot.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createTestRender } from '../helpers/render.js'

const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1'
const secretPart = 'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1'

function capturedLogger() {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk))
      done()
    },
  })
  const logger = createLogger({ level: 'debug', destination })
  return { logger, lines }
}

/** A port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

describe.each(testDatabaseKinds())('token scrub on %s', (kind) => {
  let db: Database
  let apiRoot: string
  beforeAll(async () => {
    db = await createTestDatabase(kind)
    apiRoot = `http://127.0.0.1:${await closedPort()}`
  })
  afterAll(async () => { await db?.close() })

  it('a dispatcher send to a server that refuses connections leaves the token in no log line and no outbox row', async () => {
    // The dispatcher paces on its clock: a test clock whose sleeps move it.
    const clock = createTestClock('2027-01-10T10:00:00Z')
    const dueAt = new Date(clock().getTime() - 60_000)
    await enqueue(db.prisma, [{ chatId: 1, kind: 'test', text: 'hello', dueAt }, { chatId: 2, kind: 'test', template: 'reminder-draft', params: { titleEn: 'A', titleUk: 'А', days: 1, deadline: '-' }, dueAt }], clock())
    const { logger, lines } = capturedLogger()
    const api = createPlainApi(token, { apiRoot })
    const deps = { prisma: db.prisma, api, render: createTestRender(), logger, globalRate: 1000, perChatIntervalMs: 1, leaseMs: 1000, pollMs: 5, backoffBaseMs: 10, clock, sleep: clock.sleep }
    // First attempt: requeued with a warning; second (the last): failed, with an error.
    await createDispatcher({ ...deps, instanceId: 'scrub-1' }).tick()
    clock.advance(60_000)
    const last = createDispatcher({ ...deps, instanceId: 'scrub-2', maxAttempts: 2 })
    await last.tick()
    await last.stop()

    const rows = await db.prisma.outboxMessage.findMany()
    expect(rows.map(r => r.status)).toEqual(['failed', 'failed'])
    for (const row of rows) {
      expect(row.lastError).toMatch(/^network: .*ECONNREFUSED/)
      expect(row.lastError).not.toContain(secretPart)
      expect(row.lastError).not.toContain('123456789:')
    }
    const warnings = lines.filter(line => line.includes('outbox send failed') || line.includes('failed after retries'))
    expect(warnings.length).toBe(4)
    for (const line of lines)
      expect(line).not.toContain(secretPart)
  })

  it('the bot\'s own Api (create-bot) rethrows network errors as the same HttpError, without the token in message, stack or cause', async () => {
    const config = createConfig({ BOT_TOKEN: token, BOT_API_ROOT: apiRoot })
    const { logger } = capturedLogger()
    const clock = createTestClock()
    const domain = createDomain(db.prisma, { defaultLocale: 'uk', clock })
    // auto-retry retries network errors until the call is aborted: abort it, then fail as node-fetch does.
    const controller = new AbortController()
    const fetch = async (url: string | URL) => {
      controller.abort()
      throw new Error(`request to ${String(url)} failed, reason: connect ECONNREFUSED`)
    }
    const { bot } = createBot({ config, logger, domain, clock }, { db: db.prisma, botInfo, client: { fetch: fetch as any } })
    const failures = [
      await bot.api.sendMessage(1, 'x', undefined, controller.signal as any).catch((error: unknown) => error),
      await createPlainApi(token, { apiRoot }).getMe().catch((error: unknown) => error),
    ]
    for (const error of failures as any[]) {
      expect(error.name).toBe('HttpError')
      expect(error.error.message).toContain('bot[redacted]/')
      for (const text of [error.message, error.stack, error.error.message, error.error.stack])
        expect(text).not.toContain(secretPart)
    }
  })
})

describe('the logger', () => {
  it('scrubs token-shaped strings from every line, whatever field holds them', async () => {
    const { logger, lines } = capturedLogger()
    // An Api without the transformer: its raw error goes to the logger as is.
    const raw = await new Api(token, { apiRoot: `http://127.0.0.1:${await closedPort()}` }).getMe().catch((error: unknown) => error) as any
    expect(raw.error.message).toContain(secretPart)
    logger.error({ err: raw.error, cause: raw }, 'raw failure')
    logger.warn({ url: `https://api.telegram.org/bot${token}/getMe`, nested: { deep: [`token ${token}`] } }, `message with ${token}`)
    expect(lines).toHaveLength(2)
    for (const line of lines) {
      expect(line).not.toContain(secretPart)
      expect(() => JSON.parse(line)).not.toThrow()
    }
    expect(lines[1]).toContain('bot[redacted]/getMe')
  })
})
