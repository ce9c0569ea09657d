// The end-of-placement survey, the gate it puts on the portfolio PDF, the PDF
// read back with pdfjs-dist, /verify, and who may fetch a portfolio.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createHospital, createPartnership, createPerson, createPlacement } from '../helpers/fixtures.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

/** A placement that ends `end` days from the test start, with a mentor, a twin in Ukraine and two logbook entries (one confirmed). */
async function placementOf(telegramId: number, locale: 'uk' | 'en', end = 0) {
  const user = await createPerson(db.prisma, telegramId, { locale, profile: { kind: 'doctor', fullName: 'Олена Коваленко', homeInstitutionText: 'Київська міська лікарня №1' } })
  const p = await createPlacement(db.prisma, user.id, { start: end - 20, end, titleUk: 'Кардіологія', titleEn: 'Cardiology' })
  const host = (await db.prisma.application.findUniqueOrThrow({ where: { id: p.applicationId }, include: { opportunity: true } })).opportunity.hostHospitalId
  const twin = await createHospital(db.prisma, { kind: 'ukrainian', nameUk: 'Харківська обласна лікарня', nameEn: 'Kharkiv Regional Hospital', cityUk: 'Харків', cityEn: 'Kharkiv', country: 'UA' })
  await createPartnership(db.prisma, twin.id, host)
  const mentor = await createPerson(db.prisma, telegramId + 50, { locale: 'en', firstName: 'Maria' })
  await db.prisma.placement.update({ where: { id: p.id }, data: { mentorName: 'Марія Шмідт', mentorPosition: 'Consultant cardiologist', mentorUserId: mentor.id, department: 'Cardiology ward 3' } })
  await db.prisma.portfolioEntry.create({ data: { placementId: p.id, kind: 'case', text: 'Гострий інфаркт міокарда, тромболізис', happenedOn: new Date('2026-11-20'), review: 'confirmed', reviewedById: mentor.id, reviewedAt: new Date('2026-11-25T12:00:00Z') } })
  await db.prisma.portfolioEntry.create({ data: { placementId: p.id, kind: 'procedure', procedureRole: 'assisted', text: 'Coronary angiography', happenedOn: new Date('2026-11-22') } })
  return { user, placement: p, host, tg: person(telegramId, locale) }
}

/** The bot, and the PDFs it uploads (the recorder keeps only their names). */
function botWithUploads() {
  const t = createTestBot(db)
  const uploads: Buffer[] = []
  const names: string[] = []
  t.bot.api.config.use((prev, method, payload, signal) => {
    if (method === 'sendDocument') {
      uploads.push((payload as any).document.fileData as Buffer)
      names.push((payload as any).document.filename as string)
    }
    return prev(method, payload, signal)
  })
  return { t, uploads, names }
}

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

async function answerSurvey(t: ReturnType<typeof createTestBot>, tg: ReturnType<typeof person>, comment: string | null) {
  for (const [aspect, score] of [['teaching', 5], ['supervision', 4], ['organisation', 3], ['safety', 5]] as const)
    await t.send(callback(tg, `k:rate-${aspect}:v:${score}`))
  await t.send(comment === null ? callback(tg, 'k:comment:s') : text(tg, comment))
}

describe('the end-of-placement survey and the portfolio PDF', () => {
  it('when the person asks for the PDF before the survey, then they are asked to answer it; after it, the PDF comes, then again on demand (en)', async () => {
    const { placement, tg } = await placementOf(8101, 'en')
    const { t, uploads, names } = botWithUploads()
    await t.send(text(tg, '/portfolio pdf'))
    const [gate] = t.take()
    expect(gate.method).toBe('sendMessage')
    expect(gate.payload.text).toBe('📝 Your portfolio comes as soon as you answer the short survey: four ratings and an optional comment.')
    expect(buttons(gate)).toEqual([[['📝 Short survey', `srv:${placement.id}`]]])
    expect(uploads).toHaveLength(0)

    await t.send(callback(tg, `srv:${placement.id}`))
    const first = t.take().find(c => c.method === 'sendMessage')!
    expect(first.payload.text).toContain('How good was the <b>teaching</b>?')
    expect(buttons(first)[0]).toEqual(['1', '2', '3', '4', '5'].map(s => [s, `k:rate-teaching:v:${s}`]))
    await answerSurvey(t, tg, 'Great team, the ward rounds were the best teaching.')
    const calls = t.take()
    expect(calls.filter(c => c.method === 'sendMessage').map(c => c.payload.text)).toContain('✅ Thank you! Your answers are saved. Here is your portfolio.')
    const doc = calls.find(c => c.method === 'sendDocument')!
    expect(Object.values(doc.payload).some(v => typeof v === 'string' && v.startsWith('%PDF-'))).toBe(true)
    expect(names).toEqual([`portfolio-${placement.id}.pdf`])
    const row = await db.prisma.placement.findUniqueOrThrow({ where: { id: placement.id }, include: { survey: true } })
    expect(row.survey).toMatchObject({ teaching: 5, supervision: 4, organisation: 3, safety: 5, comment: 'Great team, the ward rounds were the best teaching.' })
    expect(row.verificationCode).toMatch(/^[A-Z2-7]{10}$/)
    expect(doc.payload.caption).toBe(`📄 Your learning portfolio. Verification code: ${row.verificationCode!.slice(0, 5)}-${row.verificationCode!.slice(5)}`)
    expect(row.portfolioSentAt).not.toBeNull()

    const pdf = await pdfText(uploads[0])
    for (const part of ['Learning portfolio', 'Олена Коваленко', 'Київська міська лікарня №1', 'Charité <Berlin>, Berlin, Germany', 'Kharkiv Regional Hospital (Kharkiv)', 'Cardiology ward 3', 'Марія Шмідт, Consultant cardiologist', 'Cases seen (1)', 'Гострий інфаркт міокарда, тромболізис', '✓ Confirmed by Марія Шмідт, 25 November 2026', 'Procedures (1)', 'assisted', 'Coronary angiography', 'Great team, the ward rounds were the best teaching.', `${row.verificationCode!.slice(0, 5)}-${row.verificationCode!.slice(5)}`])
      expect(pdf).toContain(part)
    // Only the confirmed entry carries a mark.
    expect(pdf.match(/✓ Confirmed by/g)).toHaveLength(1)

    // On demand again: the same code, no second survey.
    await t.send(text(tg, '/portfolio pdf'))
    expect(t.take().map(c => c.method)).toEqual(['sendDocument'])
    expect((await db.prisma.placement.findUniqueOrThrow({ where: { id: placement.id } })).verificationCode).toBe(row.verificationCode)
    await t.send(callback(tg, `srv:${placement.id}`))
    expect(t.take().map(c => c.method)).toEqual(['answerCallbackQuery', 'sendDocument'])
  })

  it('when a Ukrainian person answers from /placement and skips the comment, then the PDF is in Ukrainian', async () => {
    const { placement, tg } = await placementOf(8102, 'uk', -2)
    const { t, uploads } = botWithUploads()
    await t.send(text(tg, '/placement'))
    const [view] = t.take()
    expect(buttons(view)).toContainEqual([['📄 Портфоліо (PDF)', `pdf:${placement.id}`]])
    expect(buttons(view)).toContainEqual([['📝 Коротке опитування', `srv:${placement.id}`]])
    await t.send(callback(tg, `pdf:${placement.id}`))
    expect(t.texts()).toEqual(['📝 Портфоліо надійде, щойно ви відповісте на коротке опитування: чотири оцінки й коментар за бажанням.'])
    await t.send(callback(tg, `srv:${placement.id}`))
    t.take()
    await answerSurvey(t, tg, null)
    expect(t.take().some(c => c.method === 'sendDocument')).toBe(true)
    expect((await db.prisma.placementSurvey.findUniqueOrThrow({ where: { placementId: placement.id } })).comment).toBeNull()
    const pdf = await pdfText(uploads[0])
    for (const part of ['Навчальне портфоліо', 'Олена Коваленко', 'Шаріте, Берлін, Німеччина', 'Харківська обласна лікарня (Харків)', 'Клінічні випадки (1)', 'Гострий інфаркт міокарда', '✓ Підтверджено: Марія Шмідт, 25 листопада 2026 р.', 'асистував(-ла)', 'Щоденник: 2 записи, підтверджено ментором: 1', 'Код перевірки'])
      expect(pdf).toContain(part)
    // The button of the placement now offers the PDF only.
    await t.send(text(tg, '/placement'))
    expect(buttons(t.take()[0]).flat().map(([, data]) => data)).not.toContain(`srv:${placement.id}`)
  })

  it('when the placement has not reached its last day, then the survey is not open and the PDF is not issued (en)', async () => {
    const { placement, tg } = await placementOf(8103, 'en', 5)
    const { t } = botWithUploads()
    await t.send(text(tg, '/portfolio pdf'))
    expect(t.texts()).toEqual(['📄 Your portfolio is issued at the end of your placement, after a short survey. The survey opens on 6 December 2026.'])
    await t.send(callback(tg, `srv:${placement.id}`))
    const [answer] = t.take()
    expect(answer.payload).toMatchObject({ show_alert: true, text: expect.stringContaining('6 December 2026') })
    await t.send(text(tg, '/placement'))
    expect(buttons(t.take()[0]).flat().map(([, data]) => data)).not.toContain(`srv:${placement.id}`)
  })

  it('when another person, another hospital\'s coordinator or forged buttons ask, then no PDF; the host\'s coordinator and an admin get it', async () => {
    const { placement, host, tg } = await placementOf(8104, 'en', -1)
    await db.prisma.placementSurvey.create({ data: { placementId: placement.id, teaching: 4, supervision: 4, organisation: 4, safety: 4 } })
    await createPerson(db.prisma, 8105, { locale: 'en' })
    const otherCoordinator = await createPerson(db.prisma, 8106, { locale: 'en' })
    await assignCoordinator(db.prisma, otherCoordinator.id, (await createHospital(db.prisma)).id)
    const hostCoordinator = await createPerson(db.prisma, 8107, { locale: 'uk' })
    await assignCoordinator(db.prisma, hostCoordinator.id, host)
    const { t, uploads } = botWithUploads()

    const intruder = person(8105, 'en')
    for (const update of [text(intruder, `/portfolio pdf ${placement.id}`), callback(intruder, `pdf:${placement.id}`), callback(intruder, `srv:${placement.id}`), callback(intruder, 'pdf:99999999'), callback(intruder, 'pdf:x'), callback(intruder, `srv:${placement.id}:1`)])
      await t.send(update)
    const refused = t.take()
    expect(refused.filter(c => c.method === 'sendDocument')).toEqual([])
    expect(refused.map(c => c.payload.text)).toEqual([
      'This placement is not available to you. Open /placement again.',
      'This placement is not available to you. Open /placement again.',
      'This placement is not available to you. Open /placement again.',
      'This placement is not available to you. Open /placement again.',
      'This button is no longer valid. Please open the menu again.',
      'This button is no longer valid. Please open the menu again.',
    ])
    expect(await db.prisma.placementSurvey.count({ where: { placementId: placement.id } })).toBe(1)

    const other = person(8106, 'en')
    await t.send(text(other, `/portfolio pdf ${placement.id}`), callback(other, `pdf:${placement.id}`))
    const otherCalls = t.take()
    expect(otherCalls.filter(c => c.method === 'sendDocument')).toEqual([])
    expect(otherCalls.map(c => c.payload.text).every(s => typeof s === 'string' && s.length > 0)).toBe(true)

    // A mentor of another placement is no one here either.
    const otherMentor = await createPerson(db.prisma, 8108, { locale: 'en' })
    const { placement: theirs } = await placementOf(8109, 'en', -1)
    await db.prisma.placement.update({ where: { id: theirs.id }, data: { mentorUserId: otherMentor.id } })
    await t.send(text(person(8108, 'en'), `/portfolio pdf ${placement.id}`), callback(person(8108, 'en'), `pdf:${placement.id}`))
    expect(t.take().filter(c => c.method === 'sendDocument')).toEqual([])

    await t.send(text(person(8107, 'uk'), `/portfolio pdf ${placement.id}`), text(person(9000, 'en'), `/portfolio pdf ${placement.id}`))
    expect(t.take().map(c => c.method)).toEqual(['sendDocument', 'sendDocument'])
    expect(await pdfText(uploads[0])).toContain('Навчальне портфоліо')
    expect(await pdfText(uploads[1])).toContain('Learning portfolio')
    // Staff fetching it does not mark it sent to the person.
    expect((await db.prisma.placement.findUniqueOrThrow({ where: { id: placement.id } })).portfolioSentAt).toBeNull()
    await t.send(text(tg, '/portfolio pdf'))
    expect(t.take().map(c => c.method)).toEqual(['sendDocument'])
  })

  it('when a coordinator of an unanswered placement asks, then they hear it is not issued yet', async () => {
    const { placement, host } = await placementOf(8108, 'en', -1)
    const coordinator = await createPerson(db.prisma, 8109, { locale: 'en' })
    await assignCoordinator(db.prisma, coordinator.id, host)
    const { t } = botWithUploads()
    await t.send(text(person(8109, 'en'), `/portfolio pdf ${placement.id}`))
    expect(t.texts()).toEqual(['📄 This portfolio is not issued yet: its owner has not answered the end-of-placement survey.'])
  })

  it('when plain /portfolio is sent, then it is not the PDF\'s, and a bad argument gets the usage', async () => {
    await placementOf(8110, 'en', -1)
    const { t } = botWithUploads()
    await t.send(text(person(8110, 'en'), '/portfolio pdf abc'))
    expect(t.texts()).toEqual(['For your portfolio as a PDF, press 📄 Portfolio (PDF) in /placement. Coordinators: /verify with the code on a document, or the placement\'s number after “portfolio pdf”, e.g. “portfolio pdf 123”.'])
    await t.send(text(person(8110, 'en'), '/portfolio'))
    const calls = t.take()
    expect(calls.some(c => c.method === 'sendDocument')).toBe(false)
    expect(calls.map(c => c.payload.text)).not.toContain('📝 Your portfolio comes as soon as you answer the short survey: four ratings and an optional comment.')
  })
})

describe('/verify', () => {
  it('when staff check a code, then they see whose placement, where, when and the entries; a wrong code is told; a person is refused', async () => {
    const { placement, host, tg } = await placementOf(8121, 'en', -1)
    await db.prisma.placementSurvey.create({ data: { placementId: placement.id, teaching: 5, supervision: 5, organisation: 5, safety: 5 } })
    const hostCoordinator = await createPerson(db.prisma, 8122, { locale: 'en' })
    await assignCoordinator(db.prisma, hostCoordinator.id, host)
    const otherCoordinator = await createPerson(db.prisma, 8123, { locale: 'uk' })
    await assignCoordinator(db.prisma, otherCoordinator.id, (await createHospital(db.prisma)).id)
    const { t } = botWithUploads()
    await t.send(text(tg, '/portfolio pdf'))
    t.take()
    const code = (await db.prisma.placement.findUniqueOrThrow({ where: { id: placement.id } })).verificationCode!
    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`

    await t.send(text(person(8122, 'en'), `/verify ${typed}`))
    const [found] = t.take()
    expect(found.payload.text).toBe([
      '✅ <b>Valid portfolio</b>',
      '👤 Олена Коваленко',
      '🏥 Charité &lt;Berlin&gt;, Berlin, Germany',
      '📅 10 November 2026 – 30 November 2026',
      '📓 2 entries, 1 confirmed by the mentor',
      `Placement #${placement.id}`,
    ].join('\n'))
    expect(buttons(found)).toEqual([[['📄 Portfolio PDF', `pdf:${placement.id}`]]])
    await t.send(callback(person(8122, 'en'), `pdf:${placement.id}`))
    expect(t.take().map(c => c.method)).toEqual(['answerCallbackQuery', 'sendDocument'])

    // Another hospital's coordinator can check the code, but not fetch the document.
    await t.send(text(person(8123, 'uk'), `/verify ${code}`))
    const [seen] = t.take()
    expect(seen.payload.text).toContain('Олена Коваленко')
    expect(buttons(seen)).toEqual([])
    await t.send(callback(person(8123, 'uk'), `pdf:${placement.id}`))
    expect(t.take().filter(c => c.method === 'sendDocument')).toEqual([])

    await t.send(text(person(8122, 'en'), '/verify AAAAA-BBBBB'), text(person(8122, 'en'), '/verify'), text(person(8123, 'uk'), '/verify 123'))
    expect(t.texts()).toEqual([
      '❌ No portfolio has the code “AAAAA-BBBBB”. Check it against the document: 10 letters and digits (2–7), dashes and spaces do not matter.',
      'Send /verify and the code printed at the bottom of a portfolio, e.g. “/verify ABCDE-FGH23”.',
      '❌ Немає портфоліо з кодом «123». Звірте його з документом: 10 літер і цифр (2–7), дефіси й пробіли не важать.',
    ])

    await t.send(text(tg, `/verify ${code}`))
    const [refused] = t.texts()
    expect(refused).not.toContain('Олена')
  })
})
