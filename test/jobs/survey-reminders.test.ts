// The survey reminders: on a placement's last day, once more 3 days later,
// never twice for a stage, never once the survey is answered; quiet, with the
// survey button.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { remindSurvey, surveyStage } from '../../src/jobs/reminders-survey.js'
import { createTestDatabase } from '../helpers/db.js'
import { createPerson, createPlacement } from '../helpers/fixtures.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

// 1 December 2026, 12:00 in Kyiv.
const now = new Date('2026-12-01T10:00:00Z')
const at = (days: number) => new Date(now.getTime() + days * 86_400_000)

describe('survey reminders', () => {
  it('when days pass after the end, then the stage is the notice for 3 days, then the second reminder for a week, then none', () => {
    expect([-1, 0, 1, 2, 3, 4, 10, 11].map(surveyStage)).toEqual([undefined, 'end', 'end', 'end', 'again', 'again', 'again', undefined])
  })

  it('when a placement reaches its last day, then one quiet notice with the survey button; 3 days later one more; none once answered', async () => {
    const user = await createPerson(db.prisma, 8301, { locale: 'uk' })
    const p = await createPlacement(db.prisma, user.id, { start: -20, end: 0 })
    const later = await createPlacement(db.prisma, user.id, { start: -5, end: 4 })
    const answeredUser = await createPerson(db.prisma, 8302, { locale: 'en' })
    const answered = await createPlacement(db.prisma, answeredUser.id, { start: -20, end: 0 })
    await db.prisma.placementSurvey.create({ data: { placementId: answered.id, teaching: 3, supervision: 3, organisation: 3, safety: 3 } })
    const rows = () => db.prisma.outboxMessage.findMany({ where: { kind: 'reminder-survey', userId: { in: [user.id, answeredUser.id] } }, orderBy: { id: 'asc' } })

    expect(await remindSurvey(db.prisma, now)).toBe(1)
    expect(await remindSurvey(db.prisma, at(1))).toBe(0)
    expect(await remindSurvey(db.prisma, at(2))).toBe(0)
    const [first] = await rows()
    expect(first).toMatchObject({ chatId: 8301n, template: 'reminder-survey-end', quiet: true, dedupeKey: `reminder-survey:${p.id}:end` })
    expect(first.replyMarkup).toEqual({ inline_keyboard: [[{ textKey: 'survey-button', callback_data: `srv:${p.id}` }]] })

    expect(await remindSurvey(db.prisma, at(3))).toBe(1)
    expect((await rows()).map(r => r.dedupeKey)).toEqual([`reminder-survey:${p.id}:end`, `reminder-survey:${p.id}:again`])

    // The later placement's last day; answered the same day, no second reminder.
    expect(await remindSurvey(db.prisma, at(4))).toBe(1)
    expect(await remindSurvey(db.prisma, at(5))).toBe(0)
    await db.prisma.placementSurvey.create({ data: { placementId: later.id, teaching: 4, supervision: 4, organisation: 4, safety: 4 } })
    expect(await remindSurvey(db.prisma, at(7))).toBe(0)
    expect(await remindSurvey(db.prisma, at(30))).toBe(0)
    expect((await rows()).map(r => r.dedupeKey)).toEqual([`reminder-survey:${p.id}:end`, `reminder-survey:${p.id}:again`, `reminder-survey:${later.id}:end`])
  })
})
