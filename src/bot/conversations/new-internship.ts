// /new: a coordinator describes an internship step by step, sees a preview in
// both languages and saves it as a draft. /cancel works at every step.
import type { DraftInput } from '../../domain/opportunity-admin.js'
import type { Schedule, ScheduleField } from '../../domain/schedule.js'
import type { Audience, OpportunityFormat } from '../../generated/prisma/client.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { hospitalScope } from '../../domain/access.js'
import { checkPartialSchedule } from '../../domain/schedule.js'
import { specialties } from '../../domain/specialties.js'
import { hospitalName } from '../helpers/format.js'
import { cardView, opportunityActions, renderOpportunity } from '../helpers/opportunity-card.js'
import { refusalText } from '../helpers/refusals.js'
import { askHospitalInput, createHospital } from './hospital-edit.js'
import { openFlow } from './kit/questions.js'

export const newInternshipId = 'new-internship'
export const internshipLimits = { title: 120, description: 1500, language: 100, seats: 500 }

export async function newInternship(conversation: BotConversation, ctx: ConversationContext) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('coord-flow-cancelled') })
  const locale = kit.locale
  const t = kit.t
  const limits = internshipLimits
  const hospitals = await kit.external(async (outer: BotContext) => {
    const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
    return outer.domain.hospitalAdmin.list(hospitalScope(rights))
  })
  if (hospitals.length === 0 && !ctx.isAdmin)
    return ctx.reply(t('new-no-hospitals'))
  // An administrator may add the host hospital right here.
  const options = hospitals.map(h => [hospitalName(h, locale), String(h.id)] as [string, string])
  const hostId = hospitals.length === 1 && !ctx.isAdmin
    ? String(hospitals[0].id)
    : await kit.pick({ code: 'host', question: t('new-ask-hospital'), options: ctx.isAdmin ? [...options, [t('new-button-new-hospital'), 'add']] : options, perPage: 10 })
  const host = hostId === 'add'
    ? await createHospital(kit, await askHospitalInput(kit))
    : hospitals.find(h => String(h.id) === hostId)!
  if (!host)
    return
  const titleUk = await kit.text({ code: 'title_uk', question: t('new-ask-title-uk', { limit: limits.title }), max: limits.title })
  const titleEn = await kit.text({ code: 'title_en', question: t('new-ask-title-en', { limit: limits.title }), max: limits.title })
  const descriptionUk = await kit.text({ code: 'desc_uk', question: t('new-ask-description-uk', { limit: limits.description }), max: limits.description })
  const descriptionEn = await kit.text({ code: 'desc_en', question: t('new-ask-description-en', { limit: limits.description }), max: limits.description })
  const specialty = await kit.pick({ code: 'spec', question: t('new-ask-specialty'), options: specialties.map(s => [t(`specialty-${s}`), s]), columns: 2 })
  const audience = await kit.pick<Audience>({ code: 'aud', question: t('new-ask-audience'), options: (['doctors', 'students', 'both'] as const).map(a => [t(`new-audience-${a}`), a]) })
  const format = await kit.pick<OpportunityFormat>({ code: 'fmt', question: t('new-ask-format'), options: (['on_site', 'telemedicine', 'hybrid'] as const).map(f => [t(`new-format-${f}`), f]) })
  // The programme's day: deadlines end at 23:59 in its zone, so "today" is that zone's date, not UTC's.
  const today = await kit.today()
  const dates: Partial<Schedule> = {}
  const problem = (field: ScheduleField, day: string) => {
    const found = checkPartialSchedule({ ...dates, [field]: day }, today)
    return found ? refusalText(t, { code: found.code, params: {} }) : null
  }
  dates.startsOn = await kit.date({ code: 'starts', question: t('new-ask-starts'), check: day => problem('startsOn', day) })
  dates.endsOn = await kit.date({ code: 'ends', question: t('new-ask-ends'), check: day => problem('endsOn', day) })
  dates.deadline = await kit.date({ code: 'deadline', question: t('new-ask-deadline'), check: day => problem('deadline', day) })
  const { startsOn, endsOn, deadline } = dates as Schedule
  const seats = await kit.number({ code: 'seats', question: t('new-ask-seats'), min: 1, max: limits.seats })
  const languageRequirement = await kit.text({ code: 'lang', question: t('new-ask-language', { limit: limits.language }), max: limits.language, skip: true })

  const input: DraftInput = { hostHospitalId: host.id, titleUk, titleEn, descriptionUk, descriptionEn, specialty, audience, format, startsOn, endsOn, deadline, seats, languageRequirement }
  const card = await kit.external(outer => cardView(outer))
  await ctx.reply(renderOpportunity(ctx.t, { ...input, specialties: [specialty] }, hospitalName(host, locale), card))
  const save = await kit.confirm({ code: 'save', question: t('new-ask-save'), yes: t('new-button-save'), no: t('new-button-discard') })
  if (!save)
    return ctx.reply(t('coord-flow-cancelled'))
  const saved = await kit.external(async (outer: BotContext) => {
    const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
    return outer.domain.opportunityAdmin.createDraft(outer.user!.id, rights, input)
  })
  await ctx.reply(t('new-saved', { id: String(saved.id) }), { reply_markup: opportunityActions(ctx.t, saved) })
}
