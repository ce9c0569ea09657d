// /my: a person's applications. Opens one, withdraws it (after a confirmation),
// accepts or declines an offer. Only the person's own applications are found.
import type { BotContext } from '../context.js'
import { hears } from '@grammyjs/i18n'
import { Composer, InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { zoneOf } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { logHandle } from '../helpers/log-handle.js'
import { renderApplication, renderMyList } from '../helpers/my-applications-view.js'
import { isRefusal, refusalText } from '../helpers/refusals.js'
import { menuKeys } from '../keyboards/main-menu.js'

export const myApplicationsFeature = new Composer<BotContext>()
const privateChats = myApplicationsFeature.chatType('private')

async function show(ctx: BotContext, view: { text: string, keyboard: InlineKeyboard }) {
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery()
    await ctx.editMessageText(view.text, { reply_markup: view.keyboard })
  }
  else {
    await ctx.reply(view.text, { reply_markup: view.keyboard })
  }
}

async function showList(ctx: BotContext) {
  const apps = await ctx.domain.applications.listForUser(ctx.user!.id)
  await show(ctx, renderMyList(ctx.t, await ctx.i18n.getLocale(), apps))
}

/** The application, or null after telling the person the button is stale (someone else's, unknown). */
async function own(ctx: BotContext, id: number) {
  try {
    return await ctx.domain.applications.get(ctx.user!.id, id)
  }
  catch (err) {
    if (!isRefusal(err))
      throw err
    await ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
    return null
  }
}

async function showOne(ctx: BotContext, id: number) {
  const app = await own(ctx, id)
  if (app)
    await show(ctx, renderApplication(ctx.t, await ctx.i18n.getLocale(), zoneOf(ctx), app))
}

/** Runs a transition; a refused one answers with its reason as an alert and shows the application as it is now. */
async function transition(ctx: BotContext, id: number, change: () => Promise<unknown>, done: string) {
  if (!await own(ctx, id))
    return
  try {
    await change()
  }
  catch (err) {
    if (!isRefusal(err))
      throw err
    await ctx.answerCallbackQuery({ text: refusalText(ctx.t, err), show_alert: true })
    const app = await ctx.domain.applications.get(ctx.user!.id, id)
    const view = renderApplication(ctx.t, await ctx.i18n.getLocale(), zoneOf(ctx), app)
    await ctx.editMessageText(view.text, { reply_markup: view.keyboard })
    return
  }
  await ctx.answerCallbackQuery({ text: ctx.t(done) })
  const view = renderApplication(ctx.t, await ctx.i18n.getLocale(), zoneOf(ctx), await ctx.domain.applications.get(ctx.user!.id, id))
  await ctx.editMessageText(view.text, { reply_markup: view.keyboard })
}

privateChats.command('my', logHandle('my'), showList)
privateChats.filter(hears(menuKeys.applications), logHandle('my-menu'), showList)
privateChats.callbackQuery('my:l', logHandle('my-list'), showList)
privateChats.callbackQuery(/^my:o:(\d{1,10})$/, logHandle('my-open'), ctx => showOne(ctx, Number(ctx.match[1])))

privateChats.callbackQuery(/^my:w:(\d{1,10})$/, logHandle('my-withdraw-ask'), async (ctx) => {
  const app = await own(ctx, Number(ctx.match[1]))
  if (!app)
    return
  const keyboard = new InlineKeyboard().text(ctx.t('applications-withdraw-yes'), `my:wy:${app.id}`).text(ctx.t('applications-withdraw-no'), `my:o:${app.id}`)
  await show(ctx, { text: ctx.t('applications-withdraw-confirm', { title: escapeHtml(pick(await ctx.i18n.getLocale(), app.opportunity, 'title')) }), keyboard })
})

privateChats.callbackQuery(/^my:wy:(\d{1,10})$/, logHandle('my-withdraw'), async (ctx) => {
  const id = Number(ctx.match[1])
  await transition(ctx, id, () => ctx.domain.applications.withdraw(ctx.user!.id, id, ctx.clock()), 'applications-withdrawn')
})

privateChats.callbackQuery(/^my:ac:(\d{1,10})$/, logHandle('my-accept'), async (ctx) => {
  const id = Number(ctx.match[1])
  await transition(ctx, id, () => ctx.domain.applications.acceptOffer(ctx.user!.id, id, ctx.clock()), 'applications-accepted')
})

privateChats.callbackQuery(/^my:dc:(\d{1,10})$/, logHandle('my-decline'), async (ctx) => {
  const id = Number(ctx.match[1])
  await transition(ctx, id, () => ctx.domain.applications.declineOffer(ctx.user!.id, id, ctx.clock()), 'applications-declined')
})

privateChats.callbackQuery(/^my:/, logHandle('my-stale'), ctx => ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true }))
