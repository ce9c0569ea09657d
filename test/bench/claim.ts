// The dispatcher's claim at a large backlog: `total` outbox rows, `due` of them pending and due,
// the rest sent. Times claimRows (expired sending rows, then pending ones: `limit` in all) and returns the plans.
// Run alone: tsx test/bench/claim.ts [total] [due] (PostgreSQL from BENCH_DATABASE_URL or TEST_DATABASE_URL).
import type { Database } from '../../src/db/client.js'
import { claimRows } from '../../src/delivery/dispatcher-store.js'
import { createTestDatabase } from '../helpers/db.js'
import { percentile } from './stats.js'

export interface ClaimResult { total: number, due: number, limit: number, meanMs: number, p99Ms: number, plan: string[], reclaimPlan: string[] }

async function explain(db: Database, sql: string): Promise<string[]> {
  // EXPLAIN ANALYZE runs the UPDATE: inside a transaction that is rolled back.
  const lines: string[] = []
  await db.prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<Array<{ 'QUERY PLAN': string }>>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`)
    lines.push(...rows.map(row => row['QUERY PLAN']))
    throw new Rollback()
  }).catch((error) => {
    if (!(error instanceof Rollback))
      throw error
  })
  return lines
}

class Rollback extends Error {}

/** Seeds the backlog with one INSERT … SELECT generate_series (seconds even at 1,000,000 rows). */
export async function seedBacklog(db: Database, total: number, due: number) {
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO "OutboxMessage" ("chatId", kind, text, "dueAt", status, "sentAt")
    SELECT 5000000 + g, 'bench', 'sent ' || g, now() - interval '2 days' + g * interval '1 ms', 'sent', now() - interval '1 day'
    FROM generate_series(1, ${total - due}) AS g`)
  await db.prisma.$executeRawUnsafe(`
    INSERT INTO "OutboxMessage" ("chatId", kind, text, "dueAt", status)
    SELECT 9000000 + g, 'broadcast', 'due ' || g, now() - interval '1 hour' + g * interval '1 ms', 'pending'
    FROM generate_series(1, ${due}) AS g`)
  // A few rows a crashed dispatcher left in sending, lock long run out.
  await db.prisma.$executeRawUnsafe(`
    UPDATE "OutboxMessage" SET status = 'sending', "lockedBy" = 'gone', "lockedUntil" = now() - interval '1 minute'
    WHERE id IN (SELECT id FROM "OutboxMessage" WHERE status = 'pending' ORDER BY id DESC LIMIT 20)`)
  await db.prisma.$executeRawUnsafe('ANALYZE "OutboxMessage"')
}

/** Claims `limit` rows `rounds` times (each claim put back afterwards), on a database already seeded. */
export async function claimBench(db: Database, total: number, due: number, limit = 200, rounds = 30): Promise<ClaimResult> {
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    const now = new Date()
    const started = performance.now()
    const rows = await claimRows(db.prisma, 'bench', now, new Date(now.getTime() + 20_000), limit, [])
    times.push(performance.now() - started)
    if (rows.length === 0)
      throw new Error('the claim found no due rows')
    await db.prisma.outboxMessage.updateMany({ where: { id: { in: rows.map(row => row.id) } }, data: { status: 'pending', lockedBy: null, lockedUntil: null } })
  }
  const claimSql = `UPDATE "OutboxMessage" SET status = 'sending', "lockedBy" = 'x', "lockedUntil" = now() + interval '20 s'
    WHERE id IN (SELECT id FROM "OutboxMessage" WHERE status = 'pending' AND "dueAt" <= now() AND NOT ("chatId" = ANY('{}'::bigint[]))
      ORDER BY "dueAt", id LIMIT ${limit} FOR UPDATE SKIP LOCKED) AND status = 'pending'`
  const reclaimSql = `UPDATE "OutboxMessage" SET "lockedBy" = 'x', "lockedUntil" = now() + interval '20 s'
    WHERE id IN (SELECT id FROM "OutboxMessage" WHERE status = 'sending' AND ("lockedUntil" < now() OR "lockedUntil" IS NULL) AND NOT ("chatId" = ANY('{}'::bigint[]))
      ORDER BY "dueAt", id LIMIT ${limit} FOR UPDATE SKIP LOCKED) AND status = 'sending'`
  const steady = times.slice(Math.min(3, times.length - 1))
  return {
    total,
    due,
    limit,
    meanMs: steady.reduce((a, b) => a + b, 0) / steady.length,
    p99Ms: percentile(steady, 99),
    plan: await explain(db, claimSql),
    reclaimPlan: await explain(db, reclaimSql),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const total = Number(process.argv[2] ?? 1_000_000)
  const due = Number(process.argv[3] ?? 10_000)
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
  const kind = process.argv[4] === 'pglite' || !url ? 'pglite' : 'postgres'
  if (url)
    process.env.TEST_DATABASE_URL = url
  const db = await createTestDatabase(kind)
  try {
    const seeded = performance.now()
    await seedBacklog(db, total, due)
    console.log(`${kind}: seeded ${total} rows (${due} due) in ${((performance.now() - seeded) / 1000).toFixed(1)} s`)
    const result = await claimBench(db, total, due)
    console.log(`claim of ${result.limit}: mean ${result.meanMs.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms`)
    console.log(`\nEXPLAIN ANALYZE claim:\n${result.plan.join('\n')}\n\nEXPLAIN ANALYZE reclaim:\n${result.reclaimPlan.join('\n')}`)
  }
  finally {
    await db.close()
  }
}
