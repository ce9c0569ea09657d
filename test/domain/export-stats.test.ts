// The CSV export parsed back, and the programme report's numbers checked
// against the data the test puts in, on both databases.
import type { Database } from '../../src/db/client.js'
import type { Rights } from '../../src/domain/access.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDomain } from '../../src/domain/index.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createApplication, createHospital, createOpportunity, createPerson, createProfile, februaryInternship } from '../helpers/fixtures.js'

/** A strict RFC 4180 reader for `;`-separated, quoted CSV. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < text.length) {
    expect(text[i]).toBe('"')
    let field = ''
    i++
    for (;;) {
      if (text[i] === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
      }
      else if (text[i] === '"') {
        i++
        break
      }
      else {
        field += text[i++]
      }
    }
    row.push(field)
    if (text[i] === ';') {
      i++
      continue
    }
    expect(text.slice(i, i + 2)).toBe('\r\n')
    i += 2
    rows.push(row)
    row = []
  }
  return rows
}

let tg = 60_000
describe.each(testDatabaseKinds())('export and stats (%s)', (kind) => {
  let db: Database
  let domain: ReturnType<typeof createDomain>
  const ids: Record<string, number> = {}

  beforeAll(async () => {
    db = await createTestDatabase(kind)
    domain = createDomain(db.prisma, { defaultLocale: 'uk', clock: createTestClock() })
    const de = await createHospital(db.prisma, { country: 'DE' })
    const at = await createHospital(db.prisma, { country: 'AT' })
    const pl = await createHospital(db.prisma, { country: 'PL' })
    const home = await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA' })
    ids.de = de.id
    ids.home = home.id
    ids.empty = (await createHospital(db.prisma, { country: 'FR' })).id
    const internship = await createOpportunity(db.prisma, de.id, { ...februaryInternship, kind: 'internship', startsOn: new Date('2027-02-10'), specialties: ['cardiology'], titleUk: 'Кардіологія; "ICU"' })
    const training = await createOpportunity(db.prisma, at.id, { ...februaryInternship, kind: 'training', startsOn: new Date('2027-02-15'), specialties: ['neurology'] })
    const workshop = await createOpportunity(db.prisma, pl.id, { ...februaryInternship, kind: 'workshop', startsOn: new Date('2027-02-20'), specialties: ['cardiology'] })
    const january = await createOpportunity(db.prisma, de.id, { ...februaryInternship, kind: 'internship', startsOn: new Date('2027-01-20'), specialties: ['oncology'] })
    ids.internship = internship.id
    const person = async (profile: Record<string, unknown>) => {
      const u = await createPerson(db.prisma, ++tg)
      await createProfile(db.prisma, u.id, profile)
      return u.id
    }
    const feb = (day: number) => new Date(Date.UTC(2027, 1, day, 9))
    const u1 = await person({ kind: 'doctor', homeHospitalId: home.id, fullName: 'Олена "Лікар"; Іваненко' })
    const u2 = await person({ kind: 'student', homeInstitutionText: 'Bogomolets University' })
    const u3 = await person({ kind: 'doctor', homeHospitalId: home.id })
    const u4 = await person({ kind: 'doctor', homeInstitutionText: 'Kyiv City Hospital' })
    const u5 = await person({ kind: 'doctor', homeHospitalId: home.id })
    await createApplication(db.prisma, u1, internship.id, { status: 'confirmed', submittedAt: feb(1) })
    await createApplication(db.prisma, u2, training.id, { status: 'confirmed', submittedAt: new Date('2027-01-05T10:00:00Z') })
    await createApplication(db.prisma, u3, workshop.id, { status: 'confirmed', submittedAt: feb(2) })
    await createApplication(db.prisma, u3, internship.id, { status: 'confirmed', submittedAt: feb(3) })
    await createApplication(db.prisma, u4, january.id, { status: 'confirmed', submittedAt: new Date('2027-01-02T10:00:00Z') })
    await createApplication(db.prisma, u5, internship.id, { status: 'rejected', submittedAt: feb(4), rejectionReason: 'Line one\nline two' })
    await createApplication(db.prisma, u4, internship.id, { status: 'draft', submittedAt: null })
    // Cells a spreadsheet would run as formulas, outside the months the report counts.
    const old = await createOpportunity(db.prisma, pl.id, { ...februaryInternship, kind: 'internship', startsOn: new Date('2025-06-10'), specialties: ['oncology'] })
    ids.formulas = old.id
    const u6 = await person({ kind: 'doctor', fullName: '=HYPERLINK("http://evil.example","Click")', homeInstitutionText: '\t=1+1', phone: '+380501234567' })
    const u7 = await person({ kind: 'doctor', fullName: '-2+3', homeInstitutionText: '\r=cmd' })
    await createApplication(db.prisma, u6, old.id, { status: 'rejected', submittedAt: new Date('2025-05-01T10:00:00Z'), rejectionReason: '@SUM(A1:A9)' })
    await createApplication(db.prisma, u7, old.id, { status: 'confirmed', submittedAt: new Date('2025-05-02T10:00:00Z') })
  }, 120_000)
  afterAll(async () => { await db?.close() })

  it('when an internship is exported, then the CSV has a BOM, quoted fields and parses back to the applications', async () => {
    const all: Rights = { roles: [{ kind: 'admin' }] }
    const { csv, count, filename } = await domain.exports.applicationsCsv(all, { opportunityId: ids.internship })
    expect(filename).toBe(`applications-internship-${ids.internship}.csv`)
    expect(csv.startsWith('\uFEFF"id";"status"')).toBe(true)
    const rows = parseCsv(csv.slice(1))
    expect(count).toBe(3)
    expect(rows).toHaveLength(4)
    expect(rows.every(r => r.length === rows[0].length)).toBe(true)
    const col = (name: string) => rows[0].indexOf(name)
    expect(rows.slice(1).map(r => [r[col('status')], r[col('applicant')], r[col('internship_uk')], r[col('rejection_reason')]])).toEqual([
      ['confirmed', 'Олена "Лікар"; Іваненко', 'Кардіологія; "ICU"', ''],
      ['confirmed', `Person ${rows[2][col('applicant')].split(' ')[1]}`, 'Кардіологія; "ICU"', ''],
      ['rejected', expect.any(String), 'Кардіологія; "ICU"', 'Line one\nline two'],
    ])
  })

  it('when a cell starts with =, +, -, @, a tab or a CR, then it is neutralised with a leading quote and still parses back', async () => {
    const all: Rights = { roles: [{ kind: 'admin' }] }
    const rows = parseCsv((await domain.exports.applicationsCsv(all, { opportunityId: ids.formulas })).csv.slice(1))
    const col = (name: string) => rows[0].indexOf(name)
    expect(rows.slice(1).map(r => [r[col('applicant')], r[col('home_institution')], r[col('phone')], r[col('rejection_reason')]])).toEqual([
      [`'=HYPERLINK("http://evil.example","Click")`, `'\t=1+1`, `'+380501234567`, `'@SUM(A1:A9)`],
      [`'-2+3`, `'\r=cmd`, '', ''],
    ])
    // No cell of the file starts a formula.
    expect(rows.flat().filter(cell => /^[=+\-@\t\r]/.test(cell))).toEqual([])
  })

  it('when a month is exported by a hospital coordinator, then only their hospital\'s applications submitted that month are in it', async () => {
    const { count, csv } = await domain.exports.applicationsCsv({ roles: [{ kind: 'coordinator', hospitals: [ids.de] }] }, { month: '2027-02' })
    expect(count).toBe(3)
    expect(parseCsv(csv.slice(1)).slice(1).map(r => r[1])).toEqual(['confirmed', 'confirmed', 'rejected'])
    await expect(domain.exports.applicationsCsv({ roles: [{ kind: 'admin' }] }, { month: '2027-13' })).rejects.toMatchObject({ code: 'invalid-month' })
  })

  it('when the February report is made for the programme, then its numbers match the data, exactly', async () => {
    const report = await domain.stats.report('2027-02', { roles: [{ kind: 'coordinator', hospitals: 'all' }] })
    expect(report.hospitalIds).toBeNull()
    expect(report.monthReport).toEqual({
      participants: 3,
      doctors: 2,
      institutions: 2,
      countries: ['DE', 'AT', 'PL'],
      byKind: { internship: 2, training: 1, workshop: 1 },
      bySpecialty: { cardiology: 2, neurology: 1 },
      applicationsByStatus: { confirmed: 3, rejected: 1 },
    })
    expect(report.yearReport).toMatchObject({ participants: 4, doctors: 3, institutions: 3, countries: ['DE', 'AT', 'PL'] })
    expect(report.yearReport.applicationsByStatus).toEqual({ confirmed: 5, rejected: 1 })
    expect(report.perMonth).toEqual([1, 3])
  })

  it('when a hospital\'s coordinator asks, then the report covers their hospital only and counts of one or two are small', async () => {
    const de = await domain.stats.report('2027-02', { roles: [{ kind: 'coordinator', hospitals: [ids.de] }] })
    expect(de.hospitalIds).toEqual([ids.de])
    expect(de.monthReport).toEqual({
      participants: 'small',
      doctors: 'small',
      institutions: 'small',
      countries: ['DE'],
      byKind: { internship: 'small' },
      bySpecialty: { cardiology: 'small' },
      applicationsByStatus: { confirmed: 'small', rejected: 'small' },
    })
    // Three people in the year at this hospital: exact from three on.
    expect(de.yearReport).toMatchObject({ participants: 3, doctors: 3, countries: ['DE'] })
    expect(de.yearReport.applicationsByStatus).toEqual({ confirmed: 3, rejected: 'small' })
    expect(de.perMonth).toEqual(['small', 'small'])
    // The Ukrainian hospital's coordinator: applicants who come from it, wherever they went.
    const home = await domain.stats.report('2027-02', { roles: [{ kind: 'coordinator', hospitals: [ids.home] }] })
    expect(home.monthReport).toMatchObject({ participants: 'small', countries: ['DE', 'PL'], byKind: { internship: 'small', workshop: 'small' } })
    // A hospital with nobody shows zeros, not "<3".
    const empty = await domain.stats.report('2027-02', { roles: [{ kind: 'coordinator', hospitals: [ids.empty] }] })
    expect(empty.monthReport).toMatchObject({ participants: 0, doctors: 0, institutions: 0, countries: [], applicationsByStatus: {} })
  })
})
