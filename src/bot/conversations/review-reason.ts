// Asks a coordinator for the reason of a rejection (or of a declined
// endorsement), then records the decision. /cancel leaves it unchanged.
import type { BotConversation, ConversationContext } from '../context.js'
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
  // Rights are read again now, at the moment of the decision; a refusal (decided
  // meanwhile, not this coordinator's any more) is told by the kit.
  await kit.commit((outer, rights) => args.kind === 'reject'
    ? outer.domain.review.decide(outer.user!.id, rights, args.applicationId, args.version, 'reject', reason)
    : outer.domain.review.endorse(outer.user!.id, rights, args.applicationId, args.version, false, reason))
  await ctx.reply(ctx.t(args.kind === 'reject' ? 'review-rejected-done' : 'review-declined-done', { id: String(args.applicationId), reason: escapeHtml(reason) }))
}
