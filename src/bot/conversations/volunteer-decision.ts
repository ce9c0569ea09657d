// A hospital coordinator's decision on a volunteer that needs words or dates:
// the licence verified (with a note), an invitation (dates; for general
// availability, which of their hospitals), a decline (with a reason). The
// domain checks role, hospital and the licence again when it is recorded.
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { checkNeedDates } from '../../domain/needs.js'
import { volunteerLimits } from '../../domain/volunteers.js'
import { formatDay } from '../../time/dates.js'
import { hospitalName } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { refusalText } from '../helpers/refusals.js'
import { openFlow } from './kit/questions.js'

export const volunteerDecisionId = 'volunteer-decision'

export interface DecisionArgs { id: number, kind: 'verify' | 'invite' | 'decline', /** No hospital yet: general availability. */ general?: boolean }

export async function volunteerDecision(conversation: BotConversation, ctx: ConversationContext, args: DecisionArgs) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('vol-decision-cancelled') })
  const t = kit.t
  const limit = volunteerLimits.note
  if (args.kind === 'verify') {
    const note = await kit.text({ code: 'note', question: t('vol-ask-verify-note', { limit }), max: limit })
    await kit.commit((outer, rights) => outer.domain.volunteerReview.verifyLicence(outer.user!.id, rights, args.id, note))
    return ctx.reply(t('vol-verified-done', { id: args.id }), { reply_markup: { inline_keyboard: [[{ text: t('vol-button-invite'), callback_data: `vr:i:${args.id}` }, { text: t('vol-button-next'), callback_data: `vr:n:${args.id}` }]] } })
  }
  if (args.kind === 'decline') {
    const reason = await kit.text({ code: 'reason', question: t('vol-ask-decline-reason', { limit }), max: limit })
    await kit.commit((outer, rights) => outer.domain.volunteerReview.decline(outer.user!.id, rights, args.id, reason))
    return ctx.reply(t('vol-declined-done', { id: args.id, reason: escapeHtml(reason) }), { reply_markup: { inline_keyboard: [[{ text: t('vol-button-next'), callback_data: `vr:n:${args.id}` }]] } })
  }
  let hospitalId: number | undefined
  if (args.general) {
    const hospitals = await kit.external(async (outer: BotContext) => outer.domain.volunteerReview.hospitals(await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)))
    hospitalId = hospitals.length === 1
      ? hospitals[0].id
      : Number(await kit.pick({ code: 'hosp', question: t('vol-ask-invite-hospital'), options: hospitals.map(h => [hospitalName(h, kit.locale), String(h.id)] as [string, string]), perPage: 10 }))
  }
  const today = await kit.today()
  const problem = (from: string, to?: string) => checkNeedDates(from, to, today) ? refusalText(t, { code: 'need-dates', params: {} }) : null
  const from = await kit.date({ code: 'from', question: t('vol-ask-invite-from'), check: day => problem(day) })
  const to = await kit.date({ code: 'to', question: t('vol-ask-invite-to'), check: day => problem(from, day) })
  await kit.commit((outer, rights) => outer.domain.volunteerReview.invite(outer.user!.id, rights, args.id, { from, to, hospitalId }))
  await ctx.reply(t('vol-invited-done', { id: args.id, from: formatDay(kit.locale, from), to: formatDay(kit.locale, to) }), { reply_markup: { inline_keyboard: [[{ text: t('vol-button-next'), callback_data: `vr:n:${args.id}` }]] } })
}
