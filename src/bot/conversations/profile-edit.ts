// Edits one profile field with the same question and limits as onboarding,
// then shows the profile again.
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import type { ProfileField } from './profile-questions.js'
import { profileCard, profileKeyboard } from '../helpers/profile-card.js'
import { openFlow } from './kit/questions.js'
import { askProfileField, profileFields, saveProfile } from './profile-questions.js'

export const profileEditId = 'profile-edit'

export async function profileEdit(conversation: BotConversation, ctx: ConversationContext, field: ProfileField) {
  if (!profileFields.includes(field))
    return
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('profile-flow-cancelled') })
  const userId = ctx.user!.id
  const before = await conversation.external((outer: BotContext) => outer.domain.profiles.get(userId))
  const answer = await askProfileField(kit, field, { skip: true, kind: before?.kind ?? null })
  if (answer && typeof answer === 'object')
    await saveProfile(kit, answer)
  const profile = await conversation.external((outer: BotContext) => outer.domain.profiles.get(userId))
  await ctx.reply(profileCard(ctx.t, ctx.user!.locale, profile), { reply_markup: profileKeyboard(ctx.t, profile) })
}
