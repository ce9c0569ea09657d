// grammY StorageAdapter over a Prisma key/value table, for sessions and
// conversation state. (@grammyjs/storage-prisma is reported broken on Prisma 7,
// grammyjs/storages#257; the adapter is three methods, so it lives here.)
import type { StorageAdapter } from 'grammy'
import type { Db } from './client.js'

type Table = 'session' | 'conversationState'

export interface PrismaStorage<T> extends StorageAdapter<T> {
  /**
   * Hands over a value already read in this update (`readForUpdate`, raw JSON or
   * null for no row): the next `read` of the key is served from it, without a query.
   */
  prime: (key: string, raw: string | null) => void
  /** Drops a primed value that was not read (at the end of the update). */
  forget: (key: string) => void
}

export function createPrismaStorage<T>(db: Db, table: Table): PrismaStorage<T> {
  const model = db[table] as unknown as {
    findUnique: (args: { where: { key: string } }) => Promise<{ value: string } | null>
    upsert: (args: { where: { key: string }, create: { key: string, value: string }, update: { value: string } }) => Promise<unknown>
    deleteMany: (args: { where: { key: string } }) => Promise<unknown>
  }
  // What each key held when this process last read it: a write of the same value is skipped
  // (grammY writes a session back after every update that looked at it). Forgotten at the write.
  // No row reads as `{}` (a session's initial value): writing `{}` back is skipped too.
  const lastRead = new Map<string, string>()
  const primed = new Map<string, string | null>()
  return {
    prime: (key, raw) => void primed.set(key, raw),
    forget: key => void primed.delete(key),
    async read(key) {
      const value = primed.has(key) ? primed.get(key)! : (await model.findUnique({ where: { key } }))?.value ?? null
      primed.delete(key)
      lastRead.set(key, value ?? '{}')
      if (lastRead.size > 10_000)
        lastRead.delete(lastRead.keys().next().value!)
      return value === null ? undefined : JSON.parse(value) as T
    },
    async write(key, value) {
      primed.delete(key)
      const json = JSON.stringify(value)
      const unchanged = lastRead.get(key) === json
      lastRead.delete(key)
      if (unchanged)
        return
      await model.upsert({ where: { key }, create: { key, value: json }, update: { value: json } })
    },
    async delete(key) {
      lastRead.delete(key)
      primed.delete(key)
      // deleteMany: deleting a key that is not there is not an error (P2025 with delete).
      await model.deleteMany({ where: { key } })
    },
  }
}
