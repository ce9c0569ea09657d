// Runs once before all test files: migrates one PGlite database and dumps it to
// a file, so every test database is a quick copy instead of a fresh migration
// (migrating PGlite takes seconds; loading a dump a fraction of that).
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { applyMigrations, readMigrations } from '../src/db/schema-engine.js'

export default async function setup() {
  const migrations = await readMigrations()
  const hash = createHash('sha256')
  for (const dir of migrations.migrationDirectories)
    hash.update(dir.path).update(dir.migrationFile.content.value)
  const file = join(tmpdir(), `medtwin-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`)
  const exists = await readFile(file).then(() => true, () => false)
  if (!exists) {
    const pglite = await PGlite.create('memory://')
    await applyMigrations(new PrismaPGlite(pglite))
    const dump = await pglite.dumpDataDir('none')
    await writeFile(`${file}.${process.pid}`, Buffer.from(await dump.arrayBuffer()))
    await pglite.close()
    const { rename } = await import('node:fs/promises')
    await rename(`${file}.${process.pid}`, file)
  }
  process.env.MEDTWIN_PGLITE_TEMPLATE = file
}
