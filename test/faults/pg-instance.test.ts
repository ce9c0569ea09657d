// The fault tests' own PostgreSQL: starts, stops (connections refused), starts again with the data kept.
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { pgInstanceUnavailable, startPgInstance } from '../helpers/pg-instance.js'

const unavailable = pgInstanceUnavailable()

describe.skipIf(unavailable)(`a PostgreSQL of the test's own${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  it('when stopped, then connections are refused; when started again, then the data is still there; destroy removes it', async () => {
    const instance = await startPgInstance()
    try {
      const query = async (sql: string) => {
        const client = new pg.Client({ connectionString: instance.url, connectionTimeoutMillis: 3000 })
        await client.connect()
        try {
          return (await client.query(sql)).rows
        }
        finally {
          await client.end()
        }
      }
      await query('CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)')
      await instance.stop()
      expect(instance.running()).toBe(false)
      await expect(query('SELECT 1')).rejects.toThrow(/ECONNREFUSED/)
      await instance.start()
      expect(await query('SELECT n FROM kept')).toEqual([{ n: 7 }])
    }
    finally {
      await instance.destroy()
    }
    const { existsSync } = await import('node:fs')
    expect(existsSync(instance.dir)).toBe(false)
  }, 120_000)
})
