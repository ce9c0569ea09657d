import type { Locale } from '../../domain/users.js'
// /volunteer (and the deep links `/start v`, `/start v<need>`): a foreign
// specialist registers, browses open needs, applies to one or offers general
// availability, answers an invitation and ticks the pre-arrival checklist.
// Their side is in English unless they choose Ukrainian.
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard } from 'grammy'
import { checklistKeys } from '../../domain/volunteers.js'
import { startFlow } from '../conversations/start-flow.js'
import { volunteerRegisterId } from '../conversations/volunteer-register.js'
import { localeOf } from '../helpers/coord-guard.js'
import { logHandle } from '../helpers/log-handle.js'
import { needApplyKeyboard, renderNeed } from '../helpers/need-card.js'
import { asRefusal, refusalText } from '../helpers/refusals.js'
import { renderMyApplication, volunteerHome } from '../helpers/volunteer-view.js'

/** The language a newcomer is asked to pick: English and Ukrainian. */
function languageKeyboard(ctx: BotContext, needId?: number) {
  const need = needId === undefined ? '' : `:${needId}`
  return new InlineKeyboard().text(ctx.t('language-name-en'), `va:r:en${need}`).text(ctx.t('language-name-uk'), `va:r:uk${need}`)
}

/** The volunteer's home, or (not registered yet) the welcome with the choice of language. */
async function home(ctx: BotContext, needId?: number) {
  const profile = await ctx.domain.volunteers.profile(ctx.user!.id)
  if (needId !== undefined && profile)
    return showNeed(ctx, needId, false)
  if (!profile) {
    // Foreign specialists: English, unless Telegram says Ukrainian; they may switch right here.
    if (ctx.from?.language_code?.toLowerCase().split('-')[0] !== 'uk' && ctx.user!.locale !== 'en')
      await setLocale(ctx, 'en')
    return ctx.reply(ctx.t('vol-welcome'), { reply_markup: languageKeyboard(ctx, needId) })
  }
  const view = volunteerHome(ctx.t, localeOf(ctx), profile)
  await ctx.reply(view.text, { reply_markup: view.keyboard })
}

async function setLocale(ctx: BotContext, locale: Locale) {
  await ctx.domain.users.setLocale(ctx.user!.id, locale)
  ctx.user!.locale = locale
  await ctx.i18n.renegotiateLocale()
}

async function showNeed(ctx: BotContext, id: number, edit: boolean) {
  const need = await ctx.domain.needs.openNeed(id)
  if (!need)
    return edit ? ctx.answerCallbackQuery({ text: ctx.t('vol-refused-need-closed'), show_alert: true }) : ctx.reply(ctx.t('vol-refused-need-closed'))
  if (edit)
    await ctx.answerCallbackQuery()
  await ctx.reply(renderNeed(ctx.t, localeOf(ctx), need), { reply_markup: needApplyKeyboard(ctx.t, id) })
}

/** A domain call for the volunteer's own record: a refusal is the button's answer. */
async function act<T>(ctx: BotContext, fn: () => Promise<T>): Promise<T | undefined> {
  const result = await asRefusal(fn)
  if (result.ok)
    return result.value
  await ctx.answerCallbackQuery({ text: refusalText(ctx.t, result.code === 'not-found' ? { code: 'stale', params: {} } : result), show_alert: true })
}

export function createVolunteerFeature() {
  const feature = new Composer<BotContext>()
  const chats = feature.chatType('private').filter(ctx => ctx.user !== undefined)

  chats.command('volunteer', logHandle('volunteer'), ctx => home(ctx))
  chats.command('start', async (ctx, next) => {
    const match = /^v(\d{1,9})?$/.exec(ctx.match)
    if (!match)
      return next()
    ctx.logger.info({ handler: 'deep-link-volunteer', update_id: ctx.update.update_id, user_id: ctx.from.id })
    await home(ctx, match[1] ? Number(match[1]) : undefined)
  })

  // The language, then the registration; a need from the deep link is shown once it is saved.
  chats.callbackQuery(/^va:r:(en|uk)(?::(\d{1,9}))?$/, logHandle('volunteer-language'), async (ctx) => {
    await setLocale(ctx, ctx.match[1] as Locale)
    await ctx.answerCallbackQuery()
    await startFlow(ctx, volunteerRegisterId, ctx.match[2] ? Number(ctx.match[2]) : undefined)
  })
  chats.callbackQuery('va:e', logHandle('volunteer-update'), async (ctx) => {
    await ctx.answerCallbackQuery()
    await startFlow(ctx, volunteerRegisterId)
  })

  chats.callbackQuery('va:l', logHandle('volunteer-needs'), async (ctx) => {
    await ctx.answerCallbackQuery()
    const needs = await ctx.domain.needs.listOpen()
    const locale = localeOf(ctx)
    const keyboard = InlineKeyboard.from(needs.map(n => [InlineKeyboard.text(`${ctx.t(`specialty-${n.specialty}`)} · ${locale === 'en' ? n.hospital.cityEn : n.hospital.cityUk}`.slice(0, 60), `va:n:${n.id}`)]))
    keyboard.row().text(ctx.t('vol-button-general'), 'va:g')
    await ctx.reply(ctx.t(needs.length ? 'vol-needs-title' : 'vol-needs-none'), { reply_markup: keyboard })
  })
  chats.callbackQuery(/^va:n:(\d{1,9})$/, logHandle('volunteer-need'), ctx => showNeed(ctx, Number(ctx.match[1]), true))

  // Apply to a need (va:a:<id>) or offer general availability (va:g).
  chats.callbackQuery(/^va:(?:a:(\d{1,9})|g)$/, logHandle('volunteer-apply'), async (ctx) => {
    const needId = ctx.match[1] ? Number(ctx.match[1]) : null
    const app = await act(ctx, () => ctx.domain.volunteers.apply(ctx.user!.id, needId))
    if (!app)
      return
    await ctx.answerCallbackQuery()
    await ctx.reply(ctx.t(needId ? 'vol-applied' : 'vol-applied-general', { id: app.id }), { reply_markup: new InlineKeyboard().text(ctx.t('vol-button-mine'), 'va:m') })
  })

  chats.callbackQuery('va:m', logHandle('volunteer-mine'), async (ctx) => {
    await ctx.answerCallbackQuery()
    const apps = await ctx.domain.volunteers.mine(ctx.user!.id)
    if (apps.length === 0)
      return ctx.reply(ctx.t('vol-mine-none'), { reply_markup: new InlineKeyboard().text(ctx.t('vol-button-needs-open'), 'va:l') })
    for (const a of apps) {
      const view = renderMyApplication(ctx.t, localeOf(ctx), a)
      await ctx.reply(view.text, { reply_markup: view.keyboard })
    }
  })

  // Accept an invitation (y), withdraw (w): only the volunteer's own, in a status that allows it.
  chats.callbackQuery(/^va:([yw]):(\d{1,9})$/, logHandle('volunteer-respond'), async (ctx) => {
    const id = Number(ctx.match[2])
    const app = await act(ctx, () => ctx.domain.volunteers.respond(ctx.user!.id, id, ctx.match[1] === 'y' ? 'accept' : 'withdraw'))
    if (!app)
      return
    await ctx.answerCallbackQuery({ text: ctx.t(`vol-done-${app.status}`) })
    const view = renderMyApplication(ctx.t, localeOf(ctx), app)
    await ctx.reply(view.text, { reply_markup: view.keyboard })
  })

  chats.callbackQuery(/^va:t:(\d{1,9}):(\d)$/, logHandle('volunteer-tick'), async (ctx) => {
    const key = checklistKeys[Number(ctx.match[2])] ?? 'none'
    const app = await act(ctx, () => ctx.domain.volunteers.tick(ctx.user!.id, Number(ctx.match[1]), key))
    if (!app)
      return
    await ctx.answerCallbackQuery()
    const view = renderMyApplication(ctx.t, localeOf(ctx), app)
    await ctx.editMessageText(view.text, { reply_markup: view.keyboard })
  })

  return feature
}
