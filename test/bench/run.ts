// npm run bench: one table of how fast and how small MedTwin is, on PGlite and on PostgreSQL.
//   npm run bench                    the full run (a 100,000-recipient broadcast at 1,000/s; ~15 min)
//   npm run bench -- --quick         small sizes, under 3 minutes (CI)
//   npm run bench -- --quick --check also fails (exit 1) when a ratio is more than 2× worse than
//                                    test/bench/baseline.json (ratios only, never absolute times:
//                                    × the database floor, statements, delivery × configured)
//   --write-baseline                 writes this run's ratios to test/bench/baseline.json
//   --no-readme                      leaves README.md alone (a full run writes its table there)
// PostgreSQL from BENCH_DATABASE_URL or TEST_DATABASE_URL (without it, PGlite only).
// Sections: the machine; each kind of update (statements, mean, p99, × a bare grammY bot,
// × the database floor); 200 people at once; delivery at 25/s and 1,000/s (paid); the dispatcher's
// claim at a large backlog; the scale operations (scale.ts, when present); memory and start-up.
import type { DbKind } from '../helpers/db.js'
import type { ClaimResult } from './claim.js'
import type { DeliveryResult } from './delivery.js'
import type { MemoryResult } from './memory.js'
import type { Baseline, Ratio, Row } from './report.js'
import type { UpdatesResult } from './updates.js'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createTestDatabase } from '../helpers/db.js'
import { claimBench, seedBacklog } from './claim.js'
import { deliveryBench } from './delivery.js'
import { memoryBench } from './memory.js'
import { consoleTable, machine, markdownTable, regressions, writeReadme } from './report.js'
import { updatesBench } from './updates.js'

const args = new Set(process.argv.slice(2))
const quick = args.has('--quick')
const baselinePath = fileURLToPath(new URL('./baseline.json', import.meta.url))
const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url))
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
if (pgUrl)
  process.env.TEST_DATABASE_URL = pgUrl
const kinds: DbKind[] = pgUrl ? ['pglite', 'postgres'] : ['pglite']

const sizes = quick
  ? { rounds: 100, free: 150, paid: { pglite: 3000, postgres: 5000 }, backlog: 100_000, due: 2000, memory: 3000, scale: { users: 2000, internships: 200, applications: 4000, outbox: 20_000 } }
  : { rounds: 200, free: 1500, paid: { pglite: 20_000, postgres: 100_000 }, backlog: 1_000_000, due: 10_000, memory: 100_000, scale: { users: 100_000, internships: 5000, applications: 200_000, outbox: 1_000_000 } }

const rows: Row[] = []
const ratios: Ratio[] = []
const fmt = (n: number | undefined, digits = 1) => n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits)
const progress = (what: string) => console.error(`bench: ${what}`)
const started = performance.now()

function row(section: string, measure: string, cell: (kind: DbKind) => string) {
  rows.push({ section, measure, pglite: cell('pglite'), postgres: kinds.includes('postgres') ? cell('postgres') : 'not run' })
}

// Updates, one database at a time.
const updates = new Map<DbKind, UpdatesResult>()
for (const kind of kinds) {
  progress(`updates on ${kind}`)
  updates.set(kind, await updatesBench(kind, sizes.rounds))
}
row('machine', 'ran on', kind => kind === 'pglite' ? machine() : '')
row('updates', 'database floor: one SELECT 1', kind => `${fmt(updates.get(kind)?.floorMs, 2)} ms`)
row('updates', 'bare grammY bot, one reply', kind => `${fmt(updates.get(kind)?.bareMs, 2)} ms`)
for (const name of updates.get('pglite')!.kinds.map(k => k.kind)) {
  row('updates', `${name}: statements · mean · p99 · × bare · × floor (medians)`, (kind) => {
    const k = updates.get(kind)?.kinds.find(r => r.kind === name)
    return k ? `${k.statements} · ${fmt(k.meanMs)} · ${fmt(k.p99Ms)} ms · ×${fmt(k.vsBare)} · ×${fmt(k.vsFloor)}` : '-'
  })
  for (const kind of kinds) {
    const k = updates.get(kind)!.kinds.find(r => r.kind === name)!
    ratios.push({ key: `update ${name} ${kind} × bare`, value: k.vsBare, better: 'lower', check: false }, { key: `update ${name} ${kind} × floor`, value: k.vsFloor, better: 'lower' }, { key: `update ${name} ${kind} statements`, value: k.statements, better: 'lower' })
  }
}
row('updates', '200 people /start at once: p99 · × bare', kind => `${fmt(updates.get(kind)?.burstP99Ms, 0)} ms · ×${fmt(updates.get(kind)?.burstVsBare, 0)}`)
for (const kind of kinds)
  ratios.push({ key: `burst 200 ${kind} p99 × bare`, value: updates.get(kind)!.burstVsBare, better: 'lower', check: false })

// Delivery.
const delivery = new Map<string, DeliveryResult>()
for (const kind of kinds) {
  progress(`delivery at 25/s on ${kind}`)
  delivery.set(`25 ${kind}`, await deliveryBench(kind, 25, sizes.free))
  progress(`delivery at 1000/s (paid) on ${kind}`)
  delivery.set(`1000 ${kind}`, await deliveryBench(kind, 1000, sizes.paid[kind]))
}
for (const rate of [25, 1000]) {
  const label = rate > 30 ? `${rate}/s, paid` : `${rate}/s, free`
  row('delivery', `${label}: recipients · msg/s · × configured`, (kind) => {
    const d = delivery.get(`${rate} ${kind}`)
    return d ? `${d.recipients} · ${fmt(d.sentRate)} · ×${fmt(d.ratio, 3)}` : '-'
  })
  row('delivery', `${label}: lost · duplicated · 429s`, (kind) => {
    const d = delivery.get(`${rate} ${kind}`)
    return d ? `${d.lost} · ${d.duplicated} · ${d.throttled}` : '-'
  })
  row('delivery', `${label}: /help meanwhile p50 · p99`, (kind) => {
    const d = delivery.get(`${rate} ${kind}`)
    return d ? `${fmt(d.helpP50Ms)} · ${fmt(d.helpP99Ms)} ms` : '-'
  })
  for (const kind of kinds)
    ratios.push({ key: `delivery ${rate}/s ${kind} × configured`, value: delivery.get(`${rate} ${kind}`)!.ratio, better: 'higher' })
}

// The dispatcher's claim at a backlog.
const claims = new Map<DbKind, ClaimResult>()
for (const kind of kinds) {
  progress(`claim at ${sizes.backlog} rows on ${kind}`)
  const db = await createTestDatabase(kind)
  try {
    await seedBacklog(db, sizes.backlog, sizes.due)
    claims.set(kind, await claimBench(db, sizes.backlog, sizes.due))
  }
  finally {
    await db.close()
  }
}
row('delivery', `claim of 200 at ${sizes.backlog} rows (${sizes.due} due): mean · p99`, kind => claims.has(kind) ? `${fmt(claims.get(kind)!.meanMs)} · ${fmt(claims.get(kind)!.p99Ms)} ms` : '-')
row('delivery', 'claim: index used', kind => claims.get(kind)?.plan.find(line => line.includes('Index Scan using "OutboxMessage_pending'))?.trim().replace(/ on .*$/, '').replace(/^->\s*Index Scan using /, '') ?? '-')

// The scale operations (test/bench/scale.ts from the bulk-SQL work), when it is there.
const scaleModule = fileURLToPath(new URL('./scale.ts', import.meta.url))
if (existsSync(scaleModule)) {
  const { scaleBench } = await import(pathToFileURL(scaleModule).href) as { scaleBench: (db: unknown, sizes: object) => Promise<Array<{ operation: string, ms: number, rssMb: number }>> }
  const scale = new Map<DbKind, Array<{ operation: string, ms: number, rssMb: number }>>()
  for (const kind of kinds) {
    progress(`scale operations on ${kind}`)
    const db = await createTestDatabase(kind)
    try {
      scale.set(kind, await scaleBench(db, sizes.scale))
    }
    finally {
      await db.close()
    }
  }
  for (const [i, op] of (scale.get('pglite') ?? []).entries())
    row('scale', op.operation, kind => scale.get(kind)?.[i] ? `${scale.get(kind)![i].ms} ms · +${scale.get(kind)![i].rssMb} MB` : '-')
}
else {
  row('scale', 'scale operations', () => 'test/bench/scale.ts not in this tree yet')
}

// Memory and start-up of src/main.ts.
const memory = new Map<DbKind, MemoryResult>()
for (const kind of kinds) {
  progress(`memory and start-up on ${kind}`)
  memory.set(kind, await memoryBench(kind, sizes.memory))
}
row('memory', 'start-up: first · second start', kind => memory.has(kind) ? `${fmt(memory.get(kind)!.firstStartMs / 1000, 2)} · ${fmt(memory.get(kind)!.secondStartMs / 1000, 2)} s` : '-')
row('memory', 'RSS idle', kind => memory.has(kind) ? `${fmt(memory.get(kind)!.idleRssMb, 0)} MB` : '-')
row('memory', 'RSS peak during a broadcast at 1,000/s (sent)', kind => memory.has(kind) ? `${fmt(memory.get(kind)!.broadcastRssMb, 0)} MB (${memory.get(kind)!.broadcastSent} of ${memory.get(kind)!.broadcastRecipients})` : '-')

const took = (performance.now() - started) / 1000
row('machine', 'bench', kind => kind === 'pglite' ? `${quick ? '--quick' : 'full'}, ${fmt(took, 0)} s` : '')
// The machine row first.
rows.sort((a, b) => (a.section === 'machine' ? 0 : 1) - (b.section === 'machine' ? 0 : 1))

console.log(consoleTable(rows))
if (!quick && !args.has('--no-readme'))
  await writeReadme(readmePath, markdownTable(rows))
if (args.has('--markdown'))
  console.log(`\n${markdownTable(rows)}`)
if (args.has('--write-baseline')) {
  const baseline: Baseline = { machine: machine(), mode: quick ? 'quick' : 'full', ratios: Object.fromEntries(ratios.map(r => [r.key, Number(r.value.toFixed(4))])) }
  await writeFile(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`)
  console.error(`bench: wrote ${baselinePath}`)
}
if (args.has('--check')) {
  const baseline = JSON.parse(await readFile(baselinePath, 'utf8')) as Baseline
  const found = regressions(ratios, baseline)
  if (found.length > 0) {
    console.error(`bench: ${found.length} ratio(s) more than 2× worse than test/bench/baseline.json:\n  ${found.join('\n  ')}`)
    process.exit(1)
  }
  console.error(`bench: ${ratios.length} ratios within 2× of the baseline`)
}
process.exit(0)
