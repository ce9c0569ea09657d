// Tags a handler in the logs, so a chat's updates read as a story.
import type { Middleware } from 'grammy'
import type { BotContext } from '../context.js'

export function logHandle(id: string): Middleware<BotContext> {
  return (ctx, next) => {
    ctx.logger.info({ handler: id, update_id: ctx.update.update_id, user_id: ctx.from?.id, chat_id: ctx.chat?.id })
    return next()
  }
}
