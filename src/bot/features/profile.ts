// /profile and the 👤 Profile menu entry: the profile, editable field by field.
import type { BotContext } from '../context.js'
import type { ProfileField } from '../conversations/profile-questions.js'
import { hears } from '@grammyjs/i18n'
import { Composer } from 'grammy'
import { profileEditId } from '../conversations/profile-edit.js'
import { profileFields } from '../conversations/profile-questions.js'
import { startFlow } from '../conversations/start-flow.js'
import { logHandle } from '../helpers/log-handle.js'
import { profileCard, profileKeyboard } from '../helpers/profile-card.js'
import { menuKeys } from '../keyboards/main-menu.js'

async function showProfile(ctx: BotContext) {
  if (!ctx.user)
    return
  const profile = await ctx.domain.profiles.get(ctx.user.id)
  await ctx.reply(profileCard(ctx.t, ctx.user.locale, profile), { reply_markup: profileKeyboard(ctx.t, profile) })
}

export function createProfileFeature() {
  const feature = new Composer<BotContext>()
  const privateChats = feature.chatType('private')

  privateChats.command('profile', logHandle('profile'), showProfile)
  privateChats.filter(hears(menuKeys.profile), logHandle('menu-profile'), showProfile)

  privateChats.callbackQuery(/^pe:(.+)$/, logHandle('profile-edit'), async (ctx) => {
    const field = ctx.match[1] as ProfileField
    if (!profileFields.includes(field)) {
      await ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
      return
    }
    await ctx.answerCallbackQuery()
    // A flow left half-way (another edit, onboarding) gives way to the one asked for now.
    await startFlow(ctx, profileEditId, field)
  })
  return feature
}
