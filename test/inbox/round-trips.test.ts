// What the inbox costs per update, in database round trips, counted two ways:
// the Prisma operations (as test/bot/round-trips.test.ts counts them) and, on
// PGlite, the SQL statements that reach the database. A count, never a time.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBot } from '../helpers/bot.js'
import { testStart } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createPerson, doctorProfile } from '../helpers/fixtures.js'
import { counting, startTestInbox, untilDone } from '../helpers/inbox.js'
import { person, text } from '../helpers/updates.js'
import { until } from '../helpers/wait.js'

describe.each(testDatabaseKinds())('round trips of the inbox (%s)', (kind) => {
  let db: Database
  const statements: string[] = []
  beforeAll(async () => {
    db = await createTestDatabase(kind)
    // Every SQL statement PGlite runs outside a transaction (the inbox opens none); the test's own waits are SELECT COUNTs.
    const pglite = (db.factory as unknown as { client?: { query: (...args: any[]) => Promise<unknown> } }).client
    if (kind === 'pglite' && pglite) {
      const query = pglite.query.bind(pglite)
      pglite.query = (sql: string, ...rest: any[]) => {
        if (sql.includes('InboxUpdate'))
          statements.push(sql)
        return query(sql, ...rest)
      }
    }
    for (const id of [8501, 8502, 8503])
      await createPerson(db.prisma, id, { locale: 'en', profile: { ...doctorProfile, onboardedAt: new Date(testStart) } })
  })
  afterAll(async () => {
    await db?.close()
  })

  it('storing costs one statement per webhook update, and one per polling batch', async () => {
    const counted = counting(db)
    const inbox = startTestInbox(counted.db, { handleUpdate: async () => {} }, { workers: 1, pollMs: 60_000 })
    await inbox.stop()
    counted.operations.length = 0
    statements.length = 0
    await inbox.accept([text(person(8501, 'en'), 'one')])
    expect(counted.operations).toEqual(['InboxUpdate.createMany'])
    await inbox.accept(Array.from({ length: 100 }, (_, i) => text(person(8600 + i, 'en'), 'batch')))
    expect(counted.operations).toEqual(['InboxUpdate.createMany', 'InboxUpdate.createMany'])
    if (kind === 'pglite')
      expect(statements.filter(sql => /^\s*INSERT/i.test(sql))).toHaveLength(2)
    await db.prisma.inboxUpdate.deleteMany()
  })

  it('handling costs one statement per update (its done mark rides on the next claim), plus one when the queue empties; the bot\'s own reads are unchanged', async () => {
    const counted = counting(db)
    const t = createTestBot(db)
    const updates = [text(person(8501, 'en'), '/help'), text(person(8502, 'en'), '/help'), text(person(8501, 'en'), '/help'), text(person(8503, 'en'), '/help'), text(person(8502, 'en'), '/help'), text(person(8501, 'en'), '/help')]
    const inbox = startTestInbox(counted.db, t.bot, { workers: 1, pollMs: 60_000, instanceId: 'counted' })
    try {
      // The look at start-up finds nothing: then the worker sleeps until woken.
      await until(() => counted.operations.length === 1, 'the first look')
      counted.operations.length = 0
      statements.length = 0
      await inbox.accept(updates)
      await untilDone(db, updates.map(u => u.update_id))
    }
    finally {
      await inbox.stop()
    }
    // The insert, N + 1 claims, the release of leases on stop.
    expect(counted.operations).toEqual(['InboxUpdate.createMany', ...Array.from({ length: updates.length + 1 }, () => '$queryRaw'), 'InboxUpdate.updateMany'])
    if (kind === 'pglite')
      expect(statements.filter(sql => !sql.startsWith('SELECT COUNT'))).toHaveLength(1 + updates.length + 1 + 1)
    expect(t.calls.filter(c => c.method === 'sendMessage')).toHaveLength(updates.length)
  })
})
