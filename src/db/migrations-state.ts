// Start-up without the schema engine when there is nothing to apply: the
// engine is a WebAssembly module of ~40 MB resident that stays once loaded.
import type { PrismaClient } from '../generated/prisma/client.js'
import { createHash } from 'node:crypto'
import { readMigrations } from './schema-engine.js'

/**
 * Runs `apply` (the schema engine) unless every migration in prisma/migrations
 * is recorded as applied in `_prisma_migrations` with the same checksum.
 * Anything else (a new migration, an edited one, a failed one, no table yet)
 * goes to the engine, which decides as `prisma migrate deploy` would.
 */
export async function migrateIfBehind(prisma: PrismaClient, apply: () => Promise<string[]>): Promise<string[]> {
  const applied = await prisma.$queryRawUnsafe<Array<{ migration_name: string, checksum: string }>>(
    'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  ).catch(() => undefined)
  if (!applied)
    return apply()
  const recorded = new Map(applied.map(row => [row.migration_name, row.checksum]))
  const { migrationDirectories } = await readMigrations()
  const upToDate = migrationDirectories.every(({ path, migrationFile: { content } }) =>
    content.tag === 'ok' && recorded.get(path) === createHash('sha256').update(content.value).digest('hex'))
  return upToDate ? [] : apply()
}
