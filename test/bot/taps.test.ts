// How many taps: what a person does, counted as the updates they send, and the
// shortcuts that make it fewer (issue: words and taps).
import type { Update } from 'grammy/types'
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createHospital, createOpportunity, createPerson, createProfile, doctorProfile } from '../helpers/fixtures.js'
import { callback, contact, document, person, text } from '../helpers/updates.js'

let db: Database
let hostId: number
let threeDocs: number
let studentsOnly: number
let homeId: number

beforeAll(async () => {
  db = await createTestDatabase()
  hostId = (await createHospital(db.prisma, { country: 'DE', nameEn: 'Charité' })).id
  threeDocs = (await createOpportunity(db.prisma, hostId, { titleEn: 'Skull base surgery', requiredDocuments: ['cv', 'licence', 'diploma'], audience: 'doctors' })).id
  homeId = (await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Lviv Regional Hospital' })).id
  studentsOnly = (await createOpportunity(db.prisma, hostId, { titleEn: 'Bedside teaching', audience: 'students' })).id
})
afterAll(async () => { await db?.close() })

const pdf = (u: ReturnType<typeof person>, name: string) => document(u, { name, mime: 'application/pdf', size: 100_000 })

describe('taps', () => {
  it('a new doctor goes from /start to a submitted application with three documents in 17 interactions, 3 of them typed', async () => {
    const t = createTestBot(db)
    const u = person(9601, 'en')
    const journey: Update[] = [
      text(u, '/start'),
      callback(u, 'k:kind:v:doctor'),
      text(u, 'Olena Kovalenko'),
      callback(u, `k:home:v:${homeId}`),
      callback(u, 'k:spec:v:neurosurgery'),
      callback(u, 'k:exp:v:5'),
      callback(u, 'k:eng:v:B2'),
      text(u, '🔎 Internships'),
      callback(u, `in:o:${threeDocs}:0`),
      callback(u, `ap:${threeDocs}`),
      text(u, 'To learn endoscopic skull base approaches.'),
      text(u, 'Eight years of neurosurgery.'),
      contact(u, '+380501234567'),
      pdf(u, 'cv.pdf'),
      pdf(u, 'licence.pdf'),
      pdf(u, 'diploma.pdf'),
      callback(u, 'k:summary:v:send'),
    ]
    await t.send(...journey)
    expect(t.texts().at(-1)).toContain('was sent')
    const app = await db.prisma.application.findFirstOrThrow({ where: { opportunityId: threeDocs, user: { telegramId: 9601n } }, include: { documents: true } })
    expect(app).toMatchObject({ status: 'submitted', answers: { available: true } })
    expect(app.documents).toHaveLength(3)
    const typed = journey.filter(u => u.message?.text && !u.message.text.startsWith('/') && !u.message.text.startsWith('🔎'))
    expect([journey.length, typed.length]).toEqual([17, 3])
  })

  it('years of experience are a tap, and any number can still be typed', async () => {
    const t = createTestBot(db)
    const u = person(9602, 'en')
    await createPerson(db.prisma, 9602, { locale: 'en' })
    await t.send(callback(u, 'pe:experience'))
    const question = t.take().at(-1)!
    expect(buttons(question)[0]).toEqual([['0', 'k:exp:v:0'], ['1', 'k:exp:v:1'], ['2', 'k:exp:v:2'], ['3', 'k:exp:v:3']])
    await t.send(text(u, '61'), text(u, '7'))
    expect(t.texts()[0]).toBe('Please send a whole number from 0 to 60.')
    expect((await db.prisma.profile.findFirstOrThrow({ where: { user: { telegramId: 9602n } } })).experienceYears).toBe(7)
  })

  it('coming Back to a long answer offers ✔️ Keep: nothing is retyped', async () => {
    await createPerson(db.prisma, 9603, { locale: 'en', profile: doctorProfile })
    const t = createTestBot(db)
    const u = person(9603, 'en')
    const motivation = `I want to learn. ${'x'.repeat(1400)}`
    await t.send(callback(u, `ap:${threeDocs}`), text(u, motivation), callback(u, 'k:cv_experience:b'))
    const again = t.take().filter(c => c.method === 'sendMessage').at(-1)!
    expect(again.payload.text).toBe('Why do you want this internship? (up to 1500 characters)')
    expect(buttons(again)[0]).toEqual([['✔️ Keep: I want to learn. xxxxxxxxxxxxxx…', 'k:motivation:v:keep']])
    await t.send(callback(u, 'k:motivation:v:keep'))
    expect(t.texts().at(-1)).toBe('Your relevant experience: procedures, departments, courses (up to 1500 characters).')
    const draft = await db.prisma.application.findFirstOrThrow({ where: { opportunityId: threeDocs, user: { telegramId: 9603n } } })
    expect((draft.answers as any).motivation).toBe(motivation)
  })

  it('a doctor sees on a students-only card that it is not for them, and no Apply button; a student sees Apply', async () => {
    await createPerson(db.prisma, 9604, { locale: 'en', profile: doctorProfile })
    await createPerson(db.prisma, 9605, { locale: 'uk', profile: { ...doctorProfile, kind: 'student', studyYear: 5 } })
    const t = createTestBot(db)
    await t.send(callback(person(9604, 'en'), `in:o:${studentsOnly}:0`))
    const doctorCard = t.take().find(c => c.method === 'editMessageText')!
    expect(doctorCard.payload.text).toContain('ℹ️ Only for students: your profile says otherwise, so you cannot apply.')
    expect(buttons(doctorCard).flat().map(([, data]) => data)).not.toContain(`ap:${studentsOnly}`)
    await t.send(callback(person(9605, 'uk'), `in:o:${studentsOnly}:0`))
    const studentCard = t.take().find(c => c.method === 'editMessageText')!
    expect(studentCard.payload.text).not.toContain('ℹ️')
    expect(buttons(studentCard).flat().map(([, data]) => data)).toContain(`ap:${studentsOnly}`)
  })

  it('/broadcast shows the count on each audience button, and an audience that reaches nobody is asked again with the message kept', async () => {
    const coordinator = await createPerson(db.prisma, 9610, { locale: 'en' })
    await assignCoordinator(db.prisma, coordinator.id, hostId)
    const reader = await createPerson(db.prisma, 9611, { locale: 'en' })
    await createProfile(db.prisma, reader.id, { kind: 'doctor' })
    await db.prisma.subscription.create({ data: { userId: reader.id, countries: ['DE'], specialties: ['cardiology'] } })
    const t = createTestBot(db)
    const who = person(9610, 'en')
    await t.send(text(who, '/broadcast'), text(who, 'News'), callback(who, 'k:card:v:none'))
    const audience = t.take().at(-1)!
    const labels = buttons(audience).flat().map(([label]) => label)
    expect(labels.slice(0, 1)).toEqual([expect.stringMatching(/^Everyone · \d+$/)])
    expect(labels).toContainEqual(expect.stringMatching(/ · 0$/))
    await t.send(callback(who, 'k:aud:v:specialties'), callback(who, 'k:specs:v:oncology'), callback(who, 'k:specs:d'))
    const texts = t.texts()
    expect(texts.at(-2)).toBe('Nobody reachable matches this audience. Choose another one; your message is kept.')
    expect(texts.at(-1)).toBe('👥 Who receives it?')
    await t.send(callback(who, 'k:aud:v:specialties'), callback(who, 'k:specs:v:cardiology'), callback(who, 'k:specs:d'))
    expect(t.texts().at(-1)).toBe('☝️ This is the message. Send it to 1 person?')
  })

  it('/grant takes several hospitals at once, then Done; the whole programme ends it at once', async () => {
    const second = (await createHospital(db.prisma, { country: 'PL', nameEn: 'Wroclaw Clinic' })).id
    const target = await createPerson(db.prisma, 9620, { locale: 'en' })
    const wide = await createPerson(db.prisma, 9621, { locale: 'en' })
    await createPerson(db.prisma, 9000, { locale: 'en' })
    const t = createTestBot(db)
    const admin = person(9000, 'en')
    await t.send(text(admin, '/grant 9620'), callback(admin, `k:scope:v:${hostId}`), callback(admin, `k:scope:v:${second}`), callback(admin, 'k:scope:d'))
    expect(t.texts().at(-1)).toMatch(/is now a coordinator for: .*Charité.*, .*Wroclaw Clinic/)
    expect((await db.prisma.coordinatorAssignment.findMany({ where: { userId: target.id } })).map(a => a.hospitalId).sort()).toEqual([hostId, second].sort())
    await t.send(text(admin, '/grant 9621'), callback(admin, 'k:scope:v:0'))
    expect(t.texts().at(-1)).toContain('is now a coordinator for: 🌐 Whole programme.')
    expect((await db.prisma.coordinatorAssignment.findMany({ where: { userId: wide.id } })).map(a => a.hospitalId)).toEqual([null])
  })
})
