// `/start i<id>` opens an internship card for anyone (shared links). Other
// payloads go on to the generic start handler.
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { mainMenu } from '../keyboards/main-menu.js'
import { sendCard } from './internships.js'

export const deepLinkFeature = new Composer<BotContext>()

deepLinkFeature.chatType('private').command('start', async (ctx, next) => {
  const match = /^i(\d{1,10})$/.exec(ctx.match)
  if (!match)
    return next()
  ctx.logger.info({ handler: 'deep-link-internship', update_id: ctx.update.update_id, user_id: ctx.from.id })
  if (!await sendCard(ctx, Number(match[1])))
    await ctx.reply(ctx.t('internships-not-available'), { reply_markup: mainMenu(ctx.t) })
})
