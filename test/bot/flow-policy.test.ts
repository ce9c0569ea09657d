// One policy in every flow (the conversation kit): the same five inputs give
// the same behaviour in each of them, whoever the flow is for.
//  - /help, and a main-menu button: the flow ends, and the update is handled
//    as if no flow had been open (the help text);
//  - /cancel@<bot>: the flow ends with its cancel message and the main menu;
//  - a button of an earlier step: "that button is from an earlier step", and
//    the question is asked again;
//  - a sticker where an answer was asked: a re-prompt, the flow stays open.
import type { Update } from 'grammy/types'
import type { Database } from '../../src/db/client.js'
import type { ApiCall } from '../helpers/bot.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { flows } from '../../src/bot/conversations/registry.js'
import { createTestBot } from '../helpers/bot.js'
import { testStart } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createApplication, createEvent, createHospital, createOpportunity, createPerson, createPlacement, createProfile } from '../helpers/fixtures.js'
import { callback, person, sticker, text } from '../helpers/updates.js'

let db: Database
let ids: { partner: number, ukrainian: number, draft: number, open: number, app: number, placement: number, upcoming: number, active: number, ended: number, entry: number, eventDraft: number, consultAssigned: number, consultHeld: number }
let volunteerApp: number

// Who runs each flow (Telegram ids): people, a coordinator of `partner`, an administrator (ADMIN_IDS).
const admin = 9000
const coordinator = 8100
const applicant = 8200
const mentor = 8250
const doctor = 8260

beforeAll(async () => {
  db = await createTestDatabase()
  const p = db.prisma
  const partner = await createHospital(p, { kind: 'partner', country: 'PL', nameEn: 'Wroclaw Clinic' })
  const ukrainian = await createHospital(p, { kind: 'ukrainian', country: 'UA', nameEn: 'Lviv Hospital' })
  const draft = await createOpportunity(p, partner.id, { status: 'draft' })
  const open = await createOpportunity(p, partner.id, { status: 'open' })
  await createPerson(p, admin, { locale: 'en' })
  const coord = await createPerson(p, coordinator, { locale: 'en' })
  await assignCoordinator(p, coord.id, partner.id)
  const person = await createPerson(p, applicant, { locale: 'en' })
  await createProfile(p, person.id, { kind: 'doctor', fullName: 'Olena', specialty: 'cardiology', experienceYears: 5, englishLevel: 'B2', onboardedAt: new Date(testStart) })
  const app = await createApplication(p, person.id, open.id, { status: 'submitted', submittedAt: new Date(testStart) })
  const placement = await createPlacement(p, person.id)
  // The placement record's flows: before the start (arrival, the host's edits), during it (the logbook, the mentor), at its end (the survey).
  const upcoming = await createPlacement(p, person.id, { start: 30, end: 43 })
  const active = await createPlacement(p, person.id, { start: -5, end: 10, status: 'active' as any })
  const ended = await createPlacement(p, person.id, { start: -14, end: 0, status: 'active' as any })
  const host = (await p.application.findUniqueOrThrow({ where: { id: upcoming.applicationId }, include: { opportunity: true } })).opportunity.hostHospitalId
  await assignCoordinator(p, coord.id, host)
  const mentorUser = await createPerson(p, mentor, { locale: 'en' })
  await p.placement.update({ where: { id: active.id }, data: { mentorUserId: mentorUser.id } })
  const entry = await p.portfolioEntry.create({ data: { placementId: active.id, kind: 'case', text: 'STEMI, PCI', happenedOn: new Date(testStart) } })
  const eventDraft = await createEvent(p, partner.id, { status: 'draft' })
  // A volunteer who applied to the Ukrainian hospital's need (the review's decision flow).
  const volunteer = await createPerson(p, 8300, { locale: 'en' })
  const need = await p.need.create({ data: { hospitalId: ukrainian.id, specialty: 'traumatology', departmentUk: 'Т', departmentEn: 'T', startsOn: new Date('2027-03-01'), endsOn: new Date('2027-04-01'), wardLanguages: ['uk'], status: 'open' } })
  volunteerApp = (await p.volunteerApplication.create({ data: { userId: volunteer.id, needId: need.id, hospitalId: ukrainian.id, specialty: 'traumatology', licenceCountry: 'DE' } })).id
  // A doctor of the Ukrainian hospital, twinned with `partner`: a request assigned to its coordinator, and one held an hour ago.
  await p.partnership.create({ data: { ukrainianHospitalId: ukrainian.id, partnerHospitalId: partner.id } })
  const doc = await createPerson(p, doctor, { locale: 'en', profile: { kind: 'doctor', homeHospitalId: ukrainian.id } })
  const consultation = (status: 'assigned' | 'scheduled', slotAt: Date | null) => p.consultation.create({ data: { kind: 'consultation', requesterId: doc.id, fromHospitalId: ukrainian.id, toHospitalId: partner.id, specialty: 'cardiology', question: 'A case', anonymisedAt: new Date(testStart), status, specialistId: coord.id, slotAt } })
  const consultAssigned = await consultation('assigned', null)
  const consultHeld = await consultation('scheduled', new Date(Date.parse(testStart) - 3_600_000))
  ids = { partner: partner.id, ukrainian: ukrainian.id, draft: draft.id, open: open.id, app: app.id, placement: placement.id, upcoming: upcoming.id, active: active.id, ended: ended.id, entry: entry.id, eventDraft: eventDraft.id, consultAssigned: consultAssigned.id, consultHeld: consultHeld.id }
})
afterAll(async () => { await db?.close() })

interface FlowCase {
  name: string
  /** Telegram id of who opens it. */
  who: number
  /** Updates that open the flow and bring it to a question. */
  open: () => Update[]
  /** What the person reads when they cancel (checked where given). */
  cancelled?: string
}

const u = (id: number) => person(id, 'en')
let nextNewcomer = 8300
const newcomer = () => nextNewcomer++

const cases: FlowCase[] = [
  { name: 'onboarding', who: 0, open: () => [], cancelled: 'Stopped. What you answered so far is saved.' },
  { name: 'profile edit', who: applicant, open: () => [callback(u(applicant), 'pe:name')], cancelled: 'Stopped. What you answered so far is saved.' },
  { name: 'documents', who: applicant, open: () => [text(u(applicant), '/documents'), callback(u(applicant), 'dc:add')], cancelled: 'Stopped. Nothing more was saved.' },
  { name: 'apply', who: 0, open: () => [], cancelled: 'Application cancelled. Your answers are kept as a draft: continue it from /my.' },
  { name: 'placement feedback', who: applicant, open: () => [callback(u(applicant), `pl:f:${ids.placement}`)], cancelled: 'Stopped. Nothing more was saved.' },
  { name: '/new', who: coordinator, open: () => [text(u(coordinator), '/new')], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'draft edit', who: coordinator, open: () => [callback(u(coordinator), `de:${ids.draft}:0`)], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'review reason', who: coordinator, open: () => [callback(u(coordinator), `rv:r:${ids.app}:0`)], cancelled: 'Cancelled. The application is unchanged.' },
  { name: 'broadcast', who: coordinator, open: () => [text(u(coordinator), '/broadcast')], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'hospital new', who: admin, open: () => [text(u(admin), '/hospital_new')], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'hospital edit', who: admin, open: () => [callback(u(admin), `hf:${ids.partner}:0`)], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'twin new', who: admin, open: () => [text(u(admin), '/twin_new')], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'grant', who: admin, open: () => [text(u(admin), `/grant ${coordinator}`)], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'arrival details', who: applicant, open: () => [callback(u(applicant), `pa:a:${ids.upcoming}`)] },
  { name: 'placement dates', who: coordinator, open: () => [callback(u(coordinator), `pa:d:${ids.upcoming}`)], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'placement department', who: coordinator, open: () => [callback(u(coordinator), `pa:p:${ids.upcoming}`)], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'placement mentor', who: coordinator, open: () => [callback(u(coordinator), `pa:m:${ids.upcoming}`)], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'logbook entry', who: applicant, open: () => [callback(u(applicant), `lb:n:${ids.active}`)] },
  { name: 'logbook edit', who: applicant, open: () => [callback(u(applicant), `lb:t:${ids.entry}`)] },
  { name: 'mentor return', who: mentor, open: () => [callback(u(mentor), `mt:r:${ids.entry}`)] },
  { name: 'survey', who: applicant, open: () => [callback(u(applicant), `srv:${ids.ended}`)] },
  { name: '/newevent', who: coordinator, open: () => [text(u(coordinator), '/newevent')], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'event edit', who: coordinator, open: () => [callback(u(coordinator), `ea:f:${ids.eventDraft}:0`)], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'volunteer registration', who: applicant, open: () => [callback(u(applicant), 'va:r:en')], cancelled: 'Stopped. Nothing was saved.' },
  { name: 'need new', who: admin, open: () => [callback(u(admin), 'vn:n')], cancelled: 'Cancelled. Nothing was saved.' },
  { name: 'volunteer decision', who: admin, open: () => [callback(u(admin), `vr:d:${volunteerApp}`)], cancelled: 'Cancelled. The volunteer\'s application is unchanged.' },
  { name: 'consult', who: doctor, open: () => [text(u(doctor), '/consult')], cancelled: 'Stopped. Nothing was sent.' },
  { name: 'consult accept', who: coordinator, open: () => [callback(u(coordinator), `cs:y:${ids.consultAssigned}`)], cancelled: 'Stopped. The request is unchanged.' },
  { name: 'consult decline', who: coordinator, open: () => [callback(u(coordinator), `cs:n:${ids.consultAssigned}`)], cancelled: 'Stopped. The request is unchanged.' },
  { name: 'consult write', who: doctor, open: () => [callback(u(doctor), `cs:m:${ids.consultHeld}`)], cancelled: 'Stopped. The request is unchanged.' },
  { name: 'consult outcome', who: doctor, open: () => [callback(u(doctor), `cs:r:${ids.consultHeld}`)], cancelled: 'Stopped. The request is unchanged.' },
]

const sent = (calls: ApiCall[]) => calls.filter(c => c.method === 'sendMessage').map(c => c.payload.text as string)

/** The flows open in a chat, as the conversations plugin stored them. */
async function openFlows(chatId: number): Promise<string[]> {
  const row = await db.prisma.conversationState.findUnique({ where: { key: String(chatId) } })
  if (!row)
    return []
  const stored = JSON.parse(row.value)
  const state = (stored.state ?? stored) as Record<string, unknown[]>
  return Object.entries(state).filter(([, runs]) => Array.isArray(runs) && runs.length > 0).map(([id]) => id)
}

/** Opens the flow of a case: onboarding and apply are opened by a newcomer each time. */
async function openCase(c: FlowCase) {
  const t = createTestBot(db)
  let who = c.who
  let open = c.open()
  if (c.name === 'onboarding') {
    who = newcomer()
    open = [text(u(who), '/start')]
  }
  if (c.name === 'apply') {
    who = newcomer()
    open = [callback(u(who), `ap:${ids.open}`)]
  }
  await t.send(...open)
  const question = sent(t.take()).at(-1)!
  expect(await openFlows(who), `${c.name} is open`).toHaveLength(1)
  return { t, who, question }
}

describe('the same five inputs in every flow', () => {
  for (const c of cases) {
    describe(c.name, () => {
      it('/help ends the flow and shows the help', async () => {
        const { t, who } = await openCase(c)
        await t.send(text(u(who), '/help'))
        expect(sent(t.take()).at(-1)).toContain('/internships')
        expect(await openFlows(who)).toEqual([])
      })

      it('/cancel@bot ends the flow with its cancel message and the main menu', async () => {
        const { t, who } = await openCase(c)
        await t.send(text(u(who), '/cancel@medtwin_test_bot'))
        const [reply, ...rest] = t.take()
        expect(rest).toEqual([])
        if (c.cancelled)
          expect(reply.payload.text).toBe(c.cancelled)
        else
          expect(reply.payload.text).toMatch(/\S/)
        expect(reply.payload.reply_markup.keyboard[0].map((b: any) => b.text ?? b)).toEqual(['🔎 Internships', '🏥 Twin hospitals'])
        expect(await openFlows(who)).toEqual([])
      })

      it('a main-menu button ends the flow and is handled as usual', async () => {
        const { t, who } = await openCase(c)
        await t.send(text(u(who), '❓ Help'))
        expect(sent(t.take()).at(-1)).toContain('/internships')
        expect(await openFlows(who)).toEqual([])
      })

      it('a button of an earlier step is told so, and the question is asked again', async () => {
        const { t, who, question } = await openCase(c)
        await t.send(callback(u(who), 'k:earlier:v:1'))
        const calls = t.take()
        expect(calls[0]).toMatchObject({ method: 'answerCallbackQuery', payload: { text: 'That button is from an earlier step.' } })
        expect(sent(calls)).toEqual([question])
        expect(await openFlows(who)).toHaveLength(1)
      })

      it('a sticker is re-prompted, and the flow stays open', async () => {
        const { t, who, question } = await openCase(c)
        await t.send(sticker(u(who)))
        const replies = sent(t.take())
        expect(replies).toHaveLength(1)
        expect(replies[0]).not.toBe(question)
        // What is expected (a text, a date, a button), never the help or a cancellation.
        expect(replies[0]).not.toContain('/internships')
        expect(replies[0]).not.toBe(c.cancelled)
        expect(await openFlows(who)).toHaveLength(1)
      })
    })
  }
})

// A flow registered without a case above would escape the five inputs: each case
// opens one flow, and together they open every flow of the registry.
it('the cases open every registered flow, one each', async () => {
  const opened: string[] = []
  for (const c of cases) {
    const { who } = await openCase(c)
    opened.push(...await openFlows(who))
    await createTestBot(db).send(text(u(who), '/cancel'))
  }
  expect([...opened].sort()).toEqual(flows.map(f => f.id).sort())
})
