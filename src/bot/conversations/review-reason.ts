// Asks a coordinator for the reason of a rejection (or of a declined
// endorsement), then records the decision. /cancel leaves it unchanged.
import type { DecisionResult } from '../../domain/review.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { asResult } from '../../domain/review.js'
import { escapeHtml } from '../helpers/html.js'
import { openFlow } from './kit/questions.js'

export const reviewReasonId = 'review-reason'
export const reasonLimit = 500

export interface ReasonArgs { applicationId: number, version: number, kind: 'reject' | 'decline' }

export async function reviewReason(conversation: BotConversation, ctx: ConversationContext, args: ReasonArgs) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('review-reason-cancelled') })
  const reason = await kit.text({
    code: 'reason',
    question: kit.t(args.kind === 'reject' ? 'review-ask-reject-reason' : 'review-ask-decline-reason', { limit: reasonLimit }),
    max: reasonLimit,
  })
  // Rights are read again now, at the moment of the decision.
  const result: DecisionResult = await conversation.external(async (outer: BotContext) => {
    const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
    return asResult(() => args.kind === 'reject'
      ? outer.domain.review.decide(outer.user!.id, rights, args.applicationId, args.version, 'reject', reason)
      : outer.domain.review.endorse(outer.user!.id, rights, args.applicationId, args.version, false, reason))
  })
  if (result.ok)
    await ctx.reply(ctx.t(args.kind === 'reject' ? 'review-rejected-done' : 'review-declined-done', { id: String(args.applicationId), reason: escapeHtml(reason) }))
  else if (result.code === 'already-decided')
    await ctx.reply(ctx.t('review-already-decided', { status: ctx.t(`review-status-${result.status}`) }))
  else
    await ctx.reply(ctx.t(`review-refused-${result.code}`))
}
