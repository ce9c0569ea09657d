// /export: applications as a CSV document; /stats [YYYY-MM]: the programme's
// report as text and as a chart.
import type { Rights } from '../../domain/access.js'
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard, InputFile } from 'grammy'
import { pick } from '../../domain/localized.js'
import { smallCell } from '../../domain/stats.js'
import { formatMonth } from '../../time/dates.js'
import { consultReportLine } from '../helpers/consult-view.js'
import { localeOf, refuse, staffOnly } from '../helpers/coord-guard.js'
import { logHandle } from '../helpers/log-handle.js'
import { asRefusal } from '../helpers/refusals.js'
import { renderBarChart, renderPng } from '../helpers/report-chart.js'
import { renderReport } from '../helpers/report-text.js'
import { renderSurveyStats } from '../helpers/survey-stats-text.js'

export const statsFeature = new Composer<BotContext>()
const chats = statsFeature.chatType('private')
const monthPattern = /^\d{4}-(?:0[1-9]|1[0-2])$/

/** The current month and the two before it, as YYYY-MM. */
function recentMonths(now: Date) {
  return [0, 1, 2].map(back => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7))
}

async function sendCsv(ctx: BotContext, rights: Rights, scope: { opportunityId: number } | { month: string }) {
  // Streamed page by page from the database into the upload: memory holds one page.
  const { bytes, filename, count } = await ctx.domain.exports.applicationsCsvStream(rights, scope)
  await ctx.replyWithDocument(new InputFile(bytes, filename), { caption: ctx.t('export-caption', { count }) })
}

chats.command('export', logHandle('export'), staffOnly(async (ctx, rights) => {
  const arg = ctx.match.trim()
  if (monthPattern.test(arg))
    return sendCsv(ctx, rights, { month: arg })
  const internships = (await ctx.domain.opportunityAdmin.list(rights)).slice(0, 10)
  const keyboard = InlineKeyboard.from([
    recentMonths(ctx.clock()).map(m => InlineKeyboard.text(`📅 ${formatMonth(localeOf(ctx), m)}`, `ex:m:${m}`)),
    ...internships.map(o => [InlineKeyboard.text(pick(localeOf(ctx), o, 'title').slice(0, 60), `ex:o:${o.id}`)]),
  ])
  await ctx.reply(ctx.t('export-choose'), { reply_markup: keyboard })
}))

chats.callbackQuery(/^ex:m:(\d{4}-\d{2})$/, logHandle('export-month'), staffOnly(async (ctx, rights) => {
  if (!monthPattern.test(ctx.match[1]))
    return ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
  await ctx.answerCallbackQuery()
  await sendCsv(ctx, rights, { month: ctx.match[1] })
}))

chats.callbackQuery(/^ex:o:(\d{1,9})$/, logHandle('export-internship'), staffOnly(async (ctx, rights) => {
  const id = Number(ctx.match[1])
  const found = await asRefusal(() => ctx.domain.opportunityAdmin.get(rights, id))
  if (!found.ok)
    return found.code === 'not-yours' ? refuse(ctx, 'coord-not-yours', id) : ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
  await ctx.answerCallbackQuery()
  await sendCsv(ctx, rights, { opportunityId: id })
}))

chats.command('stats', logHandle('stats'), staffOnly(async (ctx, rights) => {
  const arg = ctx.match.trim()
  if (arg && !monthPattern.test(arg))
    return ctx.reply(ctx.t('report-usage'))
  const month = arg || ctx.clock().toISOString().slice(0, 7)
  // A hospital's coordinator gets their hospitals only, small counts shown as <3.
  const report = await ctx.domain.stats.report(month, rights)
  const hospitals = report.hospitalIds ? (await ctx.domain.hospitalAdmin.list(report.hospitalIds)).map(h => pick(localeOf(ctx), h, 'name')) : []
  // Consultations between twins count as an experience exchange (their own domain module).
  const exchange = await ctx.domain.consultations.counts(month, report.hospitalIds)
  await ctx.reply(`${renderReport(ctx.t, report, hospitals)}\n${consultReportLine(ctx.t, exchange)}`)
  const [year] = month.split('-')
  const svg = renderBarChart({
    title: ctx.t('report-chart-title', { year }),
    labels: report.perMonth.map((_, i) => ctx.t(`report-month-short-${i + 1}`)),
    // A small month is drawn as high as two, labelled <3: the bar says no more than the text.
    values: report.perMonth.map(c => c === smallCell ? 2 : c),
    valueLabels: report.perMonth.map(c => c === smallCell ? '<3' : String(c)),
  })
  await ctx.replyWithPhoto(new InputFile(renderPng(svg), `report-${month}.png`), { caption: ctx.t('report-chart-caption') })
  // The end-of-placement survey per host hospital, when anyone answered it.
  const survey = await ctx.domain.survey.averages(rights)
  if (survey.length)
    await ctx.reply(renderSurveyStats(ctx.t, localeOf(ctx), survey))
}))
