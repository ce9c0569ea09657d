// Edits one profile field with the same question and validation as onboarding,
// then shows the profile again.
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import type { ProfileField } from './profile-questions.js'
import { profileCard, profileKeyboard } from '../helpers/profile-card.js'
import { askField, profileFields } from './profile-questions.js'

export const profileEditId = 'profile-edit'

export async function profileEdit(conversation: BotConversation, ctx: ConversationContext, field: ProfileField) {
  if (!profileFields.includes(field))
    return
  await askField(conversation, ctx, field)
  const userId = ctx.user!.id
  const profile = await conversation.external((outer: BotContext) => outer.domain.profiles.get(userId))
  await ctx.reply(profileCard(ctx.t, ctx.user!.locale, profile), { reply_markup: profileKeyboard(ctx.t, profile) })
}
