import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seed } from '../../src/db/seed.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { testStart } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
const id = async (slug: string) => (await db.prisma.hospital.findUniqueOrThrow({ where: { slug } })).id

beforeAll(async () => {
  db = await createTestDatabase()
  // Dated from the bots' clock: their open internships are open for them.
  await seed(db.prisma, new Date(testStart))
})
afterAll(async () => { await db?.close() })

describe('twin hospitals', () => {
  it('when a person sends /hospitals, then the twinnings are listed by partner country with a button per hospital', async () => {
    const t = createTestBot(db)
    await t.send(text(person(901, 'en'), '/hospitals'))
    const [call] = t.take()
    expect(call.payload.text).toBe([
      '<b>🏥 Twin hospitals</b>',
      'Ukrainian hospitals and their partners abroad, by country. Tap a hospital to see its internships.',
      '',
      '<b>🇫🇷 France</b>',
      '• Gustave Roussy ↔ 🇺🇦 National Cancer Institute',
      '',
      '<b>🇬🇧 United Kingdom</b>',
      '• Addenbrooke\'s Hospital ↔ 🇺🇦 Kharkiv National Medical University',
      '• University Hospitals Sussex ↔ 🇺🇦 Volyn Regional Clinical Hospital',
      '',
      '<b>🇱🇹 Lithuania</b>',
      '• Vilnius University Hospital Santaros Klinikos ↔ 🇺🇦 Mykolaiv Regional Clinical Hospital',
      '',
      '<b>🇸🇪 Sweden</b>',
      '• Karolinska University Hospital ↔ 🇺🇦 Kryvyi Rih City Clinical Hospital No. 2',
    ].join('\n'))
    const rows = buttons(call)
    expect(rows).toHaveLength(5)
    expect(rows[0]).toEqual([['🇫🇷 Gustave Roussy', `ho:${await id('gustave-roussy')}`], ['🇺🇦 National Cancer Institute', `ho:${await id('national-cancer-institute')}`]])
  })

  it('when a Ukrainian speaker presses the menu button, then the list is in Ukrainian', async () => {
    const t = createTestBot(db)
    await t.send(text(person(902, 'uk'), '🏥 Лікарні-побратими'))
    const [call] = t.take()
    expect(call.payload.text.split('\n').slice(0, 5)).toEqual([
      '<b>🏥 Лікарні-побратими</b>',
      'Українські лікарні та їхні партнери за кордоном, за країнами. Натисніть на лікарню, щоб побачити її стажування.',
      '',
      '<b>🇫🇷 Франція</b>',
      '• Інститут Гюстава Руссі ↔ 🇺🇦 Національний інститут раку',
    ])
  })

  it('when a partner hospital is opened, then its twin with the memorandum date and its open internships are shown, and a button opens a card', async () => {
    const t = createTestBot(db)
    const u = person(903, 'en')
    const karolinska = await id('karolinska')
    await t.send(callback(u, `ho:${karolinska}`))
    const card = t.take()[1]
    const opp = await db.prisma.opportunity.findUniqueOrThrow({ where: { slug: 'karolinska-skull-base-visit' } })
    expect(card.method).toBe('editMessageText')
    expect(card.payload.text).toBe([
      '<b>Karolinska University Hospital</b>',
      '📍 Stockholm, 🇸🇪 Sweden',
      '',
      '🤝 Twinned with:',
      '• Kryvyi Rih City Clinical Hospital No. 2, Kryvyi Rih, 🇺🇦 Ukraine (memorandum signed 20 September 2023)',
      '',
      '🔎 1 open internship:',
    ].join('\n'))
    expect(buttons(card)).toEqual([[[`🔎 ${opp.titleEn}`, `in:n:${opp.id}`]], [['◀️ All twin hospitals', 'ho:l']]])
    await t.send(callback(u, `in:n:${opp.id}`))
    const opened = t.take()[1]
    expect(opened.method).toBe('sendMessage')
    expect(opened.payload.text).toContain(`<b>${opp.titleEn}</b>`)
  })

  it('when a Ukrainian hospital is opened in Ukrainian, then its region and its partner are shown', async () => {
    const t = createTestBot(db)
    await t.send(callback(person(904, 'uk'), `ho:${await id('kryvyi-rih-cch-2')}`))
    expect(t.take()[1].payload.text).toBe([
      '<b>Криворізька міська клінічна лікарня № 2</b>',
      '📍 Кривий Ріг, Дніпропетровська область, 🇺🇦 Україна',
      '',
      '🤝 Побратими:',
      '• Каролінська університетська лікарня, Стокгольм, 🇸🇪 Швеція (меморандум підписано 20 вересня 2023 р.)',
      '',
      'Зараз тут немає відкритих стажувань.',
    ].join('\n'))
  })

  it('when hospital callback data is forged, then a localized alert answers', async () => {
    const t = createTestBot(db)
    await t.send(callback(person(905, 'en'), 'ho:99999999'), callback(person(905, 'en'), 'ho:x'))
    expect(t.take().map(c => [c.method, c.payload.show_alert])).toEqual([['answerCallbackQuery', true], ['answerCallbackQuery', true]])
  })
})
