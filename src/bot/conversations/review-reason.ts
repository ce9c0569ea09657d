// Asks a coordinator for the reason of a rejection (or of a declined
// endorsement), then records the decision. /cancel leaves it unchanged.
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { escapeHtml } from '../helpers/html.js'
import { asRefusal, refusalText } from '../helpers/refusals.js'

export const reviewReasonId = 'review-reason'
export const reasonLimit = 500

export interface ReasonArgs { applicationId: number, version: number, kind: 'reject' | 'decline' }

export async function reviewReason(conversation: BotConversation, ctx: ConversationContext, args: ReasonArgs) {
  await ctx.reply(ctx.t(args.kind === 'reject' ? 'review-ask-reject-reason' : 'review-ask-decline-reason', { limit: reasonLimit }))
  let reason = ''
  while (!reason) {
    const answer = await conversation.wait()
    const text = answer.message?.text?.trim()
    if (text === '/cancel' || answer.callbackQuery) {
      if (answer.callbackQuery)
        await answer.answerCallbackQuery()
      await answer.reply(ctx.t('review-reason-cancelled'))
      return
    }
    if (!text)
      await answer.reply(ctx.t('review-reason-text-only', { limit: reasonLimit }))
    else if (text.length > reasonLimit)
      await answer.reply(ctx.t('review-reason-too-long', { limit: reasonLimit, length: text.length }))
    else
      reason = text
  }
  const result = await conversation.external(async (outer: BotContext) => {
    const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
    return asRefusal(() => args.kind === 'reject'
      ? outer.domain.review.decide(outer.user!.id, rights, args.applicationId, args.version, 'reject', reason)
      : outer.domain.review.endorse(outer.user!.id, rights, args.applicationId, args.version, false, reason))
  })
  if (result.ok)
    await ctx.reply(ctx.t(args.kind === 'reject' ? 'review-rejected-done' : 'review-declined-done', { id: String(args.applicationId), reason: escapeHtml(reason) }))
  else
    await ctx.reply(refusalText(ctx.t.bind(ctx), result))
}
