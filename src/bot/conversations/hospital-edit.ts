// Administrators add and edit hospitals and twinnings from the chat.
import type { HospitalField, HospitalInput, HospitalSummary } from '../../domain/hospital-admin.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { countries, flag } from '../../domain/countries.js'
import { DomainError } from '../../domain/errors.js'
import { hospitalName } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { askChoice, askText, parseDate } from './coord-ask.js'

export const hospitalNewId = 'hospital-new'
export const hospitalFieldId = 'hospital-field'
export const twinNewId = 'twin-new'
const nameLimit = 150

function askCountry(conversation: BotConversation, ctx: ConversationContext) {
  return askChoice(conversation, ctx, ctx.t('hosp-ask-country'), countries.map(c => [`${flag(c)} ${c}`, c]), 4)
}

/** Asks every field of a new hospital; shared by /hospital_new and /new. */
export async function askHospitalInput(conversation: BotConversation, ctx: ConversationContext): Promise<HospitalInput> {
  const kind = await askChoice(conversation, ctx, ctx.t('hosp-ask-kind'), [[ctx.t('hosp-kind-ukrainian'), 'ukrainian'], [ctx.t('hosp-kind-partner'), 'partner']]) as HospitalInput['kind']
  const nameUk = (await askText(conversation, ctx, ctx.t('hosp-ask-name-uk', { limit: nameLimit }), nameLimit))!
  const nameEn = (await askText(conversation, ctx, ctx.t('hosp-ask-name-en', { limit: nameLimit }), nameLimit))!
  const cityUk = (await askText(conversation, ctx, ctx.t('hosp-ask-city-uk'), 80))!
  const cityEn = (await askText(conversation, ctx, ctx.t('hosp-ask-city-en'), 80))!
  const country = kind === 'ukrainian' ? 'UA' : await askCountry(conversation, ctx)
  return { kind, nameUk, nameEn, cityUk, cityEn, country }
}

/** Saves a new hospital through the domain (plain JSON back). */
export function createHospital(conversation: BotConversation, input: HospitalInput) {
  return conversation.external((outer: BotContext) => outer.domain.hospitalAdmin.create(outer.user!.id, input))
}

export async function hospitalNew(conversation: BotConversation, ctx: ConversationContext) {
  const h = await createHospital(conversation, await askHospitalInput(conversation, ctx))
  await ctx.reply(ctx.t('hosp-added', { name: escapeHtml(hospitalName(h, ctx.user?.locale === 'en' ? 'en' : 'uk')), id: String(h.id) }))
}

export async function hospitalField(conversation: BotConversation, ctx: ConversationContext, args: { id: number, field: HospitalField }) {
  const value = args.field === 'country'
    ? await askCountry(conversation, ctx)
    : (await askText(conversation, ctx, ctx.t('hosp-ask-value', { field: ctx.t(`hosp-field-${args.field}`), limit: nameLimit }), nameLimit))!
  const h = await conversation.external((outer: BotContext) => outer.domain.hospitalAdmin.update(outer.user!.id, args.id, args.field, value))
  await ctx.reply(ctx.t('hosp-updated', { name: escapeHtml(hospitalName(h, ctx.user?.locale === 'en' ? 'en' : 'uk')) }))
}

export async function twinNew(conversation: BotConversation, ctx: ConversationContext) {
  const locale = ctx.user?.locale === 'en' ? 'en' : 'uk'
  const lists = await conversation.external(async (outer: BotContext) => ({
    uk: await outer.domain.hospitalAdmin.list(undefined, 'ukrainian'),
    partner: await outer.domain.hospitalAdmin.list(undefined, 'partner'),
  }))
  if (lists.uk.length === 0 || lists.partner.length === 0)
    return ctx.reply(ctx.t('twin-need-hospitals'))
  const options = (list: HospitalSummary[]) => list.map(h => [hospitalName(h, locale), String(h.id)] as [string, string])
  const ukId = Number(await askChoice(conversation, ctx, ctx.t('twin-ask-ukrainian'), options(lists.uk)))
  const partnerId = Number(await askChoice(conversation, ctx, ctx.t('twin-ask-partner'), options(lists.partner)))
  let memorandum: string | null | undefined
  let prompt = ctx.t('twin-ask-date')
  while (memorandum === undefined) {
    const text = await askText(conversation, ctx, prompt, 20, ctx.t('new-button-skip'))
    memorandum = text === null ? null : parseDate(text) ?? undefined
    prompt = ctx.t('coord-ask-bad-date')
  }
  const result = await conversation.external(async (outer: BotContext) => {
    try {
      return { ok: true as const, ...await outer.domain.hospitalAdmin.twin(outer.user!.id, ukId, partnerId, memorandum ?? null) }
    }
    catch (error) {
      if (error instanceof DomainError)
        return { ok: false as const, code: error.code }
      throw error
    }
  })
  const uk = lists.uk.find(h => h.id === ukId)!
  const partner = lists.partner.find(h => h.id === partnerId)!
  await ctx.reply(result.ok
    ? ctx.t(result.created ? 'twin-created' : 'twin-updated', { uk: escapeHtml(hospitalName(uk, locale)), partner: escapeHtml(hospitalName(partner, locale)), date: memorandum ?? '—' })
    : ctx.t('twin-invalid'))
}
