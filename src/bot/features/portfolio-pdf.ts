// The portfolio PDF and the end-of-placement survey: `/portfolio pdf [id]`
// (plain /portfolio passes on to the logbook), the 📄 button (`pdf:<id>`), the
// survey button (`srv:<id>`), and /verify <code> for staff. Every button is
// checked again on the server: whose placement, which hospital.
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { formatDay } from '../../time/dates.js'
import { startFlow } from '../conversations/start-flow.js'
import { surveyId } from '../conversations/survey.js'
import { localeOf, staffOnly } from '../helpers/coord-guard.js'
import { escapeHtml } from '../helpers/html.js'
import { logHandle } from '../helpers/log-handle.js'
import { sendPortfolio } from '../helpers/portfolio-send.js'
import { asRefusal } from '../helpers/refusals.js'

const alert = (ctx: BotContext, key: string) => ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true })

export function createPortfolioPdfFeature() {
  const feature = new Composer<BotContext>()
  const chats = feature.chatType('private').filter(ctx => ctx.user !== undefined)

  // `/portfolio pdf` and `/portfolio pdf <placement id>` (the id for staff, or one's own); anything else is the logbook's.
  chats.command('portfolio', async (ctx, next) => {
    const args = ctx.match.trim().split(/\s+/).filter(Boolean)
    if (args[0]?.toLowerCase() !== 'pdf')
      return next()
    ctx.logger.info({ handler: 'portfolio-pdf', update_id: ctx.update.update_id, user_id: ctx.from?.id })
    if (args.length > 2 || (args[1] !== undefined && !/^\d{1,9}$/.test(args[1])))
      return ctx.reply(ctx.t('portfolio-pdf-usage'))
    if (args[1] !== undefined)
      return sendPortfolio(ctx, Number(args[1]))
    const list = await ctx.domain.placements.listForUser(ctx.user!.id)
    if (list.length === 0)
      return ctx.reply(ctx.t('placement-none'))
    if (list.length === 1)
      return sendPortfolio(ctx, list[0].id)
    const locale = localeOf(ctx)
    await ctx.reply(ctx.t('portfolio-pdf-choose'), { reply_markup: InlineKeyboard.from(list.map(p => [InlineKeyboard.text(`📄 ${pick(locale, p, 'title').slice(0, 50)}`, `pdf:${p.id}`)])) })
  })

  chats.callbackQuery(/^pdf:(\d{1,9})$/, logHandle('portfolio-pdf-button'), ctx => sendPortfolio(ctx, Number(ctx.match[1])))

  chats.callbackQuery(/^srv:(\d{1,9})$/, logHandle('survey-start'), async (ctx) => {
    const id = Number(ctx.match[1])
    const status = await asRefusal(() => ctx.domain.survey.status(ctx.user!.id, id))
    if (!status.ok)
      return alert(ctx, 'placement-not-yours')
    if (status.value.answered) {
      await ctx.answerCallbackQuery({ text: ctx.t('survey-refused-answered') })
      return sendPortfolio(ctx, id)
    }
    if (!status.value.open)
      return ctx.answerCallbackQuery({ text: ctx.t('portfolio-not-yet', { day: formatDay(localeOf(ctx), status.value.endsOn) }), show_alert: true })
    await ctx.answerCallbackQuery()
    await startFlow(ctx, surveyId, id)
  })
  chats.callbackQuery(/^(?:pdf|srv):/, ctx => alert(ctx, 'error-stale-button'))

  chats.command('verify', logHandle('verify'), staffOnly(async (ctx, rights) => {
    const arg = ctx.match.trim()
    if (!arg)
      return ctx.reply(ctx.t('verify-usage'))
    const found = await ctx.domain.portfolio.verify(rights, arg.slice(0, 40))
    if (!found)
      return ctx.reply(ctx.t('verify-unknown', { code: escapeHtml(arg.slice(0, 40)) }))
    const locale = localeOf(ctx)
    const text = ctx.t('verify-found', {
      person: escapeHtml(found.person),
      hospital: escapeHtml(pick(locale, found, 'hospital')),
      city: escapeHtml(pick(locale, found, 'city')),
      country: ctx.t(`country-${found.country}`),
      from: formatDay(locale, found.startsOn),
      to: formatDay(locale, found.endsOn),
      entries: found.entries,
      confirmed: found.confirmed,
      id: found.placementId,
    })
    const reply_markup = found.canFetch ? InlineKeyboard.from([[InlineKeyboard.text(ctx.t('verify-fetch'), `pdf:${found.placementId}`)]]) : undefined
    await ctx.reply(text, { reply_markup })
  }))
  return feature
}
