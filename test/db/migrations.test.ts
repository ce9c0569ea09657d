import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { describe, expect, it } from 'vitest'
import { migrationsDir, pendingSchemaDiff, readMigrations } from '../../src/db/schema-engine.js'
import { erasedMarker } from '../../src/domain/erasure.js'
import { inviteHash } from '../../src/domain/invites.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'

describe('migrations', () => {
  it('when the migration history is replayed, then it matches prisma/schema.prisma exactly', async () => {
    const diff = await pendingSchemaDiff(new PrismaPGlite(new PGlite()))
    expect(diff, 'schema.prisma changed without a migration: run npm run db:migration -- <name>').toBe('')
    // Replaying the whole history on WebAssembly grows with every migration: minutes on a busy machine.
  }, 180_000)

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

  it('when people erased before the erasure marker existed are migrated, then their rows lose the Telegram id and the account gets its marker', async () => {
    const pglite = new PGlite()
    const sql = (name: string) => readFile(join(migrationsDir, name, 'migration.sql'), 'utf8')
    const names = (await readMigrations()).migrationDirectories.map(d => d.path)
    const marker = names.indexOf('20261202011917_erasure_outbox_about')
    for (const name of names.slice(0, marker))
      await pglite.exec(await sql(name))
    await pglite.exec(`INSERT INTO "User" ("telegramId", "firstName", "erasedAt", "updatedAt") VALUES (777000111, NULL, '2026-11-30', now()), (777000222, 'Still here', NULL, now())`)
    await pglite.exec(await sql(names[marker]))
    const users = await pglite.query<{ id: number, telegramId: string, reachable: boolean }>('SELECT id, "telegramId"::text AS "telegramId", reachable FROM "User" ORDER BY id')
    expect(users.rows).toEqual([{ id: 1, telegramId: '-1', reachable: false }, { id: 2, telegramId: '777000222', reachable: true }])
    const markers = await pglite.query<{ hash: string }>('SELECT hash FROM "ErasedAccount"')
    expect(markers.rows).toEqual([{ hash: erasedMarker(777000111) }])
    await pglite.close()
  })

  it('when invites made before hashing are migrated, then each keeps working by the sha256 of its token', async () => {
    const pglite = new PGlite()
    const sql = (name: string) => readFile(join(migrationsDir, name, 'migration.sql'), 'utf8')
    const names = (await readMigrations()).migrationDirectories.map(d => d.path)
    const hashing = names.indexOf('20261202020926_invite_token_hash')
    for (const name of names.slice(0, hashing))
      await pglite.exec(await sql(name))
    await pglite.exec(`INSERT INTO "CoordinatorInvite" ("token", "hospitalIds", "expiresAt") VALUES ('old-token-123', '{}', now())`)
    await pglite.exec(await sql(names[hashing]))
    const rows = await pglite.query<{ tokenHash: string }>('SELECT "tokenHash" FROM "CoordinatorInvite"')
    expect(rows.rows).toEqual([{ tokenHash: inviteHash('old-token-123') }])
    await pglite.close()
  })
})
