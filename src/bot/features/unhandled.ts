// Last in the chain: anything no feature took. Stale buttons are answered so
// the client stops spinning; stray messages get a pointer to the menu.
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { mainMenu } from '../keyboards/main-menu.js'

export const unhandledFeature = new Composer<BotContext>()

unhandledFeature.on('callback_query', async (ctx) => {
  ctx.logger.info({ update_id: ctx.update.update_id, user_id: ctx.from.id, data_length: ctx.callbackQuery.data?.length }, 'unhandled callback query')
  await ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
})

unhandledFeature.chatType('private').on('message', async (ctx) => {
  await ctx.reply(ctx.t('unhandled'), { reply_markup: mainMenu(ctx.t) })
})
