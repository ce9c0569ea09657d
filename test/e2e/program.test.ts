// The real program (`node --import tsx src/main.ts`, what `npm start` runs)
// against a Bot API server of the tests' own on 127.0.0.1.
import type { AddressInfo } from 'node:net'
import type { BotApiServer } from '../helpers/bot-api-server.js'
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/client.js'
import { enqueue } from '../../src/outbox/enqueue.js'
import { startBotApiServer } from '../helpers/bot-api-server.js'
import { testToken } from '../helpers/bot.js'
import { person, text } from '../helpers/updates.js'

const root = new URL('../..', import.meta.url).pathname

function freePort() {
  return new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function startProgram(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => { output += chunk })
  child.stderr!.on('data', (chunk) => { output += chunk })
  const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
  return { child, output: () => output, exited }
}

describe('the program', () => {
  let api: BotApiServer
  let dataDir: string
  let program: ReturnType<typeof startProgram> | undefined

  beforeAll(async () => {
    api = await startBotApiServer()
    dataDir = await mkdtemp(join(tmpdir(), 'medtwin-e2e-'))
  })
  afterAll(async () => {
    if (program?.child.exitCode === null)
      program.child.kill('SIGKILL')
    await api?.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('when started on a fresh DATA_DIR, then it migrates, polls, answers /start in en and uk, and stops cleanly on SIGTERM', async () => {
    program = startProgram({ BOT_TOKEN: testToken, BOT_API_ROOT: api.apiRoot, DATA_DIR: dataDir })
    api.pushUpdate(text(person(7001, 'en', 'Olena'), '/start'))
    api.pushUpdate(text(person(7002, 'uk', 'Андрій'), '/start'))
    await api.waitFor(() => api.sentTo(7001).length > 0 && api.sentTo(7002).length > 0, 90_000)

    expect(api.sentTo(7001)[0].text).toContain('Hello, <b>Olena</b>!')
    expect(api.sentTo(7002)[0].text).toContain('Вітаю, <b>Андрій</b>!')
    const commands = api.calls.filter(c => c.method === 'setMyCommands')
    expect(commands.map(c => c.payload.language_code)).toEqual([undefined, 'uk', 'en'])
    expect(program.output()).toContain('database migrated')
    expect(program.output()).not.toContain(testToken.split(':')[1])
    // No METRICS_PORT, no PORT: polling opens no port at all.
    expect(program.output()).not.toContain('health and metrics server listening')

    program.child.kill('SIGTERM')
    expect(await program.exited).toBe(0)
    expect(program.output()).toContain('"msg":"stopped"')
  }, 120_000)

  it('when polling with METRICS_PORT, then /healthz is 200 and /metrics counts the updates it handled, without the token', async () => {
    const port = await freePort()
    program = startProgram({ BOT_TOKEN: testToken, BOT_API_ROOT: api.apiRoot, DATA_DIR: dataDir, METRICS_PORT: String(port) })
    api.pushUpdate(text(person(7011, 'en', 'Marta'), '/start'))
    await api.waitFor(() => api.sentTo(7011).length > 0, 90_000)
    expect(program.output()).toContain('health and metrics server listening')
    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    expect(health.status).toBe(200)
    const body = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
    expect(body).toMatch(/medtwin_updates_total\{kind="message",outcome="ok"\} [1-9]/)
    expect(body).toContain('medtwin_outbox_messages{state="pending"}')
    expect(body).toContain('process_resident_memory_bytes')
    expect(body).not.toContain(testToken.split(':')[1])

    program.child.kill('SIGTERM')
    expect(await program.exited).toBe(0)
  }, 120_000)

  it('when a notice waits in the outbox at start-up, then the running program delivers it once, rendered in the recipient\'s language', async () => {
    // The database is closed while the program is down: put a row in, as a crash would leave it,
    // due long ago (the program runs on its own, real clock: the row is due whatever it reads).
    const db = await openDatabase({ dataDir })
    const user = await db.prisma.user.create({ data: { telegramId: 7003n, locale: 'uk' } })
    await enqueue(db.prisma, [{ chatId: 7003, userId: user.id, kind: 'test', dedupeKey: 'e2e:1', template: 'review-notify-rejected', params: { title: 'Кардіологія', reason: 'Немає місць <ще>' } }], new Date('2000-01-01T00:00:00Z'))
    await db.close()

    program = startProgram({ BOT_TOKEN: testToken, BOT_API_ROOT: api.apiRoot, DATA_DIR: dataDir })
    await api.waitFor(() => api.sentTo(7003).length > 0, 90_000)
    expect(api.sentTo(7003)[0].text).toContain('Немає місць &lt;ще&gt;')
    program.child.kill('SIGTERM')
    expect(await program.exited).toBe(0)
    expect(api.sentTo(7003)).toHaveLength(1)
  }, 120_000)

  it('when started in webhook mode, then it registers the webhook with its secret, refuses requests without it and answers those with it', async () => {
    const port = await freePort()
    const secret = 'e2e_webhook-secret_1'
    program = startProgram({ BOT_TOKEN: testToken, BOT_API_ROOT: api.apiRoot, DATA_DIR: dataDir, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://medtwin.example.org/telegram', WEBHOOK_SECRET: secret, PORT: String(port) })
    await api.waitFor(() => api.calls.some(c => c.method === 'setWebhook'), 90_000)
    expect(api.calls.find(c => c.method === 'setWebhook')!.payload).toMatchObject({ url: 'https://medtwin.example.org/telegram', secret_token: secret })
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).text()).toBe('ok')

    const update = JSON.stringify(text(person(7004, 'en', 'Iryna'), '/start'))
    const post = (headers: Record<string, string>) => fetch(`http://127.0.0.1:${port}/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: update })
    expect((await post({})).status).toBe(401)
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'wrong' })).status).toBe(401)
    expect(api.sentTo(7004)).toHaveLength(0)
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': secret })).status).toBe(200)
    await api.waitFor(() => api.sentTo(7004).length > 0, 30_000)
    expect(api.sentTo(7004)[0].text).toContain('Hello, <b>Iryna</b>!')
    expect(program.output()).not.toContain(secret)

    program.child.kill('SIGTERM')
    expect(await program.exited).toBe(0)
  }, 120_000)

  it('when SIGTERM arrives during start-up, then it still stops cleanly with exit 0', async () => {
    const slowApi = await startBotApiServer({ latencyMs: 3000 })
    const freshDir = await mkdtemp(join(tmpdir(), 'medtwin-e2e-'))
    try {
      const starting = startProgram({ BOT_TOKEN: testToken, BOT_API_ROOT: slowApi.apiRoot, DATA_DIR: freshDir })
      // Migrated, now waiting for getMe from the slow server.
      await slowApi.waitFor(() => starting.output().includes('database migrated'), 90_000)
      starting.child.kill('SIGTERM')
      expect(await starting.exited).toBe(0)
      expect(starting.output()).toContain('"msg":"stopped"')
    }
    finally {
      await slowApi.close()
      await rm(freshDir, { recursive: true, force: true })
    }
  }, 120_000)

  it('when the token is missing or malformed, then it exits 1 with one clear line and never prints it', async () => {
    const missing = startProgram({ DATA_DIR: dataDir })
    expect(await missing.exited).toBe(1)
    expect(missing.output().trim()).toBe('Invalid config: BOT_TOKEN is required: the token @BotFather gave you')

    const malformed = startProgram({ BOT_TOKEN: '12345:secret-but-short', DATA_DIR: dataDir })
    expect(await malformed.exited).toBe(1)
    expect(malformed.output()).toContain('Invalid config: BOT_TOKEN is not a Telegram bot token')
    expect(malformed.output()).not.toContain('secret-but-short')
  }, 60_000)

  it('when the database is unreachable, then it exits 1 naming DATABASE_URL without its password', async () => {
    const run = startProgram({ BOT_TOKEN: testToken, BOT_API_ROOT: api.apiRoot, DATABASE_URL: 'postgres://medtwin:s3cr3t-pw@127.0.0.1:1/medtwin' })
    expect(await run.exited).toBe(1)
    expect(run.output()).toContain('Invalid config: DATABASE_URL: cannot use the PostgreSQL database')
    expect(run.output()).not.toContain('s3cr3t-pw')
  }, 60_000)
})
