// The people repositories on both database kinds: subscriptions, what an
// application still needs, how expiry dates are read (who hears about a new
// internship is tested in audience.test.ts).
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDocumentRepository, parseExpiry } from '../../src/domain/documents.js'
import { createProfileRepository, missingForApplication } from '../../src/domain/profiles.js'
import { createSubscriptionRepository } from '../../src/domain/subscriptions.js'
import { remindExpiringDocuments } from '../../src/jobs/reminders.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'

describe.each(testDatabaseKinds())('people repositories (%s)', (kind) => {
  let db: Database
  const clock = createTestClock()
  beforeAll(async () => { db = await createTestDatabase(kind) })
  afterAll(async () => { await db?.close() })

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

  it('parseExpiry reads the forms of parseDay and refuses impossible and past dates', () => {
    expect(parseExpiry('05.03.2027', '2026-06-01')).toEqual({ date: '2027-03-05' })
    expect(parseExpiry('2026-06-01', '2026-06-01')).toEqual({ date: '2026-06-01' })
    expect(parseExpiry('05/03/2027', '2026-06-01')).toEqual({ date: '2027-03-05' })
    expect(parseExpiry('05-03-2027', '2026-06-01')).toEqual({ error: 'invalid' })
    expect(parseExpiry('30.02.2027', '2026-06-01')).toEqual({ error: 'invalid' })
    expect(parseExpiry('31.05.2026', '2026-06-01')).toEqual({ error: 'past' })
    expect(parseExpiry('01.06.2026', '2026-06-01')).toEqual({ date: '2026-06-01' })
  })

  it('documents: replacing a file makes a new row; submitted applications keep the file they were sent with, drafts take the new one', async () => {
    const p = db.prisma
    const docs = createDocumentRepository(p, createTestClock())
    const user = await p.user.create({ data: { telegramId: 880_001n } })
    const host = await p.hospital.create({ data: { slug: `replace-${kind}`, kind: 'partner', nameUk: 'Л', nameEn: 'H', cityUk: 'М', cityEn: 'C', country: 'PL' } })
    const opp = (n: number) => p.opportunity.create({ data: { hostHospitalId: host.id, titleUk: `С${n}`, titleEn: `I${n}`, descriptionUk: '-', descriptionEn: '-', startsOn: new Date('2027-03-01'), endsOn: new Date('2027-03-31'), applicationDeadline: new Date('2027-01-01'), seats: 2, status: 'open' } })
    const pdf = { fileUniqueId: 'u', mimeType: 'application/pdf', fileSize: 1000 }
    const old = await docs.add(user.id, { type: 'licence', fileId: 'old-file', fileName: 'old.pdf', expiresOn: '2027-02-01', ...pdf })
    const submitted = await p.application.create({ data: { userId: user.id, opportunityId: (await opp(1)).id, status: 'submitted', answers: { documents: { licence: old.id } } } })
    await p.applicationDocument.create({ data: { applicationId: submitted.id, documentId: old.id } })
    const draft = await p.application.create({ data: { userId: user.id, opportunityId: (await opp(2)).id, status: 'draft', answers: { motivation: 'm', documents: { licence: old.id } } } })

    const now = new Date('2026-12-01T10:00:00Z')
    const renewed = await docs.replace(user.id, old.id, { fileId: 'new-file', fileName: 'new.pdf', expiresOn: '2030-01-01', ...pdf }, now)
    expect(renewed).toMatchObject({ type: 'licence', fileId: 'new-file', expiresOn: '2030-01-01' })
    expect(renewed.id).not.toBe(old.id)
    // What the coordinator received is unchanged.
    const sent = await p.applicationDocument.findMany({ where: { applicationId: submitted.id }, include: { document: true } })
    expect(sent.map(d => [d.documentId, d.document.fileId, d.document.fileName])).toEqual([[old.id, 'old-file', 'old.pdf']])
    expect((await p.document.findUniqueOrThrow({ where: { id: old.id } })).replacedAt).toEqual(now)
    // The person sees one licence, the new one; the draft will be sent with it.
    expect((await docs.listForUser(user.id, now)).map(d => d.id)).toEqual([renewed.id])
    await expect(docs.get(user.id, old.id)).rejects.toMatchObject({ code: 'not-found' })
    expect((await p.application.findUniqueOrThrow({ where: { id: draft.id } })).answers).toEqual({ motivation: 'm', documents: { licence: renewed.id } })
    // The replaced licence (expiring 01.02.2027) is no longer reminded about.
    expect(await remindExpiringDocuments(p, new Date('2027-01-10T10:00:00Z'))).toBe(0)
    // Replacing again: the previous new file was never sent anywhere, so it is simply gone.
    const third = await docs.replace(user.id, renewed.id, { fileId: 'third', ...pdf }, now)
    expect(await p.document.count({ where: { id: renewed.id } })).toBe(0)
    expect((await docs.listForUser(user.id, now)).map(d => d.id)).toEqual([third.id])
  })
})
