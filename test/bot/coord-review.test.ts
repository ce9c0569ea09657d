import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRender } from '../../src/bot/i18n.js'
import { renderRow } from '../../src/delivery/dispatcher-send.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createApplication, createHospital, createOpportunity, createPerson, createProfile, februaryInternship } from '../helpers/fixtures.js'
import { callback, person, sticker, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

let tg = 7000
/** A host hospital with its coordinator, an internship and one application with a CV. */
async function setup(options: { locale?: string, seats?: number, requiresEndorsement?: boolean } = {}) {
  const host = await createHospital(db.prisma, { country: 'DE', nameEn: 'Charité', nameUk: 'Шаріте' })
  const home = await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Lviv Hospital', nameUk: 'Львівська лікарня' })
  const coordinatorTg = ++tg
  const coordinator = await createPerson(db.prisma, coordinatorTg, { locale: options.locale ?? 'en' })
  await assignCoordinator(db.prisma, coordinator.id, host.id)
  const opp = await createOpportunity(db.prisma, host.id, { ...februaryInternship, titleEn: 'Cardiology <ICU>', titleUk: 'Кардіологія', seats: options.seats ?? 2, requiresEndorsement: options.requiresEndorsement ?? false })
  const applicantUser = await createPerson(db.prisma, ++tg, { locale: 'uk', firstName: 'Oksana' })
  await createProfile(db.prisma, applicantUser.id, { fullName: 'Oksana Kovalenko', homeHospitalId: home.id, experienceYears: 5, englishLevel: 'B2', phone: '+380501234567' })
  const cv = await db.prisma.document.create({ data: { userId: applicantUser.id, type: 'cv', fileId: `cv-file-${tg}`, fileUniqueId: `u${tg}`, fileName: 'cv.pdf' } })
  const app = await createApplication(db.prisma, applicantUser.id, opp.id, { answers: { motivation: 'Learn ECMO & <more>' }, ...(options.requiresEndorsement ? { endorsement: 'pending' } : {}) })
  await db.prisma.applicationDocument.create({ data: { applicationId: app.id, documentId: cv.id } })
  return { host, home, opp, app, applicantUser, coordinator: person(coordinatorTg, options.locale ?? 'en', 'Coord') }
}

const allData = (calls: any[]) => calls.flatMap(c => buttons(c).flat().map(([, data]) => data ?? ''))

describe('/review', () => {
  it('when a coordinator sends /review, then documents come by file id and the oldest application is shown with decision buttons', async () => {
    const s = await setup()
    const t = createTestBot(db)
    await t.send(text(s.coordinator, '/review'))
    const calls = t.take()
    expect(calls.map(c => c.method)).toEqual(['sendDocument', 'sendMessage'])
    expect(calls[0].payload).toMatchObject({ chat_id: s.coordinator.id, document: s.app && `cv-file-${s.applicantUser.telegramId}`, caption: 'CV' })
    expect(calls[1].payload.text).toBe([
      `📝 <b>Application #${s.app.id}</b> · 1 of 1`,
      '<b>Internship:</b> Cardiology &lt;ICU&gt; · seats taken 0 of 2',
      '<b>Status:</b> under review',
      '',
      '👤 <b>Oksana Kovalenko</b>',
      'Doctor · Cardiology · 5 years of experience · English B2',
      '🏥 Home institution: Lviv Hospital',
      '📞 +380501234567',
      '🗓 Submitted on 1 November 2026, 02:04 (Europe/Kyiv)',
      '',
      '<b>Answers</b>',
      '<i>Motivation</i>: Learn ECMO &amp; &lt;more&gt;',
      '',
      '📎 1 document, sent above.',
    ].join('\n'))
    // Opening it put the application under review (a new version, a line in its history).
    const v = `${s.app.id}:1`
    expect((await db.prisma.applicationStatusChange.findMany({ where: { applicationId: s.app.id } })).map(c => c.toStatus)).toContain('under_review')
    expect(buttons(calls[1])).toEqual([
      [['✅ Offer a seat', `rv:o:${v}`]],
      [['⏳ To the waiting list', `rv:w:${v}`], ['❌ Reject', `rv:r:${v}`]],
      [['▶️ Next', `rv:n:0:${s.app.id}`], ['🔎 By internship', 'rv:f']],
      [['📣 Chase', `rv:c:${s.opp.id}`]],
    ])
    // The longest data at the largest ids still fits Telegram's 64 bytes.
    expect(Buffer.byteLength('rv:n:999999999:999999999')).toBeLessThanOrEqual(64)
    expect(allData(calls).every(d => Buffer.byteLength(d) <= 64)).toBe(true)
  })

  it.each([
    ['en', ['<i>Motivation</i>: Learn ECMO &amp; &lt;more&gt;', '<i>Experience</i>: 5 years in ICU', '<i>Phone</i>: +380509999999', '<i>Can attend the whole time</i>: ✅ Yes']],
    ['uk', ['<i>Мотивація</i>: Learn ECMO &amp; &lt;more&gt;', '<i>Досвід</i>: 5 years in ICU', '<i>Телефон</i>: +380509999999', '<i>Зможете бути весь час</i>: ✅ Так']],
  ] as const)('when the answers were stored in any order (%s), then the card shows them in the order of the form, with the form\'s labels, and no internal key', async (locale, expected) => {
    const s = await setup({ locale })
    // Stored out of order, with a boolean and keys the coordinator must not see.
    await db.prisma.application.update({ where: { id: s.app.id }, data: { answers: { phone: '+380509999999', available: true, internalNote: 'x<y', motivation: 'Learn ECMO & <more>', experience: '5 years in ICU', documents: { cv: 1 } } } })
    const t = createTestBot(db)
    await t.send(text(s.coordinator, '/review'))
    const card = t.take().find(c => c.method === 'sendMessage')!.payload.text as string
    const answers = card.split('\n')
    const from = answers.indexOf({ en: '<b>Answers</b>', uk: '<b>Відповіді</b>' }[locale])
    expect(answers.slice(from + 1, from + 6)).toEqual([...expected, ''])
    for (const raw of ['internalNote', 'available', 'motivation', 'phone:', 'true', 'x&lt;y'])
      expect(card).not.toContain(raw)
  })

  it('when the applicant said no to the dates, then the card says ❌ No', async () => {
    const s = await setup()
    await db.prisma.application.update({ where: { id: s.app.id }, data: { answers: { motivation: 'm', available: false } } })
    const t = createTestBot(db)
    await t.send(text(s.coordinator, '/review'))
    expect(t.take().find(c => c.method === 'sendMessage')!.payload.text).toContain('<i>Can attend the whole time</i>: ❌ No')
  })

  it.each(['en', 'uk'])('when an applicant and a coordinator read one application (%s), then its submission reads the same, with the zone named', async (locale) => {
    const s = await setup({ locale })
    await db.prisma.user.update({ where: { id: s.applicantUser.id }, data: { locale } })
    const submittedAt = new Date('2026-11-20T10:00:00Z')
    await db.prisma.application.update({ where: { id: s.app.id }, data: { submittedAt } })
    await db.prisma.applicationStatusChange.create({ data: { applicationId: s.app.id, toStatus: 'submitted', createdAt: submittedAt } })
    const t = createTestBot(db)
    await t.send(text(s.coordinator, '/review'))
    const card = t.take().find(c => c.method === 'sendMessage')!.payload.text as string
    await t.send(callback(person(Number(s.applicantUser.telegramId), locale), `my:o:${s.app.id}`))
    const mine = t.take().find(c => c.method === 'editMessageText')!.payload.text as string
    const when = { en: '20 November 2026, 12:00 (Europe/Kyiv)', uk: '20 листопада 2026 р., 12:00 (Europe/Kyiv)' }[locale]!
    expect(card).toContain({ en: `🗓 Submitted on ${when}`, uk: `🗓 Подано ${when}` }[locale])
    expect(mine).toContain(`${when}: ${{ en: 'submitted', uk: 'подано' }[locale]}`)
  })

  it('when a Ukrainian coordinator offers a seat, then the card updates in Ukrainian and the applicant is told in their language', async () => {
    const s = await setup({ locale: 'uk' })
    const t = createTestBot(db)
    await t.send(text(s.coordinator, '/review'))
    expect(t.take()[1].payload.text).toContain('<b>Стажування:</b> Кардіологія · зайнято місць 0 з 2')
    await t.send(callback(s.coordinator, `rv:o:${s.app.id}:1`))
    const calls = t.take()
    expect(calls[0]).toMatchObject({ method: 'answerCallbackQuery', payload: { text: '✅ Місце запропоновано. Заявник має 5 днів, щоб підтвердити.' } })
    expect(calls[1].method).toBe('editMessageText')
    expect(calls[1].payload.text).toContain('<b>Статус:</b> запропоновано місце')
    expect(calls[1].payload.text).toContain('зайнято місць 1 з 2')
    expect(buttons(calls[1])[0]).toEqual([['▶️ Далі', `rv:n:0:${s.app.id}`], ['🔎 За стажуванням', 'rv:f']])
    const outbox = await db.prisma.outboxMessage.findMany({ where: { userId: s.applicantUser.id } })
    expect(outbox.map(o => [o.template, o.locale, (o.params as any).title, o.chatId])).toEqual([['review-notify-offered', 'uk', 'Кардіологія', s.applicantUser.telegramId]])
    // The offer's deadline is formatted at send time, in the applicant's language and zone (named).
    const notice = renderRow({ ...outbox[0], recipientLocale: 'uk', timezone: 'Europe/Kyiv' } as any, createRender(t.i18n))
    expect(notice).toContain('🎉 <b>Вам пропонують місце</b> на «Кардіологія».')
    expect(notice).toContain(`до 6 грудня 2026 р., 10:00 (Europe/Kyiv)`)
  })

  it('when a coordinator rejects, then the reason is asked (text only, with a limit), survives a restart and reaches the applicant', async () => {
    const s = await setup()
    const first = createTestBot(db)
    await first.send(callback(s.coordinator, `rv:r:${s.app.id}:0`))
    expect(first.texts()).toEqual(['Why is the application rejected? Write the reason in one message (up to 500 characters): the applicant will read it. Send /cancel to keep the application as it is.'])
    await first.send(sticker(s.coordinator), text(s.coordinator, 'x'.repeat(501)))
    expect(first.texts()).toEqual([
      'Please answer with a text message, up to 500 characters, or send /cancel to stop.',
      'That is 501 characters; the limit is 500. Please shorten it and send it again.',
    ])
    const restarted = createTestBot(db)
    await restarted.send(text(s.coordinator, 'No ICU experience <yet>'))
    expect(restarted.texts()).toEqual([`❌ Application #${s.app.id} rejected. Reason sent to the applicant: No ICU experience &lt;yet&gt;`])
    const app = await db.prisma.application.findUniqueOrThrow({ where: { id: s.app.id } })
    expect([app.status, app.rejectionReason]).toEqual(['rejected', 'No ICU experience <yet>'])
    const [row] = await db.prisma.outboxMessage.findMany({ where: { userId: s.applicantUser.id } })
    expect([row.template, row.locale, row.params]).toEqual(['review-notify-rejected', 'uk', { title: 'Кардіологія', reason: 'No ICU experience <yet>' }])
    // The dispatcher escapes the reason when it renders the notice.
    expect(renderRow(row as any, createRender(restarted.i18n))).toContain('No ICU experience &lt;yet&gt;')
  })

  it('when a coordinator sends /cancel instead of a reason, then the application is unchanged', async () => {
    const s = await setup({ locale: 'uk' })
    const t = createTestBot(db)
    await t.send(callback(s.coordinator, `rv:r:${s.app.id}:0`), text(s.coordinator, '/cancel'))
    expect(t.texts().at(-1)).toBe('Скасовано. Заявку не змінено.')
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: s.app.id } })).status).toBe('submitted')
  })

  it('when a coordinator forges a button for another hospital\'s application, then it is refused, logged and nothing changes', async () => {
    const mine = await setup()
    const other = await setup()
    const t = createTestBot(db)
    for (const data of [`rv:o:${other.app.id}:0`, `rv:r:${other.app.id}:0`, `rv:c:${other.opp.id}`]) {
      await t.send(callback(mine.coordinator, data))
      expect(t.take().map(c => [c.method, c.payload.text])).toEqual([['answerCallbackQuery', '🔒 This belongs to another hospital\'s coordinators. Nothing was changed.']])
    }
    expect(t.logs.filter(l => l.msg === 'coordinator action refused' && l.entity_id)).toHaveLength(3)
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: other.app.id } })).status).toBe('submitted')
    expect(await db.prisma.outboxMessage.count({ where: { userId: other.applicantUser.id } })).toBe(0)
  })

  it('when a person who is not a coordinator presses a review button or sends /review, then they are told it is for coordinators', async () => {
    const s = await setup()
    const t = createTestBot(db)
    const stranger = person(++tg, 'uk')
    await t.send(callback(stranger, `rv:o:${s.app.id}:0`), text(stranger, '/review'))
    const calls = t.take()
    expect(calls.map(c => [c.method, c.payload.text])).toEqual([
      ['answerCallbackQuery', '🔒 Це лише для координаторів. Якщо ви координуєте стажування в лікарні програми, попросіть адміністратора програми надати доступ.'],
      ['sendMessage', '🔒 Це лише для координаторів. Якщо ви координуєте стажування в лікарні програми, попросіть адміністратора програми надати доступ.'],
    ])
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: s.app.id } })).status).toBe('submitted')
  })

  it('when two coordinators decide one application, then the second sees it was already decided', async () => {
    const s = await setup()
    const second = await createPerson(db.prisma, ++tg, { locale: 'en' })
    await assignCoordinator(db.prisma, second.id, s.host.id)
    const t = createTestBot(db)
    await t.send(callback(s.coordinator, `rv:w:${s.app.id}:0`))
    t.take()
    await t.send(callback(person(tg, 'en'), `rv:o:${s.app.id}:0`))
    const calls = t.take()
    expect(calls[0].payload).toMatchObject({ text: 'Someone has already decided this application: it is now “on the waiting list”. Nothing was changed.', show_alert: true })
    expect(calls[1].payload.text).toContain('<b>Status:</b> on the waiting list')
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: s.app.id } })).status).toBe('waitlisted')
  })

  it('when every seat is taken, then an offer is refused with the number of seats', async () => {
    const s = await setup({ seats: 1 })
    const taken = await createPerson(db.prisma, ++tg)
    await createApplication(db.prisma, taken.id, s.opp.id, { status: 'confirmed' })
    const t = createTestBot(db)
    await t.send(callback(s.coordinator, `rv:o:${s.app.id}:0`))
    expect(t.take()[0].payload).toMatchObject({ text: 'Every seat (1) is already offered or confirmed. Put the applicant on the waiting list instead.', show_alert: true })
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: s.app.id } })).status).toBe('submitted')
  })

  it('when a coordinator filters by internship and chases it, then they see that queue and reminders are queued', async () => {
    const s = await setup()
    const t = createTestBot(db)
    await t.send(callback(s.coordinator, 'rv:f'))
    const [, list] = t.take()
    expect(list.payload.text).toBe('Which internship\'s applications?')
    expect(buttons(list)).toEqual([[['📋 All internships', 'rv:q:0']], [['Cardiology <ICU> (1)', `rv:q:${s.opp.id}`]]])
    await t.send(callback(s.coordinator, `rv:q:${s.opp.id}`))
    expect(t.take().at(-1)!.payload.text).toContain(`Application #${s.app.id}</b> · 1 of 1`)
    await db.prisma.opportunity.update({ where: { id: s.opp.id }, data: { requiredDocuments: ['cv', 'licence'] } })
    await t.send(callback(s.coordinator, `rv:c:${s.opp.id}`))
    expect(t.take()[0].payload).toMatchObject({ text: '📣 Reminders queued: 0 about offers, 1 about missing documents.', show_alert: true })
    expect((await db.prisma.outboxMessage.findFirstOrThrow({ where: { userId: s.applicantUser.id } })).template).toBe('review-chase-documents')
  })

  it('when an internship asks for endorsement, then the home hospital coordinator endorses first and the host has nothing yet', async () => {
    const s = await setup({ requiresEndorsement: true })
    const homeCoordinator = await createPerson(db.prisma, ++tg, { locale: 'uk' })
    await assignCoordinator(db.prisma, homeCoordinator.id, s.home.id)
    const t = createTestBot(db)
    await t.send(text(s.coordinator, '/review'))
    expect(t.texts()).toEqual(['🎉 No new applications are waiting for you.'])
    await t.send(text(person(tg, 'uk'), '/review'))
    const card = t.take().at(-1)!
    expect(card.payload.text).toContain('🏛 <b>Потрібне погодження:</b>')
    expect(buttons(card)[0]).toEqual([['🏛 Погодити', `rv:e:${s.app.id}:1`], ['✖️ Не погодити', `rv:d:${s.app.id}:1`]])
    await t.send(callback(person(tg, 'uk'), `rv:e:${s.app.id}:1`))
    expect(t.take()[0].payload.text).toBe('🏛 Погоджено. Тепер заявку розгляне прийомна лікарня.')
    await t.send(text(s.coordinator, '/review'))
    expect(t.take().at(-1)!.payload.text).toContain(`Application #${s.app.id}`)
  })

  it('when the answers are long and full of < & >, then the card still parses as Telegram\'s HTML and shows the answers escaped', async () => {
    const s = await setup()
    await db.prisma.application.update({ where: { id: s.app.id }, data: { answers: { motivation: '<&>'.repeat(500), experience: '&'.repeat(1500) } } })
    const t = createTestBot(db)
    await t.send(text(s.coordinator, '/review'))
    const card = t.take()[1]
    // The raw values are shortened (if at all) before escaping, so every entity stays whole.
    expect(card.payload.text).toContain(`<i>Experience</i>: ${'&amp;'.repeat(600)}`)
    expect(card.payload.text).toContain(`<i>Motivation</i>: ${'&lt;&amp;&gt;'.repeat(200)}`)
  })
})
