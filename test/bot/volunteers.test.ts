// A foreign specialist's side, through the real bot: the deep link, the choice
// of language, registration with the licence and CV (and wrong answers on the
// way), browsing needs, applying, the invitation and the pre-arrival checklist.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRender } from '../../src/bot/i18n.js'
import { renderMarkup, renderRow } from '../../src/delivery/dispatcher-send.js'
import { remindVolunteerChecklist } from '../../src/jobs/reminders-volunteers.js'
import { formatDay } from '../../src/time/dates.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { dotted, kyivDay, testStartMs } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createHospital, createNeed, createPerson, createVolunteer, utcDay } from '../helpers/fixtures.js'
import { callback, document, person, sticker, text } from '../helpers/updates.js'

let db: Database
let kharkiv: number
let need: number
let coordinator: number
beforeAll(async () => {
  db = await createTestDatabase()
  kharkiv = (await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Kharkiv Regional Hospital', nameUk: 'Харківська обласна лікарня', cityEn: 'Kharkiv', cityUk: 'Харків' })).id
  need = (await createNeed(db.prisma, kharkiv)).id
  coordinator = (await createPerson(db.prisma, 59_000, { locale: 'uk' })).id
  await assignCoordinator(db.prisma, coordinator, kharkiv)
})
afterAll(async () => { await db?.close() })

const pdf = (name: string, id: string) => ({ name, mime: 'application/pdf', size: 200_000, id })
let tg = 60_000
const formatEn = (day: string) => formatDay('en', day)
const formatUk = (day: string) => formatDay('uk', day)

describe('a foreign specialist registers and applies', () => {
  it('when a German doctor opens a need\'s link, then they register in English with every mistake re-asked, and apply to that need', async () => {
    const t = createTestBot(db)
    const who = person(++tg, 'de', 'Anna')
    await t.send(text(who, `/start v${need}`))
    const [welcome] = t.take()
    expect(welcome.payload.text).toContain('🌍 <b>Work in Ukraine as a foreign specialist</b>')
    expect(buttons(welcome)).toEqual([[['🇬🇧 English', `va:r:en:${need}`], ['🇺🇦 Українська', `va:r:uk:${need}`]]])
    // Telegram said German: the volunteer's side is in English, not the programme's default Ukrainian.
    expect((await db.prisma.user.findUniqueOrThrow({ where: { telegramId: BigInt(tg) } })).locale).toBe('en')
    await t.send(callback(who, `va:r:en:${need}`))
    expect(t.texts()).toEqual(['📝 A few questions about your licence and experience. Send /cancel at any step to stop.', 'Your profession:'])
    await t.send(text(who, 'doctor'), callback(who, 'k:prof:v:doctor'))
    expect(t.texts()).toEqual(['Please choose with the buttons under the question, or send /cancel to stop.', 'Your profession:\n✅ <b>Doctor</b>', 'Your specialty:'])
    await t.send(callback(who, 'k:spec:v:traumatology'))
    const [, , country] = t.take()
    expect(country.payload.text).toBe('Which country issued your licence to practise?')
    expect(buttons(country)[0]).toEqual([['🇵🇱 Poland', 'k:country:v:PL'], ['🇩🇪 Germany', 'k:country:v:DE']])
    expect(buttons(country).flat().some(([, data]) => data === 'k:country:v:UA')).toBe(false)
    await t.send(callback(who, 'k:country:v:DE'))
    t.take()
    // A sticker, then a text over the limit, then the number.
    await t.send(sticker(who), text(who, 'x'.repeat(41)), text(who, 'AEK <12345>'))
    expect(t.texts()).toEqual([
      'Please answer with a text message, up to 40 characters, or send /cancel to stop.',
      'That is 41 characters; the limit is 40. Please shorten it and send it again.',
      'The body that issued it, e.g. a medical council or chamber (up to 120 characters):',
    ])
    await t.send(text(who, 'Ärztekammer Berlin'), text(who, 'twelve'), text(who, '12'))
    expect(t.texts()).toEqual([
      'How many years of experience do you have in your profession? (a whole number)',
      'Please send a whole number from 0 to 60.',
      'Which languages do you speak? Tick them, then press Done.',
    ])
    await t.send(callback(who, 'k:langs:d'))
    expect(t.take()[0]).toMatchObject({ method: 'answerCallbackQuery', payload: { text: 'Tick at least one first.' } })
    await t.send(callback(who, 'k:langs:v:en'), callback(who, 'k:langs:v:de'), callback(who, 'k:langs:d'))
    expect(t.texts()).toEqual(['Which languages do you speak? Tick them, then press Done.\n✅ <b>English, German</b>', 'From which day are you available? Send the date as 2027-03-01, 01.03.2027 or 01/03/2027.'])
    await t.send(text(who, kyivDay(t.clock, -1)), text(who, dotted(kyivDay(t.clock, 20))), text(who, kyivDay(t.clock, 10)), text(who, kyivDay(t.clock, 120)))
    expect(t.texts()).toEqual([
      'This day has passed. Send a day from today on.',
      'Until which day?',
      'This must be after the first day. Send another date.',
      '📎 Send your licence as a file: PDF, JPG or PNG, up to 20 MB. A photo of it also works.',
    ])
    await t.send(text(who, 'I will send it later'), document(who, { name: 'licence.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 1000 }), document(who, pdf('licence.pdf', 'lic-file')))
    expect(t.texts()).toEqual([
      'Please send the document as a file (PDF, JPG or PNG, up to 20 MB) or a photo. Send /cancel to stop.',
      'This kind of file is not accepted. Please send a PDF, JPG or PNG, up to 20 MB.',
      'When does your licence expire? Send the date as 2027-03-01, 01.03.2027 or 01/03/2027, or press Skip if it does not expire.',
    ])
    await t.send(text(who, kyivDay(t.clock, 700)), document(who, pdf('cv.pdf', 'cv-file')))
    const summary = t.texts()
    expect(summary.slice(-2)).toEqual([
      [
        '👀 <b>Your credentials</b>',
        '',
        '🩺 Doctor, Traumatology · 12 years of experience',
        '🪪 Licence AEK &lt;12345&gt; · Ärztekammer Berlin · 🇩🇪 Germany',
        '🗣 English, German',
        `📅 Available ${formatEn(kyivDay(t.clock, 20))} – ${formatEn(kyivDay(t.clock, 120))}`,
      ].join('\n'),
      'Save them? A Ukrainian hospital\'s coordinator will check your licence before any invitation.',
    ])
    await t.send(callback(who, 'k:save:v:yes'))
    const [, , saved, card] = t.take()
    expect(saved.payload.text).toBe('✅ Saved. Your licence and CV are in your documents (/documents). Now apply to a need, or offer your general availability.')
    expect(card.payload.text).toContain('🆘 <b>Traumatology</b> · Trauma surgery\n🏥 🇺🇦 Kharkiv Regional Hospital · Kharkiv')
    expect(buttons(card)).toEqual([[['✅ Apply', `va:a:${need}`]], [['◀️ All needs', 'va:l']]])
    const user = await db.prisma.user.findUniqueOrThrow({ where: { telegramId: BigInt(tg) }, include: { volunteerProfile: true, documents: { orderBy: { id: 'asc' } } } })
    expect(user.documents.map(d => [d.type, d.fileId, d.expiresOn?.toISOString().slice(0, 10) ?? null])).toEqual([['licence', 'lic-file', kyivDay(t.clock, 700)], ['cv', 'cv-file', null]])
    expect(user.volunteerProfile).toMatchObject({ profession: 'doctor', licenceCountry: 'DE', licenceNumber: 'AEK <12345>', experienceYears: 12, languages: ['en', 'de'], licenceDocumentId: user.documents[0].id })

    await t.send(callback(who, `va:a:${need}`))
    const app = await db.prisma.volunteerApplication.findFirstOrThrow({ where: { userId: user.id } })
    expect(t.texts()).toEqual([`✅ Application #${app.id} sent. The hospital checks your licence, then invites you or answers with a reason.`])
    // The hospital's coordinator is told in Ukrainian, through the outbox.
    const notice = await db.prisma.outboxMessage.findFirstOrThrow({ where: { aboutUserId: user.id, userId: coordinator } })
    expect(renderRow({ ...notice, recipientLocale: null, timezone: 'Europe/Kyiv' } as any, createRender(t.i18n))).toBe(`🧑‍⚕️ Іноземний волонтер подав заявку (#${app.id}). Відкрийте /needs, щоб розглянути.`)
    await t.send(callback(who, `va:a:${need}`))
    expect(t.take()).toMatchObject([{ method: 'answerCallbackQuery', payload: { text: 'You have already applied here. See your applications in /volunteer.', show_alert: true } }])
    await t.send(callback(who, 'va:m'))
    const [, mine] = t.take()
    expect(mine.payload.text).toBe(`📋 <b>#${app.id}</b> Traumatology · Kharkiv Regional Hospital\nStatus: <b>sent, waiting for the hospital</b>`)
    expect(buttons(mine)).toEqual([[['✖️ Withdraw', `va:w:${app.id}`]]])
    await t.send(callback(who, `va:w:${app.id}`))
    const [withdrawn, after] = t.take()
    expect(withdrawn.payload.text).toBe('Withdrawn.')
    expect(after.payload.text).toBe(`📋 <b>#${app.id}</b> Traumatology · Kharkiv Regional Hospital\nStatus: <b>withdrawn</b>`)
    expect(buttons(after)).toEqual([])
    expect(await db.prisma.outboxMessage.count({ where: { kind: 'volunteer-withdrawn', aboutUserId: user.id } })).toBe(1)
  })

  it('when a volunteer chooses Ukrainian, then the registration and the needs speak Ukrainian, and /cancel stops it in Ukrainian', async () => {
    const t = createTestBot(db)
    const who = person(++tg, 'en', 'Oksana')
    await t.send(text(who, '/volunteer'))
    expect(buttons(t.take()[0])).toEqual([[['🇬🇧 English', 'va:r:en'], ['🇺🇦 Українська', 'va:r:uk']]])
    await t.send(callback(who, 'va:r:uk'))
    expect(t.texts()).toEqual(['📝 Кілька запитань про вашу ліцензію та досвід. Надішліть /cancel на будь-якому кроці, щоб зупинитися.', 'Ваша професія:'])
    await t.send(text(who, '/cancel'))
    expect(t.texts()).toEqual(['Зупинено. Нічого не збережено.'])
    expect(await db.prisma.volunteerProfile.count({ where: { user: { telegramId: BigInt(tg) } } })).toBe(0)
    // Registered (as the fixture does it), the Ukrainian volunteer browses the needs.
    await createVolunteer(db.prisma, tg, { locale: 'uk' })
    await t.send(text(who, '/volunteer'))
    const [home] = t.take()
    expect(home.payload.text).toBe([
      '🌍 <b>Ваш профіль волонтера</b>',
      '',
      '🩺 Лікар, Травматологія · досвід: 12 років',
      '🪪 Ліцензія AEK-12345 · Ärztekammer Berlin · 🇩🇪 Німеччина',
      '🗣 Англійська, Німецька',
      `📅 Доступні ${formatUk(kyivDay(t.clock, 20))} – ${formatUk(kyivDay(t.clock, 120))}`,
    ].join('\n'))
    expect(buttons(home)).toEqual([[['🔎 Відкриті потреби', 'va:l']], [['🙋 Готовий працювати в будь-якій лікарні', 'va:g']], [['📋 Мої волонтерські заявки', 'va:m']], [['✏️ Оновити мої дані', 'va:e']]])
    await t.send(callback(who, 'va:l'))
    const [, list] = t.take()
    expect(list.payload.text).toBe('🔎 Українським лікарням потрібні:')
    expect(buttons(list)).toEqual([[['Травматологія · Харків', `va:n:${need}`]], [['🙋 Готовий працювати в будь-якій лікарні', 'va:g']]])
    await t.send(callback(who, `va:n:${need}`))
    const [, card] = t.take()
    expect(card.payload.text).toBe([
      '🆘 <b>Травматологія</b> · Травматологія',
      '🏥 🇺🇦 Харківська обласна лікарня · Харків',
      `📅 ${formatUk(kyivDay(t.clock, 30))} – ${formatUk(kyivDay(t.clock, 60))}`,
      '🗣 Мови у відділенні: Українська, Англійська',
      '🏠 Житло надається',
      '🧑‍🏫 Перекладач надається',
      '⚠️ Безпека: Укриття в підвалі.',
    ].join('\n'))
    await t.send(callback(who, 'va:g'))
    const general = await db.prisma.volunteerApplication.findFirstOrThrow({ where: { user: { telegramId: BigInt(tg) }, needId: null } })
    expect(t.texts()).toEqual([`✅ Дякуємо: вашу загальну готовність зареєстровано (#${general.id}). Лікарня, якій потрібна ваша спеціальність, може вас запросити.`])
  })

  it('when someone not registered applies, or a need closed, then they are told so and nothing is stored', async () => {
    const t = createTestBot(db)
    const who = person(++tg, 'en')
    await createPerson(db.prisma, tg, { locale: 'en' })
    await t.send(callback(who, `va:a:${need}`))
    expect(t.take()).toMatchObject([{ payload: { text: 'Please register first: send /volunteer.', show_alert: true } }])
    await createVolunteer(db.prisma, tg)
    const closed = await createNeed(db.prisma, kharkiv, { status: 'closed' })
    await t.send(callback(who, `va:a:${closed.id}`), callback(who, `va:n:${closed.id}`), callback(who, 'va:a:999999'))
    expect(t.take().map(c => c.payload.text)).toEqual(['This need is no longer open. Open /volunteer to see the others.', 'This need is no longer open. Open /volunteer to see the others.', 'This need is no longer open. Open /volunteer to see the others.'])
    expect(await db.prisma.volunteerApplication.count({ where: { user: { telegramId: BigInt(tg) } } })).toBe(0)
  })
})

describe('an invited volunteer', () => {
  async function invited(locale: 'en' | 'uk', startsIn = 10) {
    const user = await createVolunteer(db.prisma, ++tg, { locale })
    const app = await db.prisma.volunteerApplication.create({ data: { userId: user.id, needId: need, hospitalId: kharkiv, status: 'invited', specialty: 'traumatology', licenceCountry: 'DE', licenceVerifiedAt: new Date(testStartMs), invitedFrom: utcDay(startsIn), invitedTo: utcDay(startsIn + 30) } })
    return { user, app, who: person(tg, locale) }
  }

  it('when they accept from the invitation, then they tick the checklist, and a forged or someone else\'s button is refused', async () => {
    const t = createTestBot(db)
    const { app, who } = await invited('en')
    const other = await invited('en')
    await t.send(callback(who, `va:y:${app.id}`))
    const [answer, view] = t.take()
    expect(answer.payload.text).toBe('Accepted. See you in Ukraine!')
    expect(view.payload.text).toBe([
      `📋 <b>#${app.id}</b> Traumatology · Kharkiv Regional Hospital`,
      'Status: <b>accepted</b>',
      `📅 Invited for ${formatEn(kyivDay(t.clock, 10))} – ${formatEn(kyivDay(t.clock, 40))}`,
      '',
      '✅ <b>Before you travel</b> (tap an item once it is done):',
    ].join('\n'))
    expect(buttons(view)).toEqual([
      [['⬜ Travel booked', `va:t:${app.id}:0`]],
      [['⬜ Registered with the Ministry of Health', `va:t:${app.id}:1`]],
      [['⬜ Insurance', `va:t:${app.id}:2`]],
      [['⬜ Security briefing', `va:t:${app.id}:3`]],
    ])
    await t.send(callback(who, `va:t:${app.id}:2`))
    const edited = t.take().find(c => c.method === 'editMessageText')!
    expect(buttons(edited)[2]).toEqual([['✅ Insurance', `va:t:${app.id}:2`]])
    // Someone else's application, an item that does not exist, a second acceptance.
    await t.send(callback(who, `va:t:${other.app.id}:0`), callback(who, `va:t:${app.id}:9`), callback(who, `va:y:${app.id}`))
    expect(t.take().map(c => c.payload.text)).toEqual([
      'This button is no longer valid. Please open the menu again.',
      'This can no longer be done: the application\'s status has changed.',
      'This can no longer be done: the application\'s status has changed.',
    ])
    expect(await db.prisma.volunteerChecklistItem.count({ where: { applicationId: other.app.id } })).toBe(0)
    const staff = await db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'volunteer-accepted', dedupeKey: `volunteer-accepted:${app.id}:${coordinator}` } })
    expect(renderRow({ ...staff, timezone: 'Europe/Kyiv' } as any, createRender(t.i18n))).toBe(`✅ Волонтер #${app.id} прийняв ваше запрошення.`)
  })

  it('when unticked items remain before arrival, then a reminder goes once per stage, in the volunteer\'s language', async () => {
    const t = createTestBot(db)
    const { user: en, app } = await invited('en', 10)
    const { user: uk, app: ukApp } = await invited('uk', 3)
    await t.send(callback(person(Number(en.telegramId), 'en'), `va:y:${app.id}`), callback(person(Number(uk.telegramId), 'uk'), `va:y:${ukApp.id}`))
    t.take()
    await db.prisma.volunteerChecklistItem.updateMany({ where: { applicationId: app.id, key: { in: ['travel', 'insurance'] } }, data: { doneAt: new Date(testStartMs) } })
    const now = t.clock()
    expect(await remindVolunteerChecklist(db.prisma, now)).toBeGreaterThanOrEqual(2)
    expect(await remindVolunteerChecklist(db.prisma, now)).toBe(0)
    const render = createRender(t.i18n)
    const rows = await db.prisma.outboxMessage.findMany({ where: { kind: 'reminder-volunteer-checklist', userId: { in: [en.id, uk.id] } }, orderBy: { id: 'asc' } })
    expect(rows.map(r => [r.dedupeKey, r.quiet])).toEqual([[`reminder-volunteer-checklist:${app.id}:14`, true], [`reminder-volunteer-checklist:${ukApp.id}:3`, true]])
    const rendered = rows.map(r => renderRow({ ...r, recipientLocale: r.userId === en.id ? 'en' : 'uk', timezone: 'Europe/Kyiv' } as any, render))
    expect(rendered).toEqual([
      `✅ You arrive in Ukraine on ${formatEn(kyivDay(t.clock, 10))} (in 10 days). 2 items of your checklist are still open. Open /volunteer to tick what is done.`,
      `✅ Ви прибуваєте в Україну ${formatUk(kyivDay(t.clock, 3))} (через 3 дні). Не виконано 4 пункти переліку. Відкрийте /volunteer, щоб позначити виконане.`,
    ])
    expect(renderMarkup({ ...rows[1], recipientLocale: 'uk' } as any, render)).toEqual({ inline_keyboard: [[{ text: '📋 Мої волонтерські заявки', callback_data: 'va:m' }]] })
  })
})
