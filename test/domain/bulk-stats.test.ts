// /stats as GROUP BY statements against the report as it was computed before
// (test/helpers/previous-bulk.ts), over a generated programme: every month's
// report and its year, for the whole programme and for hospital coordinators
// (small counts masked), on both databases.
import type { Database } from '../../src/db/client.js'
import type { Rights } from '../../src/domain/access.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStats } from '../../src/domain/stats.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createHospital, createOpportunity } from '../helpers/fixtures.js'
import { previousStats } from '../helpers/previous-bulk.js'

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
}

describe.each(testDatabaseKinds())('bulk stats (%s)', (kind) => {
  let db: Database
  const rights: Array<[string, Rights]> = []

  beforeAll(async () => {
    db = await createTestDatabase(kind)
    const p = db.prisma
    const rnd = random(2027)
    const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]
    const hosts = [await createHospital(p, { country: 'DE' }), await createHospital(p, { country: 'AT' }), await createHospital(p, { country: 'PL' }), await createHospital(p, { country: 'DE' })]
    const homes = [await createHospital(p, { kind: 'ukrainian', country: 'UA' }), await createHospital(p, { kind: 'ukrainian', country: 'UA' })]
    const kinds = ['internship', 'clinical_placement', 'training', 'workshop'] as const
    const specialties = ['cardiology', 'neurology', 'oncology', 'surgery', 'pediatrics']
    const internships = []
    for (let i = 0; i < 36; i++) {
      const month = i % 12
      internships.push(await createOpportunity(p, pick(hosts).id, {
        kind: pick(kinds),
        specialties: specialties.filter(() => rnd() < 0.3).slice(0, 2).concat(i % 5 === 0 ? [] : [specialties[i % 5]]),
        startsOn: new Date(Date.UTC(2027, month, 1 + Math.floor(rnd() * 27))),
        endsOn: new Date(Date.UTC(2027, month, 28)),
      }))
    }
    const texts = ['Bogomolets University', '  bogomolets university ', 'Kyiv City Hospital', 'KYIV CITY HOSPITAL', '', '   ', null]
    const statuses = ['confirmed', 'confirmed', 'confirmed', 'submitted', 'rejected', 'draft', 'withdrawn', 'offered'] as const
    for (let i = 0; i < 140; i++) {
      const user = await p.user.create({ data: { telegramId: BigInt(80_000 + i), firstName: `P${i}` } })
      if (rnd() < 0.9) {
        const atHospital = rnd() < 0.5
        await p.profile.create({ data: { userId: user.id, kind: pick(['doctor', 'student', 'healthcare_worker', null] as const), homeHospitalId: atHospital ? pick(homes).id : null, homeInstitutionText: atHospital ? null : pick(texts) } })
      }
      const taken = new Set<number>()
      for (let j = Math.floor(rnd() * 4); j > 0; j--) {
        const o = pick(internships)
        if (taken.has(o.id))
          continue
        taken.add(o.id)
        const status = pick(statuses)
        await p.application.create({ data: { userId: user.id, opportunityId: o.id, status, submittedAt: status === 'draft' ? null : new Date(Date.UTC(2027, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 27), Math.floor(rnd() * 24))) } })
      }
    }
    rights.push(['an administrator', { roles: [{ kind: 'admin' }] }])
    rights.push(['a programme-wide coordinator', { roles: [{ kind: 'coordinator', hospitals: 'all' }] }])
    rights.push(['the coordinator of a German host', { roles: [{ kind: 'coordinator', hospitals: [hosts[0].id] }] }])
    rights.push(['the coordinator of two hosts', { roles: [{ kind: 'coordinator', hospitals: [hosts[1].id, hosts[2].id] }] }])
    rights.push(['the coordinator of a Ukrainian home hospital', { roles: [{ kind: 'coordinator', hospitals: [homes[0].id] }] }])
    rights.push(['the coordinator of a hospital with nobody', { roles: [{ kind: 'coordinator', hospitals: [999_999] }] }])
  }, 240_000)
  afterAll(async () => { await db?.close() })

  it('every month\'s report and its year are the numbers the previous computation gives, masked the same way', async () => {
    const now = createStats(db.prisma)
    const before = previousStats(db.prisma)
    let participants = 0
    let small = 0
    for (const month of ['2027-01', '2027-02', '2027-05', '2027-08', '2027-12', '2026-06']) {
      for (const [who, r] of rights) {
        const expected = await before.report(month, r)
        // Events and foreign specialists are counted elsewhere (events.ts, volunteer-review.ts): not part of the comparison.
        const { events: _events, volunteers: _volunteers, ...actual } = await now.report(month, r)
        expect({ month, who, report: actual }).toEqual({ month, who, report: expected })
        // The order of countries is part of the report (most participants first).
        expect(actual.monthReport.countries).toEqual(expected.monthReport.countries)
        expect(actual.yearReport.countries).toEqual(expected.yearReport.countries)
        participants += Number(actual.yearReport.participants) || 0
        small += JSON.stringify(actual).split('"small"').length - 1
      }
    }
    // The data set is not empty, and some counts are masked: the comparison covers both paths.
    expect(participants).toBeGreaterThan(100)
    expect(small).toBeGreaterThan(3)
  })
})
