// A per-person limit on commands and uploads (@grammyjs/ratelimiter): past it
// the person is told once to slow down and further ones are dropped until the
// window ends. Only commands and files sent outside a flow count: inside an
// active conversation every message is an answer to a question, and is never
// swallowed. Buttons are not counted.
import type { Middleware } from 'grammy'
import type { BotContext } from './context.js'
import { limit } from '@grammyjs/ratelimiter'

export interface RateLimit {
  /** The window, in milliseconds. */
  timeFrame: number
  /** Commands and uploads one person may send in a window. */
  limit: number
}

export const commandRate: RateLimit = { timeFrame: 60_000, limit: 20 }

/** A command (`/…` at the start) or a file, in a private chat. */
export function isCommandOrUpload(ctx: BotContext): boolean {
  const m = ctx.message
  if (!m || ctx.chat?.type !== 'private')
    return false
  const command = m.entities?.some(e => e.type === 'bot_command' && e.offset === 0) ?? false
  return command || Boolean(m.document || m.photo || m.video || m.audio || m.voice || m.video_note || m.animation)
}

/** Install after the conversations plugin: it asks which flows are active. */
export function commandRateLimit(rate: RateLimit = commandRate): Middleware<BotContext> {
  const limiter = limit<BotContext, any>({
    timeFrame: rate.timeFrame,
    limit: rate.limit,
    keyGenerator: ctx => ctx.from?.id.toString(),
    onLimitExceeded: async (ctx) => {
      ctx.logger.warn({ update_id: ctx.update.update_id, user_id: ctx.from?.id }, 'rate limit reached: commands dropped until the window ends')
      await ctx.reply(ctx.t('rate-limit-slow-down'))
    },
  })
  return async (ctx, next) => {
    if (!ctx.from || !isCommandOrUpload(ctx))
      return next()
    if (Object.keys(await ctx.conversation.active()).length > 0)
      return next()
    return limiter(ctx, next)
  }
}
