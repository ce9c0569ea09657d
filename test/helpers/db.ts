// Test databases: PGlite always; PostgreSQL too when TEST_DATABASE_URL is set.
// Each PostgreSQL database is a fresh schema, dropped afterwards. PGlite
// databases are cloned from one migrated template per worker (migrating takes
// seconds; loading a dump takes a fraction of that).
import type { Database } from '../../src/db/client.js'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { openDatabase } from '../../src/db/client.js'
import { wrapPGlite } from '../../src/db/pglite.js'
import { applyMigrations } from '../../src/db/schema-engine.js'

export type DbKind = 'pglite' | 'postgres'

/** The database kinds to run database tests on. */
export function testDatabaseKinds(): DbKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']
}

let template: Promise<File | Blob> | undefined

async function pgliteTemplate() {
  template ??= (async () => {
    // Made once per run by test/global-setup.ts; migrate here only when run without it.
    const file = process.env.MEDTWIN_PGLITE_TEMPLATE
    if (file)
      return new Blob([await readFile(file)])
    const pglite = await PGlite.create('memory://')
    await applyMigrations(new PrismaPGlite(pglite))
    const dump = await pglite.dumpDataDir('none')
    await pglite.close()
    return dump
  })()
  return template
}

/** A fresh, migrated database of the given kind; `close()` drops it. */
export async function createTestDatabase(kind: DbKind = 'pglite'): Promise<Database> {
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL
    if (!url)
      throw new Error('TEST_DATABASE_URL is not set: PostgreSQL tests need it (postgres://postgres@127.0.0.1:5432/test).')
    const schema = `t_${randomBytes(6).toString('hex')}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`CREATE SCHEMA "${schema}"`)
    const db = await openDatabase({ databaseUrl: url, dataDir: '', schema })
    await db.migrate()
    const close = db.close
    return {
      ...db,
      close: async () => {
        await close()
        await admin.query(`DROP SCHEMA "${schema}" CASCADE`)
        await admin.end()
      },
    }
  }
  return wrapPGlite(await PGlite.create({ loadDataDir: await pgliteTemplate() }))
}
