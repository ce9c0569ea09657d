// DATA_DIR holds names, phones and licences: nobody but its owner may read it,
// including the files PGlite creates while it runs (it writes them 0666).
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/db/client.js'

async function openToOthers(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name)
    if (((await stat(path)).mode & 0o077) !== 0)
      found.push(path)
  }
  return found
}

describe('the embedded database folder', () => {
  const made: string[] = []
  afterAll(async () => {
    for (const dir of made)
      await rm(dir, { recursive: true, force: true })
  })

  it('when the bot opens, writes and closes PGlite, then DATA_DIR is 0700 and nothing below it is open to group or others', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'medtwin-perm-'))
    made.push(parent)
    const dataDir = join(parent, 'data')
    const db = await openDatabase({ dataDir })
    await db.migrate()
    // Enough writes for PGlite to add WAL segments and relation files.
    await db.prisma.$executeRawUnsafe('CREATE TABLE t (id serial primary key, v text)')
    await db.prisma.$executeRawUnsafe(`INSERT INTO t (v) SELECT repeat('x', 500) FROM generate_series(1, 20000)`)
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700)
    await db.close()
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700)
    expect(await openToOthers(dataDir)).toEqual([])
  }, 120_000)
})
