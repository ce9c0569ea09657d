// Who may do what with a consultation request, checked on the server at each
// press: forged and stale buttons, a mentor and a coordinator of another
// hospital, a specialist who lost the right before the assignment committed;
// and the decline path with a London specialist (uk) and a Lviv requester (en).
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRender } from '../../src/bot/i18n.js'
import { renderRow } from '../../src/delivery/dispatcher-send.js'
import { zonedTime } from '../../src/time/zones.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { dotted, kyivDay } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createConsultTwins, createPartnership, createPerson, mentorAt } from '../helpers/fixtures.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
let h: Awaited<ReturnType<typeof createConsultTwins>>
beforeAll(async () => {
  db = await createTestDatabase()
  h = await createConsultTwins(db.prisma)
})
afterAll(async () => { await db?.close() })

const question = 'Жінка 61 року, фібриляція передсердь, HAS-BLED 3: чи призначати антикоагулянт?'

async function requestFrom(t: ReturnType<typeof createTestBot>, userId: number, toHospitalId: number) {
  return t.domain.consultations.create(userId, { toHospitalId, kind: 'consultation', specialty: 'cardiology', question, urgency: 'routine', preferredSlots: null, attachments: [], anonymised: true })
}

describe('consultation rights', () => {
  it('when someone without a role, a mentor or a coordinator of another hospital presses a request\'s buttons, then they are refused and nothing changes (en and uk)', async () => {
    const p = db.prisma
    const requester = await createPerson(p, 6201, { locale: 'uk', profile: { kind: 'doctor', homeHospitalId: h.kyiv.id } })
    const coordinator = await createPerson(p, 6202, { locale: 'en' })
    await assignCoordinator(p, coordinator.id, h.toronto.id)
    const londonMentor = await createPerson(p, 6203, { locale: 'uk' })
    await mentorAt(p, londonMentor.id, h.london.id)
    const londonCoordinator = await createPerson(p, 6204, { locale: 'en' })
    await assignCoordinator(p, londonCoordinator.id, h.london.id)
    const stranger = await createPerson(p, 6205, { locale: 'en' })
    const t = createTestBot(db)
    const { id } = await requestFrom(t, requester.id, h.toronto.id)

    const notFoundEn = 'This request was not found, or it is not yours to see.'
    const notFoundUk = 'Запит не знайдено, або він не ваш.'
    const alerts = () => t.take().map(c => [c.method, c.payload.text, c.payload.show_alert])
    for (const data of [`cs:o:${id}`, `cs:a:${id}`, `cs:s:${id}:${stranger.id}`, `cs:y:${id}`, `cs:m:${id}`, `cs:x:${id}`, `cs:f:${id}`, 'cs:o:999999'])
      await t.send(callback(person(6205, 'en'), data))
    expect(alerts()).toEqual(Array.from({ length: 8 }, () => ['answerCallbackQuery', notFoundEn, true]))
    await t.send(callback(person(6203, 'uk'), `cs:o:${id}`), callback(person(6203, 'uk'), `cs:y:${id}`))
    expect(alerts()).toEqual([['answerCallbackQuery', notFoundUk, true], ['answerCallbackQuery', notFoundUk, true]])
    await t.send(callback(person(6204, 'en'), `cs:a:${id}`), callback(person(6204, 'en'), `cs:s:${id}:${londonCoordinator.id}`))
    expect(alerts()).toEqual([['answerCallbackQuery', notFoundEn, true], ['answerCallbackQuery', notFoundEn, true]])
    // Forged data of no known shape, and an id too large for the database.
    await t.send(callback(person(6205, 'en'), 'cs:zz:1'), callback(person(6202, 'en'), 'cs:o:99999999999'))
    expect(alerts()).toEqual([['answerCallbackQuery', 'This button is no longer valid. Please open the menu again.', true], ['answerCallbackQuery', 'This button is no longer valid. Please open the menu again.', true]])
    // The requester is no coordinator: they cannot assign, not even themselves.
    await t.send(callback(person(6201, 'uk'), `cs:a:${id}`), callback(person(6201, 'uk'), `cs:s:${id}:${requester.id}`))
    expect(alerts()).toEqual([['answerCallbackQuery', 'Ця дія вам недоступна.', true], ['answerCallbackQuery', 'Ця дія вам недоступна.', true]])

    // The twin's coordinator, forging the London mentor into the request: refused at commit.
    await t.send(callback(person(6202, 'en'), `cs:a:${id}`))
    expect(buttons(t.take().find(c => c.method === 'sendMessage')).flat().map(b => b[1])).toEqual([`cs:s:${id}:${coordinator.id}`])
    await t.send(callback(person(6202, 'en'), `cs:s:${id}:${londonMentor.id}`))
    expect(alerts()).toEqual([['answerCallbackQuery', 'This person is no coordinator or mentor of the twin hospital, so they cannot be assigned.', true]])
    expect(await p.consultation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'requested', specialistId: null })
    expect(await p.outboxMessage.count({ where: { template: 'consult-notify-assigned' } })).toBe(0)
  })

  it('when a mentor loses their placement after the list was shown, then the assignment is refused at commit', async () => {
    const p = db.prisma
    const requester = await createPerson(p, 6211, { locale: 'en', profile: { kind: 'doctor', homeHospitalId: h.kyiv.id } })
    const coordinator = await createPerson(p, 6212, { locale: 'en' })
    await assignCoordinator(p, coordinator.id, h.toronto.id)
    const mentor = await createPerson(p, 6213, { locale: 'en', firstName: 'Mira' })
    const placement = await mentorAt(p, mentor.id, h.toronto.id)
    const t = createTestBot(db)
    const { id } = await requestFrom(t, requester.id, h.toronto.id)
    await t.send(callback(person(6212, 'en'), `cs:a:${id}`))
    expect(buttons(t.take().find(c => c.method === 'sendMessage')).flat()).toContainEqual(['Mira · mentor', `cs:s:${id}:${mentor.id}`])
    await p.placement.update({ where: { id: placement.id }, data: { status: 'cancelled' } })
    await t.send(callback(person(6212, 'en'), `cs:s:${id}:${mentor.id}`))
    expect(t.take()[0].payload).toMatchObject({ text: 'This person is no coordinator or mentor of the twin hospital, so they cannot be assigned.', show_alert: true })
    expect((await p.consultation.findUniqueOrThrow({ where: { id } })).specialistId).toBeNull()
  })

  it('when a London specialist (uk) declines, the coordinator assigns again, and a slot is accepted, then the Lviv requester (en) reads it all in English and Kyiv time', async () => {
    const p = db.prisma
    const requester = await createPerson(p, 6221, { locale: 'en', profile: { kind: 'doctor', homeHospitalId: h.lviv.id } })
    const specialist = await createPerson(p, 6222, { locale: 'uk' })
    await assignCoordinator(p, specialist.id, h.london.id)
    const t = createTestBot(db)
    const render = createRender(t.i18n)
    const s = person(6222, 'uk')
    const { id } = await requestFrom(t, requester.id, h.london.id)

    await t.send(callback(s, `cs:a:${id}`), callback(s, `cs:s:${id}:${specialist.id}`))
    expect(t.texts()).toEqual([`👤 Хто відповість на запит №${id}? Координатори лікарні «Лікарня Святого Томаса» і ментори її стажувань:`, `✅ User6222 отримав(-ла) прохання відповісти на запит №${id}.`])
    await t.send(callback(s, `cs:n:${id}`))
    expect(t.texts()).toEqual(['Чому ви відмовляєтеся? Коротка причина для автора запиту й координатора (до 300 символів).'])
    await t.send(text(s, 'Не мій профіль <EP>'))
    expect(t.texts().at(-1)).toBe('Відмову надіслано. Автору запиту й координатору повідомлено.')
    const declined = await p.outboxMessage.findFirstOrThrow({ where: { userId: requester.id, template: 'consult-notify-declined' } })
    expect(renderRow(declined as any, render)).toBe(`↩️ The specialist of St Thomas' Hospital declined request #${id}: Не мій профіль &lt;EP&gt;. A coordinator may name another.`)
    // Stale: the accept button of before the decline.
    await t.send(callback(s, `cs:y:${id}`))
    expect(t.take()[0].payload).toMatchObject({ text: 'Запит тим часом змінився. Відкрийте /consults знову.', show_alert: true })

    // Assigned again, then a slot at 09:00 London, which is 11:00 in Kyiv.
    await t.send(callback(s, `cs:o:${id}`))
    expect(buttons(t.take().find(c => c.method === 'sendMessage'))[0]).toEqual([['👤 Призначити фахівця', `cs:a:${id}`]])
    await t.send(callback(s, `cs:s:${id}:${specialist.id}`), callback(s, `cs:y:${id}`))
    // Still on the programme's zone: asked for their own once, among the twin country's.
    const zoneQuestion = t.take().filter(c => c.method === 'sendMessage').at(-1)
    expect(zoneQuestion?.payload.text).toBe('🌍 У якому ви часовому поясі? Відтепер час показуватимемо вам у ньому.')
    expect(buttons(zoneQuestion)).toEqual([[['Europe/London', 'k:zone:v:Europe/London'], ['Europe/Kyiv', 'k:zone:v:Europe/Kyiv']], [['✖️ Скасувати', 'k:zone:x']]])
    await t.send(callback(s, 'k:zone:v:Europe/London'))
    expect((await p.user.findUniqueOrThrow({ where: { id: specialist.id } })).timezone).toBe('Europe/London')
    expect(t.texts().at(-1)).toBe('📅 На який день ви пропонуєте консультацію? Ваш часовий пояс — Europe/London. Наприклад, 14.12.2026.')
    // Today at 07:00 London has passed (the clock is 08:00 UTC): asked again.
    await t.send(text(s, dotted(kyivDay(t.clock))), text(s, '07:00'))
    expect(t.texts().slice(-2)).toEqual(['Цей час уже минув. Запропонуйте, будь ласка, пізніший.', '📅 На який день ви пропонуєте консультацію? Ваш часовий пояс — Europe/London. Наприклад, 14.12.2026.'])
    const day = kyivDay(t.clock, 3)
    await t.send(text(s, dotted(day)), text(s, '9.00'))
    const [y, m, d] = day.split('-').map(Number)
    const slot = zonedTime('Europe/London', y, m, d, 9, 0)
    const dayUk = new Intl.DateTimeFormat('uk-UA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
    const dayEn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
    expect(t.texts().at(-1)).toBe(`✅ Прийнято. Консультація — ${dayUk}, 09:00 (Europe/London); для автора запиту це ${dayUk}, 11:00 (Europe/Kyiv). Обом сторонам нагадаємо за день і за годину.`)
    const scheduled = await p.outboxMessage.findFirstOrThrow({ where: { userId: requester.id, template: 'consult-notify-scheduled' } })
    expect(renderRow({ ...scheduled, timezone: 'Europe/Kyiv' } as any, render)).toBe(`📅 Your request #${id}: a specialist of St Thomas' Hospital accepted. The consultation is on ${dayEn}, 11:00 (Europe/Kyiv).`)
    expect((await p.consultation.findUniqueOrThrow({ where: { id } })).slotAt).toEqual(slot)
    // Before the slot, no outcome: a forged button is refused.
    await t.send(callback(person(6221, 'en'), `cs:r:${id}`))
    expect(t.take()[0].payload).toMatchObject({ text: 'This request has changed meanwhile. Open /consults again.', show_alert: true })
    // The queue of each side.
    await t.send(text(person(6221, 'en'), '/consults'))
    expect(t.texts()).toEqual([`🤝 <b>Consultations</b>\n\n<b>Your requests</b>\n🩺 #${id} · Cardiology · 📅 scheduled`])
    await t.send(text(s, '/consults'))
    expect(t.texts()).toEqual([`🤝 <b>Консультації</b>\n\n<b>Для вас як фахівця</b>\n🩺 №${id} · Кардіологія · 📅 заплановано`])
  })

  it('when a doctor has no home hospital, or does not confirm the case is anonymised, then nothing is sent (en and uk)', async () => {
    const p = db.prisma
    await createPerson(p, 6231, { locale: 'en' })
    await createPerson(p, 6232, { locale: 'uk', profile: { kind: 'doctor', homeHospitalId: h.kyiv.id } })
    const t = createTestBot(db)
    await t.send(text(person(6231, 'en'), '/consult'))
    expect(t.texts()).toEqual(['To ask the twin hospital, first set your home hospital in /profile: the request goes to its twin abroad.'])
    const u = person(6232, 'uk')
    const before = await p.consultation.count()
    await t.send(text(u, '/consult'), callback(u, 'k:kind:v:mentoring'), callback(u, 'k:spec:v:oncology'), callback(u, 'k:urg:v:routine'))
    expect(t.texts().at(-1)).toBe('✍️ Чого ви хотіли б навчитися і який ваш досвід (до 1500 символів)?')
    await t.send(text(u, 'Хочу навчитися ендоскопічної резекції.'), callback(u, 'k:slots:s'), callback(u, 'k:file0:s'), callback(u, 'k:confirm:v:no'))
    expect(t.texts().at(-1)).toBe('Не надіслано. Нічого не збережено.')
    expect(await p.consultation.count()).toBe(before)
    expect(await p.outboxMessage.count({ where: { template: 'consult-notify-new', aboutUserId: (await p.user.findUniqueOrThrow({ where: { telegramId: 6232n } })).id } })).toBe(0)
  })

  it('when the requester withdraws an assigned request, then the specialist is told, and no one may act on it any more (en)', async () => {
    const p = db.prisma
    const requester = await createPerson(p, 6241, { locale: 'en', profile: { kind: 'doctor', homeHospitalId: h.kyiv.id } })
    const coordinator = await createPerson(p, 6242, { locale: 'en' })
    await assignCoordinator(p, coordinator.id, h.toronto.id)
    const t = createTestBot(db)
    const { id } = await requestFrom(t, requester.id, h.toronto.id)
    await t.domain.consultations.assign({ userId: coordinator.id, rights: { roles: [{ kind: 'coordinator', hospitals: [h.toronto.id] }] } }, id, coordinator.id)
    const r = person(6241, 'en')
    await t.send(callback(r, `cs:x:${id}`))
    const calls = t.take()
    expect(calls[0].payload).toMatchObject({ text: `🗑 Request #${id} is withdrawn.` })
    expect(calls[1].payload.text).toContain('Status: withdrawn')
    expect(buttons(calls[1])).toEqual([[['⬅️ All requests', 'cs:l']]])
    const told = await p.outboxMessage.findFirstOrThrow({ where: { userId: coordinator.id, template: 'consult-notify-cancelled' } })
    expect(renderRow(told as any, createRender(t.i18n))).toBe(`🗑 Request #${id} from Kyiv City Hospital No. 1 was withdrawn by the requester.`)
    await t.send(callback(r, `cs:x:${id}`), callback(person(6242, 'en'), `cs:y:${id}`), callback(r, `cs:m:${id}`))
    expect(t.take().map(c => c.payload.text)).toEqual(['This request has changed meanwhile. Open /consults again.', 'This request has changed meanwhile. Open /consults again.', 'This request has changed meanwhile. Open /consults again.'])
  })

  it('when the home hospital has two twins, then the doctor picks one first, and a forged twin button is stale (uk)', async () => {
    const p = db.prisma
    await createPartnership(p, h.lviv.id, h.toronto.id)
    await createPerson(p, 6251, { locale: 'uk', profile: { kind: 'doctor', homeHospitalId: h.lviv.id } })
    const t = createTestBot(db)
    const u = person(6251, 'uk')
    await t.send(text(u, '/consult'))
    const [ask] = t.take()
    expect(ask.payload.text).toBe('🏥 До якої лікарні-побратима ви звертаєтеся?')
    expect(buttons(ask)).toEqual([[['Лікарня Святого Томаса', `k:twin:v:${h.london.id}`]], [['Торонтська загальна лікарня', `k:twin:v:${h.toronto.id}`]], [['✖️ Скасувати', 'k:twin:x']]])
    await t.send(callback(u, `k:twin:v:${h.kyiv.id}`))
    expect(t.take().map(c => [c.method, c.payload.text])).toEqual([['answerCallbackQuery', 'Ця кнопка з попереднього кроку.']])
    await t.send(callback(u, `k:twin:v:${h.toronto.id}`))
    expect(t.texts().at(-1)).toBe('🤝 Про що ви просите лікарню «Торонтська загальна лікарня»?')
  })
})
