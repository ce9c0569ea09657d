// One portfolio entry (a case, procedure, skill or reflection) or the feedback
// on a placement: a text up to 2000 characters, then back to the placement.
import type { EntryKind } from '../../domain/placements.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { maxEntryLength } from '../../domain/placements.js'
import { loadPlacementView, renderPlacement } from '../helpers/placement-view.js'
import { ask, textAnswer } from './ask.js'

// Plain digits, as people type them (Fluent would print 2,000 or 2 000).
const max = String(maxEntryLength)

export const portfolioEntryId = 'portfolio-entry'
export type EntryTarget = EntryKind | 'feedback'

export async function portfolioEntry(conversation: BotConversation, ctx: ConversationContext, placementId: number, target: EntryTarget) {
  const userId = ctx.user!.id
  const locale = ctx.user!.locale
  await ctx.reply(ctx.t(`placement-ask-${target}`, { max }))
  const { value } = await ask(conversation, {
    prefix: 'pe:',
    parse: (c) => {
      const answer = textAnswer(c, maxEntryLength)
      return 'text' in answer ? answer.text : undefined
    },
    reprompt: (c) => {
      const answer = textAnswer(c, maxEntryLength)
      if ('error' in answer && answer.error === 'too-long')
        return c.reply(ctx.t('placement-too-long', { max, length: String(answer.length ?? 0) }))
      return c.reply(ctx.t('placement-not-text', { max }))
    },
  })
  const view = await conversation.external(async (outer: BotContext) => {
    const repo = outer.domain.placements
    await (target === 'feedback' ? repo.setFeedback(userId, placementId, value) : repo.addEntry(userId, placementId, target, value))
    return loadPlacementView(outer.domain, userId, placementId)
  })
  const { text, reply_markup } = renderPlacement(ctx.t, locale, view)
  await ctx.reply(`${ctx.t(target === 'feedback' ? 'placement-feedback-saved' : 'placement-entry-saved')}\n\n${text}`, { reply_markup })
}
