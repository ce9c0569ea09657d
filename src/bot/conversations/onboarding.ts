// Onboarding after /start: who the person is, then the essentials, each
// skippable. Answers are saved one by one; the flow ends with the main menu.
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import type { ProfileField } from './profile-questions.js'
import { escapeHtml } from '../helpers/html.js'
import { mainMenu } from '../keyboards/main-menu.js'
import { openFlow } from './kit/questions.js'
import { askProfileField, profileFields, saveProfile } from './profile-questions.js'

export const onboardingId = 'onboarding'

/** `greet`: entered by a first /start, so the greeting and the intro are one message (with the menu). */
export async function onboarding(conversation: BotConversation, ctx: ConversationContext, options: { greet?: boolean } = {}) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('profile-flow-cancelled') })
  const intro = ctx.t('profile-onboarding-intro')
  await (options.greet
    ? ctx.reply(`${ctx.t('start-welcome', { name: escapeHtml(ctx.from?.first_name ?? '') })}\n\n${intro}`, { reply_markup: mainMenu(ctx.t) })
    : ctx.reply(intro))
  let kind = null
  for (const field of profileFields as readonly ProfileField[]) {
    const answer = await askProfileField(kit, field, { skip: true, kind })
    if (answer && typeof answer === 'object') {
      const saved = await saveProfile(kit, answer)
      kind = saved.kind
    }
  }
  const userId = ctx.user!.id
  await conversation.external((outer: BotContext) => outer.domain.profiles.markOnboarded(userId))
  await ctx.reply(ctx.t('profile-onboarding-done'), { reply_markup: mainMenu(ctx.t) })
}
