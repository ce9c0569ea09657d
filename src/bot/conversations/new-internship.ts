// /new: a coordinator describes an internship step by step, sees a preview in
// both languages and saves it as a draft. /cancel works at every step.
import type { DraftInput } from '../../domain/opportunity-admin.js'
import type { Audience, OpportunityFormat } from '../../generated/prisma/client.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { hospitalScope } from '../../domain/access.js'
import { todayInKyiv } from '../../domain/documents.js'
import { specialties } from '../../domain/specialties.js'
import { hospitalName } from '../helpers/format.js'
import { opportunityActions, renderOpportunity } from '../helpers/opportunity-card.js'
import { askChoice, askDate, askInt, askText } from './coord-ask.js'
import { askHospitalInput, createHospital } from './hospital-edit.js'
import { conversationNow } from './now.js'

export const newInternshipId = 'new-internship'
export const limits = { title: 120, description: 1500, language: 100, seats: 500 }

export async function newInternship(conversation: BotConversation, ctx: ConversationContext) {
  const locale = ctx.user?.locale === 'en' ? 'en' : 'uk'
  const hospitals = await conversation.external(async (outer: BotContext) => {
    const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
    return outer.domain.hospitalAdmin.list(hospitalScope(rights))
  })
  if (hospitals.length === 0 && !ctx.isAdmin)
    return ctx.reply(ctx.t('new-no-hospitals'))
  // An administrator may add the host hospital right here.
  const options = hospitals.map(h => [hospitalName(h, locale), String(h.id)] as [string, string])
  const hostId = hospitals.length === 1 && !ctx.isAdmin
    ? String(hospitals[0].id)
    : await askChoice(conversation, ctx, ctx.t('new-ask-hospital'), ctx.isAdmin ? [...options, [ctx.t('new-button-new-hospital'), 'add']] : options)
  const host = hostId === 'add'
    ? await createHospital(conversation, await askHospitalInput(conversation, ctx))
    : hospitals.find(h => String(h.id) === hostId)!
  const titleUk = (await askText(conversation, ctx, ctx.t('new-ask-title-uk', { limit: limits.title }), limits.title))!
  const titleEn = (await askText(conversation, ctx, ctx.t('new-ask-title-en', { limit: limits.title }), limits.title))!
  const descriptionUk = (await askText(conversation, ctx, ctx.t('new-ask-description-uk', { limit: limits.description }), limits.description))!
  const descriptionEn = (await askText(conversation, ctx, ctx.t('new-ask-description-en', { limit: limits.description }), limits.description))!
  const specialty = await askChoice(conversation, ctx, ctx.t('new-ask-specialty'), specialties.map(s => [ctx.t(`specialty-${s}`), s]), 2)
  const audience = await askChoice(conversation, ctx, ctx.t('new-ask-audience'), (['doctors', 'students', 'both'] as const).map(a => [ctx.t(`new-audience-${a}`), a])) as Audience
  const format = await askChoice(conversation, ctx, ctx.t('new-ask-format'), (['on_site', 'telemedicine', 'hybrid'] as const).map(f => [ctx.t(`new-format-${f}`), f])) as OpportunityFormat
  // The programme's day: deadlines end at 23:59 in Kyiv, so "today" is Kyiv's date, not UTC's.
  const todayIso = todayInKyiv(await conversationNow(conversation))
  const startsOn = await askDate(conversation, ctx, ctx.t('new-ask-starts'), iso => iso <= todayIso ? 'new-bad-start' : null)
  const endsOn = await askDate(conversation, ctx, ctx.t('new-ask-ends'), iso => iso <= startsOn ? 'new-bad-end' : null)
  const deadline = await askDate(conversation, ctx, ctx.t('new-ask-deadline'), iso => iso >= startsOn ? 'new-bad-deadline' : iso < todayIso ? 'new-bad-deadline-past' : null)
  const seats = await askInt(conversation, ctx, ctx.t('new-ask-seats'), 1, limits.seats)
  const languageRequirement = await askText(conversation, ctx, ctx.t('new-ask-language', { limit: limits.language }), limits.language, ctx.t('new-button-skip'))

  const input: DraftInput = { hostHospitalId: host.id, titleUk, titleEn, descriptionUk, descriptionEn, specialty, audience, format, startsOn, endsOn, deadline, seats, languageRequirement }
  await ctx.reply(renderOpportunity(ctx.t, { ...input, specialties: [specialty] }, hospitalName(host, locale)))
  const choice = await askChoice(conversation, ctx, ctx.t('new-ask-save'), [[ctx.t('new-button-save'), 'save'], [ctx.t('new-button-discard'), 'discard']], 2)
  if (choice === 'discard')
    return ctx.reply(ctx.t('coord-flow-cancelled'))
  const saved = await conversation.external(async (outer: BotContext) => {
    const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
    return outer.domain.opportunityAdmin.createDraft(outer.user!.id, rights, input)
  })
  await ctx.reply(ctx.t('new-saved', { id: String(saved.id) }), { reply_markup: opportunityActions(ctx.t, saved) })
}
