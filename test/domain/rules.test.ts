// The rule functions the flows call, and the domain enforcing them whatever
// the caller: profile values, document files and expiry, internship schedules.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApplyRepository } from '../../src/domain/apply.js'
import { checkDocument, maxDocumentBytes } from '../../src/domain/documents.js'
import { checkProfilePatch, createProfileRepository } from '../../src/domain/profiles.js'
import { checkSchedule, checkScheduleChange } from '../../src/domain/schedule.js'
import { todayIn } from '../../src/time/zones.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createHospital, createOpportunity, createPerson, doctorProfile } from '../helpers/fixtures.js'

describe('checkProfilePatch', () => {
  it('when values are within the limits (or cleared), then there is no problem', () => {
    expect(checkProfilePatch({ fullName: 'x'.repeat(200), studyYear: 6, experienceYears: 0, kind: 'student', englishLevel: 'C2', homeInstitutionText: null })).toBeNull()
  })
  it('when a value breaks a limit, then the field, the rule and the limits are named', () => {
    expect(checkProfilePatch({ studyYear: 7 })).toEqual({ field: 'studyYear', code: 'profile-out-of-range', params: { min: 1, max: 6 } })
    expect(checkProfilePatch({ studyYear: 0 })?.code).toBe('profile-out-of-range')
    expect(checkProfilePatch({ experienceYears: 2.5 })).toEqual({ field: 'experienceYears', code: 'profile-out-of-range', params: { min: 0, max: 60 } })
    expect(checkProfilePatch({ fullName: 'x'.repeat(201) })).toEqual({ field: 'fullName', code: 'profile-too-long', params: { max: 200 } })
    expect(checkProfilePatch({ homeInstitutionText: 'x'.repeat(201) })?.field).toBe('homeInstitutionText')
    expect(checkProfilePatch({ kind: 'nurse' })).toEqual({ field: 'kind', code: 'profile-unknown-value', params: {} })
    expect(checkProfilePatch({ englishLevel: 'D1' })?.field).toBe('englishLevel')
  })
})

describe('checkDocument', () => {
  it('when the file is a PDF, JPG or PNG up to 20 MB, then it is accepted; otherwise the kind or the size is refused', () => {
    expect(checkDocument({ mimeType: 'application/pdf', fileSize: maxDocumentBytes })).toBeNull()
    expect(checkDocument({ mimeType: 'image/png' })).toBeNull()
    expect(checkDocument({ mimeType: 'application/zip', fileSize: 10 })).toBe('document-kind')
    expect(checkDocument({ mimeType: null })).toBe('document-kind')
    expect(checkDocument({ mimeType: 'image/jpeg', fileSize: maxDocumentBytes + 1 })).toBe('document-size')
  })
})

describe('checkSchedule', () => {
  const today = '2026-12-01'
  const ok = { startsOn: '2027-03-01', endsOn: '2027-03-14', deadline: '2027-02-01' }
  it('when the dates follow the rules, then there is no problem (a deadline today is fine)', () => {
    expect(checkSchedule(ok, today)).toBeNull()
    expect(checkSchedule({ ...ok, deadline: today }, today)).toBeNull()
  })
  it('when a rule is broken, then the problem names the field and the rule', () => {
    expect(checkSchedule({ ...ok, startsOn: today, deadline: '2026-11-30' }, today)).toEqual({ field: 'startsOn', code: 'invalid-start' })
    expect(checkSchedule({ ...ok, endsOn: '2027-03-01' }, today)).toEqual({ field: 'endsOn', code: 'invalid-end' })
    expect(checkSchedule({ ...ok, deadline: '2027-03-01' }, today)).toEqual({ field: 'deadline', code: 'invalid-deadline' })
    expect(checkSchedule({ ...ok, deadline: '2020-01-01' }, today)).toEqual({ field: 'deadline', code: 'invalid-deadline-past' })
  })
  it('when one field changes, then only the rules that involve it are checked', () => {
    expect(checkScheduleChange(ok, 'deadline', '2020-01-01', today)).toEqual({ field: 'deadline', code: 'invalid-deadline-past' })
    expect(checkScheduleChange(ok, 'startsOn', '2027-01-20', today)).toEqual({ field: 'deadline', code: 'invalid-deadline' })
    expect(checkScheduleChange(ok, 'endsOn', '2027-02-28', today)).toEqual({ field: 'endsOn', code: 'invalid-end' })
    // A draft whose deadline has aged can still get a new last day.
    expect(checkScheduleChange({ ...ok, deadline: '2026-11-01' }, 'endsOn', '2027-04-01', today)).toBeNull()
  })
  it('when it is just after midnight in Kyiv, then today is Kyiv\'s day, not UTC\'s', () => {
    expect(todayIn('Europe/Kyiv', new Date('2026-11-30T22:30:00Z'))).toBe('2026-12-01')
    expect(todayIn('UTC', new Date('2026-11-30T22:30:00Z'))).toBe('2026-11-30')
  })
})

describe.each(testDatabaseKinds())('rules enforced in the domain (%s)', (kind) => {
  let db: Database
  let tg = 5000
  const clock = createTestClock()
  beforeAll(async () => { db = await createTestDatabase(kind) })
  afterAll(async () => { await db?.close() })

  it('when /profile or the apply flow stores year of study 7, then it is refused and nothing is saved', async () => {
    const user = await createPerson(db.prisma, ++tg, { locale: 'en', profile: { kind: 'student', studyYear: 2 } })
    await expect(createProfileRepository(db.prisma, clock).update(user.id, { studyYear: 7 })).rejects.toMatchObject({ name: 'ValidationError', code: 'profile-out-of-range', field: 'studyYear' })
    await expect(createApplyRepository(db.prisma, clock).patchProfile(user.id, { studyYear: 7 })).rejects.toMatchObject({ name: 'ValidationError', code: 'profile-out-of-range', params: { min: 1, max: 6 } })
    await expect(createApplyRepository(db.prisma, clock).patchProfile(user.id, { fullName: 'x'.repeat(201) })).rejects.toMatchObject({ code: 'profile-too-long' })
    expect((await db.prisma.profile.findUniqueOrThrow({ where: { userId: user.id } })).studyYear).toBe(2)
  })

  it('when the apply flow uploads a file of the wrong kind or size, then it is refused and not stored', async () => {
    const user = await createPerson(db.prisma, ++tg, { locale: 'en' })
    const repo = createApplyRepository(db.prisma, clock)
    await expect(repo.addDocument(user.id, { type: 'cv', fileId: 'f', fileUniqueId: 'u', mimeType: 'application/zip' })).rejects.toMatchObject({ name: 'ValidationError', code: 'document-kind' })
    await expect(repo.addDocument(user.id, { type: 'cv', fileId: 'f', fileUniqueId: 'u', mimeType: 'application/pdf', fileSize: 21 * 1024 * 1024 })).rejects.toMatchObject({ code: 'document-size' })
    expect(await db.prisma.document.count({ where: { userId: user.id } })).toBe(0)
  })

  it('when a stored licence expired in 2020, then the apply flow sees it as expired and the submission is refused', async () => {
    const user = await createPerson(db.prisma, ++tg, { locale: 'en', profile: doctorProfile })
    const o = await createOpportunity(db.prisma, (await createHospital(db.prisma)).id, { requiredDocuments: ['licence'] })
    const repo = createApplyRepository(db.prisma, clock)
    const old = await db.prisma.document.create({ data: { userId: user.id, type: 'licence', fileId: 'f1', fileUniqueId: 'u1', fileName: 'old.pdf', mimeType: 'application/pdf', expiresOn: new Date('2020-05-01T00:00:00Z') } })
    const valid = await db.prisma.document.create({ data: { userId: user.id, type: 'licence', fileId: 'f2', fileUniqueId: 'u2', fileName: 'new.pdf', mimeType: 'application/pdf', expiresOn: new Date('2026-12-01T00:00:00Z') } })
    expect((await repo.documents(user.id, 'licence')).map(d => [d.fileName, d.expired])).toEqual([['new.pdf', false], ['old.pdf', true]])
    await repo.saveDraft(user.id, o.id, { documents: { licence: old.id } })
    await expect(repo.submit(user.id, o.id, clock(), [])).rejects.toMatchObject({ name: 'StateError', code: 'apply-document-expired' })
    expect((await db.prisma.application.findFirstOrThrow({ where: { userId: user.id } })).status).toBe('draft')
    await repo.saveDraft(user.id, o.id, { documents: { licence: valid.id } })
    await expect(repo.submit(user.id, o.id, clock(), [])).resolves.toMatchObject({ applicationId: expect.any(Number) })
  })
})
