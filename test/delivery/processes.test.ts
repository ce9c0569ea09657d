// Dispatchers as real processes: killed mid-broadcast and restarted; two at once on PostgreSQL.
import type { ChildProcess } from 'node:child_process'
import type { Database } from '../../src/db/client.js'
import type { BotApiServer } from '../helpers/bot-api-server.js'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/client.js'
import { enqueue } from '../../src/outbox/enqueue.js'
import { startBotApiServer } from '../helpers/bot-api-server.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const url = process.env.TEST_DATABASE_URL

interface Target { env: Record<string, string>, open: () => Promise<Database>, drop: () => Promise<void> }

/** A PostgreSQL schema when TEST_DATABASE_URL is set, else a PGlite directory (one process at a time). */
async function createTarget(kind: 'postgres' | 'pglite'): Promise<Target> {
  if (kind === 'postgres') {
    const schema = `p_${randomBytes(6).toString('hex')}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`CREATE SCHEMA "${schema}"`)
    return {
      env: { DATABASE_URL: url!, DB_SCHEMA: schema },
      open: () => openDatabase({ databaseUrl: url, schema, dataDir: '' }),
      drop: async () => {
        await admin.query(`DROP SCHEMA "${schema}" CASCADE`)
        await admin.end()
      },
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'medtwin-dispatch-'))
  return { env: { DATA_DIR: dir }, open: () => openDatabase({ dataDir: dir }), drop: () => rm(dir, { recursive: true, force: true }) }
}

function startProcess(env: Record<string, string>): { child: ChildProcess, events: any[], exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/delivery/dispatcher-process.ts'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
  const events: any[] = []
  let buffer = ''
  child.stdout!.on('data', (chunk) => {
    buffer += chunk
    const lines = buffer.split('\n')
    buffer = lines.pop()!
    for (const line of lines) {
      try {
        events.push(JSON.parse(line))
      }
      catch {}
    }
  })
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  return { child, events, exited }
}

function duplicates(server: BotApiServer) {
  const counts = new Map<number, number>()
  for (const message of server.sent)
    counts.set(message.chatId, (counts.get(message.chatId) ?? 0) + 1)
  return { chats: counts.size, duplicated: [...counts.values()].reduce((sum, n) => sum + n - 1, 0) }
}

// Due long before any process starts, whatever the processes' clocks read.
const dueLongAgo = new Date('2000-01-01T00:00:00Z')

async function seedBroadcast(target: Target, recipients: number) {
  const db = await target.open()
  await db.migrate()
  const broadcast = await db.prisma.broadcast.create({ data: { text: 'crash test' } })
  for (let start = 0; start < recipients; start += 500) {
    await enqueue(db.prisma, Array.from({ length: Math.min(500, recipients - start) }, (_, i) => ({
      chatId: start + i + 1,
      kind: 'broadcast',
      text: `hello ${start + i + 1}`,
      broadcastId: broadcast.id,
      dedupeKey: `broadcast:${broadcast.id}:${start + i + 1}`,
    })), dueLongAgo)
  }
  await db.close()
}

const processEnv = { GLOBAL_RATE: '500', LEASE_MS: '1000', LOCK_MS: '2000', BATCH_SIZE: '100', PER_CHAT_MS: '1000' }
const cleanups: Array<() => Promise<unknown>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse())
    await cleanup()
})

describe('dispatcher processes', () => {
  it(`delivers every message of a 2,000-message broadcast across a SIGKILL (${url ? 'postgres' : 'pglite'}), duplicating only rows in flight`, async () => {
    const target = await createTarget(url ? 'postgres' : 'pglite')
    cleanups.push(target.drop)
    const server = await startBotApiServer()
    cleanups.push(() => server.close())
    await seedBroadcast(target, 2000)
    const env = { ...target.env, ...processEnv, BOT_API_ROOT: server.apiRoot }
    const first = startProcess({ ...env, INSTANCE_ID: 'first' })
    cleanups.push(async () => first.child.kill('SIGKILL'))
    await server.waitFor(() => server.sent.length >= 600, 60_000)
    first.child.kill('SIGKILL')
    await first.exited
    const second = startProcess({ ...env, INSTANCE_ID: 'second', EXIT_WHEN_DONE: '1' })
    cleanups.push(async () => second.child.kill('SIGKILL'))
    expect(await second.exited).toBe(0)
    const inFlight = second.events.find(e => e.event === 'ready').sending
    const { chats, duplicated } = duplicates(server)
    expect(chats).toBe(2000)
    expect(duplicated).toBeLessThanOrEqual(inFlight)
    const db = await target.open()
    expect(await db.prisma.outboxMessage.count({ where: { status: 'sent' } })).toBe(2000)
    await db.close()
  }, 120_000)

  it.skipIf(!url)('two dispatchers on one PostgreSQL never send a row twice, and one takes over when the other stops', async () => {
    const target = await createTarget('postgres')
    cleanups.push(target.drop)
    const server = await startBotApiServer()
    cleanups.push(() => server.close())
    await seedBroadcast(target, 1000)
    const env = { ...target.env, ...processEnv, GLOBAL_RATE: '300', BOT_API_ROOT: server.apiRoot, EXIT_WHEN_DONE: '1' }
    const a = startProcess({ ...env, INSTANCE_ID: 'a' })
    const b = startProcess({ ...env, INSTANCE_ID: 'b' })
    cleanups.push(async () => a.child.kill('SIGKILL'), async () => b.child.kill('SIGKILL'))
    await server.waitFor(() => server.sent.length >= 300, 60_000)
    a.child.kill('SIGTERM')
    expect(await a.exited).toBe(0)
    expect(await b.exited).toBe(0)
    const { chats, duplicated } = duplicates(server)
    expect(chats).toBe(1000)
    expect(duplicated).toBe(0)
  }, 120_000)
})
