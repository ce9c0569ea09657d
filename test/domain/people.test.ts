// The people repositories on both database kinds: who hears about a new
// internship, what an application still needs, how expiry dates are read.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDocumentRepository, parseExpiry } from '../../src/domain/documents.js'
import { createProfileRepository, missingForApplication } from '../../src/domain/profiles.js'
import { createSubscriptionRepository } from '../../src/domain/subscriptions.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'

describe.each(testDatabaseKinds())('people repositories (%s)', (kind) => {
  let db: Database
  const clock = createTestClock()
  beforeAll(async () => { db = await createTestDatabase(kind) })
  afterAll(async () => { await db?.close() })

  async function subscriber(telegramId: number, sub: { specialties: string[], countries: string[], active?: boolean }, extra: { kind?: 'doctor' | 'student', reachable?: boolean, erased?: boolean } = {}) {
    const user = await db.prisma.user.create({ data: { telegramId: BigInt(telegramId), locale: 'en', reachable: extra.reachable ?? true, erasedAt: extra.erased ? clock() : null } })
    if (extra.kind)
      await db.prisma.profile.create({ data: { userId: user.id, kind: extra.kind } })
    await db.prisma.subscription.create({ data: { userId: user.id, ...sub } })
    return user.id
  }

  it('matchingSubscribers returns active, reachable, not erased people whose choices (empty = any) and kind fit', async () => {
    const any = await subscriber(1, { specialties: [], countries: [] })
    const cardioPl = await subscriber(2, { specialties: ['cardiology'], countries: ['PL'] }, { kind: 'doctor' })
    await subscriber(3, { specialties: ['urology'], countries: [] })
    await subscriber(4, { specialties: [], countries: ['DE'] })
    await subscriber(5, { specialties: [], countries: [], active: false })
    await subscriber(6, { specialties: [], countries: [] }, { reachable: false })
    await subscriber(7, { specialties: [], countries: [] }, { erased: true })
    const student = await subscriber(8, { specialties: ['cardiology'], countries: [] }, { kind: 'student' })
    const subs = createSubscriptionRepository(db.prisma)
    const doctors = await subs.matchingSubscribers(db.prisma, { specialties: ['cardiology', 'neurology'], country: 'PL', audience: 'doctors' })
    expect(doctors).toEqual([{ userId: any, telegramId: 1, locale: 'en' }, { userId: cardioPl, telegramId: 2, locale: 'en' }])
    const students = await subs.matchingSubscribers(db.prisma, { specialties: ['cardiology'], country: 'PL', audience: 'students' })
    expect(students.map(s => s.userId)).toEqual([any, student])
    const both = await db.prisma.$transaction(tx => subs.matchingSubscribers(tx, { specialties: ['cardiology'], country: 'PL', audience: 'both' }))
    expect(both.map(s => s.userId)).toEqual([any, cardioPl, student])
  })

  it('set, setActive and get keep the choice when alerts go off and on', async () => {
    const user = await db.prisma.user.create({ data: { telegramId: 20n } })
    const subs = createSubscriptionRepository(db.prisma)
    expect(await subs.get(user.id)).toBeNull()
    await subs.set(user.id, { specialties: ['oncology'] })
    await subs.setActive(user.id, false)
    expect(await subs.get(user.id)).toEqual({ active: false, specialties: ['oncology'], countries: [] })
    await subs.setActive(user.id, true)
    expect(await subs.get(user.id)).toEqual({ active: true, specialties: ['oncology'], countries: [] })
  })

  it('missingForApplication asks students for a year of study and not a specialty', async () => {
    const user = await db.prisma.user.create({ data: { telegramId: 30n } })
    const profiles = createProfileRepository(db.prisma, clock)
    expect(missingForApplication(await profiles.get(user.id))).toEqual(['kind', 'fullName', 'homeInstitution', 'specialty', 'experience', 'englishLevel'])
    await profiles.update(user.id, { kind: 'student', fullName: 'A', homeInstitutionText: 'X', englishLevel: 'B1' })
    expect(missingForApplication(await profiles.get(user.id))).toEqual(['experience'])
    const full = await profiles.update(user.id, { studyYear: 3 })
    expect(missingForApplication(full)).toEqual([])
    expect(missingForApplication(await profiles.update(user.id, { kind: 'doctor' }))).toEqual(['specialty', 'experience'])
  })

  it('documents: missingTypes counts only unexpired documents; add refuses a wrong file', async () => {
    const user = await db.prisma.user.create({ data: { telegramId: 40n } })
    const docs = createDocumentRepository(db.prisma, clock)
    const file = { fileId: 'f', fileUniqueId: 'u', fileName: 'a.pdf', mimeType: 'application/pdf', fileSize: 10 }
    await docs.add(user.id, { type: 'cv', ...file, expiresOn: null })
    await docs.add(user.id, { type: 'licence', ...file, expiresOn: '2025-01-01' })
    const now = new Date('2026-06-01T12:00:00Z')
    expect(await docs.missingTypes(user.id, ['cv', 'licence', 'diploma'], now)).toEqual(['licence', 'diploma'])
    expect((await docs.listForUser(user.id, now)).map(d => [d.type, d.expired])).toEqual([['cv', false], ['licence', true]])
    await expect(docs.add(user.id, { type: 'other', ...file, mimeType: 'application/zip' })).rejects.toThrow(/PDF, JPG or PNG/)
  })

  it('parseExpiry reads DD.MM.YYYY and refuses impossible and past dates', () => {
    expect(parseExpiry('05.03.2027', '2026-06-01')).toEqual({ date: '2027-03-05' })
    expect(parseExpiry('2026-06-01', '2026-06-01')).toEqual({ error: 'invalid' })
    expect(parseExpiry('30.02.2027', '2026-06-01')).toEqual({ error: 'invalid' })
    expect(parseExpiry('31.05.2026', '2026-06-01')).toEqual({ error: 'past' })
    expect(parseExpiry('01.06.2026', '2026-06-01')).toEqual({ date: '2026-06-01' })
  })
})
