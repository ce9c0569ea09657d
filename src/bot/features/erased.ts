// After /deletedata the account is nobody: an update from it changes nothing
// and brings no name back. A message or a button gets one short answer; a
// block or unblock (`my_chat_member`) and anything else are ignored. Only an
// explicit /start makes a new person.
import type { Context, NextFunction } from 'grammy'
import type { BotContext } from '../context.js'

/** `/start`, with or without a payload, in a private chat. */
export function isStartCommand(ctx: Context): boolean {
  return ctx.chat?.type === 'private' && /^\/start(?:@\w+)?(?:\s|$)/.test(ctx.message?.text ?? '')
}

export async function erasedGate(ctx: BotContext, next: NextFunction) {
  if (!ctx.erased)
    return next()
  ctx.logger.info({ update_id: ctx.update.update_id }, 'update from an erased account: answered, not handled')
  if (ctx.chat?.type !== 'private')
    return
  if (ctx.callbackQuery)
    await ctx.answerCallbackQuery({ text: ctx.t('privacy-erased-answer'), show_alert: true })
  else if (ctx.message)
    await ctx.reply(ctx.t('privacy-erased-answer'), { reply_markup: { remove_keyboard: true } })
}
