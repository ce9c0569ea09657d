// /events for people, through the real bot: the list, a card, registration, a
// full event and its waitlist, giving a place up and the promotion notice (as
// the dispatcher renders it), forged and stale buttons, in English and Ukrainian.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderRow } from '../../src/delivery/dispatcher-send.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestClock, testStartMs } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { createEvent, createHospital, createPerson } from '../helpers/fixtures.js'
import { createTestRender } from '../helpers/render.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
let volyn: { id: number }
beforeAll(async () => {
  db = await createTestDatabase()
  volyn = await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Volyn Regional Hospital', nameUk: 'Волинська обласна лікарня', cityEn: 'Lutsk', cityUk: 'Луцьк' })
})
afterAll(async () => { await db?.close() })

const render = createTestRender()

/** An outbox row as the dispatcher would send it to a recipient of this language and zone. */
async function outboxText(userId: number, kind: string) {
  const row = await db.prisma.outboxMessage.findFirstOrThrow({ where: { userId, kind } })
  const user = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } })
  return renderRow({ ...row, recipientLocale: user.locale, timezone: user.timezone } as any, render)
}

function cardEn(title: string, seatsLine: string, extra = '') {
  return [
    `🎓 <b>${title}</b>`,
    'Seminar · Volyn Regional Hospital, Lutsk',
    '',
    '📅 11 December 2026, 12:00 (Europe/Kyiv)',
    '📍 Lutsk, Hall 2',
    '🗣 Language: Ukrainian and English',
    seatsLine,
    '',
    'About the seminar.',
  ].join('\n') + extra
}

describe('/events: registration, the waitlist and promotion', () => {
  it('when two people register for the last seat, then the second waits, and gets the seat (told in Ukrainian) when the first cancels', async () => {
    const event = await createEvent(db.prisma, volyn.id, { seats: 1, titleEn: 'Laparoscopy <basics>', titleUk: 'Основи лапароскопії' })
    await createPerson(db.prisma, 7101, { locale: 'en' })
    const second = await createPerson(db.prisma, 7102, { locale: 'uk' })
    const t = createTestBot(db)
    const en = person(7101, 'en')
    const uk = person(7102, 'uk')

    await t.send(text(en, '/events'))
    const [list] = t.take()
    expect(list.payload.text).toBe('📅 <b>Upcoming events</b> (1). Tap one to see it and register.')
    expect(buttons(list)).toEqual([[['11 December 2026 · Laparoscopy <basics>', `ev:v:${event.id}`]]])

    await t.send(callback(en, `ev:v:${event.id}`))
    const card = t.take().find(c => c.method === 'sendMessage')!
    expect(card.payload.text).toBe(cardEn('Laparoscopy &lt;basics&gt;', '💺 1 seat of 1 is free'))
    expect(buttons(card)).toEqual([[['✍️ Register', `ev:r:${event.id}`]], [['◀️ All events', 'ev:l']]])

    await t.send(callback(en, `ev:r:${event.id}`))
    const registered = t.take()
    expect(registered.find(c => c.method === 'answerCallbackQuery')!.payload).toMatchObject({ text: '✅ You are registered. We will remind you the day before.', show_alert: true })
    const edited = registered.find(c => c.method === 'editMessageText')!
    expect(edited.payload.text).toBe(cardEn('Laparoscopy &lt;basics&gt;', '💺 All seats are taken (1 in all)', '\n\n✅ You are registered. We will remind you the day before.'))
    expect(buttons(edited)).toEqual([[['✖️ Cancel my registration', `ev:c:${event.id}`]], [['◀️ All events', 'ev:l']]])

    // The event is full: the Ukrainian reader is offered the waitlist.
    await t.send(callback(uk, `ev:v:${event.id}`))
    const full = t.take().find(c => c.method === 'sendMessage')!
    expect(full.payload.text).toContain('💺 Усі місця зайнято (усього: 1)')
    expect(buttons(full)[0]).toEqual([['⏳ Стати в чергу', `ev:r:${event.id}`]])
    await t.send(callback(uk, `ev:r:${event.id}`))
    const waiting = t.take()
    expect(waiting.find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe('⏳ Усі місця зайнято: ви 1-й у черзі очікування. Якщо хтось скасує реєстрацію, місце ваше, і ми вам повідомимо.')
    const waitCard = waiting.find(c => c.method === 'editMessageText')!
    expect(waitCard.payload.text).toContain('💺 Усі місця зайнято (усього: 1), у черзі очікування: 1')
    expect(waitCard.payload.text).toMatch(/⏳ Ви 1-й у черзі очікування\. Якщо місце звільниться, воно ваше, і ми вам повідомимо\.$/)
    expect(buttons(waitCard)[0]).toEqual([['✖️ Вийти з черги', `ev:c:${event.id}`]])

    // The first gives the seat up: the second is registered, and told through the outbox.
    await t.send(callback(en, `ev:c:${event.id}`))
    const cancelled = t.take()
    expect(cancelled.find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe('Your place is given up.')
    expect(buttons(cancelled.find(c => c.method === 'editMessageText'))[0]).toEqual([['⏳ Join the waitlist', `ev:r:${event.id}`]])
    expect(await outboxText(second.id, 'event-promoted')).toBe([
      '🎉 Звільнилося місце на <b>Основи лапароскопії</b>: воно ваше, ви зареєстровані.',
      '📅 11 грудня 2026 р., 12:00 (Europe/Kyiv)',
      'Змінилися плани? Відмовтеся від місця в /events.',
    ].join('\n'))
    await t.send(callback(uk, `ev:v:${event.id}`))
    const now = t.take().find(c => c.method === 'sendMessage')!
    expect(now.payload.text).toMatch(/✅ Ви зареєстровані\. Ми нагадаємо напередодні\.$/)
    expect(buttons(now)[0]).toEqual([['✖️ Скасувати реєстрацію', `ev:c:${event.id}`]])

    // The list marks the person's own places.
    await t.send(text(uk, '/events'))
    expect(buttons(t.take()[0])).toEqual([[['✅ 11 грудня 2026 р. · Основи лапароскопії', `ev:v:${event.id}`]]])
  })

  it('when someone presses Register twice, then they keep one place (no second row, no second seat)', async () => {
    const event = await createEvent(db.prisma, volyn.id, { seats: 5 })
    const user = await createPerson(db.prisma, 7103, { locale: 'en' })
    const t = createTestBot(db)
    const en = person(7103, 'en')
    await t.send(callback(en, `ev:r:${event.id}`), callback(en, `ev:r:${event.id}`))
    expect(t.take().filter(c => c.method === 'answerCallbackQuery').map(c => c.payload.text)).toEqual(['✅ You are registered. We will remind you the day before.', '✅ You are registered. We will remind you the day before.'])
    expect(await db.prisma.eventRegistration.count({ where: { eventId: event.id, userId: user.id } })).toBe(1)
  })

  it('when there are no upcoming events, then /events says so (en, uk)', async () => {
    await createPerson(db.prisma, 7104, { locale: 'en' })
    await createPerson(db.prisma, 7105, { locale: 'uk' })
    // A year on, every event of these tests is over.
    const t = createTestBot(db, { clock: createTestClock(testStartMs + 365 * 86_400_000) })
    await t.send(text(person(7104, 'en'), '/events'), text(person(7105, 'uk'), '/events'))
    expect(t.texts()).toEqual([
      '📅 There are no upcoming events right now. New conferences, training weeks and seminars appear here as soon as coordinators publish them.',
      '📅 Найближчих заходів зараз немає. Нові конференції, тижні навчання і семінари з\'являються тут, щойно координатори їх опублікують.',
    ])
  })
})

describe('/events: forged and stale buttons', () => {
  it('when someone forges Register for a draft, an unknown, a cancelled or a started event, then each is refused and nothing is stored (en, uk)', async () => {
    const draft = await createEvent(db.prisma, volyn.id, { status: 'draft' })
    const cancelled = await createEvent(db.prisma, volyn.id, { status: 'cancelled' })
    const started = await createEvent(db.prisma, volyn.id, { startsAt: new Date(testStartMs - 3_600_000) })
    const user = await createPerson(db.prisma, 7106, { locale: 'en' })
    await createPerson(db.prisma, 7107, { locale: 'uk' })
    const t = createTestBot(db)
    const en = person(7106, 'en')
    const uk = person(7107, 'uk')
    const alerts = async (who: typeof en, data: string) => {
      await t.send(callback(who, data))
      const calls = t.take()
      expect(calls.map(c => c.method)).toEqual(['answerCallbackQuery'])
      return calls[0].payload.text as string
    }
    expect(await alerts(en, `ev:r:${draft.id}`)).toBe('This event is not open (it may be a draft, or no longer exist).')
    expect(await alerts(en, `ev:v:${draft.id}`)).toBe('This event is not open (it may be a draft, or no longer exist).')
    expect(await alerts(en, 'ev:r:999999')).toBe('This event is not open (it may be a draft, or no longer exist).')
    expect(await alerts(en, `ev:r:${cancelled.id}`)).toBe('This event is not open (it may be a draft, or no longer exist).')
    expect(await alerts(en, `ev:r:${started.id}`)).toBe('Registration for this event is closed.')
    expect(await alerts(en, `ev:c:${started.id}`)).toBe('This button is no longer valid. Please open the menu again.')
    expect(await alerts(en, 'ev:r:12abc')).toBe('This button is no longer valid. Please open the menu again.')
    expect(await alerts(uk, `ev:r:${draft.id}`)).toBe('Цей захід не відкритий (можливо, це чернетка або його вже немає).')
    expect(await alerts(uk, `ev:r:${started.id}`)).toBe('Реєстрацію на цей захід закрито.')
    expect(await db.prisma.eventRegistration.count({ where: { userId: user.id } })).toBe(0)
  })

  it('when someone asks for a certificate of an event they did not attend, then it is refused (en, uk)', async () => {
    const event = await createEvent(db.prisma, volyn.id)
    await createPerson(db.prisma, 7108, { locale: 'uk' })
    const t = createTestBot(db)
    const uk = person(7108, 'uk')
    await t.send(callback(uk, `ev:r:${event.id}`))
    t.take()
    await t.send(callback(uk, `ev:f:${event.id}`))
    const calls = t.take()
    expect(calls.map(c => c.method)).toEqual(['answerCallbackQuery'])
    expect(calls[0].payload.text).toBe('Сертифікат буде, щойно організатори відмітять вашу присутність.')
    await createPerson(db.prisma, 7109, { locale: 'en' })
    await t.send(callback(person(7109, 'en'), `ev:f:${event.id}`))
    expect(t.take()[0].payload.text).toBe('This event is not open (it may be a draft, or no longer exist).')
  })
})
