// grammY StorageAdapter over a Prisma key/value table, for sessions and
// conversation state. (@grammyjs/storage-prisma is reported broken on Prisma 7,
// grammyjs/storages#257; the adapter is three methods, so it lives here.)
import type { StorageAdapter } from 'grammy'
import type { Db } from './client.js'

type Table = 'session' | 'conversationState'

export function createPrismaStorage<T>(db: Db, table: Table): StorageAdapter<T> {
  const model = db[table] as unknown as {
    findUnique: (args: { where: { key: string } }) => Promise<{ value: string } | null>
    upsert: (args: { where: { key: string }, create: { key: string, value: string }, update: { value: string } }) => Promise<unknown>
    deleteMany: (args: { where: { key: string } }) => Promise<unknown>
  }
  // What each key held when this process last read it: a write of the same value is skipped
  // (grammY writes a session back after every update that looked at it). Forgotten at the write.
  const lastRead = new Map<string, string>()
  return {
    async read(key) {
      const row = await model.findUnique({ where: { key } })
      if (row) {
        lastRead.set(key, row.value)
        if (lastRead.size > 10_000)
          lastRead.delete(lastRead.keys().next().value!)
      }
      return row ? JSON.parse(row.value) as T : undefined
    },
    async write(key, value) {
      const json = JSON.stringify(value)
      const unchanged = lastRead.get(key) === json
      lastRead.delete(key)
      if (unchanged)
        return
      await model.upsert({ where: { key }, create: { key, value: json }, update: { value: json } })
    },
    async delete(key) {
      lastRead.delete(key)
      // deleteMany: deleting a key that is not there is not an error (P2025 with delete).
      await model.deleteMany({ where: { key } })
    },
  }
}
