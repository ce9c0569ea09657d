// Flows of different features meet in one chat: starting one ends the other
// instead of failing.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seed } from '../../src/db/seed.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { testStart } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
let oppId: number
beforeAll(async () => {
  db = await createTestDatabase()
  // Dated from the bots' clock: their open internships are open for them.
  await seed(db.prisma, new Date(testStart))
  oppId = (await db.prisma.opportunity.findFirstOrThrow({ where: { slug: { contains: 'santaros' } } })).id
})
afterAll(async () => { await db?.close() })

describe('flows across features', () => {
  it.each([
    ['en', 'Who are you?', '✍️ Application to'],
    ['uk', 'Хто ви?', '✍️ Заявка на'],
  ])('when a new person (%s) in onboarding presses Apply on a card, then onboarding ends and the application starts', async (locale, onboardingQuestion, applyIntro) => {
    const me = person(locale === 'en' ? 61 : 62, locale)
    const t = createTestBot(db)
    await t.send(text(me, '/start'))
    expect(t.texts().at(-1)).toBe(onboardingQuestion)
    await t.send(callback(me, `ap:${oppId}`))
    const calls = t.take()
    expect(calls.some(c => c.method === 'sendMessage' && c.payload.text.startsWith(applyIntro))).toBe(true)
    expect(buttons(calls.at(-1)).flat().map(([, data]) => data)).toContain('k:kind:x')
    expect(t.logs.filter(l => l.level >= 50)).toEqual([])
  })

  it('when a flow sends or edits a message with HTML, then it goes with parse_mode HTML like every other message (conversations get the bot\'s transformers)', async () => {
    const me = person(63, 'uk')
    const t = createTestBot(db)
    await t.send(text(me, '/start'))
    const question = t.take().at(-1)!
    expect(question.payload).toMatchObject({ text: 'Хто ви?', parse_mode: 'HTML' })
    // The answer is shown by editing the question, from inside the onboarding flow.
    await t.send(callback(me, 'k:kind:v:doctor', question.payload.message_id))
    const inFlow = t.take()
    const edited = inFlow.find(c => c.method === 'editMessageText')!
    expect(edited.payload).toMatchObject({ text: 'Хто ви?\n✅ <b>🩺 Лікар</b>', parse_mode: 'HTML' })
    // And the application flow's first message, from another conversation.
    await t.send(callback(me, `ap:${oppId}`))
    const intro = t.take().find(c => c.method === 'sendMessage' && c.payload.text.startsWith('✍️ Заявка на'))!
    expect(intro.payload.text).toContain('<b>')
    expect(intro.payload.parse_mode).toBe('HTML')
    for (const call of [...inFlow, intro].filter(c => c.method === 'sendMessage' || c.method === 'editMessageText'))
      expect(call.payload.parse_mode).toBe('HTML')
  })
})
