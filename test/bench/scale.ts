// Scale benchmark of the bulk work (issue 14, item 2): a data set of people,
// internships, applications and outbox rows seeded with set-based SQL
// (generate_series), then the bulk operations timed one by one with their peak
// RSS and heap growth. `scaleBench(db, sizes)` is the module (test/bench/run.ts
// imports it); `tsx test/bench/scale.ts` runs it on a fresh PostgreSQL database
// (created on BENCH_DATABASE_URL or TEST_DATABASE_URL's server, dropped after)
// and prints a markdown table. Env: SCALE_USERS, SCALE_INTERNSHIPS,
// SCALE_APPLICATIONS, SCALE_OUTBOX (defaults 100000, 5000, 200000, 1000000),
// SCALE_PGLITE=1 to run on PGlite instead, SCALE_KEEP=1 to keep the database.
import type { Database } from '../../src/db/client.js'
import type { Rights } from '../../src/domain/access.js'
import { randomBytes } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import pg from 'pg'
import { openDatabase } from '../../src/db/client.js'
import { createDomain } from '../../src/domain/index.js'
import { runReminderSweep } from '../../src/jobs/reminders.js'
import { systemClock } from '../../src/time/clock.js'

export interface ScaleSizes { users: number, internships: number, applications: number, outbox: number }

export interface ScaleResult {
  operation: string
  ms: number
  /** Peak growth of the process's resident set and of the V8 heap during the operation, in MB. */
  rssMb: number
  heapMb: number
  /** What it produced (rows, recipients, bytes): a sanity check that the work was done. */
  result: string
}

const hospitals = 40
const countries = ['DE', 'PL', 'FR', 'GB', 'SE', 'US', 'IT', 'ES', 'NL', 'AT']
const specialties = ['cardiology', 'neurology', 'surgery', 'pediatrics', 'oncology', 'radiology', 'anesthesiology', 'emergency_medicine', 'family_medicine', 'psychiatry']
// A benchmark measures real time.
const clock = systemClock

async function measure(operation: string, fn: () => Promise<string>): Promise<ScaleResult> {
  (globalThis as { gc?: () => void }).gc?.()
  const base = process.memoryUsage()
  let rss = base.rss
  let heap = base.heapUsed
  const sample = () => {
    const m = process.memoryUsage()
    rss = Math.max(rss, m.rss)
    heap = Math.max(heap, m.heapUsed)
  }
  const timer = setInterval(sample, 10)
  const started = performance.now()
  // A failing operation is a result too (e.g. a transaction that outlives its timeout).
  const result = await fn().catch((error: Error) => `FAILED: ${error.message.split('\n').filter(Boolean).at(-1)}`)
  const ms = performance.now() - started
  clearInterval(timer)
  sample()
  const mb = (n: number) => Math.round(n / 1048576)
  const row = { operation, ms: Math.round(ms), rssMb: mb(rss - base.rss), heapMb: mb(heap - base.heapUsed), result }
  if (process.env.SCALE_PROGRESS === '1')
    console.error(JSON.stringify(row))
  return row
}

/** Seeds the data set in a handful of INSERT … SELECT statements; returns the ids the operations use. */
export async function seedScale(db: Database, sizes: ScaleSizes, now: Date) {
  const p = db.prisma
  const year = now.getUTCFullYear()
  const yearStart = new Date(Date.UTC(year, 0, 1))
  const specs = specialties
  await p.$executeRaw`
    INSERT INTO "Hospital" (slug, kind, "nameUk", "nameEn", "cityUk", "cityEn", country, "updatedAt")
    SELECT 'bench-' || i, (CASE WHEN i <= ${hospitals / 2} THEN 'ukrainian' ELSE 'partner' END)::"HospitalKind",
      'Лікарня ' || i, 'Hospital ' || i, 'Місто ' || i, 'City ' || i,
      CASE WHEN i <= ${hospitals / 2} THEN 'UA' ELSE (${countries}::text[])[1 + i % ${countries.length}] END, now()
    FROM generate_series(1, ${hospitals}) i`
  const [{ h0 }] = await p.$queryRaw<Array<{ h0: number }>>`SELECT min(id) AS h0 FROM "Hospital" WHERE slug LIKE 'bench-%'`
  await p.$executeRaw`
    INSERT INTO "Partnership" ("ukrainianHospitalId", "partnerHospitalId")
    SELECT ${h0}::int + i - 1, ${h0}::int + i - 1 + ${hospitals / 2} FROM generate_series(1, ${hospitals / 2}) i`
  await p.$executeRaw`
    INSERT INTO "User" ("telegramId", "firstName", locale, reachable, "erasedAt", "updatedAt", "createdAt")
    SELECT 5000000000 + i, 'Person ' || i, (ARRAY['uk', 'en', NULL])[1 + i % 3],
      i % 50 <> 7, CASE WHEN i % 100 = 13 THEN now() END, now(), now()
    FROM generate_series(1, ${sizes.users}) i`
  const [{ u0 }] = await p.$queryRaw<Array<{ u0: number }>>`SELECT min(id) AS u0 FROM "User" WHERE "telegramId" > 5000000000`
  // Nine in ten have a profile: doctors, students, health workers, no kind yet; a home hospital or a free-text one.
  await p.$executeRaw`
    INSERT INTO "Profile" ("userId", kind, "fullName", "homeHospitalId", "homeInstitutionText", specialty, phone, "updatedAt")
    SELECT ${u0}::int + i - 1, (ARRAY['doctor', 'student', 'healthcare_worker', NULL, 'doctor'])[1 + i % 5]::"PersonKind",
      'Person ' || i, CASE WHEN i % 4 <> 0 THEN ${h0}::int + i % ${hospitals / 2} END,
      CASE WHEN i % 4 = 0 THEN 'Institute ' || (i % 300) END, (${specs}::text[])[1 + i % ${specs.length}], '+380' || i, now()
    FROM generate_series(1, ${sizes.users}) i WHERE i % 10 <> 0`
  // Six in ten subscribe: one or two specialties or any, a country or any; one in ten of them turned alerts off.
  await p.$executeRaw`
    INSERT INTO "Subscription" ("userId", active, specialties, countries, "updatedAt")
    SELECT ${u0}::int + i - 1, i % 10 <> 3,
      CASE i % 4 WHEN 0 THEN ARRAY[]::text[] WHEN 1 THEN ARRAY[(${specs}::text[])[1 + i % ${specs.length}]]
        ELSE ARRAY[(${specs}::text[])[1 + i % ${specs.length}], (${specs}::text[])[1 + (i / 7) % ${specs.length}]] END,
      CASE WHEN i % 3 = 0 THEN ARRAY[]::text[] ELSE ARRAY[(${countries}::text[])[1 + i % ${countries.length}]] END, now()
    FROM generate_series(1, ${sizes.users}) i WHERE i % 5 IN (0, 1, 2)`
  // Internships at the partner hospitals, starting all over the year; one in seven has its deadline in the next three days.
  await p.$executeRaw`
    INSERT INTO "Opportunity" ("hostHospitalId", kind, "titleUk", "titleEn", "descriptionUk", "descriptionEn", specialties, audience,
      "startsOn", "endsOn", "applicationDeadline", seats, status, "publishedAt", "updatedAt")
    SELECT ${h0}::int + ${hospitals / 2} + i % ${hospitals / 2}, (ARRAY['internship', 'clinical_placement', 'training', 'workshop'])[1 + i % 4]::"OpportunityKind",
      'Стажування ' || i, 'Internship ' || i, 'Опис', 'Description',
      ARRAY[(${specs}::text[])[1 + i % ${specs.length}]], (ARRAY['doctors', 'students', 'both'])[1 + i % 3]::"Audience",
      (${yearStart}::timestamp + (i % 365) * interval '1 day')::date, (${yearStart}::timestamp + (i % 365 + 14) * interval '1 day')::date,
      ${now}::timestamp + CASE WHEN i % 7 = 0 THEN (1 + i % 3) * interval '1 day' - interval '1 hour' ELSE (4 + i % 90) * interval '1 day' END,
      5, (CASE WHEN i % 10 = 0 THEN 'closed' ELSE 'open' END)::"OpportunityStatus", now(), now()
    FROM generate_series(1, ${sizes.internships}) i`
  const [{ o0 }] = await p.$queryRaw<Array<{ o0: number }>>`SELECT min(id) AS o0 FROM "Opportunity" WHERE "titleEn" LIKE 'Internship %'`
  // Applications: person i % users to internship (13·person + round) % internships, unique per pair; submitted all over the year.
  await p.$executeRaw`
    INSERT INTO "Application" ("userId", "opportunityId", status, answers, "submittedAt", "decidedAt", "offerExpiresAt", "updatedAt")
    SELECT ${u0}::int + i % ${sizes.users}, ${o0}::int + ((i % ${sizes.users}) * 13 + i / ${sizes.users}) % ${sizes.internships}, st::"ApplicationStatus", '{}',
      CASE WHEN st <> 'draft' THEN ${yearStart}::timestamp + (i % 365) * interval '1 day' + (i % 86400) * interval '1 second' END,
      CASE WHEN st IN ('confirmed', 'rejected', 'offered') THEN ${yearStart}::timestamp + (i % 365 + 5) * interval '1 day' END,
      CASE WHEN st = 'offered' THEN ${now}::timestamp + (i % 4) * interval '1 day' + interval '1 hour' END, now()
    FROM (SELECT i, (ARRAY['submitted', 'under_review', 'confirmed', 'confirmed', 'rejected', 'draft', 'offered', 'waitlisted', 'withdrawn', 'confirmed'])[1 + i % 10] AS st
      FROM generate_series(0, ${sizes.applications - 1}) i) g`
  // The outbox's history: sent rows, some failed, a few pending far in the future (so no dispatcher would take them).
  await p.$executeRaw`
    INSERT INTO "OutboxMessage" ("chatId", "userId", kind, "dedupeKey", text, status, "dueAt", "sentAt", "lastError")
    SELECT 5000000000 + i % ${sizes.users}, ${u0}::int + i % ${sizes.users}, 'bench-history', 'bench:' || i, 'History ' || i,
      (CASE WHEN i % 100 = 0 THEN 'failed' WHEN i % 1000 = 1 THEN 'pending' ELSE 'sent' END)::"OutboxStatus",
      CASE WHEN i % 1000 = 1 THEN ${now}::timestamp + interval '10 years' ELSE ${yearStart}::timestamp + (i % 300) * interval '1 day' END,
      CASE WHEN i % 100 <> 0 AND i % 1000 <> 1 THEN ${yearStart}::timestamp + (i % 300) * interval '1 day' END,
      CASE WHEN i % 100 = 0 THEN '403: Forbidden: bot was blocked by the user' END
    FROM generate_series(1, ${sizes.outbox}) i`
  await p.$executeRawUnsafe('ANALYZE')
  const admin = await p.user.create({ data: { telegramId: 4_999_999_999n, firstName: 'Bench admin' } })
  return { admin: admin.id, firstHospital: h0, firstInternship: o0, year }
}

/** Seeds the data set on `db` (a fresh, migrated database) and times each bulk operation. */
export async function scaleBench(db: Database, sizes: ScaleSizes): Promise<ScaleResult[]> {
  const results: ScaleResult[] = []
  const seeded = await measure(`seed ${sizes.users} people, ${sizes.internships} internships, ${sizes.applications} applications, ${sizes.outbox} outbox rows`, async () => {
    const ids = await seedScale(db, sizes, clock())
    return JSON.stringify(ids)
  })
  results.push(seeded)
  const ids = JSON.parse(seeded.result) as Awaited<ReturnType<typeof seedScale>>
  const domain = createDomain(db.prisma, { defaultLocale: 'uk', clock })
  const admin: Rights = { roles: [{ kind: 'admin' }] }
  const hospitalCoordinator: Rights = { roles: [{ kind: 'coordinator', hospitals: [ids.firstHospital + hospitals / 2] }] }
  const month = clock().toISOString().slice(0, 7)
  const status = { statusChatId: 4_999_999_999, statusMessageId: 1, opportunityId: null, applyLabel: { uk: 'Подати', en: 'Apply' }, botUsername: 'bench_bot' }

  results.push(await measure('audience count: one specialty', async () => String(await domain.broadcasts.count(admin, { kind: 'specialties', codes: ['cardiology'] }))))
  results.push(await measure('audience count: everyone', async () => String(await domain.broadcasts.count(admin, { kind: 'all' }))))
  results.push(await measure('broadcast to everyone (resolution)', async () => {
    const { total } = await domain.broadcasts.create(ids.admin, admin, { ...status, html: 'Bench <b>news</b>', audience: { kind: 'all' } })
    return `${total} rows`
  }))
  results.push(await measure('broadcast by a hospital coordinator (resolution)', async () => {
    const { total } = await domain.broadcasts.create(ids.admin, hospitalCoordinator, { ...status, html: 'Bench hospital news', audience: { kind: 'doctors' } })
    return `${total} rows`
  }))
  const draft = await db.prisma.opportunity.create({
    data: { hostHospitalId: ids.firstHospital + hospitals / 2, titleUk: 'Нове', titleEn: 'New', descriptionUk: 'Опис', descriptionEn: 'Description', specialties: ['cardiology', 'neurology'], audience: 'both', startsOn: new Date(Date.UTC(ids.year, 11, 1)), endsOn: new Date(Date.UTC(ids.year, 11, 20)), applicationDeadline: new Date(Date.UTC(ids.year + 1, 0, 1)), seats: 5 },
  })
  results.push(await measure('publish alerts (fan-out)', async () => {
    const { alerts } = await domain.opportunityAdmin.publish(ids.admin, admin, draft.id, `https://t.me/bench_bot?start=i${draft.id}`)
    return `${alerts} alerts`
  }))
  results.push(await measure(`/stats ${month}, whole programme`, async () => {
    const r = await domain.stats.report(month, admin)
    return `${r.yearReport.participants} participants in the year`
  }))
  results.push(await measure(`/stats ${month}, one hospital`, async () => {
    const r = await domain.stats.report(month, hospitalCoordinator)
    return `${r.yearReport.participants} participants in the year`
  }))
  results.push(await measure(`CSV export of ${ids.year} (12 months)`, async () => {
    let rows = 0
    let bytes = 0
    for (let m = 1; m <= 12; m++) {
      // What /export sends: the document streamed into the upload, page by page.
      const { count, bytes: read } = await domain.exports.applicationsCsvStream(admin, { month: `${ids.year}-${String(m).padStart(2, '0')}` })
      rows += count
      for await (const chunk of read())
        bytes += chunk.length
    }
    return `${rows} rows, ${Math.round(bytes / 1048576)} MB`
  }))
  results.push(await measure('reminder sweep', async () => {
    const counts = await runReminderSweep(db.prisma, clock())
    return Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'
  }))
  results.push(await measure('reminder sweep again (nothing new)', async () => {
    const counts = await runReminderSweep(db.prisma, clock())
    return `${Object.values(counts).reduce((a, b) => a + b, 0)} new`
  }))
  results.push(await measure('internship filter options', async () => {
    const o = await domain.opportunities.filterOptions(clock())
    return `${o.countries.length} countries, ${o.months.length} months`
  }))
  return results
}

export function markdownTable(results: ScaleResult[]): string {
  const lines = ['| operation | ms | peak RSS Δ MB | peak heap Δ MB | result |', '| --- | ---: | ---: | ---: | --- |']
  for (const r of results)
    lines.push(`| ${r.operation} | ${r.ms} | ${r.rssMb} | ${r.heapMb} | ${r.result.replace(/\|/g, '/')} |`)
  return lines.join('\n')
}

async function main() {
  const env = process.env
  const sizes: ScaleSizes = {
    users: Number(env.SCALE_USERS ?? 100_000),
    internships: Number(env.SCALE_INTERNSHIPS ?? 5000),
    applications: Number(env.SCALE_APPLICATIONS ?? 200_000),
    outbox: Number(env.SCALE_OUTBOX ?? 1_000_000),
  }
  if (env.SCALE_PGLITE === '1') {
    const db = await openDatabase({ dataDir: 'memory://' })
    await db.migrate()
    console.log(markdownTable(await scaleBench(db, sizes)))
    await db.close()
    return
  }
  const url = env.BENCH_DATABASE_URL ?? env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
  const name = `mt_scale_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  const dbUrl = new URL(url)
  dbUrl.pathname = `/${name}`
  try {
    const db = await openDatabase({ databaseUrl: dbUrl.toString(), dataDir: '' })
    try {
      await db.migrate()
      console.log(`PostgreSQL, database ${name}\n`)
      console.log(markdownTable(await scaleBench(db, sizes)))
    }
    finally {
      await db.close()
    }
  }
  finally {
    // SCALE_KEEP=1 leaves the database for EXPLAIN; drop it by hand afterwards.
    if (env.SCALE_KEEP === '1')
      console.error(`kept database ${name}`)
    else
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.end()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await main()
