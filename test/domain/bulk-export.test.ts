// The streamed CSV export against the document the previous export built
// (test/helpers/previous-bulk.ts): the same bytes for a month and for an
// internship, across many keyset pages (ties on the submission time, none
// submitted, cells that look like formulas), read whole or streamed.
import type { Database } from '../../src/db/client.js'
import type { Rights } from '../../src/domain/access.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createExport } from '../../src/domain/export.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createHospital, createOpportunity } from '../helpers/fixtures.js'
import { previousExport } from '../helpers/previous-bulk.js'

describe.each(testDatabaseKinds())('bulk export (%s)', (kind) => {
  let db: Database
  const ids: Record<string, number> = {}

  beforeAll(async () => {
    db = await createTestDatabase(kind)
    const p = db.prisma
    const de = await createHospital(p, { country: 'DE', nameEn: 'Charité; "Berlin"' })
    const pl = await createHospital(p, { country: 'PL' })
    const home = await createHospital(p, { kind: 'ukrainian', country: 'UA', nameUk: 'Лікарня №1' })
    ids.de = de.id
    const a = await createOpportunity(p, de.id, { titleUk: 'Кардіологія', titleEn: 'Cardiology' })
    const b = await createOpportunity(p, pl.id, { titleUk: 'Неврологія', titleEn: '=Neurology' })
    ids.a = a.id
    const statuses = ['submitted', 'under_review', 'offered', 'confirmed', 'rejected', 'withdrawn', 'draft', 'waitlisted'] as const
    for (let i = 0; i < 90; i++) {
      const user = await p.user.create({ data: { telegramId: BigInt(90_000 + i), firstName: i % 7 === 0 ? '@first' : `First${i}` } })
      if (i % 5 !== 0) {
        await p.profile.create({ data: { userId: user.id, kind: (['doctor', 'student', null] as const)[i % 3], fullName: i % 4 === 0 ? null : `Ім'я "${i}"; Прізвище`, homeHospitalId: i % 2 ? home.id : null, homeInstitutionText: i % 2 ? null : (i % 6 === 0 ? '\t=1+1' : `Clinic ${i}`), phone: i % 3 ? `+38050${i}` : null, specialty: 'cardiology' } })
      }
      for (const o of [a, b]) {
        if ((i + o.id) % 3 === 0)
          continue
        const status = statuses[(i + o.id) % statuses.length]
        // Four applications share each submission time, in February and March 2027; some non-drafts were never stamped.
        const submittedAt = status === 'draft' || i % 11 === 0 ? null : new Date(Date.UTC(2027, 1 + (i % 2), 1 + (i % 27), 9, Math.floor(i / 4)))
        await p.application.create({ data: { userId: user.id, opportunityId: o.id, status, submittedAt, decidedAt: status === 'rejected' ? new Date(Date.UTC(2027, 2, 3, 12, 0, 0, 123)) : null, endorsement: i % 9 === 0 ? 'pending' : null, rejectionReason: status === 'rejected' ? 'Line one\nline "two"' : null } })
      }
    }
  }, 240_000)
  afterAll(async () => { await db?.close() })

  const admin: Rights = { roles: [{ kind: 'admin' }] }

  it('a month and an internship export to the same document as before, page by page (7 at a time) or in one page, for every kind of rights', async () => {
    const now = createExport(db.prisma)
    const before = previousExport(db.prisma)
    const german: Rights = { roles: [{ kind: 'coordinator', hospitals: [ids.de] }] }
    const nobody: Rights = { roles: [{ kind: 'coordinator', hospitals: [999_999] }] }
    let rows = 0
    for (const rights of [admin, german, nobody]) {
      for (const scope of [{ month: '2027-02' }, { month: '2027-03' }, { month: '2027-04' }, { opportunityId: ids.a }]) {
        const expected = await before.applicationsCsv(rights, scope)
        expect(await now.applicationsCsv(rights, scope, 7)).toEqual(expected)
        expect(await now.applicationsCsv(rights, scope)).toEqual(expected)
        rows += expected.count
      }
    }
    expect(rows).toBeGreaterThan(100)
  })

  it('the streamed document is the same bytes, its count is told first, and it can be read again (a retried upload)', async () => {
    const now = createExport(db.prisma)
    const expected = await previousExport(db.prisma).applicationsCsv(admin, { opportunityId: ids.a })
    const stream = await now.applicationsCsvStream(admin, { opportunityId: ids.a }, 5)
    const read = async () => {
      const chunks: Uint8Array[] = []
      for await (const chunk of stream.bytes())
        chunks.push(chunk)
      return { chunks: chunks.length, text: Buffer.concat(chunks).toString('utf8') }
    }
    const first = await read()
    expect(first.text).toBe(expected.csv)
    expect(first.chunks).toBeGreaterThan(5)
    expect((await read()).text).toBe(expected.csv)
    expect(stream.count).toBe(expected.count)
    expect(stream.filename).toBe(expected.filename)
  })
})
