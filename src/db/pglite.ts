// The embedded database (PGlite), kept apart from client.ts so a PostgreSQL
// deployment never loads it (its module alone is ~35 MB resident).
//
// Memory: PGlite's WebAssembly memory only grows. Creating a database (initdb)
// grows it to ~800 MB, which a process then keeps for good; opening one that
// exists needs a fraction of that. So a fresh DATA_DIR is created and migrated
// in a short-lived child process (pglite-create.ts), and the program opens the
// result. shared_buffers is 16 MB instead of PostgreSQL's 128 MB: a small
// server's page cache does the rest (PGlite reads through the file system).
import type { Database } from './client.js'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '../generated/prisma/client.js'
import { migrateIfBehind } from './migrations-state.js'
import { applyMigrations } from './schema-engine.js'

/** PGlite's start parameters: its defaults, with a small buffer cache. */
export const pgliteOptions = { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'] }

/** A Database over an open PGlite instance (tests load theirs from a migrated dump). */
export function wrapPGlite(pglite: PGlite, afterClose?: () => Promise<void>, createdWith: string[] = []): Database {
  const factory = new PrismaPGlite(pglite)
  const prisma = new PrismaClient({ adapter: factory })
  // Migrations the creating child applied are reported by the first migrate().
  let applied = createdWith
  return {
    prisma,
    kind: 'pglite',
    factory,
    migrate: async () => {
      const names = [...applied, ...await migrateIfBehind(prisma, () => applyMigrations(factory))]
      applied = []
      return names
    },
    close: once(async () => {
      await prisma.$disconnect()
      await pglite.close()
      await afterClose?.()
    }),
  }
}

/**
 * Opens (creating first, in a child process, when new) the database in `dir`;
 * `applied` names the migrations applied while creating it.
 */
export async function openPGlite(dir: string): Promise<{ pglite: PGlite, applied: string[] }> {
  if (dir.startsWith('memory://'))
    return { pglite: await PGlite.create(dir, pgliteOptions), applied: [] }
  const applied = existsSync(join(dir, 'PG_VERSION')) ? [] : await createInChild(dir)
  return { pglite: await PGlite.create(dir, pgliteOptions), applied }
}

/** Creates and migrates a database in `dir` in a process of its own (in this one if that fails); returns the migrations applied. */
async function createInChild(dir: string): Promise<string[]> {
  const ts = import.meta.url.endsWith('.ts')
  const script = fileURLToPath(new URL(`./pglite-create.${ts ? 'ts' : 'js'}`, import.meta.url))
  const result = await new Promise<{ error?: Error, stdout: string }>((resolve) => {
    execFile(process.execPath, [...(ts ? ['--import', 'tsx'] : []), script, dir], { timeout: 300_000 }, (error, stdout) => resolve({ error: error ?? undefined, stdout: String(stdout) }))
  })
  if (!result.error)
    return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '[]') as string[]
  if (existsSync(join(dir, 'PG_VERSION')))
    return []
  // The same work here: this process then keeps initdb's memory, but the error (if any) is the real one.
  const pglite = await PGlite.create(dir, pgliteOptions)
  const applied = await applyMigrations(new PrismaPGlite(pglite))
  await pglite.close()
  return applied
}

function once(fn: () => Promise<void>) {
  let done: Promise<void> | undefined
  return () => (done ??= fn())
}
