// Builds the Prisma client for the configured database: PGlite (embedded
// Postgres in DATA_DIR) by default, PostgreSQL when DATABASE_URL is set.
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import { join } from 'node:path'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../generated/prisma/client.js'
import { withMigrationLock } from './migration-lock.js'
import { migrateIfBehind } from './migrations-state.js'
import { ensurePrivateDir, guardPrivateDir, tightenTree } from './private-dir.js'
import { applyMigrations } from './schema-engine.js'

export type Db = PrismaClient
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>

export interface Database {
  prisma: PrismaClient
  kind: 'pglite' | 'postgres'
  factory: SqlMigrationAwareDriverAdapterFactory
  /** Applies pending migrations; returns the names applied. */
  migrate: () => Promise<string[]>
  close: () => Promise<void>
}

export interface DatabaseOptions {
  /** postgres://… for PostgreSQL; absent for PGlite. */
  databaseUrl?: string
  /** Where PGlite keeps its files; `memory://` for a throwaway database. */
  dataDir: string
  /** PostgreSQL schema (search_path) to use, for isolated test runs. */
  schema?: string
}

/** Opens the database, without migrating it. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const factory = new PrismaPg(
      { connectionString: options.databaseUrl, ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}) },
      options.schema ? { schema: options.schema } : undefined,
    )
    const prisma = new PrismaClient({ adapter: factory })
    // Fail early with a clear error when the server is unreachable.
    await prisma.$queryRawUnsafe('SELECT 1')
    return {
      prisma,
      kind: 'postgres',
      factory,
      // Start-up skips the schema engine when every migration is recorded; otherwise one instance
      // migrates at a time, the others wait, then find nothing to apply.
      migrate: () => migrateIfBehind(prisma, () => withMigrationLock(options.databaseUrl!, options.schema, () => applyMigrations(factory))),
      close: once(() => prisma.$disconnect()),
    }
  }
  // PGlite only when used: PostgreSQL deployments never load it.
  const { openPGlite, wrapPGlite } = await import('./pglite.js')
  if (options.dataDir.startsWith('memory://'))
    return wrapPGlite((await openPGlite(options.dataDir)).pglite)
  await ensurePrivateDir(options.dataDir)
  const dir = join(options.dataDir, 'pglite')
  await ensurePrivateDir(dir)
  const { pglite, applied } = await openPGlite(dir)
  await tightenTree(options.dataDir)
  return wrapPGlite(pglite, guardPrivateDir(options.dataDir), applied)
}

function once(fn: () => Promise<void>) {
  let done: Promise<void> | undefined
  return () => (done ??= fn())
}
