import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { describe, expect, it } from 'vitest'
import { pendingSchemaDiff, readMigrations } from '../../src/db/schema-engine.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'

describe('migrations', () => {
  it('when the migration history is replayed, then it matches prisma/schema.prisma exactly', async () => {
    const diff = await pendingSchemaDiff(new PrismaPGlite(new PGlite()))
    expect(diff, 'schema.prisma changed without a migration: run npm run db:migration -- <name>').toBe('')
  })

  it('when the history is read, then it is in Prisma\'s layout with a postgresql lock file', async () => {
    const list = await readMigrations()
    expect(list.lockfile.content).toContain('provider = "postgresql"')
    expect(list.migrationDirectories.length).toBeGreaterThan(0)
    for (const dir of list.migrationDirectories) {
      expect(dir.path).toMatch(/^\d{14}_[a-z0-9_]+$/)
      expect(dir.migrationFile.content.tag).toBe('ok')
    }
  })

  it.each(testDatabaseKinds())('when a %s database is migrated, then every migration is recorded as Prisma records it, and a second run applies nothing', async (kind) => {
    const db = await createTestDatabase(kind)
    try {
      expect(await db.migrate()).toEqual([])
      const rows = await db.prisma.$queryRawUnsafe<Array<{ migration_name: string, finished_at: Date | null, rolled_back_at: Date | null }>>(
        'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name',
      )
      const names = (await readMigrations()).migrationDirectories.map(d => d.path)
      expect(rows.map(r => r.migration_name)).toEqual(names)
      expect(rows.every(r => r.finished_at && !r.rolled_back_at)).toBe(true)
    }
    finally {
      await db.close()
    }
  })
})
