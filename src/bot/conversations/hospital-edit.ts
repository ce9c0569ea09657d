// Administrators add and edit hospitals and twinnings from the chat. Each
// commit reads the rights again: an administrator removed from ADMIN_IDS while
// the flow was open cannot finish it.
import type { HospitalField, HospitalInput, HospitalSummary } from '../../domain/hospital-admin.js'
import type { BotConversation, ConversationContext } from '../context.js'
import type { Kit } from './kit/questions.js'
import { isAdmin } from '../../domain/access.js'
import { countries } from '../../domain/countries.js'
import { ForbiddenError } from '../../domain/errors.js'
import { formatDay } from '../../time/dates.js'
import { countryName, hospitalName } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { openFlow } from './kit/questions.js'

export const hospitalNewId = 'hospital-new'
export const hospitalFieldId = 'hospital-field'
export const twinNewId = 'twin-new'
const nameLimit = 150
const cityLimit = 80

function askCountry(kit: Kit) {
  return kit.pick({ code: 'country', question: kit.t('hosp-ask-country'), options: countries.map(c => [countryName(kit.t, c), c]), columns: 2 })
}

const cancelled = (c: ConversationContext) => c.t('coord-flow-cancelled')

/** Asks every field of a new hospital; shared by /hospital_new and /new. */
export async function askHospitalInput(kit: Kit): Promise<HospitalInput> {
  const t = kit.t
  const kind = await kit.pick<HospitalInput['kind']>({ code: 'h_kind', question: t('hosp-ask-kind'), options: [[t('hosp-kind-ukrainian'), 'ukrainian'], [t('hosp-kind-partner'), 'partner']] })
  const nameUk = await kit.text({ code: 'h_name_uk', question: t('hosp-ask-name-uk', { limit: nameLimit }), max: nameLimit })
  const nameEn = await kit.text({ code: 'h_name_en', question: t('hosp-ask-name-en', { limit: nameLimit }), max: nameLimit })
  const cityUk = await kit.text({ code: 'h_city_uk', question: t('hosp-ask-city-uk'), max: cityLimit })
  const cityEn = await kit.text({ code: 'h_city_en', question: t('hosp-ask-city-en'), max: cityLimit })
  const country = kind === 'ukrainian' ? 'UA' : await askCountry(kit)
  return { kind, nameUk, nameEn, cityUk, cityEn, country }
}

/** Saves a new hospital, if the person is an administrator now. */
export function createHospital(kit: Kit, input: HospitalInput) {
  return kit.commit(async (outer, rights) => {
    if (!isAdmin(rights))
      throw new ForbiddenError()
    return outer.domain.hospitalAdmin.create(outer.user!.id, input)
  })
}

export async function hospitalNew(conversation: BotConversation, ctx: ConversationContext) {
  const kit = openFlow(conversation, ctx, { cancelled })
  const h = await createHospital(kit, await askHospitalInput(kit))
  await ctx.reply(ctx.t('hosp-added', { name: escapeHtml(hospitalName(h, kit.locale)), id: String(h.id) }))
}

export async function hospitalField(conversation: BotConversation, ctx: ConversationContext, args: { id: number, field: HospitalField }) {
  const kit = openFlow(conversation, ctx, { cancelled })
  const value = args.field === 'country'
    ? await askCountry(kit)
    : await kit.text({ code: 'value', question: ctx.t('hosp-ask-value', { field: ctx.t(`hosp-field-${args.field}`), limit: nameLimit }), max: nameLimit })
  const h = await kit.commit(async (outer, rights) => {
    if (!isAdmin(rights))
      throw new ForbiddenError()
    return outer.domain.hospitalAdmin.update(outer.user!.id, args.id, args.field, value)
  })
  await ctx.reply(ctx.t('hosp-updated', { name: escapeHtml(hospitalName(h, kit.locale)) }))
}

export async function twinNew(conversation: BotConversation, ctx: ConversationContext) {
  const kit = openFlow(conversation, ctx, { cancelled })
  const locale = kit.locale
  const lists = await kit.external(async outer => ({
    uk: await outer.domain.hospitalAdmin.list(undefined, 'ukrainian'),
    partner: await outer.domain.hospitalAdmin.list(undefined, 'partner'),
  }))
  if (lists.uk.length === 0 || lists.partner.length === 0)
    return ctx.reply(ctx.t('twin-need-hospitals'))
  const options = (list: HospitalSummary[]) => list.map(h => [hospitalName(h, locale), String(h.id)] as [string, string])
  const ukId = Number(await kit.pick({ code: 'twin_uk', question: ctx.t('twin-ask-ukrainian'), options: options(lists.uk), perPage: 10 }))
  const partnerId = Number(await kit.pick({ code: 'twin_partner', question: ctx.t('twin-ask-partner'), options: options(lists.partner), perPage: 10 }))
  const memorandum = await kit.date({ code: 'memo', question: ctx.t('twin-ask-date'), skip: true })
  const result = await kit.commit(async (outer, rights) => {
    if (!isAdmin(rights))
      throw new ForbiddenError()
    return outer.domain.hospitalAdmin.twin(outer.user!.id, ukId, partnerId, memorandum)
  })
  const uk = lists.uk.find(h => h.id === ukId)!
  const partner = lists.partner.find(h => h.id === partnerId)!
  await ctx.reply(ctx.t(result.created ? 'twin-created' : 'twin-updated', { uk: escapeHtml(hospitalName(uk, locale)), partner: escapeHtml(hospitalName(partner, locale)), date: memorandum ? formatDay(locale, memorandum) : '—' }))
}
