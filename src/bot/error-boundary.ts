// The one error boundary: log with context (ids, never message text), answer
// the person with a short apology in their language, keep the process running.
// An update from the inbox that failed because the database did not answer is
// retried later: the person hears once that the answer is coming (first try
// only), and then gets the real answer, not a second apology.
import type { BotError } from 'grammy'
import type { BotContext } from './context.js'
import { GrammyError, HttpError } from 'grammy'
import { isDatabaseUnavailable } from '../db/unavailable.js'
import { DomainError } from '../domain/errors.js'
import { wasAnswered } from './helpers/callback-answers.js'
import { refusalText } from './helpers/refusals.js'
import { handlingOf } from './helpers/update-handling.js'

export async function onBotError(error: BotError<BotContext>) {
  const { ctx, error: err } = error
  const where = { update_id: ctx.update.update_id, user_id: ctx.from?.id, chat_id: ctx.chat?.id }
  if (err instanceof DomainError)
    ctx.logger.warn({ ...where, code: err.code }, 'domain error reached the boundary')
  else if (err instanceof GrammyError)
    ctx.logger.error({ ...where, method: err.method, error_code: err.error_code, description: err.description }, 'Bot API refused a call')
  else if (err instanceof HttpError)
    ctx.logger.error({ ...where, err: { message: String(err.error) } }, 'network error talking to Telegram')
  else
    ctx.logger.error({ ...where, err }, 'handler failed')

  const handling = handlingOf(ctx.update)
  const retry = handling?.canRetry === true && isDatabaseUnavailable(err)
  if (handling)
    handling.failure = { error: err, retry }
  if (retry && handling.attempt > 1)
    return

  // A 403 means the person blocked the bot: there is nobody to apologise to.
  if (!ctx.chat || (err instanceof GrammyError && err.error_code === 403))
    return
  try {
    // A callback query takes one answer: the handler may have given it before failing.
    if (ctx.callbackQuery && !ctx.callbackAnswered && !wasAnswered(ctx.callbackQuery.id))
      await ctx.answerCallbackQuery().catch(() => {})
    await ctx.reply(err instanceof DomainError ? refusalText(ctx.t, err) : ctx.t(retry ? 'inbox-delayed' : 'error-generic'))
  }
  catch (replyError) {
    ctx.logger.warn({ ...where, err: replyError }, 'could not send the apology')
  }
}
