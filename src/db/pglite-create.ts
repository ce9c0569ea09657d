// Creates and migrates a PGlite database in the folder given, then exits: run
// by pglite.ts in a child process, so the memory initdb takes is given back.
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { pgliteOptions } from './pglite.js'
import { applyMigrations } from './schema-engine.js'

async function create(dir: string | undefined) {
  if (!dir)
    throw new Error('usage: pglite-create.ts <folder>')
  const pglite = await PGlite.create(dir, pgliteOptions)
  const applied = await applyMigrations(new PrismaPGlite(pglite))
  await pglite.close()
  // The names applied, for the parent to report as its own migration.
  process.stdout.write(`${JSON.stringify(applied)}\n`)
}

create(process.argv[2]).then(() => process.exit(0), (error) => {
  process.stderr.write(`${String(error?.message ?? error)}\n`)
  process.exit(1)
})
