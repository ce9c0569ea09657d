import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPrismaStorage } from '../../src/db/storage.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'

describe.each(testDatabaseKinds())('session and conversation storage on %s', (kind) => {
  let db: Database
  beforeAll(async () => { db = await createTestDatabase(kind) })
  afterAll(async () => { await db?.close() })

  it.each(['session', 'conversationState'] as const)('when %s values are written, read, overwritten and deleted, then each step is kept in the database', async (table) => {
    const storage = createPrismaStorage<{ step: number, text: string }>(db.prisma, table)
    expect(await storage.read('chat-1')).toBeUndefined()
    await storage.write('chat-1', { step: 1, text: 'Привіт <b>' })
    await storage.write('chat-1', { step: 2, text: 'Привіт <b>' })
    // A second adapter (a restarted process) sees the same state.
    expect(await createPrismaStorage(db.prisma, table).read('chat-1')).toEqual({ step: 2, text: 'Привіт <b>' })
    await storage.delete('chat-1')
    await storage.delete('chat-1')
    expect(await storage.read('chat-1')).toBeUndefined()
  })
})
