// Whom a broadcast may reach (issue: trust, scope decisions): a hospital
// coordinator reaches the people of their hospital (applicants to its
// internships, its staff and its twins' staff, subscribers to its country or
// to every country); a programme-wide coordinator and an administrator reach
// everyone. Counted and written through the code that runs.
import type { Database } from '../../src/db/client.js'
import type { Rights } from '../../src/domain/access.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDomain } from '../../src/domain/index.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createApplication, createHospital, createOpportunity, createPartnership, createPerson } from '../helpers/fixtures.js'

describe.each(testDatabaseKinds())('broadcast reach (%s)', (kind) => {
  let db: Database
  let domain: ReturnType<typeof createDomain>
  const people: Record<string, number> = {}
  let actor: number
  let wroclawCoordinator: Rights
  const programme: Rights = { roles: [{ kind: 'coordinator', hospitals: 'all' }] }
  const admin: Rights = { roles: [{ kind: 'admin' }] }

  beforeAll(async () => {
    db = await createTestDatabase(kind)
    domain = createDomain(db.prisma, { defaultLocale: 'uk', clock: createTestClock() })
    const p = db.prisma
    const wroclaw = await createHospital(p, { kind: 'partner', country: 'PL' })
    const lviv = await createHospital(p, { kind: 'ukrainian', country: 'UA' })
    const odesa = await createHospital(p, { kind: 'ukrainian', country: 'UA' })
    const berlin = await createHospital(p, { kind: 'partner', country: 'DE' })
    await createPartnership(p, lviv.id, wroclaw.id)
    await createPartnership(p, odesa.id, berlin.id)
    wroclawCoordinator = { roles: [{ kind: 'coordinator', hospitals: [wroclaw.id] }] }
    const internship = await createOpportunity(p, wroclaw.id)
    const elsewhere = await createOpportunity(p, berlin.id)
    let tg = 60_000
    const add = async (name: string, setup: (userId: number) => Promise<unknown> = async () => {}) => {
      const { id } = await createPerson(p, ++tg, { locale: 'en' })
      await setup(id)
      people[name] = id
    }
    await add('applicant', id => createApplication(p, id, internship.id, { status: 'submitted' }))
    await add('draftOnly', id => createApplication(p, id, internship.id, { status: 'draft' }))
    await add('otherApplicant', id => createApplication(p, id, elsewhere.id, { status: 'submitted' }))
    await add('twinStaff', id => p.profile.create({ data: { userId: id, homeHospitalId: lviv.id } }))
    await add('otherStaff', id => p.profile.create({ data: { userId: id, homeHospitalId: odesa.id } }))
    await add('polandSubscriber', id => p.subscription.create({ data: { userId: id, countries: ['PL'] } }))
    await add('anyCountrySubscriber', id => p.subscription.create({ data: { userId: id, countries: [] } }))
    await add('germanySubscriber', id => p.subscription.create({ data: { userId: id, countries: ['DE'] } }))
    await add('stranger')
    // Who sends: not one of the people above (rows to them are left out of the comparison).
    actor = (await createPerson(p, 69_999, { locale: 'en' })).id
  })
  afterAll(async () => { await db?.close() })

  const reach = async (rights: Rights) => {
    const count = await domain.broadcasts.count(rights, { kind: 'all' })
    const { id, total } = await domain.broadcasts.create(actor, rights, { statusChatId: 1, statusMessageId: 1, html: 'News', opportunityId: null, applyLabel: {}, botUsername: 'bot', audience: { kind: 'all' } })
    const rows = await db.prisma.outboxMessage.findMany({ where: { broadcastId: id } })
    expect([count, total]).toEqual([rows.length, rows.length])
    const byId = Object.fromEntries(Object.entries(people).map(([name, userId]) => [userId, name]))
    return rows.map(r => byId[r.userId!]).filter(Boolean).sort()
  }

  it('a hospital coordinator reaches its applicants, its and its twins\' staff, and subscribers to its country or to any country', async () => {
    expect(await reach(wroclawCoordinator)).toEqual(['anyCountrySubscriber', 'applicant', 'polandSubscriber', 'twinStaff'])
  })

  it('a programme-wide coordinator and an administrator reach everyone', async () => {
    const everyone = Object.keys(people).sort()
    expect(await reach(programme)).toEqual(everyone)
    expect(await reach(admin)).toEqual(everyone)
  })

  it('someone without a staff role counts nobody: it is refused', async () => {
    await expect(domain.broadcasts.count({ roles: [] }, { kind: 'all' })).rejects.toMatchObject({ name: 'ForbiddenError' })
  })

  it('the Ukrainian hospitals a hospital coordinator may pick are its twins only', async () => {
    const hospitals = await domain.broadcasts.hospitalsInReach(wroclawCoordinator)
    expect(hospitals).toHaveLength(1)
    expect(hospitals[0].kind).toBe('ukrainian')
    expect((await domain.broadcasts.hospitalsInReach(admin)).length).toBe(2)
  })
})
