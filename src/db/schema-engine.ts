// Prisma's schema engine compiled to WebAssembly: migrations without the CLI's
// native binary (which the CLI downloads, and no machine here can).
// See ../shared/notes/prisma-offline.md for how the package must be loaded.
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg'

export const prismaDir = join(dirname(fileURLToPath(import.meta.url)), '../../prisma')
export const schemaPath = join(prismaDir, 'schema.prisma')
export const migrationsDir = join(prismaDir, 'migrations')

const noFilter = { externalTables: [], externalEnums: [] }
let loaded: Promise<typeof bg> | undefined

function loadWasm() {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url)
    const pkg = dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'))
    const bytes = await readFile(join(pkg, 'schema_engine_bg.wasm'))
    const { instance } = await (globalThis as any).WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg as any })
    ;(bg as any).__wbg_set_wasm(instance.exports)
    ;(instance.exports as any).__wbindgen_start()
    return bg
  })()
  return loaded
}

/** Reads `prisma/migrations` in the shape the schema engine expects. */
export async function readMigrations(dir = migrationsDir): Promise<MigrationList> {
  const names = (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .sort()
  const lockPath = join(dir, 'migration_lock.toml')
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: await readFile(lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(names.map(async name => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(join(dir, name, 'migration.sql'), 'utf8')
          .then(value => ({ tag: 'ok' as const, value }))
          .catch((error: Error) => ({ tag: 'error' as const, value: error.message })),
      },
    }))),
  }
}

async function withEngine<T>(factory: SqlMigrationAwareDriverAdapterFactory, run: (engine: SchemaEngine, schema: string) => Promise<T>) {
  const wasm = await loadWasm()
  const schema = await readFile(schemaPath, 'utf8')
  // Track the connections the engine opens: freeing the engine does not close
  // them, and an open one keeps Prisma's migration advisory lock (10 s wait).
  const opened: SqlDriverAdapter[] = []
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => keep(await factory.connect()),
    connectToShadowDb: async () => keep(await factory.connectToShadowDb()),
  }
  function keep(adapter: SqlDriverAdapter) {
    opened.push(adapter)
    return adapter
  }
  const engine = await (wasm.SchemaEngine as any).new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracked),
  ) as SchemaEngine
  try {
    return await run(engine, schema)
  }
  finally {
    engine.free()
    await Promise.all(opened.map(adapter => adapter.dispose().catch(() => {})))
  }
}

/** Applies pending migrations (what `prisma migrate deploy` does) and returns their names. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return withEngine(factory, async (engine) => {
    const migrationsList = await readMigrations()
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilter })
    return appliedMigrationNames
  })
}

/**
 * The SQL that would bring the migration history up to the schema, or an empty
 * string when they agree. Needs a shadow database (PGlite makes one in memory).
 */
export async function pendingSchemaDiff(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  return withEngine(factory, async (engine, schema) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...(await readMigrations()) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    })
    const sql = result.stdout ?? ''
    // An empty diff is only comments ("-- This is an empty migration.").
    return sql.split('\n').some(line => line.trim() && !line.trim().startsWith('--')) ? sql : ''
  })
}

/**
 * Writes the next migration from the difference between the history and the
 * schema, in Prisma's layout (`<timestamp>_<name>/migration.sql`). Returns null
 * when they already agree. (The wasm engine's own `createMigration` wants a
 * shadow database factory it cannot take, so this goes through `diff`.)
 */
export async function createMigration(factory: SqlMigrationAwareDriverAdapterFactory, name: string, now: Date) {
  const sql = await pendingSchemaDiff(factory)
  if (!sql)
    return null
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14)
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'migration'
  const directory = `${stamp}_${slug}`
  await mkdir(join(migrationsDir, directory), { recursive: true })
  await writeFile(join(migrationsDir, directory, 'migration.sql'), sql)
  return { directory, sql }
}
