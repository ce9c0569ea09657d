// Database commands for developers and operators:
//   npm run db:migrate              apply pending migrations (what start-up does)
//   npm run db:migration -- <name>  write the next migration from the schema
//   npm run db:seed                 load the programme's public data (idempotent)
// They use DATABASE_URL / DATA_DIR like the bot, and need no bot token.
import { resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { config as loadDotenv } from 'dotenv'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { scrubSecrets } from '../logger.js'
import { systemClock } from '../time/clock.js'
import { openDatabase } from './client.js'
import { createMigration } from './schema-engine.js'
import { seedConsultations } from './seed-consultations.js'
import { seed } from './seed.js'

loadDotenv({ quiet: true })
const [command, name] = process.argv.slice(2)
const databaseUrl = process.env.DATABASE_URL || undefined

async function main() {
  if (command === 'create') {
    if (!name)
      throw new Error('Name the migration: npm run db:migration -- add_something')
    // The history is replayed on a throwaway in-memory database: no server needed.
    const result = await createMigration(new PrismaPGlite(new PGlite()), name, systemClock())
    console.log(result ? `Wrote prisma/migrations/${result.directory}/migration.sql` : 'The schema and the migration history agree: nothing to write.')
    return
  }
  if (command !== 'migrate' && command !== 'seed')
    throw new Error(`Unknown command "${command}": use migrate, create <name> or seed`)
  const db = await openDatabase({ databaseUrl, dataDir: resolve(process.env.DATA_DIR || './data') })
  try {
    const applied = await db.migrate()
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.')
    if (command === 'seed') {
      const result = await seed(db.prisma, systemClock())
      const demo = await seedConsultations(db.prisma, systemClock())
      for (const [what, count] of Object.entries({ ...result, 'demo consultations': demo }))
        console.log(`${what}: ${count.created} created, ${count.existing} already there`)
    }
  }
  finally {
    await db.close()
  }
}

main().catch((error) => {
  console.error(scrubSecrets(String(error?.message ?? error), [databaseUrl]))
  process.exit(1)
})
