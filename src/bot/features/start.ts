import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { escapeHtml } from '../helpers/html.js'
import { logHandle } from '../helpers/log-handle.js'
import { mainMenu } from '../keyboards/main-menu.js'

export const startFeature = new Composer<BotContext>()
const privateChats = startFeature.chatType('private')

privateChats.command('start', logHandle('start'), async (ctx) => {
  await ctx.reply(ctx.t('start-greeting', { name: escapeHtml(ctx.from.first_name) }), {
    reply_markup: mainMenu(ctx.t),
  })
})
