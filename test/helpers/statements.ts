// Counts the SQL statements a Prisma client sends, at the driver adapter: one
// entry per round trip to the database (a Prisma call with an `include` may be
// several). Transactions show as BEGIN and COMMIT on both kinds of database
// (PGlite runs them itself, PostgreSQL gets them as statements).
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils'
import type { Database } from '../../src/db/client.js'
import { PrismaClient } from '../../src/generated/prisma/client.js'

/**
 * `SELECT User+Session`, `INSERT Application`…: the verb and the tables the
 * statement names outside its subqueries (those are part of the same round trip),
 * or the first table it names when all are inside one.
 */
export function label(sql: string): string {
  const verb = sql.trim().split(/\s+/)[0].toUpperCase()
  // A statement of several writes (WITH … UPDATE … INSERT …): each write, in order.
  const writes = [...sql.matchAll(/\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:"\w+"\.)?"(\w+)"/gi)].map(m => `${m[1].split(/\s/)[0].toUpperCase()} ${m[2]}`)
  if (verb === 'WITH' && writes.length)
    return `WITH ${writes.join(', ')}`
  let top = sql
  for (let inner = top.replace(/\([^()]*\)/g, ''); inner !== top; inner = top.replace(/\([^()]*\)/g, ''))
    top = inner
  const named = (text: string) => [...text.matchAll(/\b(?:FROM|INTO|UPDATE|JOIN)\s+(?:"\w+"\.)?"(\w+)"/gi)].map(m => m[1])
  // A count over a subquery names its table only inside: take the first one then.
  const tables = named(top).length ? named(top) : named(sql).slice(0, 1)
  return tables.length ? `${verb} ${[...new Set(tables)].join('+')}` : verb
}

const control = /^(?:BEGIN|COMMIT|ROLLBACK)\b/i

function counting<T extends { queryRaw: (q: SqlQuery) => Promise<any>, executeRaw: (q: SqlQuery) => Promise<any> }>(target: T, log: string[]): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver) as any
      if (prop === 'queryRaw' || prop === 'executeRaw') {
        return (query: SqlQuery) => {
          if (!control.test(query.sql))
            log.push(label(query.sql))
          return value.call(obj, query)
        }
      }
      if (prop === 'startTransaction') {
        return async (...args: unknown[]) => {
          const tx = await value.apply(obj, args) as Transaction
          log.push('BEGIN')
          const wrapped = counting(tx, log)
          return new Proxy(wrapped, {
            get(t, p, r) {
              const v = Reflect.get(t, p, r)
              if (p === 'commit')
                return () => { log.push('COMMIT'); return v.call(tx) }
              if (p === 'rollback')
                return () => { log.push('ROLLBACK'); return v.call(tx) }
              return typeof v === 'function' ? v.bind(tx) : v
            },
          })
        }
      }
      return typeof value === 'function' ? value.bind(obj) : value
    },
  })
}

/** The same database through a client whose every statement is logged in `statements`. */
export function countStatements(db: Database): { db: Database, statements: string[] } {
  const statements: string[] = []
  const factory: SqlDriverAdapterFactory = {
    provider: db.factory.provider,
    adapterName: db.factory.adapterName,
    connect: async () => counting(await db.factory.connect(), statements) as SqlDriverAdapter,
  }
  const prisma = new PrismaClient({ adapter: factory })
  return {
    db: { ...db, prisma, close: async () => { await prisma.$disconnect(); await db.close() } },
    statements,
  }
}
