import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard } from 'grammy'
import { isLocale, locales } from '../../domain/users.js'
import { logHandle } from '../helpers/log-handle.js'
import { mainMenu } from '../keyboards/main-menu.js'

export const languageFeature = new Composer<BotContext>()
const privateChats = languageFeature.chatType('private')

privateChats.command('language', logHandle('language'), async (ctx) => {
  const keyboard = new InlineKeyboard()
  for (const locale of locales)
    keyboard.text(ctx.t(`language-name-${locale}`), `lang:${locale}`)
  await ctx.reply(ctx.t('language-choose'), { reply_markup: keyboard })
})

privateChats.callbackQuery(/^lang:(.*)$/, logHandle('language-set'), async (ctx) => {
  const locale = ctx.match[1]
  if (!isLocale(locale) || !ctx.user) {
    await ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
    return
  }
  await ctx.domain.users.setLocale(ctx.user.id, locale)
  ctx.user.locale = locale
  await ctx.i18n.renegotiateLocale()
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(ctx.t('language-set'))
  await ctx.reply(ctx.t('language-menu-updated'), { reply_markup: mainMenu(ctx.t) })
})
