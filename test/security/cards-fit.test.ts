// Messages built from people's text always parse as Telegram HTML and fit
// 4096 visible characters: answers full of <, &, <i> at lengths around every
// boundary never break a tag or an entity (which made Telegram refuse the
// review card and stalled /review).
import type { Database } from '../../src/db/client.js'
import type { ReviewCard } from '../../src/domain/review-queue.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderSummary } from '../../src/bot/conversations/apply-summary.js'
import { clip, fitMessage, visibleLength } from '../../src/bot/helpers/fit.js'
import { escapeHtml } from '../../src/bot/helpers/html.js'
import { renderApplication } from '../../src/bot/helpers/my-applications-view.js'
import { renderReviewCard } from '../../src/bot/helpers/review-card.js'
import { createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createApplication, createHospital, createOpportunity, createPerson, createProfile, februaryInternship } from '../helpers/fixtures.js'
import { createTestRender } from '../helpers/render.js'
import { telegramHtmlProblems } from '../helpers/telegram-html.js'
import { callback, person, text } from '../helpers/updates.js'

const render = createTestRender()
const t = ((key: string, params?: Record<string, string | number>) => render('en', key, params)) as any
const patterns = ['<', '&', '<i>', '&amp;', '</b>', 'ж', '😀', 'a<b>&c ']
const lengths = [1, 599, 600, 601, 1000, 1499, 1500, 1501, 1950, 2000, 3899, 3900, 3901, 4095, 4096, 4097, 6000]
/** `n` code points of `pattern` repeated. */
const fill = (pattern: string, n: number) => Array.from(pattern.repeat(n)).slice(0, n).join('')

function card(value: string, name = value): ReviewCard {
  return {
    id: 12,
    version: 1,
    status: 'under_review',
    stage: 'host',
    endorsement: null,
    submittedAt: '2026-11-01T00:00:00.000Z',
    opportunity: { id: 3, titleUk: 'Кардіологія', titleEn: 'Cardiology <ICU>', hostHospitalId: 1, seats: 2, taken: 0 },
    applicant: { fullName: name, kind: 'doctor', specialty: 'cardiology', experienceYears: 5, studyYear: null, englishLevel: 'B2', phone: value.slice(0, 20), homeHospitalId: null, homeUk: value, homeEn: value, username: 'oksana' },
    answers: [['motivation', value], ['experience', value], ['phone', value.slice(0, 15)]],
    documents: [],
  }
}

function application(value: string) {
  return {
    id: 7,
    status: 'rejected' as const,
    answers: { motivation: value, experience: value, phone: value.slice(0, 15) },
    rejectionReason: value,
    offerExpiresAt: null,
    opportunity: { id: 3, titleUk: 'Кардіологія', titleEn: 'Cardiology <ICU>', startsOn: '2027-03-01', endsOn: '2027-03-10' },
    history: [{ status: 'submitted' as const, reason: null, at: '2026-11-20T10:00:00.000Z' }, { status: 'rejected' as const, reason: value, at: '2026-11-21T10:00:00.000Z' }],
    documents: [{ type: 'cv' as const, fileName: value.slice(0, 255) }],
  }
}

describe('messages from people\'s text fit and parse', () => {
  it('fitMessage cuts raw values, never inside an entity, and only when the text would not fit', () => {
    expect(clip('abcdef', 4)).toBe('abc…')
    expect(clip('😀😀😀', 2)).toBe('😀…')
    expect(visibleLength('<b>a&amp;b</b> &lt;')).toBe(5)
    const short = fitMessage({ v: '<&>' }, v => `<b>${escapeHtml(v.v)}</b>`)
    expect(short).toBe('<b>&lt;&amp;&gt;</b>')
    const long = fitMessage({ v: '&'.repeat(5000) }, v => `<b>${escapeHtml(v.v)}</b>`)
    expect(telegramHtmlProblems(long)).toEqual([])
    expect(visibleLength(long)).toBe(4096)
  })

  it.each(patterns)('the review card, the apply summary and /my parse and fit for answers of %j at every length', (pattern) => {
    for (const length of lengths) {
      const value = fill(pattern, length)
      const texts = {
        card: renderReviewCard(t, card(value), 'en', 'Europe/Kyiv', { index: 1, total: 3 }),
        summary: renderSummary(t, escapeHtml('Cardiology <ICU>'), ['name', 'institution', 'motivation', 'cv_experience', 'phone', 'doc:cv'], {
          profile: { fullName: value, homeInstitutionText: value },
          answers: { motivation: value, experience: value, phone: value.slice(0, 15), documents: { cv: 1 } },
          choices: { cv: [[1, value]] },
        }, { start: '1 March 2027', end: '10 March 2027' }).text,
        my: renderApplication(t, 'en', 'Europe/Kyiv', application(value) as any).text,
      }
      for (const [what, html] of Object.entries(texts)) {
        expect(telegramHtmlProblems(html), `${what}, ${length} × ${JSON.stringify(pattern)}`).toEqual([])
        // Short answers are shown whole.
        if (length <= 600)
          expect(html, what).toContain(escapeHtml(value))
      }
    }
  })
})

describe('through the bot', () => {
  let db: Database
  beforeAll(async () => { db = await createTestDatabase() })
  afterAll(async () => { await db?.close() })

  it('/review sends a card Telegram accepts for the longest answers full of <i> and &, and /my the applicant\'s view', async () => {
    const host = await createHospital(db.prisma)
    const coordinator = await createPerson(db.prisma, 8801)
    await assignCoordinator(db.prisma, coordinator.id, host.id)
    const opp = await createOpportunity(db.prisma, host.id, { ...februaryInternship, titleEn: 'Cardiology <ICU> & more' })
    const applicant = await createPerson(db.prisma, 8802, { locale: 'en' })
    const answer = fill('<i>&', 1500)
    await createProfile(db.prisma, applicant.id, { fullName: fill('<', 200), homeInstitutionText: fill('&', 200), phone: '+380501234567' })
    const app = await createApplication(db.prisma, applicant.id, opp.id, { answers: { motivation: answer, experience: answer, phone: '+380501234567' } })
    const bot = createTestBot(db)
    await bot.send(text(person(8801, 'en'), '/review'))
    const [review] = bot.texts()
    expect(telegramHtmlProblems(review)).toEqual([])
    // Everything fits here, so nothing is cut.
    expect(review).toContain(escapeHtml(answer))

    await db.prisma.application.update({ where: { id: app.id }, data: { status: 'rejected', rejectionReason: fill('&<', 3000) } })
    await bot.send(text(person(8802, 'en'), '/my'), callback(person(8802, 'en'), `my:o:${app.id}`))
    const [, mine] = bot.texts()
    expect(telegramHtmlProblems(mine)).toEqual([])
    expect(mine).toContain('…')
  })
})
