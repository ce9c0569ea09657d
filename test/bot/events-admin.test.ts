// Coordinators and joint events, through the real bot: /newevent from the
// first question to the draft (preview in both languages), publishing, bad
// input in the flow, the rights read again at the save, forged staff buttons,
// attendance, the certificate PDF, and cancelling an event.
import type { Update } from 'grammy/types'
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderRow } from '../../src/delivery/dispatcher-send.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestClock, dotted, kyivDay } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createEvent, createHospital, createPerson } from '../helpers/fixtures.js'
import { createTestRender } from '../helpers/render.js'
import { callback, person, photo, text } from '../helpers/updates.js'

let db: Database
let volyn: { id: number }
let paris: { id: number }
const render = createTestRender()

beforeAll(async () => {
  db = await createTestDatabase()
  volyn = await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Volyn Regional Hospital', nameUk: 'Волинська обласна лікарня', cityEn: 'Lutsk', cityUk: 'Луцьк' })
  paris = await createHospital(db.prisma, { kind: 'partner', country: 'FR', nameEn: 'Hôpital Saint-Louis', nameUk: 'Лікарня Сен-Луї', cityEn: 'Paris', cityUk: 'Париж' })
})
afterAll(async () => { await db?.close() })

async function coordinatorOf(telegramId: number, locale: 'en' | 'uk', hospitalId: number) {
  const user = await createPerson(db.prisma, telegramId, { locale })
  await assignCoordinator(db.prisma, user.id, hospitalId)
  return { user, tg: person(telegramId, locale) }
}

/** The texts the bot sent (not edits) since the last take. */
function sent(t: ReturnType<typeof createTestBot>) {
  return t.take().filter(c => c.method === 'sendMessage')
}

describe('/newevent', () => {
  it('when a coordinator describes a training week, then they see it as Ukrainian and English readers will, save a draft and publish it (en)', async () => {
    const { tg } = await coordinatorOf(7201, 'en', volyn.id)
    const t = createTestBot(db)
    const start = kyivDay(t.clock, 20)
    const end = kyivDay(t.clock, 24)
    await t.send(text(tg, '/newevent'))
    const kind = sent(t)[0]
    expect(kind.payload.text).toBe('What kind of event is it?')
    expect(buttons(kind)).toEqual([
      [['🎤 Conference', 'k:kind:v:conference'], ['🏛 Congress', 'k:kind:v:congress']],
      [['💬 Forum', 'k:kind:v:forum'], ['🩺 Training week', 'k:kind:v:training_week']],
      [['🛠 Workshop', 'k:kind:v:workshop'], ['🎓 Seminar', 'k:kind:v:seminar']],
      [['🤝 Experience exchange', 'k:kind:v:experience_exchange']],
    ])
    const steps: Array<[Update, string]> = [
      [callback(tg, 'k:kind:v:training_week'), 'The title in <b>Ukrainian</b> (up to 120 characters):'],
      [text(tg, 'Тиждень лапароскопічної хірургії'), 'The title in <b>English</b> (up to 120 characters):'],
      [text(tg, 'Laparoscopic surgery training week'), 'A short description in <b>Ukrainian</b>: programme, who it is for (up to 1500 characters):'],
      [text(tg, 'Щодня операції в прямому ефірі та тренажери.'), 'The description in <b>English</b> (up to 1500 characters):'],
      [text(tg, 'Live surgery every day & simulators.'), 'On which day does it start? Write it as 2027-03-01, 01.03.2027 or 01/03/2027.'],
      [text(tg, dotted(start)), 'At what time does it start (Europe/Kyiv time)? Write it as 09:30.'],
      [text(tg, '9.30'), 'The last day, for an event of several days (a training week), as 2027-03-01, 01.03.2027 or 01/03/2027. Skip for a one-day event.'],
      [text(tg, dotted(end)), 'Where does it take place: address, hall (up to 200 characters)? Skip for an online-only event.'],
      [text(tg, 'Volyn Regional Hospital, simulation centre'), 'The link to join online too (https://…), or skip:'],
      [callback(tg, 'k:url:s'), 'In which language is it held?'],
    ]
    for (const [update, question] of steps) {
      await t.send(update)
      expect(sent(t).at(-1)!.payload.text).toBe(question)
    }
    await t.send(callback(tg, 'k:lang:v:uk'))
    expect(sent(t).at(-1)!.payload.text).toBe('How many seats are there (1 to 2000)? When they are taken, people join a waitlist.')
    await t.send(text(tg, '12'))
    const [uk, en, save] = sent(t)
    const when = (day: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
    const whenUk = (day: string) => new Intl.DateTimeFormat('uk-UA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
    expect(uk.payload.text).toBe([
      '👀 <b>How Ukrainian readers will see it:</b>',
      '',
      '🩺 <b>Тиждень лапароскопічної хірургії</b>',
      'Тиждень навчання · Волинська обласна лікарня, Луцьк',
      '',
      `📅 ${whenUk(start)}, 09:30 (Europe/Kyiv) – ${whenUk(end)}`,
      '📍 Volyn Regional Hospital, simulation centre',
      '🗣 Мова: українська',
      '💺 Вільних місць: 12 з 12',
      '',
      'Щодня операції в прямому ефірі та тренажери.',
    ].join('\n'))
    expect(en.payload.text).toBe([
      '👀 <b>How English readers will see it:</b>',
      '',
      '🩺 <b>Laparoscopic surgery training week</b>',
      'Training week · Volyn Regional Hospital, Lutsk',
      '',
      `📅 ${when(start)}, 09:30 (Europe/Kyiv) – ${when(end)}`,
      '📍 Volyn Regional Hospital, simulation centre',
      '🗣 Language: Ukrainian',
      '💺 12 seats of 12 are free',
      '',
      'Live surgery every day &amp; simulators.',
    ].join('\n'))
    expect(save.payload.text).toBe('Save this event as a draft? You publish it afterwards.')

    await t.send(callback(tg, 'k:save:v:yes'))
    const event = await db.prisma.event.findFirstOrThrow({ where: { titleEn: 'Laparoscopic surgery training week' } })
    expect(event).toMatchObject({ hospitalId: volyn.id, kind: 'training_week', status: 'draft', seats: 12, language: 'uk', onlineUrl: null })
    expect(event.endsOn!.toISOString().slice(0, 10)).toBe(end)
    const saved = sent(t).at(-1)!
    expect(saved.payload.text).toBe(`📝 Draft saved (event ${event.id}). Publish it when it is ready: people then see it in /events.`)
    expect(buttons(saved)).toEqual([[['📢 Publish', `ea:p:${event.id}`], ['✏️ Edit', `ea:e:${event.id}`]], [['❌ Cancel the event', `ea:x:${event.id}`]]])

    // Nobody sees a draft; once published, people do.
    await createPerson(db.prisma, 7202, { locale: 'en' })
    const reader = person(7202, 'en')
    await t.send(text(reader, '/events'))
    expect(buttons(t.take()[0]).flat().map(b => b[1])).not.toContain(`ev:v:${event.id}`)
    await t.send(callback(tg, `ea:p:${event.id}`))
    const published = t.take()
    expect(published.find(c => c.method === 'answerCallbackQuery')!.payload).toMatchObject({ text: '📢 Published: people see it in /events.', show_alert: true })
    const card = published.find(c => c.method === 'editMessageText')!
    expect(card.payload.text).toMatch(/\n\n🟢 Published · registered: 0, waitlist: 0$/)
    expect(buttons(card)).toEqual([[['✅ Mark attendance', `ea:a:${event.id}`]], [['❌ Cancel the event', `ea:x:${event.id}`]], [['🛠 Manage events', 'ea:l']]])
    await t.send(text(reader, '/events'))
    const list = t.take()[0]
    expect(buttons(list).flat().map(b => b[1])).toContain(`ev:v:${event.id}`)
    expect(buttons(list).flat().map(b => b[1])).not.toContain('ea:l')

    // Staff reach their events from /events.
    await t.send(text(tg, '/events'))
    expect(buttons(t.take()[0]).at(-1)).toEqual([['🛠 Manage events', 'ea:l']])
    await t.send(callback(tg, 'ea:l'))
    const manage = sent(t)[0]
    expect(manage.payload.text).toBe('🛠 <b>Your hospitals\' events</b>. Tap one to publish it, mark attendance or cancel it.')
    expect(buttons(manage)).toContainEqual([[`🟢 ${when(start)} · Laparoscopic surgery training week`, `ea:v:${event.id}`]])
  })

  it('when a coordinator sends a photo, a too long title, a day or an hour in the past, or a bad link, then each is asked again and the flow goes on (uk)', async () => {
    const { tg } = await coordinatorOf(7203, 'uk', paris.id)
    const t = createTestBot(db)
    await t.send(text(tg, '/newevent'), callback(tg, 'k:kind:v:seminar'))
    t.take()
    await t.send(photo(tg))
    expect(sent(t).map(c => c.payload.text)).toEqual([render('uk', 'flow-need-text', { max: 120 })])
    await t.send(text(tg, 'а'.repeat(121)))
    expect(sent(t).map(c => c.payload.text)).toEqual([render('uk', 'flow-too-long', { max: 120, length: 121 })])
    await t.send(text(tg, 'Онкологічний семінар'), text(tg, 'Oncology seminar'), text(tg, 'Опис'), text(tg, 'About'))
    t.take()
    await t.send(text(tg, dotted(kyivDay(t.clock, -1))))
    expect(sent(t).map(c => c.payload.text)).toEqual(['Захід має починатися в майбутньому.'])
    // Today, but an hour already gone (the test clock reads 10:00 in Kyiv).
    await t.send(text(tg, dotted(kyivDay(t.clock, 0))), text(tg, '09:00'))
    expect(sent(t).map(c => c.payload.text)).toEqual(['О котрій він починається (за часом Europe/Kyiv)? Напишіть так: 09:30.', 'Захід має починатися в майбутньому.'])
    await t.send(text(tg, '25:00'))
    expect(sent(t).map(c => c.payload.text)).toEqual(['Не вдалося прочитати час. Напишіть так: 09:30 (години 00–23, хвилини 00–59).'])
    await t.send(text(tg, '18:00'), callback(tg, 'k:ends:s'))
    t.take()
    // Online only: skipping the place makes the link required (no Skip button).
    await t.send(callback(tg, 'k:place:s'))
    const url = sent(t).at(-1)!
    expect(url.payload.text).toBe('Посилання для участі онлайн (https://…):')
    expect(url.payload.reply_markup).toBeUndefined()
    await t.send(text(tg, 'zoom meeting 123'))
    expect(sent(t).map(c => c.payload.text)).toEqual(['Посилання має починатися з https:// (або http://) і не містити пробілів.'])
    await t.send(text(tg, 'https://zoom.example/j/123'), callback(tg, 'k:lang:v:uk-en'), text(tg, '0'))
    expect(sent(t).at(-1)!.payload.text).toBe(render('uk', 'flow-bad-number', { min: 1, max: 2000 }))
    await t.send(text(tg, '300'))
    const [, en] = sent(t)
    expect(en.payload.text).toContain('📅 1 December 2026, 18:00 (Europe/Kyiv)\n🔗 Online: https://zoom.example/j/123\n🗣 Language: Ukrainian and English')
    await t.send(callback(tg, 'k:save:v:no'))
    expect(sent(t).map(c => c.payload.text)).toEqual(['Скасовано. Нічого не збережено.'])
    expect(await db.prisma.event.count({ where: { titleEn: 'Oncology seminar' } })).toBe(0)
  })

  it('when the coordinator loses the hospital before saving, then the save is refused at commit (en)', async () => {
    const { user, tg } = await coordinatorOf(7204, 'en', volyn.id)
    const t = createTestBot(db)
    await t.send(text(tg, '/newevent'), callback(tg, 'k:kind:v:conference'), text(tg, 'Конференція'), text(tg, 'Conference'), text(tg, 'Опис'), text(tg, 'About'))
    await t.send(text(tg, dotted(kyivDay(t.clock, 30))), text(tg, '10:00'), callback(tg, 'k:ends:s'), text(tg, 'Lutsk'), callback(tg, 'k:url:s'), callback(tg, 'k:lang:v:en'), text(tg, '50'))
    t.take()
    await db.prisma.coordinatorAssignment.deleteMany({ where: { userId: user.id } })
    await t.send(callback(tg, 'k:save:v:yes'))
    expect(sent(t).map(c => c.payload.text)).toEqual(['🔒 This belongs to another hospital\'s coordinators. Nothing was changed.'])
    expect(await db.prisma.event.count({ where: { createdById: user.id } })).toBe(0)
  })

  it('when a person who is not a coordinator sends /newevent, then it is refused (uk)', async () => {
    await createPerson(db.prisma, 7205, { locale: 'uk' })
    const t = createTestBot(db)
    await t.send(text(person(7205, 'uk'), '/newevent'))
    expect(t.texts()).toEqual([render('uk', 'coord-only')])
  })
})

describe('editing a draft', () => {
  it('when a coordinator edits a draft\'s seats and link, then bad answers are asked again and the card shows the change; others and published events are refused (en)', async () => {
    const { tg } = await coordinatorOf(7251, 'en', volyn.id)
    const { tg: stranger } = await coordinatorOf(7252, 'en', paris.id)
    await createPerson(db.prisma, 7253, { locale: 'en' })
    const draft = await createEvent(db.prisma, volyn.id, { status: 'draft', titleEn: 'Draft workshop', kind: 'workshop' })
    const t = createTestBot(db)
    await t.send(callback(tg, `ea:v:${draft.id}`))
    expect(buttons(sent(t)[0])[0]).toEqual([['📢 Publish', `ea:p:${draft.id}`], ['✏️ Edit', `ea:e:${draft.id}`]])
    await t.send(callback(tg, `ea:e:${draft.id}`))
    const menu = sent(t)[0]
    expect(menu.payload.text).toBe('Which part of the draft do you want to change?')
    expect(buttons(menu).map(r => r[0][0])).toEqual(['Title in Ukrainian', 'Title in English', 'Description in Ukrainian', 'Description in English', 'Place', 'Online link', 'Seats'])
    await t.send(callback(tg, `ea:f:${draft.id}:6`))
    expect(sent(t)[0].payload.text).toBe('How many seats (1 to 2000)?')
    await t.send(text(tg, 'many'))
    expect(sent(t)[0].payload.text).toBe(render('en', 'flow-bad-number', { min: 1, max: 2000 }))
    await t.send(text(tg, '40'))
    const card = sent(t)[0]
    expect(card.payload.text).toMatch(/^✅ Saved\.\n\n🛠 <b>Draft workshop<\/b>\n/)
    expect(card.payload.text).toContain('💺 40 seats of 40 are free')
    await t.send(callback(tg, `ea:f:${draft.id}:5`), text(tg, 'ftp://files'))
    expect(sent(t).at(-1)!.payload.text).toBe('The link must start with https:// (or http://) and have no spaces.')
    await t.send(text(tg, 'https://meet.example/ws'))
    expect(sent(t)[0].payload.text).toContain('🔗 Online: https://meet.example/ws')
    expect(await db.prisma.event.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ seats: 40, onlineUrl: 'https://meet.example/ws', status: 'draft' })

    // Others: a coordinator of another hospital, a person; and a published event.
    await t.send(callback(stranger, `ea:f:${draft.id}:6`))
    expect(t.take().find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe(render('en', 'coord-not-yours'))
    await t.send(callback(person(7253, 'en'), `ea:e:${draft.id}`))
    expect(t.take().find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe(render('en', 'coord-only'))
    const open = await createEvent(db.prisma, volyn.id)
    await t.send(callback(tg, `ea:f:${open.id}:0`))
    expect(t.take().find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe(render('en', 'new-refused-wrong-status', { status: 'open' }))
  })
})

describe('attendance, the certificate and forged staff buttons', () => {
  it('when a coordinator marks attendance after the start, then the person gets a certificate PDF; forged presses by others change nothing', async () => {
    const { tg: coord } = await coordinatorOf(7301, 'en', volyn.id)
    const { tg: stranger } = await coordinatorOf(7302, 'en', paris.id)
    const attendee = await createPerson(db.prisma, 7303, { locale: 'uk', profile: { fullName: 'Олена Коваленко' } })
    await createPerson(db.prisma, 7304, { locale: 'en' })
    const clock = createTestClock()
    const t = createTestBot(db, { clock })
    const uploads: Array<{ data: Buffer, name: string }> = []
    t.bot.api.config.use((prev, method, payload, signal) => {
      if (method === 'sendDocument')
        uploads.push({ data: (payload as any).document.fileData, name: (payload as any).document.filename })
      return prev(method, payload, signal)
    })
    const event = await createEvent(db.prisma, volyn.id, { kind: 'training_week', titleUk: 'Тиждень лапароскопії', titleEn: 'Laparoscopy week', seats: 3 })
    const uk = person(7303, 'uk')
    await t.send(callback(uk, `ev:r:${event.id}`))
    t.take()
    const reg = await db.prisma.eventRegistration.findFirstOrThrow({ where: { eventId: event.id, userId: attendee.id } })

    // Before the start, attendance cannot be marked.
    await t.send(callback(coord, `ea:m:${reg.id}`))
    expect(t.take().find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe('Attendance is marked from the start of the event.')

    clock.set(event.startsAt.getTime() + 3_600_000)
    // Forged: a person, and a coordinator of another hospital.
    await t.send(callback(person(7304, 'en'), `ea:m:${reg.id}`))
    expect(t.take().find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe(render('en', 'coord-only'))
    await t.send(callback(stranger, `ea:m:${reg.id}`))
    expect(t.take().find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe(render('en', 'coord-not-yours'))
    await t.send(callback(stranger, `ea:a:${event.id}`))
    expect(t.take().find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe(render('en', 'coord-not-yours'))
    await t.send(callback(person(7304, 'en'), `ea:p:${event.id}`))
    expect(t.take().find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe(render('en', 'coord-only'))
    expect((await db.prisma.eventRegistration.findUniqueOrThrow({ where: { id: reg.id } })).attendedAt).toBeNull()

    await t.send(callback(coord, `ea:a:${event.id}`))
    const list = t.take().find(c => c.method === 'sendMessage')!
    expect(list.payload.text).toBe('✅ <b>Attendance</b>: tap a person to mark them as attended (tap again to undo). Marked people can get their certificate.')
    expect(buttons(list)).toEqual([[['⬜️ Олена Коваленко', `ea:m:${reg.id}`]], [['◀️ Back to the event', `ea:v:${event.id}`]]])
    await t.send(callback(coord, `ea:m:${reg.id}`))
    const marked = t.take()
    expect(marked.find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe('✅ Marked as attended')
    expect(buttons(marked.find(c => c.method === 'editMessageReplyMarkup'))[0]).toEqual([['✅ Олена Коваленко', `ea:m:${reg.id}`]])

    // The person's card offers the certificate; it comes as a PDF in Ukrainian.
    await t.send(callback(uk, `ev:v:${event.id}`))
    const card = t.take().find(c => c.method === 'sendMessage')!
    expect(card.payload.text).toMatch(/🎓 Ви відвідали цей захід: ваш сертифікат готовий\.$/)
    expect(buttons(card)[0]).toEqual([['📄 Сертифікат про участь', `ev:f:${event.id}`]])
    await t.send(callback(uk, `ev:f:${event.id}`))
    const doc = t.take().find(c => c.method === 'sendDocument')!
    const code = (await db.prisma.eventRegistration.findUniqueOrThrow({ where: { id: reg.id } })).certificateCode!
    expect(code).toMatch(/^[A-Z2-7]{10}$/)
    const shown = `${code.slice(0, 5)}-${code.slice(5)}`
    expect(doc.payload.caption).toBe(`🎓 Ваш сертифікат про участь. Код перевірки: <code>${shown}</code>`)
    expect(uploads.map(u => u.name)).toEqual([`certificate-${event.id}.pdf`])
    expect(uploads[0].data.subarray(0, 5).toString()).toBe('%PDF-')
    const pdf = await pdfText(uploads[0].data)
    expect(pdf).toContain('Сертифікат про участь')
    expect(pdf).toContain('Олена Коваленко')
    expect(pdf).toContain('взяв(ла) участь у заході «Тиждень навчання»')
    expect(pdf).toContain('Тиждень лапароскопії')
    expect(pdf).toContain(shown)

    // The code verifies, for staff.
    await t.send(text(coord, `/verify ${shown.toLowerCase()}`))
    expect(t.texts()[0]).toMatch(/^✅ <b>A valid certificate of attendance<\/b>\n👤 Олена Коваленко\n🎓 Laparoscopy week\n🏥 Volyn Regional Hospital\n📅 /)
  })

  it('when a coordinator cancels an event, then it is confirmed first, and everyone holding a place is told in their language', async () => {
    const { tg: coord } = await coordinatorOf(7401, 'uk', volyn.id)
    const a = await createPerson(db.prisma, 7402, { locale: 'en' })
    const b = await createPerson(db.prisma, 7403, { locale: 'uk' })
    const event = await createEvent(db.prisma, volyn.id, { seats: 1, titleEn: 'Forum', titleUk: 'Форум', kind: 'forum' })
    const t = createTestBot(db)
    await t.send(callback(person(7402, 'en'), `ev:r:${event.id}`), callback(person(7403, 'uk'), `ev:r:${event.id}`))
    t.take()
    await t.send(callback(coord, `ea:x:${event.id}`))
    const ask = sent(t)[0]
    expect(ask.payload.text).toBe('Скасувати цей захід? Ми повідомимо всіх, хто має місце або стоїть у черзі (людей: 2).')
    expect(buttons(ask)).toEqual([[['❌ Так, скасувати', `ea:X:${event.id}`], ['◀️ Ні, залишити', `ea:v:${event.id}`]]])
    await t.send(callback(coord, `ea:X:${event.id}`))
    expect(t.texts()).toEqual(['❌ Захід скасовано. Повідомляємо всіх, хто мав місце (людей: 2).'])
    const rows = await db.prisma.outboxMessage.findMany({ where: { kind: 'event-cancelled', userId: { in: [a.id, b.id] } }, orderBy: { userId: 'asc' } })
    expect(rows.map(r => renderRow({ ...r, recipientLocale: r.userId === a.id ? 'en' : 'uk', timezone: 'Europe/Kyiv' } as any, render))).toEqual([
      '❌ <b>Forum</b> (11 December 2026, 12:00 (Europe/Kyiv)) is cancelled by the organisers. Your registration is closed; see other events in /events.',
      '❌ Організатори скасували <b>Форум</b> (11 грудня 2026 р., 12:00 (Europe/Kyiv)). Вашу реєстрацію закрито; інші заходи — в /events.',
    ])
    // A second press is stale.
    await t.send(callback(coord, `ea:X:${event.id}`))
    expect(t.take().find(c => c.method === 'answerCallbackQuery')!.payload.text).toBe(render('uk', 'new-refused-wrong-status', { status: 'cancelled' }))
  })
})

async function pdfText(buffer: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(buffer) }).promise
  let out = ''
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent()
    out += content.items.map((item: any) => item.str + (item.hasEOL ? '\n' : '')).join('')
  }
  return out.replace(/\s+/g, ' ')
}
