// Memory and start-up of the program as run (src/main.ts in a child process): first and second
// start on a fresh DATA_DIR (PGlite) or database (PostgreSQL), resident memory idle, and at its
// peak while the program sends a broadcast at 1,000/s (paid) to the local Bot API server.
import type { DbKind } from '../helpers/db.js'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openDatabase } from '../../src/db/client.js'
import { startBotApiServer } from '../helpers/bot-api-server.js'
import { seedBroadcastRows } from './delivery.js'
import { peakRss, startMain } from './process.js'

export interface MemoryResult { db: DbKind, firstStartMs: number, secondStartMs: number, idleRssMb: number, broadcastRssMb: number, broadcastRecipients: number, broadcastSent: number }

const idleMs = 5000
const firstChat = 3_000_000

export async function memoryBench(kind: DbKind, recipients: number): Promise<MemoryResult> {
  const server = await startBotApiServer({ globalLimit: 30, paidLimit: 1000, perChatIntervalMs: 1000 })
  const dataDir = await mkdtemp(join(tmpdir(), 'medtwin-bench-'))
  const env: Record<string, string> = { BOT_API_ROOT: server.apiRoot, DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEND_RATE: '1000', PAID_BROADCAST: 'true' }
  let dropDatabase = async () => {}
  if (kind === 'postgres') {
    const url = new URL(process.env.TEST_DATABASE_URL!)
    const name = `medtwin_bench_${process.pid}`
    const admin = new pg.Client({ connectionString: url.toString() })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${name}`)
    await admin.query(`CREATE DATABASE ${name}`)
    url.pathname = `/${name}`
    env.DATABASE_URL = url.toString()
    dropDatabase = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  }
  // "MedTwin is running" is logged at info; the rest of the output is kept quiet.
  const start = () => startMain({ ...env, LOG_LEVEL: 'info' })
  try {
    const first = await start()
    await first.stop()
    const second = await start()
    await new Promise(resolve => setTimeout(resolve, idleMs))
    const idleRssMb = await second.rssMb()
    let running = second
    // The broadcast's rows: written beside the running program on PostgreSQL; PGlite is the
    // program's alone, so there they are written between two starts.
    if (kind === 'postgres') {
      const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: '' })
      await seedBroadcastRows(db, recipients, firstChat)
      await db.close()
    }
    else {
      await second.stop()
      const db = await openDatabase({ dataDir })
      await seedBroadcastRows(db, recipients, firstChat)
      await db.close()
      running = await start()
    }
    const sent = () => server.sent.filter(m => m.chatId >= firstChat).length
    const broadcastRssMb = await peakRss(running.child.pid!, () => sent() >= recipients, 200, recipients * 10 + 60_000)
    const broadcastSent = sent()
    await running.stop()
    return { db: kind, firstStartMs: first.readyMs, secondStartMs: second.readyMs, idleRssMb, broadcastRssMb, broadcastRecipients: recipients, broadcastSent }
  }
  finally {
    await server.close().catch(() => {})
    await dropDatabase().catch(() => {})
    await rm(dataDir, { recursive: true, force: true })
  }
}
