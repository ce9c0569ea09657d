// The webhook as an attacker meets it: no secret, a wrong one, an oversized
// or broken body. Only a well-formed update with the right secret is handled.
import type { AddressInfo } from 'node:net'
import type { Database } from '../../src/db/client.js'
import type { TestInbox } from '../helpers/inbox.js'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConfig } from '../../src/config.js'
import { createLogger } from '../../src/logger.js'
import { createWebhookServer, maxBodyBytes } from '../../src/webhook.js'
import { createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { startTestInbox } from '../helpers/inbox.js'
import { person, text } from '../helpers/updates.js'
import { until } from '../helpers/wait.js'

const secret = 'webhook-secret-0123456789'

function post(port: number, body: string | Buffer, headers: Record<string, string> = {}) {
  return new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/telegram', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    // The server may answer (413) and close before the whole body is written.
    req.on('error', error => (error as NodeJS.ErrnoException).code === 'EPIPE' || (error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error))
    req.end(body)
  })
}

describe('the webhook server', () => {
  let db: Database
  let t: ReturnType<typeof createTestBot>
  let port: number
  let close: () => Promise<void>
  let inbox: TestInbox

  beforeAll(async () => {
    db = await createTestDatabase()
    t = createTestBot(db)
    inbox = startTestInbox(db, t.bot)
    const server = createWebhookServer(inbox, secret, createLogger({ level: 'silent' }))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
    close = () => new Promise(resolve => server.close(() => resolve()))
  })
  afterAll(async () => {
    await close?.()
    await inbox?.stop()
    await db?.close()
  })

  const update = (id: number) => JSON.stringify(text(person(id, 'en', 'Iryna'), '/help'))
  const withSecret = { 'x-telegram-bot-api-secret-token': secret }

  it('when a request has no secret or a wrong one, then it gets 401 and nothing is handled', async () => {
    expect(await post(port, update(8101))).toBe(401)
    expect(await post(port, update(8101), { 'x-telegram-bot-api-secret-token': `${secret}x` })).toBe(401)
    expect(t.take().filter(c => c.payload.chat_id === 8101)).toEqual([])
  })

  it('when the body is over 1 MiB, then it gets 413 even with the right secret', async () => {
    const big = Buffer.alloc(maxBodyBytes + 1, 'a')
    expect(await post(port, big, withSecret)).toBe(413)
    // A body that lies about its length by sending it chunked is cut off too.
    expect(await post(port, big, { ...withSecret, 'transfer-encoding': 'chunked' })).toBe(413)
  })

  it('when the body is not JSON or not an update, then it gets 400, not 500', async () => {
    expect(await post(port, '{"update_id": 1,', withSecret)).toBe(400)
    expect(await post(port, '"hello"', withSecret)).toBe(400)
    expect(await post(port, '{"message": {}}', withSecret)).toBe(400)
  })

  it('when a well-formed update comes with the secret, then it is stored, answered 200, and then handled', async () => {
    expect(await post(port, update(8102), withSecret)).toBe(200)
    await until(() => t.calls.some(c => c.payload.chat_id === 8102), 'the answer to 8102')
    const sent = t.take().filter(c => c.payload.chat_id === 8102)
    expect(sent.map(c => c.method)).toContain('sendMessage')
    // Nothing that was refused ever reached the inbox.
    expect(await db.prisma.inboxUpdate.count({ where: { chatKey: '8101' } })).toBe(0)
  })
})

describe('webhook configuration', () => {
  const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1'
  const env = { BOT_TOKEN: token, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org/hook' }

  it('when WEBHOOK_SECRET is shorter than 16 characters, then start-up is refused with one clear line', () => {
    expect(() => createConfig({ ...env, WEBHOOK_SECRET: 'short-secret' })).toThrow('Invalid config: WEBHOOK_SECRET must be 16-256 characters')
  })

  it('when HOST is set, then the server listens there; unset, it listens on 127.0.0.1 only', () => {
    const config = createConfig({ ...env, WEBHOOK_SECRET: secret, HOST: '0.0.0.0' })
    expect(config.mode === 'webhook' && config.webhook.host).toBe('0.0.0.0')
    const local = createConfig({ ...env, WEBHOOK_SECRET: secret })
    expect(local.mode === 'webhook' && local.webhook.host).toBe('127.0.0.1')
  })
})
