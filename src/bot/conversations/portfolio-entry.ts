// One portfolio entry (a case, procedure, skill or reflection) or the feedback
// on a placement: a text up to 2000 characters, then back to the placement.
import type { EntryKind } from '../../domain/placements.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { maxEntryLength } from '../../domain/placements.js'
import { loadPlacementView, renderPlacement } from '../helpers/placement-view.js'
import { openFlow } from './kit/questions.js'

export const portfolioEntryId = 'portfolio-entry'
export type EntryTarget = EntryKind | 'feedback'

export async function portfolioEntry(conversation: BotConversation, ctx: ConversationContext, placementId: number, target: EntryTarget) {
  const kit = openFlow(conversation, ctx)
  const userId = ctx.user!.id
  const locale = ctx.user!.locale
  const value = await kit.text({ code: 'entry', question: kit.t(`placement-ask-${target}`, { max: maxEntryLength }), max: maxEntryLength })
  const view = await conversation.external(async (outer: BotContext) => {
    const repo = outer.domain.placements
    await (target === 'feedback' ? repo.setFeedback(userId, placementId, value) : repo.addEntry(userId, placementId, target, value))
    return loadPlacementView(outer.domain, userId, placementId)
  })
  const { text, reply_markup } = renderPlacement(ctx.t, locale, view)
  await ctx.reply(`${ctx.t(target === 'feedback' ? 'placement-feedback-saved' : 'placement-entry-saved')}\n\n${text}`, { reply_markup })
}
