// The Apply button of a card: refusals are answered before any question, then
// the apply conversation starts (or resumes a draft).
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { applyId } from '../conversations/apply.js'
import { startFlow } from '../conversations/start-flow.js'
import { logHandle } from '../helpers/log-handle.js'
import { refusalText } from '../helpers/refusals.js'

export function createApplyFeature() {
  const feature = new Composer<BotContext>()
  const privateChats = feature.chatType('private')

  privateChats.callbackQuery(/^ap:(\d{1,10})$/, logHandle('apply-start'), async (ctx) => {
    const id = Number(ctx.match[1])
    if (!ctx.user || id > 2147483647)
      return ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
    const check = await ctx.domain.apply.start(ctx.user.id, id, ctx.clock())
    await ctx.answerCallbackQuery()
    if (check.refusal)
      return ctx.reply(refusalText(ctx.t, { code: `apply-${check.refusal}`, params: {} }))
    // The checks' result goes into the flow: it does not check again.
    await startFlow(ctx, applyId, id, check)
  })
  privateChats.callbackQuery(/^ap:/, logHandle('apply-stale'), ctx => ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true }))
  return feature
}
