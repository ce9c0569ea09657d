// Sends the portfolio PDF of a placement as a direct reply, or says why not:
// the survey comes first (with its button), not yet (before the last day),
// not issued yet (staff, survey unanswered), not yours. Used by /portfolio pdf,
// the 📄 button, /verify's button and the end of the survey flow.
import type { BotContext } from '../context.js'
import { InlineKeyboard, InputFile } from 'grammy'
import { displayCode } from '../../domain/portfolio-pdf.js'
import { formatDay } from '../../time/dates.js'
import { localeOf, refuse } from './coord-guard.js'
import { asRefusal } from './refusals.js'

/** The survey button of a placement (its callback data is checked again when pressed). */
export function surveyKeyboard(t: BotContext['t'], placementId: number) {
  return InlineKeyboard.from([[InlineKeyboard.text(t('survey-button'), `srv:${placementId}`)]])
}

/** Answers the button (once) with an alert, or replies to a command. */
async function tell(ctx: BotContext, text: string, answer: boolean) {
  if (answer && ctx.callbackQuery && !ctx.callbackAnswered)
    return ctx.answerCallbackQuery({ text, show_alert: true })
  return ctx.reply(text)
}

/** `answer: false` inside a flow, whose kit answered the last button itself. */
export async function sendPortfolio(ctx: BotContext, placementId: number, { answer = true } = {}): Promise<void> {
  const answering = answer && Boolean(ctx.callbackQuery)
  const userId = ctx.user?.id
  const rights = await ctx.domain.access.rightsOf(userId, ctx.isAdmin)
  const result = await asRefusal(() => ctx.domain.portfolio.document({ userId, rights }, placementId, localeOf(ctx), ctx.t))
  if (result.ok) {
    if (answering && !ctx.callbackAnswered)
      await ctx.answerCallbackQuery()
    const { content, filename, code } = result.value
    await ctx.replyWithDocument(new InputFile(content, filename), { caption: ctx.t('portfolio-pdf-caption', { code: displayCode(code) }) })
    return
  }
  if (result.code === 'not-yours') {
    await refuse(ctx, 'coord-not-yours', placementId)
    return
  }
  if (result.code !== 'portfolio-survey-first' || userId === undefined) {
    await tell(ctx, ctx.t('placement-not-yours'), answering)
    return
  }
  // The gate: the person is asked for the survey; staff hear that it is not issued yet.
  const status = await asRefusal(() => ctx.domain.survey.status(userId, placementId))
  if (answering && !ctx.callbackAnswered)
    await ctx.answerCallbackQuery()
  if (!status.ok)
    await ctx.reply(ctx.t('portfolio-staff-not-issued'))
  else if (status.value.open)
    await ctx.reply(ctx.t('portfolio-survey-first'), { reply_markup: surveyKeyboard(ctx.t, placementId) })
  else
    await ctx.reply(ctx.t('portfolio-not-yet', { day: formatDay(localeOf(ctx), status.value.endsOn) }))
}
