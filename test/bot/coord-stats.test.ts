import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderBarChart, renderPng } from '../../src/bot/helpers/report-chart.js'
import { buttons, createTestBot } from '../helpers/bot.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createApplication, createHospital, createOpportunity, createPerson, createProfile, februaryInternship } from '../helpers/fixtures.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
let hostId: number
let oppId: number
let foreignId: number
let hostName: string
beforeAll(async () => {
  db = await createTestDatabase()
  const de = await createHospital(db.prisma, { country: 'DE' })
  const at = await createHospital(db.prisma, { country: 'AT' })
  const home = await createHospital(db.prisma, { kind: 'ukrainian', country: 'UA' })
  hostId = de.id
  const internship = await createOpportunity(db.prisma, de.id, { ...februaryInternship, kind: 'internship', startsOn: new Date('2027-02-10'), titleEn: 'ICU', titleUk: 'ВРІТ' })
  const training = await createOpportunity(db.prisma, at.id, { ...februaryInternship, kind: 'training', startsOn: new Date('2027-02-12'), specialties: ['neurology'] })
  oppId = internship.id
  foreignId = training.id
  for (const [i, [opp, kind]] of ([[internship, 'doctor'], [internship, 'doctor'], [training, 'student']] as const).entries()) {
    const u = await createPerson(db.prisma, 20_000 + i)
    await createProfile(db.prisma, u.id, { kind, homeHospitalId: home.id })
    await createApplication(db.prisma, u.id, opp.id, { status: 'confirmed', submittedAt: new Date('2027-02-01T10:00:00Z') })
  }
  const coordinator = await createPerson(db.prisma, 20_100)
  await assignCoordinator(db.prisma, coordinator.id, de.id)
  const coordinatorUk = await createPerson(db.prisma, 20_101, { locale: 'uk' })
  await assignCoordinator(db.prisma, coordinatorUk.id, null)
  const hostUk = await createPerson(db.prisma, 20_102, { locale: 'uk' })
  await assignCoordinator(db.prisma, hostUk.id, de.id)
  hostName = de.nameEn
})
afterAll(async () => { await db?.close() })

const en = person(20_100, 'en')
const uk = person(20_101, 'uk')

describe('/export and /stats', () => {
  it('when a coordinator exports, then months and their own internships are offered and the CSV comes as a document', async () => {
    // The months offered are this one and the two before, by the bot's clock.
    const t = createTestBot(db, { clock: createTestClock('2027-01-20T10:00:00Z') })
    await t.send(text(en, '/export'))
    const [choose] = t.take()
    expect(choose.payload.text).toBe('Export applications as a spreadsheet (CSV): choose a month or an internship. Or send <code>/export 2027-02</code>.')
    expect(buttons(choose)[0]).toEqual([['📅 January 2027', 'ex:m:2027-01'], ['📅 December 2026', 'ex:m:2026-12'], ['📅 November 2026', 'ex:m:2026-11']])
    expect(buttons(choose).slice(1)).toEqual([[['ICU', `ex:o:${oppId}`]]])
    await t.send(callback(en, `ex:o:${oppId}`), text(en, '/export 2027-02'))
    expect(t.take().map(c => c.method)).toEqual(['answerCallbackQuery', 'sendDocument', 'sendDocument'])
    await t.send(callback(en, `ex:o:${foreignId}`))
    expect(t.take().map(c => c.payload.text)).toEqual(['🔒 This belongs to another hospital\'s coordinators. Nothing was changed.'])
  })

  it('when a programme-wide coordinator or an admin asks for /stats of a month, then the report reads like the Ministry\'s, exact, in English and Ukrainian, with a chart', async () => {
    // Without a month, /stats reports the bot clock's month.
    const t = createTestBot(db, { clock: createTestClock('2027-02-15T10:00:00Z') })
    await t.send(text(person(9000, 'en'), '/stats'))
    expect(t.take()[0].payload.text.split('\n')[0]).toBe('📊 <b>MedTwin report: February 2027</b>')
    await t.send(text(person(9000, 'en'), '/stats 2027-02'))
    const [report, chart] = t.take()
    expect(report.payload.text.split('\n').slice(0, 6)).toEqual([
      '📊 <b>MedTwin report: February 2027</b>',
      '',
      'In February, 3 healthcare workers, including 2 doctors from 1 medical institution, took part in internships and trainings in Germany and Austria.',
      '',
      '<b>By kind:</b> Internships — 2 · Trainings — 1',
      '<b>By specialty:</b> Cardiology — 2 · Neurology — 1',
    ])
    expect(chart.method).toBe('sendPhoto')
    // An upload goes as multipart: the recorder reads its fields, so the caption is checked too.
    expect(chart.payload).toMatchObject({ caption: '📈 Participants by month', parse_mode: 'HTML', photo: expect.stringMatching(/^attach:\/\//) })
    await t.send(text(uk, '/stats 2027-02'))
    const [ukReport] = t.take()
    expect(ukReport.payload.text).toContain('У лютому 3 медичні працівники, зокрема 2 лікарі, з 1 закладу охорони здоров\'я, взяли участь у стажуваннях та тренінгах у Німеччині та Австрії.')
    expect(ukReport.payload.text).toContain('📈 <b>З початку 2027 року</b>\nЗ початку 2027 року 3 медичні працівники')
    await t.send(text(uk, '/stats 2027-01'), text(uk, '/stats лютий'))
    const texts = t.texts()
    expect(texts[0]).toContain('У січні у заходах програми ще ніхто не брав участі.')
    expect(texts[1]).toBe('Надішліть <code>/stats</code> за цей місяць або <code>/stats 2027-02</code> за інший.')
  })

  it('when a hospital\'s coordinator asks for /stats, then only their hospital is counted and counts under 3 read "<3"', async () => {
    const t = createTestBot(db)
    await t.send(text(en, '/stats 2027-02'))
    const [report, chart] = t.take()
    expect(report.payload.text.split('\n').slice(0, 7)).toEqual([
      '📊 <b>MedTwin report: February 2027</b>',
      `🏥 Your hospitals only: ${hostName}. Counts of one or two people are shown as &lt;3.`,
      '',
      'In February, &lt;3 healthcare workers, including &lt;3 doctors from &lt;3 medical institutions, took part in internships in Germany.',
      '',
      '<b>By kind:</b> Internships — &lt;3',
      '<b>By specialty:</b> Cardiology — &lt;3',
    ])
    expect(report.payload.text).not.toContain('Austria')
    expect(chart.method).toBe('sendPhoto')
    await t.send(text(person(20_102, 'uk'), '/stats 2027-02'))
    expect(t.texts()[0]).toContain('У лютому &lt;3 медичних працівників, зокрема &lt;3 лікарів, з &lt;3 закладів охорони здоров\'я, взяли участь у стажуваннях у Німеччині.')
  })

  it('when the chart is drawn, then it is an SVG with one bar per month and escaped labels', () => {
    const svg = renderBarChart({ title: 'A & B', labels: ['січ', 'лют'], values: [1, 3] })
    expect(renderBarChart({ title: '', labels: ['a', 'b'], values: [2, 3], valueLabels: ['<3', '3'] })).toContain('>&lt;3</text>')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.match(/<rect x="\d+" y="\d+" width="\d+" height="\d+" fill="#0057b7"\/>/g)).toHaveLength(2)
    expect(svg).toContain('A &amp; B')
  })

  it('when the chart is rendered, then it is a PNG Telegram can show, with its Cyrillic labels drawn', () => {
    const png = renderPng(renderBarChart({ title: 'Учасники 2027', labels: ['січ', 'лют'], values: [1, 3] }))
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    // Text is drawn: the same chart without labels has fewer distinct bytes.
    const blank = renderPng(renderBarChart({ title: '', labels: ['', ''], values: [1, 3] }))
    expect(png.length).toBeGreaterThan(blank.length + 500)
  })

  it('when a person without rights sends /export or /stats, then they are told it is for coordinators', async () => {
    const t = createTestBot(db)
    const stranger = person(20_200, 'en')
    await t.send(text(stranger, '/export'), text(stranger, '/stats'), callback(stranger, `ex:o:${oppId}`))
    expect(t.take().map(c => c.payload.text)).toEqual(Array.from({ length: 3 }).fill('🔒 This is for coordinators. If you coordinate internships at a hospital of the programme, ask the programme administrator for access.'))
    expect(hostId).toBeGreaterThan(0)
  })
})
