// Several instances start at once (a deploy, a second replica): one migrates,
// the others wait for it, however long it takes. Prisma's schema engine takes
// an advisory lock of its own but gives up after 10 s (and the program would
// then exit); this one, on a connection of its own, waits without a limit.
import pg from 'pg'

/** The lock's key: one per schema, so isolated test schemas never wait for each other. */
export function migrationLockKey(schema = 'public') {
  return `medtwin:migrate:${schema}`
}

/** Runs `migrate` while holding the database's migration lock (pg_advisory_lock, released when done). */
export async function withMigrationLock<T>(connectionString: string, schema: string | undefined, migrate: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, application_name: 'medtwin-migrate' })
  await client.connect()
  // A lost connection releases the lock by itself: never let its error crash the process.
  client.on('error', () => {})
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [migrationLockKey(schema)])
    return await migrate()
  }
  finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [migrationLockKey(schema)]).catch(() => {})
    await client.end().catch(() => {})
  }
}
