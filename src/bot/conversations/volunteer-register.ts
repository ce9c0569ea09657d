// /volunteer: a foreign specialist gives their credentials (profession,
// specialty, country, number and issuer of the licence, experience, languages,
// availability), then uploads the licence and a CV into the document store,
// with the licence's expiry date. Saved at the end, after a summary.
import type { VolunteerInput } from '../../domain/volunteers.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import type { Kit } from './kit/questions.js'
import { countries } from '../../domain/countries.js'
import { wardLanguages } from '../../domain/needs.js'
import { specialties } from '../../domain/specialties.js'
import { professions, volunteerLimits } from '../../domain/volunteers.js'
import { countryName } from '../helpers/format.js'
import { needApplyKeyboard, renderNeed } from '../helpers/need-card.js'
import { renderCredentials } from '../helpers/volunteer-view.js'
import { fileProblem } from './document-upload.js'
import { openFlow } from './kit/questions.js'

export const volunteerRegisterId = 'volunteer-register'
const maxMb = 20

async function upload(kit: Kit, code: string, question: string) {
  const answer = await kit.file({ code, question, check: file => fileProblem(kit, file), reprompt: kit.t('vol-send-file', { max: maxMb }) })
  return 'file' in answer ? answer.file : undefined
}

export async function volunteerRegister(conversation: BotConversation, ctx: ConversationContext, needId?: number) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('vol-register-cancelled') })
  const t = kit.t
  await ctx.reply(t('vol-register-intro'))
  const profession = await kit.pick({ code: 'prof', question: t('vol-ask-profession'), options: professions.map(p => [t(`vol-profession-${p}`), p]) })
  const specialty = await kit.pick({ code: 'spec', question: t('vol-ask-specialty'), options: specialties.map(s => [t(`specialty-${s}`), s]), columns: 2 })
  const licenceCountry = await kit.pick({ code: 'country', question: t('vol-ask-licence-country'), options: countries.filter(c => c !== 'UA').map(c => [countryName(t, c), c]), columns: 2 })
  const licenceNumber = await kit.text({ code: 'lic_no', question: t('vol-ask-licence-number', { limit: volunteerLimits.licenceNumber }), max: volunteerLimits.licenceNumber })
  const licenceIssuer = await kit.text({ code: 'lic_by', question: t('vol-ask-licence-issuer', { limit: volunteerLimits.licenceIssuer }), max: volunteerLimits.licenceIssuer })
  const experienceYears = await kit.number({ code: 'years', question: t('vol-ask-experience'), min: 0, max: volunteerLimits.experience })
  const languages = await kit.many({ code: 'langs', question: t('vol-ask-languages'), options: wardLanguages.map(l => [t(`vol-lang-${l}`), l]), columns: 2 })
  const today = await kit.today()
  const availableFrom = await kit.date({ code: 'from', question: t('vol-ask-available-from'), check: day => day < today ? t('vol-date-past') : null })
  const availableTo = await kit.date({ code: 'to', question: t('vol-ask-available-to'), check: day => day <= availableFrom ? t('vol-date-before') : null })
  const licence = await upload(kit, 'lic_file', t('vol-ask-licence-file', { max: maxMb }))
  const expiresOn = await kit.date({ code: 'lic_exp', question: t('vol-ask-licence-expiry'), skip: true, check: day => day < today ? t('vol-date-past') : null })
  const cv = await upload(kit, 'cv_file', t('vol-ask-cv-file', { max: maxMb }))

  const input: VolunteerInput = { profession, specialty, licenceCountry, licenceNumber, licenceIssuer, experienceYears, languages, availableFrom, availableTo, licence: { ...licence!, expiresOn }, cv: { ...cv! } }
  await ctx.reply(`${t('vol-register-summary')}\n\n${renderCredentials(t, kit.locale, input)}`)
  const save = await kit.confirm({ code: 'save', question: t('vol-ask-register-save'), yes: t('vol-button-save-profile'), no: t('vol-button-discard') })
  if (!save)
    return ctx.reply(t('vol-register-cancelled'))
  const need = await kit.commit(async (outer: BotContext) => {
    await outer.domain.volunteers.saveProfile(outer.user!.id, input)
    return needId === undefined ? null : outer.domain.needs.openNeed(needId)
  })
  await ctx.reply(t('vol-register-saved'), { reply_markup: { inline_keyboard: [[{ text: t('vol-button-needs-open'), callback_data: 'va:l' }], [{ text: t('vol-button-general'), callback_data: 'va:g' }]] } })
  // Came from a need's link: that need, ready to apply to.
  if (need)
    await ctx.reply(renderNeed(t, kit.locale, need), { reply_markup: needApplyKeyboard(t, need.id) })
}
