// Database round trips per update (issue: fast at national scale), counted as
// the Prisma operations the real bot makes for one update. A count, never a time.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBot } from '../helpers/bot.js'
import { testStart } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { createHospital, createOpportunity, createPerson, doctorProfile } from '../helpers/fixtures.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
let counted: Database
const operations: string[] = []
let oppId: number

beforeAll(async () => {
  db = await createTestDatabase()
  const prisma = db.prisma.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          operations.push(`${model}.${operation}`)
          return query(args)
        },
      },
    },
  })
  counted = { ...db, prisma: prisma as unknown as Database['prisma'] }
  oppId = (await createOpportunity(db.prisma, (await createHospital(db.prisma)).id)).id
  await createPerson(db.prisma, 9701, { locale: 'en', profile: { ...doctorProfile, onboardedAt: new Date(testStart) } })
})
afterAll(async () => { await db?.close() })

async function count(...updates: Parameters<ReturnType<typeof createTestBot>['send']>) {
  const t = createTestBot(counted)
  await t.send(...updates.slice(0, -1))
  operations.length = 0
  await t.send(updates.at(-1)!)
  return [...operations]
}

describe('round trips per update', () => {
  const u = person(9701, 'en')

  it('/help by a known person reads the person and the chat\'s flows: 2, and writes nothing', async () => {
    const ops = await count(text(u, '/help'), text(u, '/help'))
    expect(ops).toEqual(['User.findUnique', 'ConversationState.findUnique'])
  })

  it('a changed name is written once; the next update reads only', async () => {
    const renamed = { ...u, first_name: 'Olena' }
    expect(await count(text(u, '/help'), text(renamed, '/help'))).toContain('User.update')
    expect(await count(text(renamed, '/help'), text(renamed, '/help'))).not.toContain('User.update')
  })

  it('the internship list reads its filters from the session, and writes them back only when they change', async () => {
    const ops = await count(text(u, '/internships'), text(u, '/internships'))
    expect(ops.filter(o => o.startsWith('Session.'))).toEqual(['Session.findUnique'])
    expect(ops.filter(o => o.startsWith('User.'))).toEqual(['User.findUnique'])
  })

  it('opening a card: the person, the flows, the internship with its hospital and twins, its seats, and the reader\'s kind', async () => {
    const ops = await count(text(u, '/help'), callback(u, `in:o:${oppId}:0`))
    expect(ops).toEqual(['User.findUnique', 'ConversationState.findUnique', 'Opportunity.findUnique', 'Application.count', 'Profile.findUnique'])
  })
})
