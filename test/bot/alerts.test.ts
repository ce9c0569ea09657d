import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { callback, myChatMember, person, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

async function subscriptionOf(telegramId: number) {
  return db.prisma.subscription.findFirst({ where: { user: { telegramId: BigInt(telegramId) } }, select: { active: true, specialties: true, countries: true } })
}

describe('alerts', () => {
  it('when a person chooses specialties and a country, then each tap is saved and the bot says in words what is set (en)', async () => {
    const user = person(401, 'en')
    const t = createTestBot(db)
    await t.send(text(user, '🔔 Alerts'))
    const [first] = t.take()
    expect(first.payload.text).toBe([
      '<b>🔔 Alerts about new internships</b>',
      '',
      '🔕 Alerts are off. Turn them on to hear about new internships.',
      'Specialties: any specialty',
      'Countries: any country',
      'For: everyone (tell us who you are in 👤 Profile)',
    ].join('\n'))
    expect(buttons(first)).toEqual([[['🩺 Specialties', 'al:s:0'], ['🌍 Countries', 'al:c:0']], [['🔔 Turn alerts on', 'al:on']]])

    await t.send(callback(user, 'al:s:0'))
    const picker = t.take()[1]
    expect(picker.payload.text).toContain('Tap the specialties')
    expect(buttons(picker)[0]).toEqual([['Anaesthesiology', 'al:ts:anaesthesiology:0'], ['Cardiology', 'al:ts:cardiology:0']])
    await t.send(callback(user, 'al:ts:cardiology:0'), callback(user, 'al:s:2'), callback(user, 'al:ts:urology:2'), callback(user, 'al:c:1'), callback(user, 'al:tc:IT:1'))
    const calls = t.take()
    const lastPicker = calls.filter(c => c.method === 'editMessageReplyMarkup').at(-1)
    expect(buttons(lastPicker).flat()).toContainEqual(['✅ 🇮🇹 Italy', 'al:tc:IT:1'])
    expect(await subscriptionOf(401)).toEqual({ active: true, specialties: ['cardiology', 'urology'], countries: ['IT'] })

    await t.send(callback(user, 'al:v'))
    const done = t.take()[1]
    expect(done.payload.text).toContain('✅ Alerts are on.')
    expect(done.payload.text).toContain('Specialties: Cardiology, Urology\nCountries: 🇮🇹 Italy')
    expect(buttons(done)[1]).toEqual([['🔕 Turn alerts off', 'al:off']])
  })

  it('when a person turns alerts off and on, then it is one tap each and the choice is kept (uk)', async () => {
    const user = person(402, 'uk')
    const t = createTestBot(db)
    await t.send(text(user, '/alerts'), callback(user, 'al:ts:neurology:0'), callback(user, 'al:off'))
    const off = t.take().slice(-2)
    expect(off[0].payload.text).toBe('Сповіщення вимкнено. Ваш вибір збережено.')
    expect(off[1].payload.text).toContain('🔕 Сповіщення вимкнено.')
    expect(off[1].payload.text).toContain('Спеціальності: Неврологія')
    expect(await subscriptionOf(402)).toEqual({ active: false, specialties: ['neurology'], countries: [] })
    await t.send(callback(user, 'al:on'))
    expect(t.take()[1].payload.text).toContain('✅ Сповіщення увімкнено.')
    expect(await subscriptionOf(402)).toEqual({ active: true, specialties: ['neurology'], countries: [] })
  })

  it('when callback data is forged, then an alert is shown and nothing changes; all callback data fits 64 bytes', async () => {
    const user = person(403, 'en')
    const t = createTestBot(db)
    await t.send(text(user, '/alerts'), callback(user, 'al:ts:dentistry:0'), callback(user, 'al:tc:XX:0'), callback(user, 'al:zz'))
    expect(t.take().slice(1).map(c => c.payload.text)).toEqual(Array.from({ length: 3 }).fill('This button is no longer valid. Please open the menu again.'))
    expect(await subscriptionOf(403)).toBeNull()
    for (const data of ['al:s:2', 'al:c:2']) {
      await t.send(callback(user, data))
      const picked = t.take()[1]
      for (const [, d] of buttons(picked).flat())
        expect(Buffer.byteLength(d ?? '')).toBeLessThanOrEqual(64)
    }
  })

  it('when a person blocks the bot, then their alerts are turned off', async () => {
    const user = person(404, 'en')
    const t = createTestBot(db)
    await t.send(text(user, '/alerts'), callback(user, 'al:on'))
    expect((await subscriptionOf(404))?.active).toBe(true)
    await t.send(myChatMember(user, 'kicked'))
    expect((await subscriptionOf(404))?.active).toBe(false)
  })
})
