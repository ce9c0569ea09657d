// A tele-consultation end to end through the real bot: a Kyiv doctor (uk) asks
// the twin hospital in Toronto; its coordinator (en) assigns a mentor of a
// placement hosted there, who accepts with a slot in Toronto's zone; each side
// reads the same instant in their own zone, writes to the other by role, and
// is reminded the day and the hour before; the requester records the outcome,
// and the report counts it as an experience exchange.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRender } from '../../src/bot/i18n.js'
import { renderMarkup, renderRow } from '../../src/delivery/dispatcher-send.js'
import { remindConsultations } from '../../src/jobs/reminders-consultations.js'
import { zonedTime } from '../../src/time/zones.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { dotted, kyivDay } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createConsultTwins, createPerson, createProfile, mentorAt } from '../helpers/fixtures.js'
import { callback, document, person, photo, text } from '../helpers/updates.js'

let db: Database
let h: Awaited<ReturnType<typeof createConsultTwins>>
beforeAll(async () => {
  db = await createTestDatabase()
  h = await createConsultTwins(db.prisma)
})
afterAll(async () => { await db?.close() })

const sent = (calls: Array<{ method: string, payload: any }>) => calls.filter(c => c.method === 'sendMessage' || c.method === 'editMessageText')

describe('a tele-consultation between twins', () => {
  it('when a Kyiv doctor asks Toronto and a Toronto mentor answers, then each side reads the slot in their own zone, messages go by role, reminders come, and the outcome counts in /stats', async () => {
    const p = db.prisma
    const requester = await createPerson(p, 6101, { locale: 'uk', firstName: 'Olena', profile: { kind: 'doctor', fullName: 'Olena Kovalenko', homeHospitalId: h.kyiv.id } })
    await p.user.update({ where: { id: requester.id }, data: { username: 'olena_kyiv' } })
    const coordinator = await createPerson(p, 6102, { locale: 'en', firstName: 'Claire' })
    await assignCoordinator(p, coordinator.id, h.toronto.id)
    const specialist = await createPerson(p, 6103, { locale: 'en', firstName: 'Sam' })
    await createProfile(p, specialist.id, { fullName: 'Dr Samuel Lee', specialty: 'cardiology' })
    await p.user.update({ where: { id: specialist.id }, data: { timezone: 'America/Toronto', username: 'samlee' } })
    await mentorAt(p, specialist.id, h.toronto.id)
    const t = createTestBot(db)
    const render = createRender(t.i18n)
    const [r, c, s] = [person(6101, 'uk', 'Olena'), person(6102, 'en', 'Claire'), person(6103, 'en', 'Sam')]

    // The request, in Ukrainian: one twin, so the kind comes first.
    await t.send(text(r, '/consult'))
    let calls = t.take()
    expect(calls[0].payload.text).toBe('🤝 Про що ви просите лікарню «Торонтська загальна лікарня»?')
    expect(buttons(calls[0])).toEqual([[['🩺 Телеконсультація щодо випадку', 'k:kind:v:consultation']], [['🧑‍🏫 Ментор у певній галузі', 'k:kind:v:mentoring']], [['✖️ Скасувати', 'k:kind:x']]])
    await t.send(callback(r, 'k:kind:v:consultation'), callback(r, 'k:spec:v:cardiology'))
    t.take()
    await t.send(callback(r, 'k:urg:v:within_72h'))
    expect(sent(t.take()).slice(1).map(m => m.payload.text)).toEqual([
      '🔒 <b>Лише знеособлені випадки.</b> Не пишіть імен та ініціалів, дат народження, номерів карток, історій хвороби, телефонів та адрес. Віку, статі й клінічних даних достатньо.',
      '✍️ Опишіть випадок і ваше запитання (до 1500 символів).',
    ])
    // A photo where text was asked, a text too long, then a text with a name: each questioned, nothing saved.
    await t.send(photo(r))
    expect(t.texts()).toEqual(['Будь ласка, дайте відповідь текстовим повідомленням, до 1500 символів, або надішліть /cancel, щоб зупинитися.'])
    await t.send(text(r, 'x'.repeat(1501)))
    expect(t.texts()).toEqual(['Це 1501 символ; можна не більше ніж 1500. Скоротіть, будь ласка, і надішліть знову.'])
    await t.send(text(r, 'Пацієнт Петренко, 54 роки, STEMI'))
    calls = sent(t.take())
    expect(calls.at(-1)!.payload.text).toBe('⚠️ Схоже, у тексті є ім\'я чи ініціали пацієнта. Випадок для лікарні-побратима має бути знеособлений. Надіслати як є?')
    expect(buttons(calls.at(-1))).toEqual([[['Знеособлено, залишити', 'k:question-pii:v:yes'], ['✏️ Виправити текст', 'k:question-pii:v:no']]])
    await t.send(callback(r, 'k:question-pii:v:no'))
    expect(sent(t.take()).at(-1)!.payload.text).toBe('✍️ Опишіть випадок і ваше запитання (до 1500 символів).')
    await t.send(text(r, 'Чоловік 54 років, STEMI нижньої стінки, після ЧКВ біль повертається.'))
    expect(sent(t.take()).at(-1)!.payload.text).toBe('🕒 Коли вам зручно? Кілька варіантів у вашому часовому поясі, Europe/Kyiv (наприклад, «у будні після 16:00»), до 300 символів.')
    await t.send(text(r, 'у будні після 16:00'), photo(r), document(r, { name: 'ecg.pdf', mime: 'application/pdf', size: 1000, id: 'ecg-file' }))
    expect(sent(t.take()).at(-1)!.payload.text).toBe('📎 Додано: 2 з 5. Ще один або ⏭ Пропустити, щоб іти далі.')
    expect(await p.consultation.count()).toBe(0)
    await t.send(callback(r, 'k:file2:s'))
    calls = sent(t.take())
    expect(calls.at(-1)!.payload.text).toBe('<b>Перед надсиланням:</b> чи підтверджуєте ви, що випадок знеособлено — без імен, дат народження й номерів карток, і в тексті, і у вкладеннях?')
    expect(await p.consultation.count()).toBe(0)
    await t.send(callback(r, 'k:confirm:v:yes'))
    const row = await p.consultation.findFirstOrThrow({ include: { attachments: { orderBy: { id: 'asc' } } } })
    calls = sent(t.take())
    expect(calls.at(-1)!.payload.text).toBe(`✅ Запит №${row.id} надіслано до лікарні «Торонтська загальна лікарня». Її координатор призначить фахівця, і вам про це повідомлять тут. Стежте за ним у /consults.`)
    expect(row).toMatchObject({ kind: 'consultation', fromHospitalId: h.kyiv.id, toHospitalId: h.toronto.id, specialty: 'cardiology', urgency: 'within_72h', status: 'requested', preferredSlots: 'у будні після 16:00', requesterZone: 'Europe/Kyiv' })
    expect(row.attachments.map(a => [a.kind, a.fileId])).toEqual([['photo', 'photo-file'], ['document', 'ecg-file']])

    // The coordinator is told in English, and assigns a specialist of Toronto.
    const outbox = (userId: number, template: string) => p.outboxMessage.findMany({ where: { userId, template }, orderBy: { id: 'asc' } })
    const [notice] = await outbox(coordinator.id, 'consult-notify-new')
    expect(renderRow(notice as any, render)).toBe(`🆕 New tele-consultation request #${row.id} from Kyiv City Hospital No. 1, ⏱ <b>within 72 hours</b>. Open it to assign a specialist of Toronto General.`)
    expect(renderMarkup(notice as any, render)).toEqual({ inline_keyboard: [[{ text: '📂 Open the request', callback_data: `cs:o:${row.id}` }]] })
    await t.send(callback(c, `cs:o:${row.id}`))
    calls = sent(t.take())
    expect(calls[0].payload.text).toBe([
      `🩺 <b>Tele-consultation #${row.id}</b>`,
      'Kyiv City Hospital No. 1 → Toronto General',
      'Specialty: Cardiology',
      'Urgency: ⏱ Within 72 hours',
      'Status: waiting for a specialist to be named',
      '',
      '<b>Question:</b> Чоловік 54 років, STEMI нижньої стінки, після ЧКВ біль повертається.',
      'Preferred times (Europe/Kyiv): у будні після 16:00',
      '📎 Attachments: 2',
    ].join('\n'))
    expect(buttons(calls[0])).toEqual([[['👤 Assign a specialist', `cs:a:${row.id}`]], [['📎 Attachments (2)', `cs:f:${row.id}`]], [['⬅️ All requests', 'cs:l']]])
    await t.send(callback(c, `cs:f:${row.id}`))
    expect(t.take().filter(x => x.method !== 'answerCallbackQuery').map(x => [x.method, x.payload.photo ?? x.payload.document])).toEqual([['sendPhoto', 'photo-file'], ['sendDocument', 'ecg-file']])
    await t.send(callback(c, `cs:a:${row.id}`))
    calls = sent(t.take())
    expect(calls[0].payload.text).toBe(`👤 Who answers request #${row.id}? The coordinators of Toronto General and the mentors of its placements:`)
    expect(buttons(calls[0])).toEqual([[['Claire · coordinator', `cs:s:${row.id}:${coordinator.id}`]], [['Dr Samuel Lee · mentor', `cs:s:${row.id}:${specialist.id}`]]])
    await t.send(callback(c, `cs:s:${row.id}:${specialist.id}`))
    expect(t.texts()).toEqual([`✅ Dr Samuel Lee is asked to answer request #${row.id}.`])
    const [assigned] = await outbox(specialist.id, 'consult-notify-assigned')
    expect(renderRow(assigned as any, render)).toBe(`👤 You are asked to answer tele-consultation request #${row.id} from Kyiv City Hospital No. 1, ⏱ <b>within 72 hours</b>. Open it to accept and propose a time, or to decline.`)
    const [assigning] = await outbox(requester.id, 'consult-notify-assigning')
    expect(renderRow(assigning as any, render)).toBe(`👤 Лікарня «Торонтська загальна лікарня» призначила фахівця для вашого запиту №${row.id}. Він запропонує час.`)

    // The specialist proposes 10:30 in Toronto, two days on: 17:30 in Kyiv.
    await t.send(callback(s, `cs:y:${row.id}`))
    expect(t.texts()).toEqual(['📅 On which day do you propose the consultation? Your time zone is America/Toronto. E.g. 14.12.2026.'])
    const day = kyivDay(t.clock, 2)
    await t.send(text(s, dotted(day)), text(s, '25:00'))
    expect(t.texts().at(-1)).toBe('Please write the time as HH:MM, e.g. 16:30.')
    await t.send(text(s, '10:30'))
    const [y, m, d] = day.split('-').map(Number)
    const slot = zonedTime('America/Toronto', y, m, d, 10, 30)
    const dayEn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
    const dayUk = new Intl.DateTimeFormat('uk-UA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
    expect(t.texts().at(-1)).toBe(`✅ Accepted. The consultation is on ${dayEn}, 10:30 (America/Toronto); for the requester that is ${dayEn}, 17:30 (Europe/Kyiv). Both sides are reminded a day and an hour before.`)
    expect(await p.consultation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'scheduled', specialistId: specialist.id, slotAt: slot })
    const [scheduled] = await outbox(requester.id, 'consult-notify-scheduled')
    expect(renderRow({ ...scheduled, timezone: 'Europe/Kyiv' } as any, render)).toBe(`📅 Ваш запит №${row.id}: фахівець лікарні «Торонтська загальна лікарня» погодився. Консультація — ${dayUk}, 17:30 (Europe/Kyiv).`)

    // The requester's card: the slot in Kyiv first, Toronto's beside it; the outcome waits for the slot.
    await t.send(callback(r, `cs:o:${row.id}`))
    calls = sent(t.take())
    expect(calls[0].payload.text).toContain(`\n\n📅 <b>Консультація:</b> ${dayUk}, 17:30 (Europe/Kyiv)\nдля іншої сторони: ${dayUk}, 10:30 (America/Toronto)\n`)
    expect(buttons(calls[0])).toEqual([[['💬 Написати', `cs:m:${row.id}`]], [['📎 Вкладення (2)', `cs:f:${row.id}`]], [['⬅️ Усі запити', 'cs:l'], ['🗑 Відкликати', `cs:x:${row.id}`]]])

    // A message, relayed by role: a new message naming the side, no account, no forward.
    await t.send(callback(r, `cs:m:${row.id}`))
    expect(t.texts()).toEqual(['💬 Ваше повідомлення для: Торонтська загальна лікарня — фахівець (до 1000 символів). Бот передасть його від імені «Київська міська лікарня № 1 — автор запиту», без вашого акаунта Telegram.'])
    await t.send(text(r, 'Чи потрібна повторна коронарографія?'))
    expect(t.texts().at(-1)).toBe('✅ Передано: Торонтська загальна лікарня — фахівець.')
    const [relayed] = await outbox(specialist.id, 'consult-notify-message')
    const relayedText = renderRow(relayed as any, render)
    expect(relayedText).toBe(`💬 <b>Request #${row.id}</b> · Kyiv City Hospital No. 1 — requester:\n\nЧи потрібна повторна коронарографія?`)
    expect(renderMarkup(relayed as any, render)).toEqual({ inline_keyboard: [[{ text: '↩️ Reply', callback_data: `cs:m:${row.id}` }, { text: '📂 Open the request', callback_data: `cs:o:${row.id}` }]] })
    const body = (x: { text: unknown, params: unknown, replyMarkup: unknown }) => JSON.stringify([x.text, x.params, x.replyMarkup])
    expect(body(relayed)).not.toMatch(/olena|6101|Kovalenko/i)
    expect(relayed).toMatchObject({ chatId: 6103n, aboutUserId: requester.id, text: null, documentFileId: null })
    await t.send(callback(s, `cs:m:${row.id}`), text(s, 'Yes, and send the echo report.'))
    t.take()
    const [answer] = await outbox(requester.id, 'consult-notify-message')
    expect(renderRow(answer as any, render)).toBe(`💬 <b>Запит №${row.id}</b> · Торонтська загальна лікарня — фахівець:\n\nYes, and send the echo report.`)
    expect(body(answer)).not.toMatch(/samlee|Samuel|Sam\b|6103/)
    expect(t.calls.filter(x => ['forwardMessage', 'copyMessage', 'forwardMessages', 'copyMessages'].includes(x.method))).toEqual([])

    // Reminders: the day before and the hour before, once each, to both sides, each in their own zone.
    t.clock.set(slot.getTime() - 23 * 3_600_000)
    expect(await remindConsultations(p, t.clock())).toBe(2)
    expect(await remindConsultations(p, t.clock())).toBe(0)
    const day1 = await p.outboxMessage.findMany({ where: { kind: 'consult-reminder-day' }, orderBy: { userId: 'asc' } })
    expect(day1.map(x => renderRow({ ...x, timezone: x.userId === specialist.id ? 'America/Toronto' : 'Europe/Kyiv' } as any, render))).toEqual([
      `⏰ Завтра: консультація №${row.id} (Київська міська лікарня № 1 ↔ Торонтська загальна лікарня) — ${dayUk}, 17:30 (Europe/Kyiv).`,
      `⏰ Tomorrow: consultation #${row.id} (Kyiv City Hospital No. 1 ↔ Toronto General) on ${dayEn}, 10:30 (America/Toronto).`,
    ])
    t.clock.set(slot.getTime() - 50 * 60_000)
    expect(await remindConsultations(p, t.clock())).toBe(2)
    expect(await remindConsultations(p, t.clock())).toBe(0)
    expect(await p.outboxMessage.count({ where: { kind: 'consult-reminder-hour', dedupeKey: { endsWith: `:${slot.toISOString()}:${requester.id}` } } })).toBe(1)

    // Afterwards, the outcome: advice, a follow-up, a rating.
    t.clock.set(slot.getTime() + 2 * 3_600_000)
    await t.send(callback(r, `cs:r:${row.id}`))
    expect(t.texts()).toEqual(['📝 Яку пораду ви отримали (до 1000 символів)?'])
    await t.send(text(r, 'Повторна коронарографія, ехокардіографія.'), callback(r, 'k:follow:v:yes'), callback(r, 'k:rate:v:5'))
    expect(t.texts().at(-1)).toBe('✅ Дякуємо. Підсумок записано.')
    expect(await p.consultation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'done', outcome: 'Повторна коронарографія, ехокардіографія.', followUp: true, rating: 5 })
    const [done] = await outbox(specialist.id, 'consult-notify-done')
    expect(renderRow(done as any, render)).toBe(`✅ The requester recorded the outcome of request #${row.id}. They would like a follow-up.`)

    // /stats of the programme counts it as an experience exchange.
    await t.send(text(person(9000, 'en'), '/stats'))
    expect(t.texts()[0]).toContain('\n🤝 <b>Experience exchange:</b> tele-consultations — 1 · mentoring — 0')
  })
})
