import type { Database } from '../../src/db/client.js'
import type { ApiCall } from '../helpers/bot.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderList } from '../../src/bot/helpers/internship-list.js'
import { specialties } from '../../src/domain/specialties.js'
import { buttons, createTestBot, replyKeyboard } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { createHospital, createOpportunity, createPartnership, createPerson, daysFromNow } from '../helpers/fixtures.js'
import { createTestRender } from '../helpers/render.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
const ids: Record<string, number> = {}

beforeAll(async () => {
  db = await createTestDatabase()
  const p = db.prisma
  const paris = await createHospital(p, { nameEn: 'Hôpital <Saint> & Co', nameUk: 'Лікарня Сен', cityEn: 'Paris', cityUk: 'Париж', country: 'FR' })
  const london = await createHospital(p, { nameEn: 'London Clinic', nameUk: 'Лондонська клініка', cityEn: 'London', cityUk: 'Лондон', country: 'GB' })
  const kyiv = await createHospital(p, { kind: 'ukrainian', nameEn: 'Kyiv Clinic', nameUk: 'Київська клініка', cityEn: 'Kyiv', cityUk: 'Київ', country: 'UA' })
  await createPartnership(p, kyiv.id, paris.id)
  // Seven open ones, deadlines 10..16 days away: newest deadline first means O7 first.
  for (let i = 1; i <= 7; i++) {
    const o = await createOpportunity(p, i <= 4 ? paris.id : london.id, {
      titleEn: `O${i}`,
      titleUk: `С${i}`,
      applicationDeadline: daysFromNow(9 + i),
      specialties: i % 2 ? ['oncology'] : ['cardiology'],
      audience: i === 7 ? 'students' : 'doctors',
    })
    ids[`O${i}`] = o.id
  }
  await createOpportunity(p, paris.id, { titleEn: 'Closed', status: 'closed' })
  await createOpportunity(p, paris.id, { titleEn: 'Past', applicationDeadline: daysFromNow(-1) })
  await createOpportunity(p, paris.id, { titleEn: 'Draft', status: 'draft' })
  const card = await createOpportunity(p, paris.id, {
    titleEn: 'Oncology <b>fellowship</b>',
    titleUk: 'Онкологічне стажування',
    descriptionEn: 'Tumour boards & clinics.',
    descriptionUk: 'Пухлинні ради.',
    startsOn: new Date('2027-03-01'),
    endsOn: new Date('2027-03-14'),
    applicationDeadline: new Date('2027-02-01T20:59:00Z'),
    seats: 3,
    specialties: ['oncology', 'radiology'],
    audience: 'doctors',
    format: 'hybrid',
    status: 'closed',
  })
  ids.card = card.id
  const taker = await createPerson(p, 7001, { locale: 'en' })
  await p.application.create({ data: { userId: taker.id, opportunityId: card.id, status: 'offered' } })
  ids.long = (await createOpportunity(p, london.id, { titleEn: 'Long', status: 'closed', descriptionEn: 'x & '.repeat(3000) })).id
})
afterAll(async () => { await db?.close() })

/** The list's heading (title, filters, count), before the entries. */
const head = (call: ApiCall) => (call.payload.text as string).split('\n\n')[0]
const allData = (calls: ApiCall[]) => calls.flatMap(c => buttons(c).flat().map(([, data]) => data ?? ''))

describe('browsing internships', () => {
  it('when a person sends /internships, then the newest deadlines come first, five a page, with filters', async () => {
    const t = createTestBot(db)
    const user = person(501, 'en')
    await t.send(text(user, '/internships'))
    const [call] = t.take()
    expect(call.payload.text).toBe([
      '<b>🔎 Open internships</b>\nFilters: none\nFound: 7 · page 1 of 2',
      '🇬🇧 <b>London · London Clinic</b>\nO7',
      '🇬🇧 <b>London · London Clinic</b>\nO6',
      '🇬🇧 <b>London · London Clinic</b>\nO5',
      '🇫🇷 <b>Paris · Hôpital &lt;Saint&gt; &amp; Co</b>\nO4',
      '🇫🇷 <b>Paris · Hôpital &lt;Saint&gt; &amp; Co</b>\nO3',
    ].join('\n\n'))
    expect(buttons(call)).toEqual([
      [['🇬🇧 London · London Clinic — O7', `in:o:${ids.O7}:0`]],
      [['🇬🇧 London · London Clinic — O6', `in:o:${ids.O6}:0`]],
      [['🇬🇧 London · London Clinic — O5', `in:o:${ids.O5}:0`]],
      [['🇫🇷 Paris · Hôpital <Saint> & Co — O4', `in:o:${ids.O4}:0`]],
      [['🇫🇷 Paris · Hôpital <Saint> & Co — O3', `in:o:${ids.O3}:0`]],
      [['1/2', 'in:p:0'], ['▶️', 'in:p:1']],
      [['🩺 Specialty', 'in:fs'], ['🌍 Country', 'in:fc']],
      [['👥 For whom', 'in:fa'], ['📅 Month', 'in:fm']],
    ])

    await t.send(callback(user, 'in:p:1', call.payload.message_id))
    const calls = t.take()
    expect(calls.map(c => c.method)).toEqual(['answerCallbackQuery', 'editMessageText'])
    expect(head(calls[1])).toBe('<b>🔎 Open internships</b>\nFilters: none\nFound: 7 · page 2 of 2')
    expect(buttons(calls[1]).slice(0, 3)).toEqual([
      [['🇫🇷 Paris · Hôpital <Saint> & Co — O2', `in:o:${ids.O2}:1`]],
      [['🇫🇷 Paris · Hôpital <Saint> & Co — O1', `in:o:${ids.O1}:1`]],
      [['◀️', 'in:p:0'], ['2/2', 'in:p:1']],
    ])
  })

  it('when a Ukrainian speaker presses the menu button, then the list is in Ukrainian', async () => {
    const t = createTestBot(db)
    await t.send(text(person(502, 'uk'), '🔎 Стажування'))
    const [call] = t.take()
    expect(head(call)).toBe('<b>🔎 Відкриті стажування</b>\nФільтри: немає\nЗнайдено: 7 · сторінка 1 з 2')
    expect(call.payload.text).toContain('\n\n🇬🇧 <b>Лондон · Лондонська клініка</b>\nС7\n\n')
    expect(buttons(call)[0]).toEqual([['🇬🇧 Лондон · Лондонська клініка — С7', `in:o:${ids.O7}:0`]])
    expect(buttons(call).at(-1)).toEqual([['👥 Для кого', 'in:fa'], ['📅 Місяць', 'in:fm']])
  })

  it('when filters are combined, then the list and its summary follow them, and Clear resets them', async () => {
    const t = createTestBot(db)
    const user = person(503, 'en')
    await t.send(text(user, '/internships'), callback(user, 'in:fs'))
    const picker = t.take().at(-1)!
    expect(picker.payload.text).toBe('Choose a specialty:')
    expect(buttons(picker)[0]).toEqual([['Anaesthesiology', 'in:s:anaesthesiology'], ['Cardiology', 'in:s:cardiology']])
    expect(buttons(picker).at(-1)).toEqual([['Any', 'in:s:*'], ['◀️ Back', 'in:p:0']])

    await t.send(callback(user, 'in:s:oncology'), callback(user, 'in:fc'))
    const countries = t.take().at(-1)!
    expect(buttons(countries)).toEqual([[['🇫🇷 France', 'in:c:FR'], ['🇬🇧 United Kingdom', 'in:c:GB']], [['Any', 'in:c:*'], ['◀️ Back', 'in:p:0']]])
    await t.send(callback(user, 'in:c:GB'))
    let list = t.take().at(-1)!
    expect(head(list)).toBe('<b>🔎 Open internships</b>\nFilters: specialty: Oncology · country: 🇬🇧 United Kingdom\nFound: 2 · page 1 of 1')
    expect(buttons(list).slice(0, 2)).toEqual([[['🇬🇧 London · London Clinic — O7', `in:o:${ids.O7}:0`]], [['🇬🇧 London · London Clinic — O5', `in:o:${ids.O5}:0`]]])

    await t.send(callback(user, 'in:a:doctors'))
    list = t.take().at(-1)!
    expect(list.payload.text).toContain('for: doctors\nFound: 1')
    expect(buttons(list)[0]).toEqual([['🇬🇧 London · London Clinic — O5', `in:o:${ids.O5}:0`]])
    await t.send(callback(user, 'in:c:*'), callback(user, 'in:a:students'))
    list = t.take().at(-1)!
    expect(head(list)).toBe('<b>🔎 Open internships</b>\nFilters: specialty: Oncology · for: students\nFound: 1 · page 1 of 1')
    expect(buttons(list)[0]).toEqual([['🇬🇧 London · London Clinic — O7', `in:o:${ids.O7}:0`]])
    expect(buttons(list).at(-1)).toEqual([['✖️ Clear filters', 'in:x']])

    await t.send(callback(user, 'in:x'))
    expect(t.take().at(-1)!.payload.text).toContain('Filters: none\nFound: 7')
  })

  it('when nothing matches, then the person is told so and can turn the filters into an alert (uk)', async () => {
    const t = createTestBot(db)
    const user = person(504, 'uk')
    await t.send(text(user, '/internships'), callback(user, 'in:s:urology'))
    const list = t.take().at(-1)!
    expect(list.payload.text).toBe('<b>🔎 Відкриті стажування</b>\nФільтри: спеціальність: Урологія\n\nЗа цими фільтрами нічого немає. Змініть їх або отримайте повідомлення, коли таке стажування відкриється.')
    expect(buttons(list)[0]).toEqual([['🔔 Повідомити про такі стажування', 'in:al']])
    await t.send(callback(user, 'in:al'))
    expect(t.texts()).toEqual(['🔔 Готово. Ми напишемо вам, коли відкриється відповідне стажування. Керувати сповіщеннями: /alerts.'])
    const sub = await db.prisma.subscription.findFirst({ where: { user: { telegramId: 504n } } })
    expect(sub).toMatchObject({ active: true, specialties: ['urology'], countries: [] })
  })

  it('when only audience or month filters find nothing, then no alert is offered (alerts hold specialties and countries)', async () => {
    const t = createTestBot(db)
    const user = person(516, 'en')
    await t.send(text(user, '/internships'), callback(user, 'in:s:oncology'), callback(user, 'in:s:*'), callback(user, 'in:m:2099-01'))
    const list = t.take().at(-1)!
    expect(list.payload.text).toContain('Nothing matches these filters.')
    expect(buttons(list).flat().map(([, d]) => d)).not.toContain('in:al')
    await t.send(callback(user, 'in:al'))
    expect(t.take()[0].payload.show_alert).toBe(true)
  })

  it('when the month filter is used, then only internships starting that month are listed', async () => {
    const t = createTestBot(db)
    const user = person(505, 'en')
    const month = (await db.prisma.opportunity.findUniqueOrThrow({ where: { id: ids.O1 } })).startsOn.toISOString().slice(0, 7)
    await t.send(text(user, '/internships'), callback(user, 'in:fm'))
    expect(buttons(t.take().at(-1))[0][0][1]).toBe(`in:m:${month}`)
    await t.send(callback(user, `in:m:${month}`))
    expect(t.take().at(-1)!.payload.text).toContain('Found: 7')
  })

  it('when a card is opened, then it shows host, twin, dates, seats left and escaped text, in en and uk', async () => {
    const t = createTestBot(db)
    await t.send(callback(person(506, 'en'), `in:o:${ids.card}:1`))
    const en = t.take()[1]
    expect(en.method).toBe('editMessageText')
    expect(en.payload.text).toBe([
      '<b>Oncology &lt;b&gt;fellowship&lt;/b&gt;</b>',
      '',
      '🏥 Hôpital &lt;Saint&gt; &amp; Co, Paris, 🇫🇷 France',
      '🤝 Twin hospital: Kyiv Clinic',
      '📅 1 March 2027 – 14 March 2027 (2 weeks)',
      '📍 Format: hybrid',
      '👥 For: doctors',
      '🩺 Oncology, Radiology',
      '🪑 Seats left: 2 of 3',
      '⏳ Apply by: 1 February 2027, 22:59 (Europe/Kyiv)',
      '🗣 Language: English B2',
      '',
      '⛔ Applications for this internship are closed.',
      '',
      'Tumour boards &amp; clinics.',
    ].join('\n'))
    expect(buttons(en)).toEqual([[['🔗 Share', `in:sh:${ids.card}`]], [['◀️ Back', 'in:p:1']]])

    await t.send(callback(person(507, 'uk'), `in:o:${ids.card}:0`))
    const uk = t.take()[1].payload.text as string
    expect(uk).toContain('<b>Онкологічне стажування</b>')
    expect(uk).toContain('🤝 Побратим: Київська клініка')
    expect(uk).toContain('👥 Учасники: лікарі')
    expect(uk).toContain('📅 1 березня 2027 р. – 14 березня 2027 р. (2 тижні)')
    expect(uk).toContain('🪑 Вільних місць: 2 з 3')
    expect(uk).toContain('⏳ Подати до: 1 лютого 2027 р., 22:59 (Europe/Kyiv)')

    // A person with a zone of their own reads the same deadline in it, named.
    await db.prisma.user.update({ where: { telegramId: 507n }, data: { timezone: 'Europe/Warsaw' } })
    await t.send(callback(person(507, 'uk'), `in:o:${ids.card}:0`))
    expect(t.take()[1].payload.text).toContain('⏳ Подати до: 1 лютого 2027 р., 21:59 (Europe/Warsaw)')
  })

  it('when an open card is opened, then it has Apply and Share', async () => {
    const t = createTestBot(db)
    await t.send(callback(person(508, 'en'), `in:o:${ids.O3}:0`))
    expect(buttons(t.take()[1])).toEqual([[['✍️ Apply', `ap:${ids.O3}`], ['🔗 Share', `in:sh:${ids.O3}`]], [['◀️ Back', 'in:p:0']]])
  })

  it('when a description is very long, then the card stays under 4096 characters', async () => {
    const t = createTestBot(db)
    await t.send(callback(person(509, 'en'), `in:o:${ids.long}:0`))
    const card = t.take()[1].payload.text as string
    expect(card.length).toBeLessThanOrEqual(4096)
    expect(card.endsWith('…')).toBe(true)
    expect(card).not.toMatch(/&[a-z]*…$/)
  })

  it('when Share is pressed and the link is opened by someone else, then they see the card', async () => {
    const t = createTestBot(db)
    await t.send(callback(person(510, 'en'), `in:sh:${ids.O3}`))
    const link = `https://t.me/medtwin_test_bot?start=i${ids.O3}`
    expect(t.texts()).toEqual([`Share this link: anyone who opens it sees this internship.\n${link}`])
    await t.send(text(person(511, 'uk'), `/start i${ids.O3}`))
    const [card] = t.take()
    expect(card.payload.text.split('\n')[0]).toBe('<b>С3</b>')
    expect(buttons(card)[0][0]).toEqual(['✍️ Подати заявку', `ap:${ids.O3}`])
  })

  it('when a deep link points at a draft, closed, past or unknown internship, then the person is told it is not available and gets the menu', async () => {
    const t = createTestBot(db)
    const draft = await db.prisma.opportunity.findFirstOrThrow({ where: { titleEn: 'Draft' } })
    const past = await db.prisma.opportunity.findFirstOrThrow({ where: { titleEn: 'Past' } })
    await t.send(...[draft.id, ids.card, past.id, 99999999].map(id => text(person(512, 'en'), `/start i${id}`)))
    const calls = t.take()
    expect(calls.map(c => c.payload.text)).toEqual(Array.from({ length: 4 }, () => 'This internship is not available any more. See the open ones with /internships.'))
    await t.send(text(person(515, 'uk'), `/start i${ids.card}`))
    expect(t.texts()).toEqual(['Це стажування більше недоступне. Відкриті стажування: /internships.'])
    expect(replyKeyboard(calls[0])[0]).toEqual(['🔎 Internships', '🏥 Twin hospitals'])
    await t.send(text(person(512, 'en'), '/start'))
    expect(t.texts()[0]).toContain('Hello')
  })

  it('when callback data is forged or stale, then a localized alert answers and nothing changes', async () => {
    const t = createTestBot(db)
    const user = person(513, 'uk')
    await t.send(...['in:s:xx', 'in:c:ZZ', 'in:a:cats', 'in:m:1999-13', `in:o:99999999:0`, 'in:sh:0', 'in:zzz', 'in:al'].map(d => callback(user, d)))
    const calls = t.take()
    expect(calls.every(c => c.method === 'answerCallbackQuery' && c.payload.show_alert)).toBe(true)
    expect(calls).toHaveLength(8)
    expect(calls[0].payload.text).toBe('Ця кнопка вже недійсна. Відкрийте меню знову.')
  })

  it.each([
    ['en', '🇱🇹 Vilnius · Santaros Klinikos — Neurosu…', '🇱🇹 <b>Vilnius · Santaros Klinikos</b>\nNeurosurgery, vascular surgery and anaesthesiology internship at Santaros Klinikos, Vilnius'],
    ['uk', '🇱🇹 Вільнюс · Сантарос клінікос — Стажува…', '🇱🇹 <b>Вільнюс · Сантарос клінікос</b>\nСтажування з нейрохірургії, судинної хірургії та анестезіології в «Сантарос клінікос» (Вільнюс)'],
  ] as const)('when a title is long (%s), then its button starts with the city and hospital and is cut to 40 characters, and the message holds the full title', (locale, label, entry) => {
    const render = createTestRender()
    const tt = (key: string, params?: Record<string, string | number>) => render(locale, key, params)
    const item = {
      id: 9,
      titleEn: 'Neurosurgery, vascular surgery and anaesthesiology internship at Santaros Klinikos, Vilnius',
      titleUk: 'Стажування з нейрохірургії, судинної хірургії та анестезіології в «Сантарос клінікос» (Вільнюс)',
      country: 'LT',
      startsOn: '2027-03-01',
      hospitalEn: 'Santaros Klinikos',
      hospitalUk: 'Сантарос клінікос',
      cityEn: 'Vilnius',
      cityUk: 'Вільнюс',
    }
    const view = renderList(tt, locale, {}, { total: 1, page: 0, items: [item] })
    const [[shown, data]] = buttons({ method: 'sendMessage', payload: { reply_markup: view.keyboard } })[0]
    expect([shown, data]).toEqual([label, 'in:o:9:0'])
    // The flag is one glyph of two code points; what a phone shows stays within 40.
    expect(Array.from(shown!.slice(shown!.indexOf(' ') + 1)).length + 2).toBeLessThanOrEqual(40)
    expect(view.text).toContain(entry)
  })

  it('when every filter is set on a far page, then no callback_data is over 64 bytes', async () => {
    const t = createTestBot(db)
    const user = person(514, 'en')
    await t.send(text(user, '/internships'), ...['in:fs', 'in:fc', 'in:fa', 'in:fm', `in:o:${ids.O1}:0`].map(d => callback(user, d)))
    const data = allData(t.take())
    const longest = specialties.reduce((a, b) => (a.length > b.length ? a : b))
    const tt = (k: string) => k
    const worst = renderList(tt, 'uk', { specialty: longest, country: 'GB', audience: 'students', month: '2099-12' }, {
      total: 99_999,
      page: 9_998,
      items: [{ id: 2_147_483_647, titleUk: 'х'.repeat(200), titleEn: 'x', country: 'GB', startsOn: '2099-12-01', hospitalUk: 'л'.repeat(200), hospitalEn: 'h', cityUk: 'м'.repeat(100), cityEn: 'c' }],
    })
    data.push(...buttons({ method: 'x', payload: { reply_markup: worst.keyboard } }).flat().map(([, d]) => d ?? ''), `in:s:${longest}`, `in:sh:2147483647`, `ap:2147483647`)
    expect(data.length).toBeGreaterThan(40)
    for (const d of data)
      expect(Buffer.byteLength(d), d).toBeLessThanOrEqual(64)
  })
})
