import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buttons, createTestBot, replyKeyboard } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { createPerson } from '../helpers/fixtures.js'
import { callback, myChatMember, person, photo, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

describe('start, help and language', () => {
  it('when an English speaker sends /start, then they are greeted in English with the main menu', async () => {
    const t = createTestBot(db)
    await t.send(text(person(101, 'en', 'Olena'), '/start'))
    const [call] = t.take()
    expect(call.method).toBe('sendMessage')
    expect(call.payload.chat_id).toBe(101)
    expect(call.payload.parse_mode).toBe('HTML')
    expect(call.payload.text).toContain('Hello, <b>Olena</b>!')
    expect(replyKeyboard(call)).toEqual([
      ['🔎 Internships', '🏥 Twin hospitals'],
      ['📋 My applications', '🔔 Alerts'],
      ['👤 Profile', '❓ Help'],
    ])
  })

  it.each([
    ['en', 'Hello, <b>Olena</b>! 👋\nI am <b>MedTwin</b>', 'Let\'s get to know you', 'Who are you?', 'Choose what you need below.'],
    ['uk', 'Вітаю, <b>Olena</b>! 👋\nЯ <b>MedTwin</b>', 'Познайомимося', 'Хто ви?', 'Оберіть, що вам потрібно, нижче.'],
  ] as const)('when a new person sends their first /start (%s), then the greeting and the onboarding intro are one message, and the first question is the second', async (locale, hello, intro, question, choose) => {
    const tg = locale === 'en' ? 120 : 121
    const t = createTestBot(db)
    await t.send(text(person(tg, locale, 'Olena'), '/start'))
    const calls = t.take()
    expect(calls.map(c => c.method)).toEqual(['sendMessage', 'sendMessage'])
    const [welcome, first] = calls.map(c => c.payload.text as string)
    expect(welcome.startsWith(hello)).toBe(true)
    expect(welcome).toContain(intro)
    // The intro says what comes next; "choose below" is for a returning person.
    expect(welcome).not.toContain(choose)
    expect(replyKeyboard(calls[0])).toHaveLength(3)
    expect(first).toBe(question)
    expect(buttons(calls[1]).length).toBeGreaterThan(1)
  })

  it.each([
    ['en', 'Hello, <b>Olena</b>!', 'Choose what you need below.'],
    ['uk', 'Вітаю, <b>Olena</b>!', 'Оберіть, що вам потрібно, нижче.'],
  ] as const)('when a person with a profile sends /start (%s), then they get the greeting and the menu, and no questions', async (locale, hello, choose) => {
    const tg = locale === 'en' ? 122 : 123
    await createPerson(db.prisma, tg, { locale, profile: { kind: 'doctor', onboardedAt: new Date('2026-01-01T00:00:00Z') } })
    const t = createTestBot(db)
    await t.send(text(person(tg, locale, 'Olena'), '/start'))
    const calls = t.take()
    expect(calls.map(c => c.method)).toEqual(['sendMessage'])
    expect(calls[0].payload.text).toContain(hello)
    expect(calls[0].payload.text.endsWith(`\n\n${choose}`)).toBe(true)
    expect(calls[0].payload.text).not.toContain(locale === 'en' ? 'Let\'s get to know you' : 'Познайомимося')
    expect(replyKeyboard(calls[0])).toHaveLength(3)
  })

  it('when a Ukrainian speaker sends /start, then they are greeted in Ukrainian', async () => {
    const t = createTestBot(db)
    await t.send(text(person(102, 'uk', 'Андрій'), '/start'))
    const [call] = t.take()
    expect(call.payload.text).toContain('Вітаю, <b>Андрій</b>!')
    expect(replyKeyboard(call)[0]).toEqual(['🔎 Стажування', '🏥 Лікарні-побратими'])
  })

  it('when the language is unknown or missing, then the default locale (uk) is used', async () => {
    const t = createTestBot(db)
    await t.send(text(person(103, 'de'), '/start'), text(person(104, undefined), '/start'))
    // Onboarding questions follow each greeting; the greetings are what this test is about.
    expect(t.texts().filter(s => /^(?:Вітаю|Hello)/.test(s)).map(s => s.startsWith('Вітаю'))).toEqual([true, true])
  })

  it('when DEFAULT_LOCALE is en, then an unknown language gets English', async () => {
    const t = createTestBot(db, { env: { DEFAULT_LOCALE: 'en' } })
    await t.send(text(person(105, 'pl'), '/start'))
    expect(t.texts()[0]).toContain('Hello')
  })

  it('when a name contains HTML, then it is escaped', async () => {
    const t = createTestBot(db)
    await t.send(text(person(106, 'en', '<b>Evil</b> & co'), '/start'))
    expect(t.texts()[0]).toContain('Hello, <b>&lt;b&gt;Evil&lt;/b&gt; &amp; co</b>!')
  })

  it('when a person presses Help in the menu, then help comes in their language', async () => {
    const t = createTestBot(db)
    await t.send(text(person(107, 'uk'), '❓ Допомога'), text(person(108, 'en'), '❓ Help'))
    const [uk, en] = t.texts()
    expect(uk).toContain('Що вміє MedTwin')
    expect(en).toContain('What MedTwin does')
  })

  it('when a person switches language, then it is remembered by a new bot instance', async () => {
    const user = person(109, 'uk')
    const first = createTestBot(db)
    await first.send(text(user, '/language'))
    const [choose] = first.take()
    expect(choose.payload.text).toBe('Оберіть мову:')
    expect(buttons(choose)).toEqual([[['🇺🇦 Українська', 'lang:uk'], ['🇬🇧 English', 'lang:en']]])

    await first.send(callback(user, 'lang:en'))
    const calls = first.take()
    expect(calls.map(c => c.method)).toEqual(['answerCallbackQuery', 'editMessageText', 'sendMessage'])
    expect(calls[1].payload.text).toBe('✅ Language set: English.')
    expect(replyKeyboard(calls[2])[0]).toEqual(['🔎 Internships', '🏥 Twin hospitals'])

    const restarted = createTestBot(db)
    await restarted.send(text(user, '/start'))
    expect(restarted.texts()[0]).toContain('Hello')
    expect((await db.prisma.user.findUnique({ where: { telegramId: 109n } }))?.locale).toBe('en')
  })

  it('when callback data is forged, then the person gets a localized alert and nothing changes', async () => {
    const user = person(110, 'en')
    const t = createTestBot(db)
    await t.send(text(user, '/start'))
    t.take()
    await t.send(callback(user, 'lang:xx'), callback(user, 'admin:drop-all'))
    const calls = t.take()
    expect(calls.map(c => [c.method, c.payload.text, c.payload.show_alert])).toEqual([
      ['answerCallbackQuery', 'This button is no longer valid. Please open the menu again.', true],
      ['answerCallbackQuery', 'This button is no longer valid. Please open the menu again.', true],
    ])
    expect((await db.prisma.user.findUnique({ where: { telegramId: 110n } }))?.locale).toBe('en')
  })

  it('when /cancel is sent outside any flow, then the person is told there is nothing to cancel, in their language', async () => {
    const t = createTestBot(db)
    await t.send(text(person(114, 'en'), '/cancel'), text(person(115, 'uk'), '/cancel'))
    expect(t.texts()).toEqual([
      'There is nothing to cancel right now. Choose from the menu below.',
      'Зараз немає чого скасовувати. Оберіть дію в меню нижче.',
    ])
  })

  it('when a photo arrives where nothing was asked, then the person is pointed to the menu', async () => {
    const t = createTestBot(db)
    await t.send(photo(person(111, 'uk')))
    expect(t.texts()).toEqual(['Я не зрозумів. Скористайтеся меню нижче або надішліть /help.'])
  })

  it('when a handler fails, then the person gets an apology in their language, the error is logged with ids, and the bot goes on', async () => {
    // A returning person: the plain greeting (outside any flow) is what fails.
    await createPerson(db.prisma, 112, { locale: 'en', profile: { kind: 'doctor', onboardedAt: new Date('2026-01-01T00:00:00Z') } })
    const t = createTestBot(db)
    let fail = true
    t.bot.api.config.use((prev, method, payload, signal) => {
      if (method === 'sendMessage' && fail && (payload as any).text?.startsWith('Hello')) {
        fail = false
        throw new Error('boom')
      }
      return prev(method, payload, signal)
    })
    const user = person(112, 'en')
    await t.send(text(user, '/start'))
    expect(t.texts().at(-1)).toBe('😔 Sorry, something went wrong on our side. Please try again in a minute.')
    const logged = t.logs.find(l => l.msg === 'handler failed')
    expect(logged).toMatchObject({ update_id: expect.any(Number), user_id: 112, chat_id: 112 })
    expect(JSON.stringify(t.logs)).not.toContain('AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1')
    await t.send(text(user, '/start'))
    expect(t.texts()[0]).toContain('Hello')
  })

  it('when a person blocks and unblocks the bot, then they become unreachable and reachable again', async () => {
    const user = person(113, 'en')
    const t = createTestBot(db)
    await t.send(text(user, '/start'), myChatMember(user, 'kicked'))
    expect((await db.prisma.user.findUnique({ where: { telegramId: 113n } }))?.reachable).toBe(false)
    await t.send(myChatMember(user, 'member'))
    expect((await db.prisma.user.findUnique({ where: { telegramId: 113n } }))?.reachable).toBe(true)
  })
})
