// The feedback on a placement: a text up to 2000 characters, then back to the
// placement. (Logbook entries have their own flow: logbook-entry.ts.)
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { maxEntryLength } from '../../domain/placements.js'
import { loadPlacementView, renderPlacement } from '../helpers/placement-view.js'
import { openFlow } from './kit/questions.js'

export const portfolioEntryId = 'portfolio-entry'

export async function portfolioEntry(conversation: BotConversation, ctx: ConversationContext, placementId: number) {
  const kit = openFlow(conversation, ctx)
  const userId = ctx.user!.id
  const locale = ctx.user!.locale
  const value = await kit.text({ code: 'entry', question: kit.t('placement-ask-feedback', { max: maxEntryLength }), max: maxEntryLength })
  const view = await conversation.external(async (outer: BotContext) => {
    await outer.domain.placements.setFeedback(userId, placementId, value)
    return loadPlacementView(outer.domain, userId, placementId)
  })
  const { text, reply_markup } = renderPlacement(ctx.t, locale, view)
  await ctx.reply(`${ctx.t('placement-feedback-saved')}\n\n${text}`, { reply_markup })
}
