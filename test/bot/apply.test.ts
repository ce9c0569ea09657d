import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRender } from '../../src/bot/i18n.js'
import { renderRow } from '../../src/delivery/dispatcher-send.js'
import { buttons, createTestBot, replyKeyboard } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { createHospital, createOpportunity, createPerson, daysFromNow, doctorProfile } from '../helpers/fixtures.js'
import { callback, contact, document, person, photo, sticker, text, voice } from '../helpers/updates.js'

let db: Database
let hostId: number
let oppId: number

beforeAll(async () => {
  db = await createTestDatabase()
  hostId = (await createHospital(db.prisma, { country: 'LT' })).id
  oppId = (await createOpportunity(db.prisma, hostId, {
    titleEn: 'Neuro <visit>',
    titleUk: 'Нейро-візит',
    requiredDocuments: ['cv'],
    requiresEndorsement: true,
    audience: 'doctors',
    startsOn: new Date('2027-03-01'),
    endsOn: new Date('2027-03-14'),
  })).id
  const local = await createPerson(db.prisma, 7100, { locale: 'uk' })
  const wide = await createPerson(db.prisma, 7101, { locale: 'en' })
  await db.prisma.coordinatorAssignment.createMany({ data: [{ userId: local.id, hospitalId: hostId }, { userId: wide.id, hospitalId: null }] })
  await createPerson(db.prisma, 9000, { locale: 'en' }) // the admin of createTestBot (ADMIN_IDS=9000)
  const other = await createPerson(db.prisma, 7102, { locale: 'en' })
  await db.prisma.coordinatorAssignment.create({ data: { userId: other.id, hospitalId: (await createHospital(db.prisma)).id } })
})
afterAll(async () => { await db?.close() })

const lastText = (calls: Array<{ method: string, payload: any }>) => calls.filter(c => c.method === 'sendMessage').map(c => c.payload.text as string)

describe('applying', () => {
  it('when a new person applies, then only missing profile fields are asked, each bad answer is re-prompted, and the application is sent with outbox rows', async () => {
    const t = createTestBot(db)
    const u = person(701, 'en')
    const seen: Array<{ method: string, payload: any }> = []
    const step = async (update: any) => {
      await t.send(update)
      const calls = t.take()
      seen.push(...calls)
      return calls
    }

    let calls = await step(callback(u, `ap:${oppId}`))
    expect(lastText(calls)).toEqual([
      '✍️ Application to <b>Neuro &lt;visit&gt;</b>. A few short questions; send /cancel at any time, your answers are kept as a draft.',
      'Who are you?',
    ])
    expect(buttons(calls.at(-1))).toEqual([
      [['🩺 Doctor', 'k:kind:v:doctor']],
      [['💉 Nurse or other healthcare worker', 'k:kind:v:healthcare_worker']],
      [['🎓 Medical student', 'k:kind:v:student']],
      [['✖️ Cancel', 'k:kind:x']],
    ])
    expect(lastText(await step(sticker(u)))).toEqual(['Please choose with the buttons under the question, or send /cancel to stop.'])
    calls = await step(callback(u, 'k:kind:v:doctor'))
    expect(lastText(calls)).toEqual(['What is your full name, as written in your documents? (up to 200 characters)'])
    expect(buttons(calls.at(-1))).toEqual([[['◀️ Back', 'k:name:b'], ['✖️ Cancel', 'k:name:x']]])
    expect(lastText(await step(photo(u)))).toEqual(['Please answer with a text message, up to 200 characters, or send /cancel to stop.'])
    expect(lastText(await step(text(u, 'Olena <K>')))).toEqual(['Where do you work or study? Choose your hospital or university below, or type its name (up to 200 characters).'])
    expect(lastText(await step(voice(u)))).toEqual(['Please answer with a text message, up to 200 characters, or send /cancel to stop.'])
    expect(lastText(await step(text(u, 'Kyiv Hospital')))).toEqual(['What is your specialty?'])
    expect(lastText(await step(text(u, 'cardio')))).toEqual(['Please choose with the buttons under the question, or send /cancel to stop.'])
    expect(lastText(await step(callback(u, 'k:spec:v:oncology')))).toEqual(['How many years have you worked in medicine? Choose below, or send a number from 0 to 60.'])
    expect(lastText(await step(text(u, 'five')))).toEqual(['Please send a whole number from 0 to 60.'])
    expect(lastText(await step(text(u, '5')))).toEqual(['What is your level of English?'])
    expect(lastText(await step(callback(u, 'k:eng:v:B2')))).toEqual(['Why do you want this internship? (up to 1500 characters)'])
    expect(lastText(await step(text(u, 'x'.repeat(1501))))).toEqual(['That is 1501 characters; the limit is 1500. Please shorten it and send it again.'])
    expect(lastText(await step(text(u, 'I want to learn & grow')))).toEqual(['Your relevant experience: procedures, departments, courses (up to 1500 characters).'])
    expect(lastText(await step(sticker(u)))).toEqual(['Please answer with a text message, up to 1500 characters, or send /cancel to stop.'])
    calls = await step(text(u, 'Ten years in oncology'))
    expect(lastText(calls)).toEqual(['Your contact phone: press the button to share it, or type it with the country code, e.g. +380501234567.'])
    expect(calls.at(-1)!.payload.reply_markup.keyboard[0][0]).toEqual({ text: '📱 Share my phone', request_contact: true })
    expect(replyKeyboard(calls.at(-1))[1]).toEqual(['◀️ Back', '✖️ Cancel'])
    expect(lastText(await step(text(u, 'call me')))).toEqual(['That does not look like a phone number. Send it with the country code, e.g. +380501234567, or press the button.'])
    calls = await step(contact(u, '380501234567'))
    expect(lastText(calls)).toEqual(['📱 Phone saved: +380501234567', 'Please send your CV as a PDF, JPG or PNG file, under 20 MB.'])
    expect(replyKeyboard(calls[0])[0]).toEqual(['🔎 Internships', '🏥 Twin hospitals'])
    expect(lastText(await step(text(u, 'here it is')))).toEqual(['Please send your CV as a file (PDF, JPG or PNG), or choose a stored one.'])
    expect(lastText(await step(document(u, { name: 'cv.zip', mime: 'application/zip', size: 1000 })))).toEqual(['This kind of file is not accepted. Please send a PDF, JPG or PNG, up to 20 MB.'])
    expect(lastText(await step(document(u, { name: 'cv.pdf', mime: 'application/pdf', size: 25 * 1024 * 1024 })))).toEqual(['This file is larger than 20 MB, the most Telegram lets us receive. Please send a smaller file, for example a compressed PDF.'])
    calls = await step(document(u, { name: 'cv <1>.pdf', mime: 'application/pdf', size: 200_000, id: 'cv-file' }))
    expect(lastText(calls)).toEqual([[
      '<b>Check your application to Neuro &lt;visit&gt;</b>',
      '',
      '<b>Who you are</b>: 🩺 Doctor',
      '<b>Full name</b>: Olena &lt;K&gt;',
      '<b>Hospital or university</b>: Kyiv Hospital',
      '<b>Specialty</b>: Oncology',
      '<b>Years of experience</b>: 5',
      '<b>English</b>: B2',
      '<b>Motivation</b>: I want to learn &amp; grow',
      '<b>Experience</b>: Ten years in oncology',
      '<b>Phone</b>: +380501234567',
      '<b>CV</b>: cv &lt;1&gt;.pdf',
      '',
      '📅 1 March 2027 – 14 March 2027. By sending, you confirm you can attend all these dates.',
    ].join('\n')])
    expect(buttons(calls.at(-1)).slice(-3)).toEqual([
      [['📨 Send the application', 'k:summary:v:send']],
      [['❌ I cannot attend all these dates', 'k:summary:v:unavailable']],
      [['✖️ Cancel', 'k:summary:x']],
    ])
    expect(lastText(await step(text(u, 'yes')))).toEqual(['Please choose with the buttons under the question, or send /cancel to stop.'])
    expect(buttons(calls.at(-1))[0]).toEqual([['✏️ Who you are', 'k:summary:v:e0'], ['✏️ Full name', 'k:summary:v:e1']])

    const draft = await db.prisma.application.findFirstOrThrow({ where: { opportunityId: oppId, user: { telegramId: 701n } } })
    expect(draft.status).toBe('draft')
    calls = await step(callback(u, 'k:summary:v:send'))
    expect(lastText(calls)).toEqual(['✅ Your application to <b>Neuro &lt;visit&gt;</b> was sent. The coordinators will review it; follow it in /my.'])

    const app = await db.prisma.application.findUniqueOrThrow({ where: { id: draft.id }, include: { documents: { include: { document: true } }, statusChanges: true, user: { include: { profile: true } } } })
    expect(app).toMatchObject({ status: 'submitted', endorsement: 'pending', answers: { motivation: 'I want to learn & grow', experience: 'Ten years in oncology', phone: '+380501234567', available: true } })
    expect(app.submittedAt).toEqual(t.clock())
    expect(app.statusChanges.map(s => [s.fromStatus, s.toStatus])).toEqual([['draft', 'submitted']])
    expect(app.documents.map(d => [d.document.type, d.document.fileId, d.document.mimeType])).toEqual([['cv', 'cv-file', 'application/pdf']])
    expect(app.user.profile).toMatchObject({ kind: 'doctor', fullName: 'Olena <K>', homeInstitutionText: 'Kyiv Hospital', specialty: 'oncology', experienceYears: 5, englishLevel: 'B2' })
    const outbox = await db.prisma.outboxMessage.findMany({ where: { kind: 'application-submitted' }, orderBy: { chatId: 'asc' } })
    expect(outbox.map(o => [Number(o.chatId), o.locale, o.template, o.params, o.dedupeKey])).toEqual([
      [7100, 'uk', 'apply-staff-submitted', { applicationId: app.id, title: 'Нейро-візит', name: 'Olena <K>' }, `application-submitted:${app.id}:${outbox[0].userId}`],
      [7101, 'en', 'apply-staff-submitted', { applicationId: app.id, title: 'Neuro <visit>', name: 'Olena <K>' }, `application-submitted:${app.id}:${outbox[1].userId}`],
      [9000, 'en', 'apply-staff-submitted', { applicationId: app.id, title: 'Neuro <visit>', name: 'Olena <K>' }, `application-submitted:${app.id}:${outbox[2].userId}`],
    ])
    // As the dispatcher renders it: in the recipient's language, the person's text escaped.
    expect(renderRow(outbox[0] as any, createRender(t.i18n))).toBe(`📨 Нова заявка №${app.id} на <b>Нейро-візит</b> від Olena &lt;K&gt;.`)

    // Every button of the flow (specialties, documents, edits) fits Telegram's 64 bytes.
    const data = seen.flatMap(c => buttons(c).flat().map(([, d]) => d ?? ''))
    expect(data).toContain('k:spec:p:1')
    for (const d of data)
      expect(Buffer.byteLength(d), d).toBeLessThanOrEqual(64)

    // The conversation is over: the bot answers normally again, and a second Apply is refused.
    expect(lastText(await step(callback(u, `ap:${oppId}`)))).toEqual(['You have already applied to this internship. See it in /my.'])
  })

  it('when a Ukrainian doctor with a full profile goes back and cancels, then the step is asked again in Ukrainian and the answers stay as a draft', async () => {
    await createPerson(db.prisma, 702, { locale: 'uk', profile: doctorProfile })
    const t = createTestBot(db)
    const u = person(702, 'uk')
    await t.send(callback(u, `ap:${oppId}`))
    expect(t.texts()).toEqual([
      '✍️ Заявка на <b>Нейро-візит</b>. Кілька коротких запитань; надішліть /cancel будь-коли, відповіді збережуться як чернетка.',
      'Чому ви хочете на це стажування? (до 1500 символів)',
    ])
    await t.send(text(u, 'Хочу навчитися'))
    expect(t.texts()).toEqual(['Чому ви хочете на це стажування? (до 1500 символів)\n✅ <b>Хочу навчитися</b>', 'Ваш досвід у цій галузі: процедури, відділення, курси (до 1500 символів).'])
    await t.send(callback(u, 'k:cv_experience:b'))
    expect(t.texts()).toEqual(['Ваш досвід у цій галузі: процедури, відділення, курси (до 1500 символів).\n✅ ◀️ назад', 'Чому ви хочете на це стажування? (до 1500 символів)'])
    await t.send(text(u, '/cancel'))
    const [cancelled] = t.take()
    expect(cancelled.payload.text).toBe('Заявку скасовано. Відповіді збережено як чернетку: продовжіть її з /my.')
    expect(replyKeyboard(cancelled)[0]).toEqual(['🔎 Стажування', '🏥 Лікарні-побратими'])
    const draft = await db.prisma.application.findFirstOrThrow({ where: { user: { telegramId: 702n } } })
    expect(draft).toMatchObject({ status: 'draft', answers: { motivation: 'Хочу навчитися' } })
    // A main-menu button inside the flow ends it and is handled as usual.
    await t.send(callback(u, `ap:${oppId}`), text(u, '🔎 Стажування'))
    expect(t.texts().at(-1)).toContain('Відкриті стажування')
    await t.send(text(u, 'Просто текст'))
    expect(t.texts()[0]).not.toContain('Ваш досвід')
  })

  it('when the bot restarts in the middle, then a new instance on the same database continues, and a draft resumes where it stopped', async () => {
    await createPerson(db.prisma, 703, { locale: 'en', profile: doctorProfile })
    const u = person(703, 'en')
    const first = createTestBot(db)
    await first.send(callback(u, `ap:${oppId}`), text(u, 'Motivated'))
    expect(first.texts().at(-1)).toBe('Your relevant experience: procedures, departments, courses (up to 1500 characters).')

    const second = createTestBot(db)
    await second.send(text(u, 'Some experience'))
    expect(second.texts()).toEqual([
      'Your relevant experience: procedures, departments, courses (up to 1500 characters).\n✅ <b>Some experience</b>',
      'Your contact phone: press the button to share it, or type it with the country code, e.g. +380501234567.',
    ])
    await second.send(text(u, '✖️ Cancel'))
    expect(second.texts()).toEqual(['Application cancelled. Your answers are kept as a draft: continue it from /my.'])

    await second.send(callback(u, `ap:${oppId}`))
    expect(second.texts()).toEqual([
      '✍️ Let us continue your application to <b>Neuro &lt;visit&gt;</b> where you stopped.',
      'Your contact phone: press the button to share it, or type it with the country code, e.g. +380501234567.',
    ])
    await second.send(text(u, '◀️ Back'))
    expect(second.texts()).toEqual(['Your relevant experience: procedures, departments, courses (up to 1500 characters).'])
  })

  it('when a person is not available for the dates, then the flow stops politely and the draft is kept; Edit in the summary changes one answer', async () => {
    await createPerson(db.prisma, 704, { locale: 'en', profile: { ...doctorProfile, phone: null } })
    await db.prisma.document.create({ data: { userId: (await db.prisma.user.findUniqueOrThrow({ where: { telegramId: 704n } })).id, type: 'cv', fileId: 'old', fileUniqueId: 'old-u', fileName: 'old-cv.pdf' } })
    const t = createTestBot(db)
    const u = person(704, 'en')
    await t.send(callback(u, `ap:${oppId}`), text(u, 'M'), text(u, 'E'), text(u, '+48 123 456 789'))
    const docStep = t.take().at(-1)!
    expect(docStep.payload.text).toBe('Your CV: choose one you sent before, or send a new PDF, JPG or PNG file, under 20 MB.')
    const stored = buttons(docStep)[0][0]
    expect(stored[0]).toBe('📎 old-cv.pdf')
    await t.send(callback(u, 'k:doc_cv:v:999999'))
    expect(t.take().map(c => [c.method, c.payload.text])).toEqual([['answerCallbackQuery', 'That button is from an earlier step.']])
    await t.send(callback(u, stored[1]!), callback(u, 'k:summary:v:unavailable'))
    const texts = t.texts()
    expect(texts[0]).toBe('Your CV: choose one you sent before, or send a new PDF, JPG or PNG file, under 20 MB.\n✅ <b>📎 old-cv.pdf</b>')
    expect(texts[1]).toContain('By sending, you confirm you can attend all these dates.')
    expect(texts.slice(2)).toEqual([
      'Thank you. The internship needs you for all its dates, so we stopped here. Your answers are kept as a draft in /my if your plans change.',
    ])
    const draft = await db.prisma.application.findFirstOrThrow({ where: { user: { telegramId: 704n } } })
    expect(draft).toMatchObject({ status: 'draft', answers: { motivation: 'M', experience: 'E', phone: '+48123456789' } })

    await t.send(callback(u, `ap:${oppId}`))
    const summary = t.take().at(-1)!
    expect(summary.payload.text).toContain('<b>Motivation</b>: M\n')
    expect(buttons(summary)[0]).toEqual([['✏️ Motivation', 'k:summary:v:e0'], ['✏️ Experience', 'k:summary:v:e1']])
    await t.send(callback(u, 'k:summary:v:e0'))
    expect(t.texts()).toEqual(['Why do you want this internship? (up to 1500 characters)'])
    await t.send(text(u, 'Better motivation'))
    expect(t.texts().at(-1)).toContain('<b>Motivation</b>: Better motivation\n')
    await t.send(callback(u, 'k:summary:v:send'))
    expect(t.texts()[0]).toContain('was sent')
    const app = await db.prisma.application.findUniqueOrThrow({ where: { id: draft.id }, include: { documents: true } })
    expect(app).toMatchObject({ status: 'submitted', answers: { motivation: 'Better motivation' } })
    expect(app.documents).toHaveLength(1)
  })

  it('when Apply is refused, then the reason comes before any question, in en and uk', async () => {
    const p = db.prisma
    const closed = await createOpportunity(p, hostId, { status: 'closed' })
    const past = await createOpportunity(p, hostId, { applicationDeadline: daysFromNow(-1) })
    const full = await createOpportunity(p, hostId, { seats: 1 })
    const taker = await createPerson(p, 7200, { locale: 'en' })
    await p.application.create({ data: { userId: taker.id, opportunityId: full.id, status: 'confirmed' } })
    const students = await createOpportunity(p, hostId, { audience: 'students' })
    const draft = await createOpportunity(p, hostId, { status: 'draft' })
    await createPerson(p, 705, { locale: 'en', profile: doctorProfile })
    await createPerson(p, 706, { locale: 'uk', profile: { ...doctorProfile, kind: 'student', studyYear: 4 } })
    const applied = await createPerson(p, 707, { locale: 'en', profile: doctorProfile })
    await p.application.create({ data: { userId: applied.id, opportunityId: oppId, status: 'withdrawn' } })
    const t = createTestBot(db)
    const en = person(705, 'en')
    await t.send(...[closed.id, past.id, full.id, students.id, draft.id].map(id => callback(en, `ap:${id}`)), callback(person(707, 'en'), `ap:${oppId}`))
    expect(t.texts()).toEqual([
      'Applications for this internship are closed.',
      'The application deadline for this internship has passed.',
      'Sorry, there are no seats left on this internship.',
      'Sorry, this internship is not open to your group (doctors or students).',
      'This internship is not available any more.',
      'You have already applied to this internship. See it in /my.',
    ])
    await t.send(callback(person(706, 'uk'), `ap:${oppId}`), callback(person(706, 'uk'), `ap:${closed.id}`))
    expect(t.texts()).toEqual(['На жаль, це стажування не для вашої групи (лікарі чи студенти).', 'Прийом заявок на це стажування закрито.'])
    expect(await p.application.count({ where: { user: { telegramId: { in: [705n, 706n] } } } })).toBe(0)
  })

  it('when a new person says they are a student for a doctors-only internship, then the flow stops with the reason', async () => {
    const t = createTestBot(db)
    const u = person(708, 'en')
    await t.send(callback(u, `ap:${oppId}`), callback(u, 'k:kind:v:student'))
    expect(t.texts().at(-1)).toBe('Sorry, this internship is not open to your group (doctors or students).')
    await t.send(text(u, '/my'))
    expect(t.texts()[0]).toContain('📋')
  })

  it('when the internship closes before the final confirmation, then the person is told and nothing is submitted', async () => {
    await createPerson(db.prisma, 709, { locale: 'en', profile: doctorProfile })
    const o = await createOpportunity(db.prisma, hostId, { requiredDocuments: [] })
    const t = createTestBot(db)
    const u = person(709, 'en')
    await t.send(callback(u, `ap:${o.id}`), text(u, 'M'), text(u, 'E'), contact(u, '+380501234567'))
    await db.prisma.opportunity.update({ where: { id: o.id }, data: { status: 'closed' } })
    t.take()
    await t.send(callback(u, 'k:summary:v:send'))
    expect(t.texts()).toEqual(['Applications for this internship are closed.'])
    expect((await db.prisma.application.findFirstOrThrow({ where: { opportunityId: o.id } })).status).toBe('draft')
  })

  it('when the deadline passes (on the bot\'s clock) before the final confirmation, then the submission is refused and stays a draft', async () => {
    await createPerson(db.prisma, 712, { locale: 'en', profile: doctorProfile })
    const o = await createOpportunity(db.prisma, hostId, { requiredDocuments: [], applicationDeadline: daysFromNow(2) })
    const t = createTestBot(db)
    const u = person(712, 'en')
    await t.send(callback(u, `ap:${o.id}`), text(u, 'M'), text(u, 'E'), contact(u, '+380501234567'))
    t.take()
    t.clock.advance(3 * 86_400_000)
    await t.send(callback(u, 'k:summary:v:send'))
    expect(t.texts()).toEqual(['The application deadline for this internship has passed.'])
    expect((await db.prisma.application.findFirstOrThrow({ where: { opportunityId: o.id } })).status).toBe('draft')
  })

  it('when something fails inside the conversation, then the person gets an apology and the chat is not stuck', async () => {
    await createPerson(db.prisma, 710, { locale: 'en', profile: doctorProfile })
    const t = createTestBot(db)
    const u = person(710, 'en')
    const save = t.domain.apply.saveDraft
    t.domain.apply.saveDraft = async () => { throw new Error('database down') }
    await t.send(callback(u, `ap:${oppId}`), text(u, 'M'))
    expect(t.texts().at(-1)).toBe('😔 Sorry, something went wrong on our side. Please try again in a minute.')
    t.domain.apply.saveDraft = save
    await t.send(text(u, '/internships'))
    expect(t.texts()[0]).toContain('Open internships')
    await t.send(callback(u, `ap:${oppId}`))
    expect(t.texts().at(-1)).toBe('Why do you want this internship? (up to 1500 characters)')
  })

  it('when apply callback data is forged, then a localized alert answers', async () => {
    const t = createTestBot(db)
    await t.send(callback(person(711, 'uk'), 'ap:99999999999'), callback(person(711, 'uk'), 'k:summary:v:send'))
    expect(t.take().map(c => [c.method, c.payload.text])).toEqual([
      ['answerCallbackQuery', 'Ця кнопка вже недійсна. Відкрийте меню знову.'],
      ['answerCallbackQuery', 'Ця кнопка вже недійсна. Відкрийте меню знову.'],
    ])
  })
})
