import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPrismaStorage } from '../../src/db/storage.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { countStatements } from '../helpers/statements.js'

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

  it.each(['session', 'conversationState'] as const)('when a %s value was primed from the update\'s first read, then reading it sends no query, and only once', async (table) => {
    const counted = countStatements(db)
    const storage = createPrismaStorage<{ step: number }>(counted.db.prisma, table)
    await storage.write('chat-2', { step: 1 })
    counted.statements.length = 0
    storage.prime('chat-2', JSON.stringify({ step: 7 }))
    expect(await storage.read('chat-2')).toEqual({ step: 7 })
    expect(counted.statements).toEqual([])
    // Primed values are used once: the next read asks the database.
    expect(await storage.read('chat-2')).toEqual({ step: 1 })
    expect(counted.statements).toHaveLength(1)
    // A primed value that was not read is dropped at the end of the update.
    storage.prime('chat-2', null)
    storage.forget('chat-2')
    expect(await storage.read('chat-2')).toEqual({ step: 1 })
    await storage.delete('chat-2')
    await counted.db.prisma.$disconnect()
  })

  it('when a session that had no row is written back as `{}` (its initial value), then nothing is written', async () => {
    const counted = countStatements(db)
    const storage = createPrismaStorage<object>(counted.db.prisma, 'session')
    storage.prime('chat-3', null)
    expect(await storage.read('chat-3')).toBeUndefined()
    await storage.write('chat-3', {})
    expect(counted.statements).toEqual([])
    await storage.write('chat-3', { browse: {} })
    expect(counted.statements).toEqual(['INSERT Session'])
    await storage.delete('chat-3')
    await counted.db.prisma.$disconnect()
  })
})
