// A coordinator forging review buttons: a draft of their own hospital stays
// the applicant's, whatever the button says.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createApplication, createHospital, createOpportunity, createPerson, createProfile, februaryInternship } from '../helpers/fixtures.js'
import { callback, person } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

describe('forged review buttons', () => {
  it('when a host coordinator forges rv:o/w/e/r for a draft of their hospital, then nothing of it is shown and nothing changes', async () => {
    const host = await createHospital(db.prisma, { country: 'DE' })
    const coordinator = await createPerson(db.prisma, 9301, { locale: 'en' })
    await assignCoordinator(db.prisma, coordinator.id, host.id)
    const opp = await createOpportunity(db.prisma, host.id, { ...februaryInternship, titleEn: 'Cardiology' })
    const applicant = await createPerson(db.prisma, 9302, { locale: 'uk' })
    await createProfile(db.prisma, applicant.id, { fullName: 'Draft Person', phone: '+380671112233' })
    const draft = await createApplication(db.prisma, applicant.id, opp.id, { status: 'draft', submittedAt: null, answers: { motivation: 'private draft text' } })
    const t = createTestBot(db)
    const me = person(9301, 'en', 'Coord')
    for (const data of [`rv:o:${draft.id}:99`, `rv:o:${draft.id}:${draft.version}`, `rv:w:${draft.id}:0`, `rv:e:${draft.id}:0`, `rv:r:${draft.id}:0`])
      await t.send(callback(me, data))
    const calls = t.take()
    const shown = JSON.stringify(calls)
    expect(shown).not.toContain('Draft Person')
    expect(shown).not.toContain('+380671112233')
    expect(shown).not.toContain('private draft text')
    expect(calls.filter(c => c.method === 'editMessageText' || c.method === 'sendMessage')).toEqual([])
    expect(calls.filter(c => c.method === 'answerCallbackQuery')).toHaveLength(5)
    const after = await db.prisma.application.findUniqueOrThrow({ where: { id: draft.id } })
    expect([after.status, after.version]).toEqual(['draft', draft.version])
  })
})
