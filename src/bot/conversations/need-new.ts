// /needs → New need: a Ukrainian hospital's coordinator describes the specialist
// they need, sees it as both a Ukrainian and an English reader will, and saves
// a draft. The rights are read again when it is saved.
import type { NeedInput } from '../../domain/needs.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { checkNeedDates, needLimits, wardLanguages } from '../../domain/needs.js'
import { specialties } from '../../domain/specialties.js'
import { hospitalName } from '../helpers/format.js'
import { needActions, renderNeedBoth } from '../helpers/need-card.js'
import { refusalText } from '../helpers/refusals.js'
import { openFlow } from './kit/questions.js'

export const needNewId = 'need-new'

export async function needNew(conversation: BotConversation, ctx: ConversationContext) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('coord-flow-cancelled') })
  const t = kit.t
  const hospitals = await kit.external(async (outer: BotContext) => {
    const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
    return outer.domain.needs.hospitals(rights)
  })
  if (hospitals.length === 0)
    return ctx.reply(t('vol-needs-no-hospitals'))
  const hospitalId = hospitals.length === 1
    ? hospitals[0].id
    : Number(await kit.pick({ code: 'hosp', question: t('vol-ask-need-hospital'), options: hospitals.map(h => [hospitalName(h, kit.locale), String(h.id)] as [string, string]), perPage: 10 }))
  const specialty = await kit.pick({ code: 'spec', question: t('vol-ask-need-specialty'), options: specialties.map(s => [t(`specialty-${s}`), s]), columns: 2 })
  const departmentUk = await kit.text({ code: 'dep_uk', question: t('vol-ask-need-department-uk', { limit: needLimits.department }), max: needLimits.department })
  const departmentEn = await kit.text({ code: 'dep_en', question: t('vol-ask-need-department-en', { limit: needLimits.department }), max: needLimits.department })
  const today = await kit.today()
  const problem = (from: string, to?: string) => checkNeedDates(from, to, today) ? refusalText(t, { code: 'need-dates', params: {} }) : null
  const startsOn = await kit.date({ code: 'from', question: t('vol-ask-need-from'), check: day => problem(day) })
  const endsOn = await kit.date({ code: 'to', question: t('vol-ask-need-to'), check: day => problem(startsOn, day) })
  const languages = await kit.many({ code: 'langs', question: t('vol-ask-need-languages'), options: wardLanguages.map(l => [t(`vol-lang-${l}`), l]), columns: 2 })
  const accommodation = await kit.confirm({ code: 'room', question: t('vol-ask-need-accommodation'), yes: t('vol-yes'), no: t('vol-no') })
  const translator = await kit.confirm({ code: 'transl', question: t('vol-ask-need-translator'), yes: t('vol-yes'), no: t('vol-no') })
  const securityNotesUk = await kit.text({ code: 'sec_uk', question: t('vol-ask-need-security-uk', { limit: needLimits.securityNotes }), max: needLimits.securityNotes, skip: true })
  const securityNotesEn = securityNotesUk === null
    ? null
    : await kit.text({ code: 'sec_en', question: t('vol-ask-need-security-en', { limit: needLimits.securityNotes }), max: needLimits.securityNotes })

  const input: NeedInput = { hospitalId, specialty, departmentUk, departmentEn, startsOn, endsOn, wardLanguages: languages, accommodation, translator, securityNotesUk, securityNotesEn }
  const preview = await kit.external(async (outer: BotContext) => {
    const { id: _, ...hospital } = hospitals.find(h => h.id === hospitalId)!
    const as = (locale: 'uk' | 'en') => ({ t: (key: string, params?: Record<string, string | number>) => outer.render(locale, key, params) })
    return renderNeedBoth(t('vol-preview-header'), as('uk'), as('en'), { ...input, hospital })
  })
  await ctx.reply(preview)
  const save = await kit.confirm({ code: 'save', question: t('vol-ask-need-save'), yes: t('vol-button-save'), no: t('vol-button-discard') })
  if (!save)
    return ctx.reply(t('coord-flow-cancelled'))
  const saved = await kit.commit((outer, rights) => outer.domain.needs.createDraft(outer.user!.id, rights, input))
  await ctx.reply(t('vol-need-saved', { id: saved.id }), { reply_markup: needActions(t, saved) })
}
