import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { createPerson, createPlacement } from '../helpers/fixtures.js'
import { callback, person, photo, sticker, text, voice } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

describe('/placement', () => {
  it('when a person has no placement, then they are pointed to /internships (en and uk)', async () => {
    const t = createTestBot(db)
    await t.send(text(person(7201, 'en'), '/placement'), text(person(7202, 'uk'), '/placement'))
    expect(t.texts()).toEqual([
      'You have no placements yet. When you accept an offer, your placement appears here. Find an internship: /internships',
      'У вас ще немає стажувань. Коли ви приймете пропозицію, стажування з’явиться тут. Знайти стажування: /internships',
    ])
  })

  it('when a person has one placement, then they see it with the checklist and can tick items off (en)', async () => {
    const user = await createPerson(db.prisma, 7203, { locale: 'en' })
    const p = await createPlacement(db.prisma, user.id, { titleEn: 'Cardiology <ICU>' })
    const t = createTestBot(db)
    await t.send(text(person(7203, 'en'), '/placement'))
    const [view] = t.take()
    expect(view.payload.text).toBe([
      `🗓 Upcoming <b>Cardiology &lt;ICU&gt;</b>\n🏥 Charité &lt;Berlin&gt;, Berlin\n📅 31 December 2026 – 13 January 2027\n🌍 🇩🇪 Germany\n🧑‍⚕️ Your mentor will be named by the host.\n⏳ Starts in 30 days\n✈️ Tell the host when you arrive: Arrival details.`,
      '✈️ Before you go: tap an item to tick it off.',
      '📓 <b>Portfolio</b>\n0 cases\n0 procedures\n0 skills\n0 reflections',
      '💬 Tell us how it went with Feedback.',
    ].join('\n\n'))
    expect(buttons(view)).toEqual([
      [['⬜ Visa', `pl:t:${p.id}:visa`]],
      [['⬜ Insurance', `pl:t:${p.id}:insurance`]],
      [['⬜ Travel', `pl:t:${p.id}:travel`]],
      [['⬜ Accommodation', `pl:t:${p.id}:accommodation`]],
      [['⬜ Documents', `pl:t:${p.id}:documents`]],
      [['➕ Case', `pl:a:${p.id}:case`], ['➕ Procedure', `pl:a:${p.id}:procedure`]],
      [['➕ Skill', `pl:a:${p.id}:skill`], ['➕ Reflection', `pl:a:${p.id}:reflection`]],
      [['✈️ Arrival details', `pa:a:${p.id}`]],
      [['📄 Portfolio (PDF)', `pdf:${p.id}`]],
      [['💬 Feedback', `pl:f:${p.id}`]],
    ])
    for (const row of buttons(view)) {
      for (const [, data] of row) expect(Buffer.byteLength(data!)).toBeLessThanOrEqual(64)
    }
    await t.send(callback(person(7203, 'en'), `pl:t:${p.id}:visa`))
    const edit = t.take().find(c => c.method === 'editMessageText')!
    expect(buttons(edit)[0]).toEqual([['✅ Visa', `pl:t:${p.id}:visa`]])
    expect(buttons(edit)[1]).toEqual([['⬜ Insurance', `pl:t:${p.id}:insurance`]])
  })

  it('when someone presses another person\'s or a forged placement button, then an alert shows and nothing changes (uk)', async () => {
    const owner = await createPerson(db.prisma, 7204, { locale: 'uk' })
    await createPerson(db.prisma, 7205, { locale: 'uk' })
    const p = await createPlacement(db.prisma, owner.id)
    const t = createTestBot(db)
    const intruder = person(7205, 'uk')
    for (const data of [`pl:t:${p.id}:visa`, `pl:a:${p.id}:case`, `pl:d:${p.id}`, `pl:f:${p.id}`, `pl:o:${p.id}`, 'pl:t:99999999:visa', `pl:t:${p.id}:passport`, `pl:f:${p.id}:case`, 'pl:zz']) {
      await t.send(callback(intruder, data))
      const calls = t.take()
      expect(calls.map(c => c.method)).toEqual(['answerCallbackQuery'])
      expect(calls[0].payload).toMatchObject({ text: 'Це стажування вам недоступне. Відкрийте /placement ще раз.', show_alert: true })
    }
    expect(await db.prisma.checklistItem.count({ where: { placementId: p.id } })).toBe(0)
    expect(await db.prisma.portfolioEntry.count({ where: { placementId: p.id } })).toBe(0)
  })

  it('when a person adds a case from the card, then the logbook flow asks the rest, bad input is re-prompted, the case is saved and the counts show it (uk)', async () => {
    const owner = await createPerson(db.prisma, 7206, { locale: 'uk' })
    const p = await createPlacement(db.prisma, owner.id, { start: -2, end: 12 })
    const user = person(7206, 'uk')
    const t = createTestBot(db)
    await t.send(callback(user, `pl:a:${p.id}:case`))
    expect(t.texts()).toEqual(['Яка спеціальність?'])
    await t.send(callback(user, 'k:spec:v:oncology'), callback(user, 'k:day:v:2026-12-01'))
    expect(t.texts().at(-1)).toBe('Опишіть це одним повідомленням (до 2000 символів).\n🔒 Без імен пацієнтів, дат народження, телефонів і номерів карток.')
    await t.send(photo(user), sticker(user), voice(user), text(user, 'x'.repeat(2001)))
    const notText = 'Будь ласка, дайте відповідь текстовим повідомленням, до 2000 символів, або надішліть /cancel, щоб зупинитися.'
    expect(t.texts()).toEqual([notText, notText, notText, 'Це 2001 символ; можна не більше ніж 2000. Скоротіть, будь ласка, і надішліть знову.'])
    await t.send(text(user, 'STEMI, <PCI>'), callback(user, 'k:photo:s'))
    expect(t.texts().at(-1)).toBe('✅ Додано до журналу. Ваш ментор його побачить.')
    await t.send(text(user, '/placement'))
    const [card] = t.take()
    expect(card.payload.text).toContain('1 клінічний випадок\n0 процедур\n0 навичок\n0 роздумів')
    expect(buttons(card)[5]).toEqual([['➕ Випадок', `pl:a:${p.id}:case`], ['➕ Процедура', `pl:a:${p.id}:procedure`]])
    expect(await db.prisma.portfolioEntry.findMany({ where: { placementId: p.id }, select: { kind: true, text: true } })).toEqual([{ kind: 'case', text: 'STEMI, <PCI>' }])
  })

  it('when a person cancels an entry, then nothing is saved; when the bot restarts mid-entry, the entry continues (en)', async () => {
    const owner = await createPerson(db.prisma, 7207, { locale: 'en' })
    const p = await createPlacement(db.prisma, owner.id, { start: -20, end: -1 })
    const user = person(7207, 'en')
    const first = createTestBot(db)
    await first.send(callback(user, `pl:a:${p.id}:skill`), text(user, '/cancel'))
    expect(first.texts()).toEqual(['Which specialty?', 'Stopped. Nothing more was saved.'])
    await first.send(text(user, 'ignored'))
    first.take()
    expect(await db.prisma.portfolioEntry.count({ where: { placementId: p.id } })).toBe(0)

    await first.send(callback(user, `pl:f:${p.id}`))
    expect(first.texts()).toEqual(['How did the placement go? What was useful, what should we improve? One message, up to 2000 characters. Send /cancel to stop.'])
    const second = createTestBot(db)
    await second.send(text(user, 'Great mentors'))
    const [saved] = second.take()
    expect(saved.payload.text).toContain('✅ Thank you for your feedback.\n\n🎓 Finished <b>')
    expect(saved.payload.text).toContain('💬 Thank you, your feedback is saved.')
    expect((await db.prisma.placement.findUniqueOrThrow({ where: { id: p.id } })).feedback).toBe('Great mentors')
  })

  it('when a person has several placements, then they choose one, and the portfolio document is sent (en)', async () => {
    const owner = await createPerson(db.prisma, 7208, { locale: 'en' })
    const a = await createPlacement(db.prisma, owner.id, { start: -30, end: -16, titleEn: 'Surgery' })
    const b = await createPlacement(db.prisma, owner.id, { start: 10, end: 20, titleEn: 'Oncology' })
    const user = person(7208, 'en')
    const t = createTestBot(db)
    await t.send(text(user, '/placement'))
    const [list] = t.take()
    expect(list.payload.text).toContain('Your placements (2). Choose one:\n\n🎓 Finished <b>Surgery</b>')
    expect(buttons(list)).toEqual([[['🎓 Finished Surgery', `pl:o:${a.id}`]], [['🗓 Upcoming Oncology', `pl:o:${b.id}`]]])
    await t.send(callback(user, `pl:o:${a.id}`))
    const opened = t.take().find(c => c.method === 'editMessageText')!
    expect(opened.payload.text).toMatch(/^🎓 Finished <b>Surgery<\/b>/)
    expect(buttons(opened).at(-1)).toEqual([['⬅️ All placements', 'pl:l']])
    // The PDF comes once the end-of-placement survey is answered (test/bot/portfolio-pdf.test.ts).
    await db.prisma.placementSurvey.create({ data: { placementId: a.id, teaching: 5, supervision: 5, organisation: 5, safety: 5 } })
    await t.send(callback(user, `pdf:${a.id}`))
    expect(t.take().map(c => c.method)).toEqual(['answerCallbackQuery', 'sendDocument'])
    await t.send(callback(user, 'pl:l'))
    expect(t.take().find(c => c.method === 'editMessageText')!.payload.text).toContain('Your placements (2)')
  })
})
