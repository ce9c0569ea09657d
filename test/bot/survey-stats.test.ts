// The end-of-placement survey in /stats: averages per host hospital; a
// hospital's coordinator sees only their hospitals; under 3 answers is hidden.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createPerson, createPlacement } from '../helpers/fixtures.js'
import { person, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

async function answered(telegramId: number, ratings: [number, number, number, number], hospitalId?: number) {
  const user = await createPerson(db.prisma, telegramId)
  const p = await createPlacement(db.prisma, user.id, { start: -20, end: -1 })
  if (hospitalId !== undefined) {
    const app = await db.prisma.application.findUniqueOrThrow({ where: { id: p.applicationId } })
    await db.prisma.opportunity.update({ where: { id: app.opportunityId }, data: { hostHospitalId: hospitalId } })
  }
  const [teaching, supervision, organisation, safety] = ratings
  await db.prisma.placementSurvey.create({ data: { placementId: p.id, teaching, supervision, organisation, safety } })
  const app = await db.prisma.application.findUniqueOrThrow({ where: { id: p.applicationId }, include: { opportunity: true } })
  return app.opportunity.hostHospitalId
}

describe('survey results in /stats', () => {
  it('when a hospital has 3 answers and another 2, then the first shows averages and the second "<3 answers"; each coordinator sees their own (en, uk)', async () => {
    const big = await answered(8401, [5, 4, 3, 5])
    await answered(8402, [4, 4, 4, 4], big)
    await answered(8403, [3, 5, 5, 4], big)
    const small = await answered(8404, [1, 1, 1, 1])
    await answered(8405, [2, 2, 2, 2], small)
    const both = await createPerson(db.prisma, 8410, { locale: 'en' })
    await assignCoordinator(db.prisma, both.id, big)
    await assignCoordinator(db.prisma, both.id, small)
    const onlySmall = await createPerson(db.prisma, 8411, { locale: 'uk' })
    await assignCoordinator(db.prisma, onlySmall.id, small)
    const hospitals = await db.prisma.hospital.findMany({ where: { id: { in: [big, small] } } })
    const name = (id: number, locale: 'en' | 'uk') => hospitals.find(h => h.id === id)![locale === 'en' ? 'nameEn' : 'nameUk'].replace('<', '&lt;').replace('>', '&gt;')

    const t = createTestBot(db)
    await t.send(text(person(8410, 'en'), '/stats'))
    const survey = t.texts().at(-1)!
    expect(survey).toBe([
      '📝 <b>End-of-placement survey</b> (averages out of 5, all answers so far)',
      `${name(big, 'en')} (3 answers): teaching 4.0 · supervision 4.3 · organisation 4.0 · safety 4.3`,
      `${name(small, 'en')}: &lt;3 answers`,
    ].join('\n'))

    await t.send(text(person(8411, 'uk'), '/stats'))
    expect(t.texts().at(-1)).toBe([
      '📝 <b>Опитування наприкінці стажування</b> (середні оцінки з 5, усі відповіді досі)',
      `${name(small, 'uk')}: &lt;3 відповідей`,
    ].join('\n'))

    // The whole programme: every hospital, small ones hidden as well.
    const all = await t.domain.survey.averages({ roles: [{ kind: 'admin' }] })
    expect(all.find(r => r.hospitalId === big)!.averages).toEqual({ teaching: 4, supervision: 4.3, organisation: 4, safety: 4.3 })
    expect(all.find(r => r.hospitalId === small)!.averages).toBeNull()
  })
})
