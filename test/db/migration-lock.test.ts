// Several instances starting at once on one PostgreSQL: one migrates, the
// others wait for it (however long), then find nothing to apply. Each test
// has a database of its own: it holds Prisma's advisory lock, which is per
// database, and would make the other test files' migrations time out.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/client.js'
import { migrationLockKey } from '../../src/db/migration-lock.js'
import { readMigrations } from '../../src/db/schema-engine.js'

const url = process.env.TEST_DATABASE_URL
// Prisma's schema engine's own lock (sql-schema-connector), given up after 10 s.
const prismaLock = 72707369

async function withFreshDatabase(run: (url: string) => Promise<void>) {
  const name = `mt_lock_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  const target = new URL(url!)
  target.pathname = `/${name}`
  try {
    await run(target.toString())
  }
  finally {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`)
    await admin.end()
  }
}

async function finishedMigrations(db: Awaited<ReturnType<typeof openDatabase>>) {
  const rows = await db.prisma.$queryRawUnsafe<Array<{ n: number }>>('SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL')
  return rows[0].n
}

describe.skipIf(!url)('migrations from several instances at once (PostgreSQL)', () => {
  it('when three instances migrate a fresh database at once, then one applies every migration, the others none, and each finds the schema complete when it returns', async () => {
    const total = (await readMigrations()).migrationDirectories.length
    await withFreshDatabase(async (url) => {
      const dbs = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: url, dataDir: '' })))
      try {
        const results = await Promise.all(dbs.map(async db => ({ applied: (await db.migrate()).length, finished: await finishedMigrations(db) })))
        expect(results.map(r => r.applied).sort()).toEqual([0, 0, total])
        expect(results.map(r => r.finished)).toEqual([total, total, total])
      }
      finally {
        await Promise.all(dbs.map(db => db.close()))
      }
    })
  }, 120_000)

  it('when another instance has been migrating for longer than Prisma\'s 10 s lock wait, then this one waits for it instead of failing, and applies what is left', async () => {
    const total = (await readMigrations()).migrationDirectories.length
    await withFreshDatabase(async (url) => {
      // An instance in the middle of a long migration holds both locks.
      const other = new pg.Client({ connectionString: url })
      await other.connect()
      await other.query('SELECT pg_advisory_lock(hashtext($1))', [migrationLockKey()])
      await other.query('SELECT pg_advisory_lock($1)', [prismaLock])
      const db = await openDatabase({ databaseUrl: url, dataDir: '' })
      try {
        let settled = false
        const migrating = db.migrate().finally(() => { settled = true })
        await new Promise(resolve => setTimeout(resolve, 12_000))
        expect(settled).toBe(false)
        await other.query('SELECT pg_advisory_unlock_all()')
        expect(await migrating).toHaveLength(total)
        expect(await finishedMigrations(db)).toBe(total)
      }
      finally {
        await other.end()
        await db.close()
      }
    })
  }, 120_000)
})
