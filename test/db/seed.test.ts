// Seed data: expected content on an empty database, and a second run that
// creates and changes nothing (full table snapshots compared).
import type { Database } from '../../src/db/client.js'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSeedData } from '../../src/db/seed-schema.js'
import { seed, seedHospitals, seedOpportunities, seedPartnerships } from '../../src/db/seed.js'
import { isCountry } from '../../src/domain/countries.js'
import { isSpecialty } from '../../src/domain/specialties.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'

const now = new Date('2026-11-23T10:30:00Z')
// eslint-disable-next-line regexp/no-obscure-range -- the Ukrainian alphabet, in its order
const cyrillic = /[А-ЩЬЮЯҐЄІЇа-щьюяґєії]/

async function snapshot(db: Database) {
  const { prisma } = db
  return {
    hospitals: await prisma.hospital.findMany({ orderBy: { id: 'asc' } }),
    partnerships: await prisma.partnership.findMany({ orderBy: { id: 'asc' } }),
    opportunities: await prisma.opportunity.findMany({ orderBy: { id: 'asc' } }),
  }
}

describe.each(testDatabaseKinds())('seed (%s)', (kind) => {
  let db: Database

  beforeAll(async () => {
    db = await createTestDatabase(kind)
  }, 60_000)

  afterAll(async () => {
    await db?.close()
  })

  it('creates the programme on an empty database', async () => {
    const result = await seed(db.prisma, now)
    expect(result).toEqual({
      hospitals: { created: 14, existing: 0 },
      partnerships: { created: 5, existing: 0 },
      opportunities: { created: 7, existing: 0 },
      events: { created: 4, existing: 0 },
      needs: { created: 3, existing: 0 },
    })
    expect(seedHospitals).toHaveLength(14)
    expect(seedPartnerships).toHaveLength(5)
    expect(seedOpportunities).toHaveLength(7)

    const { hospitals, partnerships, opportunities } = await snapshot(db)
    expect(hospitals).toHaveLength(14)
    expect(partnerships).toHaveLength(5)
    expect(opportunities).toHaveLength(7)

    for (const h of hospitals) {
      expect(isCountry(h.country), h.slug).toBe(true)
      expect(h.nameUk, h.slug).toMatch(cyrillic)
      expect(h.cityUk, h.slug).toMatch(cyrillic)
      expect(h.nameEn, h.slug).not.toMatch(cyrillic)
      expect(h.cityEn, h.slug).not.toMatch(cyrillic)
      if (h.kind === 'ukrainian') {
        expect(h.country).toBe('UA')
        expect(h.regionUk, h.slug).toMatch(cyrillic)
        expect(h.regionEn, h.slug).toMatch(/^[A-Z ]+$/i)
      }
      else {
        expect(h.country).not.toBe('UA')
      }
    }
    const universities = hospitals.filter(h => h.kind === 'ukrainian' && h.isUniversity).map(h => h.slug).sort()
    expect(universities).toEqual(['bogomolets-nmu', 'kharkiv-nmu', 'lviv-nmu'])

    const byId = new Map(hospitals.map(h => [h.id, h]))
    const pairs = partnerships.map((p) => {
      const ua = byId.get(p.ukrainianHospitalId)!
      const partner = byId.get(p.partnerHospitalId)!
      expect(ua.kind).toBe('ukrainian')
      expect(partner.kind).toBe('partner')
      expect(p.memorandumSignedOn).toBeInstanceOf(Date)
      expect(p.memorandumSignedOn!.getTime()).toBeLessThan(now.getTime())
      return `${ua.slug}:${partner.slug}`
    }).sort()
    expect(pairs).toEqual([
      'kharkiv-nmu:addenbrookes',
      'kryvyi-rih-cch-2:karolinska',
      'mykolaiv-rch:santaros-klinikos',
      'national-cancer-institute:gustave-roussy',
      'volyn-rch:uh-sussex',
    ])

    for (const o of opportunities) {
      expect(o.status, o.slug!).toBe('open')
      expect(o.publishedAt).toEqual(now)
      expect(o.applicationDeadline.getTime(), o.slug!).toBeGreaterThan(now.getTime())
      expect(o.startsOn.getTime(), o.slug!).toBeGreaterThan(o.applicationDeadline.getTime())
      expect(o.endsOn.getTime(), o.slug!).toBeGreaterThan(o.startsOn.getTime())
      expect(o.startsOn.getUTCHours()).toBe(0)
      expect(o.seats).toBeGreaterThanOrEqual(2)
      expect(o.seats).toBeLessThanOrEqual(8)
      expect(o.specialties.length).toBeGreaterThan(0)
      for (const s of o.specialties)
        expect(isSpecialty(s), `${o.slug}: ${s}`).toBe(true)
      expect(o.titleUk).toMatch(cyrillic)
      expect(o.descriptionUk).toMatch(cyrillic)
      expect(o.descriptionEn).not.toMatch(cyrillic)
      expect(o.descriptionUk.length).toBeLessThan(1500)
      expect(o.descriptionEn.length).toBeLessThan(1500)
      expect(o.languageRequirement).toMatch(/^(English|French) [ABC][12]/)
      expect(o.requiredDocuments).toContain('cv')
      if (o.audience === 'doctors')
        expect(o.requiredDocuments).toContain('licence')
      expect(byId.get(o.hostHospitalId)!.kind).toBe('partner')
    }
    expect(opportunities.filter(o => o.requiresEndorsement).length).toBeGreaterThanOrEqual(1)

    const bySlug = new Map(opportunities.map(o => [o.slug, o]))
    const karolinska = bySlug.get('karolinska-skull-base-visit')!
    expect(byId.get(karolinska.hostHospitalId)!.slug).toBe('karolinska')
    expect([...karolinska.specialties].sort()).toEqual(['anaesthesiology', 'neurosurgery', 'otorhinolaryngology', 'skull-base-surgery'])
    expect(karolinska.audience).toBe('doctors')
    expect(karolinska.requiredDocuments).toEqual(['cv', 'licence', 'language_certificate'])
    expect((karolinska.endsOn.getTime() - karolinska.startsOn.getTime()) / 86_400_000).toBe(9)

    const cambridge = bySlug.get('addenbrookes-student-placement')!
    expect(cambridge.kind).toBe('clinical_placement')
    expect(cambridge.audience).toBe('students')
    expect(cambridge.requiredDocuments).toEqual(['cv', 'language_certificate'])
    expect((cambridge.endsOn.getTime() - cambridge.startsOn.getTime()) / 86_400_000).toBe(7 * 7 - 1)

    const sussex = bySlug.get('sussex-laparoscopy')!
    expect(sussex.kind).toBe('training')
    expect(sussex.specialties).toEqual(['laparoscopy'])
    expect(byId.get(sussex.hostHospitalId)!.slug).toBe('uh-sussex')

    const oncologyHosts = opportunities
      .filter(o => o.specialties.includes('oncology'))
      .map(o => byId.get(o.hostHospitalId)!)
    expect(oncologyHosts.map(h => h.slug).sort()).toEqual(['gustave-roussy', 'la-timone', 'saint-louis'])
    expect(oncologyHosts.every(h => h.country === 'FR')).toBe(true)
  })

  it('creates and changes nothing when run again, even later', async () => {
    const before = await snapshot(db)
    const later = new Date(now.getTime() + 3 * 86_400_000)
    const result = await seed(db.prisma, later)
    expect(result).toEqual({
      hospitals: { created: 0, existing: 14 },
      partnerships: { created: 0, existing: 5 },
      opportunities: { created: 0, existing: 7 },
      events: { created: 0, existing: 4 },
      needs: { created: 0, existing: 3 },
    })
    expect(await snapshot(db)).toEqual(before)
  })

  it('fills in only what is missing and leaves edited rows alone', async () => {
    const { prisma } = db
    const edited = await prisma.opportunity.update({
      where: { slug: 'la-timone-oncology' },
      data: { seats: 1, status: 'closed' },
    })
    await prisma.opportunity.delete({ where: { slug: 'sussex-laparoscopy' } })
    const result = await seed(prisma, now)
    expect(result.opportunities).toEqual({ created: 1, existing: 6 })
    expect(result.hospitals.created).toBe(0)
    expect(result.partnerships.created).toBe(0)
    expect(await prisma.opportunity.findUnique({ where: { slug: 'la-timone-oncology' } })).toEqual(edited)
    expect(await prisma.opportunity.count({ where: { slug: 'sussex-laparoscopy' } })).toBe(1)
  })
})

describe('seed data file', () => {
  it('when the file names an unknown code or hospital, then loading it fails and names every problem', () => {
    const data = JSON.parse(readFileSync(new URL('../../src/db/seed-data.json', import.meta.url), 'utf8'))
    data.opportunities[0].host = 'nowhere'
    data.opportunities[1].specialties = ['alchemy']
    data.hospitals[0].country = 'XX'
    const file = join(mkdtempSync(join(tmpdir(), 'medtwin-seed-')), 'seed-data.json')
    writeFileSync(file, JSON.stringify(data))
    const problems = (() => {
      try {
        loadSeedData(file)
      }
      catch (error) {
        return String(error)
      }
    })()
    expect(problems).toContain('unknown country')
    expect(problems).toContain('unknown specialty')
    data.opportunities[1].specialties = ['cardiology']
    data.hospitals[0].country = 'UA'
    writeFileSync(file, JSON.stringify(data))
    expect(() => loadSeedData(file)).toThrow(`${data.opportunities[0].slug}: unknown host nowhere`)
  })
})
