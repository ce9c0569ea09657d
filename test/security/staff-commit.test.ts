// Rights are read again when a staff flow commits, not when it opened: a
// coordinator whose rights are revoked while /broadcast is open, or an
// administrator removed from ADMIN_IDS (a restart with the new setting) while
// /hospital_new is open, cannot finish it. Nothing is written; they are told.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBot } from '../helpers/bot.js'
import { testStart } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createApplication, createHospital, createOpportunity, createPerson, createProfile } from '../helpers/fixtures.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
let partnerId: number
let ukrainianId: number
const admin = 9000
const refused = 'This action is not available to you.'
// The administrator as the bot knows them: ADMIN_IDS at start-up, then after a restart without them.
const withAdmin = { ADMIN_IDS: String(admin) }
const withoutAdmin = { ADMIN_IDS: '1' }

beforeAll(async () => {
  db = await createTestDatabase()
  partnerId = (await createHospital(db.prisma, { kind: 'partner', country: 'PL', nameEn: 'Wroclaw Clinic' })).id
  ukrainianId = (await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Lviv Hospital' })).id
  await createPerson(db.prisma, admin, { locale: 'en' })
})
afterAll(async () => { await db?.close() })

const auditCount = () => db.prisma.auditLog.count()

describe('a staff flow re-reads rights when it commits', () => {
  it('a coordinator revoked while /broadcast is open cannot send it', async () => {
    const coordinator = await createPerson(db.prisma, 8501, { locale: 'en' })
    await assignCoordinator(db.prisma, coordinator.id, partnerId)
    const reader = await createPerson(db.prisma, 8502, { locale: 'en' })
    await createProfile(db.prisma, reader.id, { kind: 'doctor' })
    await db.prisma.subscription.create({ data: { userId: reader.id, countries: ['PL'] } })
    const who = person(8501, 'en')
    const t = createTestBot(db)
    await t.send(text(who, '/broadcast'), text(who, 'News'), callback(who, 'k:aud:v:all'))
    expect(t.texts().at(-1)).toBe('☝️ This is the message. Send it to 1 person?')
    await db.prisma.coordinatorAssignment.deleteMany({ where: { userId: coordinator.id } })
    await t.send(callback(who, 'k:send:v:yes'))
    expect(t.texts().at(-1)).toBe(refused)
    expect(await db.prisma.broadcast.count()).toBe(0)
    expect(await db.prisma.outboxMessage.count({ where: { broadcastId: { not: null } } })).toBe(0)
  })

  it('an administrator removed from ADMIN_IDS cannot finish /hospital_new, /twin_new, a hospital edit or /grant opened before', async () => {
    const who = person(admin, 'en')
    const target = await createPerson(db.prisma, 8510, { locale: 'en' })
    const opened = createTestBot(db, { env: withAdmin })
    const before = await auditCount()

    await opened.send(text(who, '/hospital_new'), callback(who, 'k:h_kind:v:ukrainian'), text(who, 'Нова'), text(who, 'New'), text(who, 'Київ'))
    await createTestBot(db, { env: withoutAdmin }).send(text(who, 'Kyiv'))
    expect(await db.prisma.hospital.count({ where: { nameEn: 'New' } })).toBe(0)

    await opened.send(text(who, '/twin_new'), callback(who, `k:twin_uk:v:${ukrainianId}`), callback(who, `k:twin_partner:v:${partnerId}`))
    const restarted = createTestBot(db, { env: withoutAdmin })
    await restarted.send(callback(who, 'k:memo:s'))
    expect(restarted.texts().at(-1)).toBe(refused)
    expect(await db.prisma.partnership.count()).toBe(0)

    await opened.send(callback(who, `hf:${partnerId}:0`))
    await createTestBot(db, { env: withoutAdmin }).send(text(who, 'Renamed'))
    expect((await db.prisma.hospital.findUniqueOrThrow({ where: { id: partnerId } })).nameUk).not.toBe('Renamed')

    await opened.send(text(who, `/grant 8510`))
    await createTestBot(db, { env: withoutAdmin }).send(callback(who, `k:scope:v:${partnerId}`), callback(who, 'k:scope:d'))
    expect(await db.prisma.coordinatorAssignment.count({ where: { userId: target.id } })).toBe(0)
    expect(await auditCount()).toBe(before)
  })

  it('an administrator removed from ADMIN_IDS cannot add a host hospital inside /new', async () => {
    const who = person(admin, 'en')
    const opened = createTestBot(db, { env: withAdmin })
    await opened.send(text(who, '/new'), callback(who, 'k:host:v:add'), callback(who, 'k:h_kind:v:partner'), text(who, 'Шпиталь'), text(who, 'Tallinn Hospital'), text(who, 'Таллінн'), text(who, 'Tallinn'))
    const restarted = createTestBot(db, { env: withoutAdmin })
    await restarted.send(callback(who, 'k:country:v:EE'))
    expect(restarted.texts().at(-1)).toBe(refused)
    expect(await db.prisma.hospital.count({ where: { nameEn: 'Tallinn Hospital' } })).toBe(0)
  })

  it('a coordinator revoked while writing a rejection reason cannot reject', async () => {
    const coordinator = await createPerson(db.prisma, 8520, { locale: 'en' })
    await assignCoordinator(db.prisma, coordinator.id, partnerId)
    const applicant = await createPerson(db.prisma, 8521, { locale: 'en' })
    const opp = await createOpportunity(db.prisma, partnerId, { status: 'open' })
    const app = await createApplication(db.prisma, applicant.id, opp.id, { status: 'submitted', submittedAt: new Date(testStart) })
    const who = person(8520, 'en')
    const t = createTestBot(db)
    await t.send(callback(who, `rv:r:${app.id}:0`))
    await db.prisma.coordinatorAssignment.deleteMany({ where: { userId: coordinator.id } })
    await t.send(text(who, 'No ICU experience'))
    expect(t.texts().at(-1)).not.toContain('rejected')
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('submitted')
  })
})
