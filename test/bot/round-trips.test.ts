// Database round trips per update (issue 14: fast at national scale): the SQL
// statements the real bot sends for one update, counted at the driver adapter
// on every database kind. Exact lists, so that one more query fails a test.
// A count, never a time.
import type { Update } from 'grammy/types'
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBot } from '../helpers/bot.js'
import { testStart } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { assignCoordinator, createApplication, createHospital, createOpportunity, createPartnership, createPerson, doctorProfile } from '../helpers/fixtures.js'
import { countStatements } from '../helpers/statements.js'
import { callback, contact, document, person, text } from '../helpers/updates.js'

/** The person, the chat's session and its open flows: the first statement of nearly every update. */
const load = 'SELECT User+Profile+Session+ConversationState'

describe.each(testDatabaseKinds())('round trips per update on %s', (kind) => {
  let db: Database
  let statements: string[]
  let oppId: number
  let cvOppId: number
  const u = person(9701, 'en')

  beforeAll(async () => {
    const counted = countStatements(await createTestDatabase(kind))
    db = counted.db
    statements = counted.statements
    const host = await createHospital(db.prisma, { kind: 'partner', country: 'LT' })
    await createPartnership(db.prisma, (await createHospital(db.prisma)).id, host.id)
    oppId = (await createOpportunity(db.prisma, host.id)).id
    cvOppId = (await createOpportunity(db.prisma, host.id, { requiredDocuments: ['cv'] })).id
    const me = await createPerson(db.prisma, 9701, { locale: 'en', profile: { ...doctorProfile, onboardedAt: new Date(testStart) } })
    await createApplication(db.prisma, me.id, (await createOpportunity(db.prisma, host.id)).id, { status: 'submitted' })
    await assignCoordinator(db.prisma, (await createPerson(db.prisma, 9702, { locale: 'uk' })).id, host.id)
  })
  afterAll(async () => { await db?.close() })

  /** The statements of the last update, sent after the others. */
  async function count(t: ReturnType<typeof createTestBot>, ...updates: Update[]) {
    await t.send(...updates.slice(0, -1))
    t.take()
    statements.length = 0
    await t.send(updates.at(-1)!)
    return [...statements]
  }

  it('/help and /start by a known person outside any flow: one statement, and nothing written', async () => {
    const t = createTestBot(db)
    expect(await count(t, text(u, '/help'), text(u, '/help'))).toEqual([load])
    expect(await count(t, text(u, '/start'))).toEqual([load])
  })

  it('a changed name is written once; the next update reads only', async () => {
    const t = createTestBot(db)
    const renamed = { ...u, first_name: 'Olena' }
    expect(await count(t, text(renamed, '/help'))).toEqual([load, 'UPDATE User'])
    expect(await count(t, text(renamed, '/help'))).toEqual([load])
    await count(t, text(u, '/help'))
  })

  it('/my: the person\'s applications with their internships and hosts, in one statement', async () => {
    const t = createTestBot(db)
    expect(await count(t, text(u, '/my'))).toEqual([load, 'SELECT Application+Opportunity+Hospital'])
    expect(t.texts()[0]).toContain('Internship')
  })

  it('/internships: the page and its total in one statement; the filters written back only when they change', async () => {
    const t = createTestBot(db)
    expect(await count(t, text(u, '/internships'))).toEqual([load, 'SELECT Opportunity+Hospital'])
    expect(await count(t, callback(u, 'in:s:oncology'))).toEqual([load, 'SELECT Opportunity+Hospital', 'INSERT Session'])
    expect(await count(t, text(u, '/internships'))).toEqual([load, 'SELECT Opportunity+Hospital'])
    await count(t, callback(u, 'in:x'))
  })

  it('a page past the last (a stale button): the empty page, its total counted, then the first page', async () => {
    const t = createTestBot(db)
    expect(await count(t, callback(u, 'in:p:50'))).toEqual([load, 'SELECT Opportunity+Hospital', 'SELECT Opportunity', 'SELECT Opportunity+Hospital'])
    const open = await db.prisma.opportunity.count({ where: { status: 'open' } })
    expect(t.calls.find(c => c.method === 'editMessageText')?.payload.text).toContain(t.i18n.t('en', 'internships-found', { count: open, page: 1, pages: 1 }))
  })

  it('a card: the internship with its host, twins and seats taken, the reader\'s kind came with the person', async () => {
    const t = createTestBot(db)
    expect(await count(t, callback(u, `in:o:${oppId}:0`))).toEqual([load, 'SELECT Opportunity+Hospital'])
  })

  it('applying: the checks run once, each step saves in one statement, and the submission is one transaction', async () => {
    const t = createTestBot(db)
    const step = (update: Update) => count(t, update)
    const flow = 'INSERT ConversationState'
    const draft = 'INSERT Application'
    expect(await step(callback(u, `ap:${cvOppId}`))).toEqual([load, 'SELECT Opportunity+Application+Profile', flow])
    expect(await step(text(u, 'I want to learn'))).toEqual([load, draft, flow])
    expect(await step(text(u, 'Ten years'))).toEqual([load, draft, flow])
    // The phone, then the CV question offers the stored documents.
    expect(await step(contact(u, '380501234567'))).toEqual([load, draft, 'SELECT Document', flow])
    expect(await step(document(u, { name: 'cv.pdf', mime: 'application/pdf', size: 200_000, id: 'cv-file' }))).toEqual([load, 'INSERT Document', draft, flow])
    expect(await step(callback(u, 'k:summary:v:send'))).toEqual([
      load,
      'BEGIN',
      'SELECT Opportunity+Application+Profile',
      'WITH UPDATE Application, INSERT ApplicationStatusChange, INSERT ApplicationDocument',
      'SELECT User',
      'INSERT OutboxMessage',
      'COMMIT',
      'DELETE ConversationState',
    ])
    const { titleEn } = await db.prisma.opportunity.findUniqueOrThrow({ where: { id: cvOppId } })
    expect(t.texts()).toEqual([`✅ Your application to <b>${titleEn}</b> was sent. The coordinators will review it; follow it in /my.`])
    expect(await db.prisma.outboxMessage.count({ where: { kind: 'application-submitted' } })).toBe(1)
  })

  it('a profile question inside the flow: the answer, the draft and the flow, after the person\'s row', async () => {
    const t = createTestBot(db)
    const v = person(9703, 'en')
    await count(t, text(v, '/help'))
    expect(await count(t, callback(v, `ap:${oppId}`))).toEqual([load, 'SELECT Opportunity+Application+Profile', 'INSERT ConversationState'])
    expect(await count(t, callback(v, 'k:kind:v:doctor'))).toEqual([load, 'INSERT Profile', 'INSERT Application', 'INSERT ConversationState'])
  })
})
