import type { BotContext } from '../context.js'
import { hears } from '@grammyjs/i18n'
import { Composer } from 'grammy'
import { logHandle } from '../helpers/log-handle.js'
import { mainMenu, menuKeys } from '../keyboards/main-menu.js'

export const helpFeature = new Composer<BotContext>()
const privateChats = helpFeature.chatType('private')

async function showHelp(ctx: BotContext) {
  await ctx.reply(ctx.t('help-text'), { reply_markup: mainMenu(ctx.t), link_preview_options: { is_disabled: true } })
}

privateChats.command('help', logHandle('help'), showHelp)
privateChats.filter(hears(menuKeys.help), logHandle('menu-help'), showHelp)

// /cancel outside any flow: nothing to stop, say so rather than "not understood".
privateChats.command('cancel', logHandle('cancel-idle'), ctx => ctx.reply(ctx.t('cancel-nothing'), { reply_markup: mainMenu(ctx.t) }))
