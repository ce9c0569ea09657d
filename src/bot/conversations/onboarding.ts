// Onboarding after /start: who the person is, then the essentials, each
// skippable. Answers are saved one by one; the flow ends with the main menu.
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { mainMenu } from '../keyboards/main-menu.js'
import { askEnglish, askExperience, askInstitution, askKind, askName, askSpecialty } from './profile-questions.js'

export const onboardingId = 'onboarding'

export async function onboarding(conversation: BotConversation, ctx: ConversationContext) {
  await ctx.reply(ctx.t('profile-onboarding-intro'))
  const kind = await askKind(conversation, ctx)
  await askName(conversation, ctx)
  await askInstitution(conversation, ctx)
  await askSpecialty(conversation, ctx)
  await askExperience(conversation, ctx, kind)
  await askEnglish(conversation, ctx)
  const userId = ctx.user!.id
  await conversation.external((outer: BotContext) => outer.domain.profiles.markOnboarded(userId))
  await ctx.reply(ctx.t('profile-onboarding-done'), { reply_markup: mainMenu(ctx.t) })
}
