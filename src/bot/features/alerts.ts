// /alerts and 🔔 Alerts: which specialties and countries to hear about, toggled
// with ✅ on paged buttons and saved at each tap; one tap turns alerts off or on.
import type { SubscriptionRecord } from '../../domain/subscriptions.js'
import type { BotContext } from '../context.js'
import { hears } from '@grammyjs/i18n'
import { Composer, InlineKeyboard } from 'grammy'
import { countries, isCountry } from '../../domain/countries.js'
import { isSpecialty, specialties } from '../../domain/specialties.js'
import { countryName } from '../helpers/format.js'
import { logHandle } from '../helpers/log-handle.js'
import { menuKeys } from '../keyboards/main-menu.js'
import { pagedKeyboard } from '../keyboards/paged.js'

const perPage = 10

function summary(ctx: BotContext, sub: SubscriptionRecord | null, kind: string | null) {
  const active = sub?.active ?? false
  const specs = sub?.specialties.length ? sub.specialties.map(s => ctx.t(`specialty-${s}`)).join(', ') : ctx.t('alerts-any-specialty')
  const places = sub?.countries.length ? sub.countries.map(c => countryName(ctx.t, c)).join(', ') : ctx.t('alerts-any-country')
  const audience = ctx.t(kind === 'student' ? 'alerts-audience-students' : kind ? 'alerts-audience-doctors' : 'alerts-audience-any')
  return [
    ctx.t('alerts-title'),
    '',
    ctx.t(active ? 'alerts-on' : 'alerts-off'),
    ctx.t('alerts-line-specialties', { value: specs }),
    ctx.t('alerts-line-countries', { value: places }),
    ctx.t('alerts-line-audience', { value: audience }),
  ].join('\n')
}

function mainKeyboard(ctx: BotContext, sub: SubscriptionRecord | null) {
  return new InlineKeyboard()
    .text(ctx.t('alerts-choose-specialties'), 'al:s:0')
    .text(ctx.t('alerts-choose-countries'), 'al:c:0')
    .row()
    .text(ctx.t(sub?.active ? 'alerts-turn-off' : 'alerts-turn-on'), sub?.active ? 'al:off' : 'al:on')
}

async function show(ctx: BotContext, edit: boolean) {
  const [sub, profile] = await Promise.all([ctx.domain.subscriptions.get(ctx.user!.id), ctx.domain.profiles.get(ctx.user!.id)])
  const text = summary(ctx, sub, profile?.kind ?? null)
  const reply_markup = mainKeyboard(ctx, sub)
  await (edit ? ctx.editMessageText(text, { reply_markup }) : ctx.reply(text, { reply_markup }))
}

function picker(ctx: BotContext, what: 's' | 'c', chosen: string[], page: number) {
  const codes: readonly string[] = what === 's' ? specialties : countries
  const label = (code: string) => what === 's' ? ctx.t(`specialty-${code}`) : countryName(ctx.t, code)
  return pagedKeyboard({
    items: codes.map(code => [`${chosen.includes(code) ? '✅ ' : ''}${label(code)}`, `al:t${what}:${code}:${page}`]),
    page,
    perPage,
    columns: 2,
    pageData: p => `al:${what}:${p}`,
    extra: [[ctx.t('alerts-done'), 'al:v']],
  })
}

export const alertsFeature = new Composer<BotContext>()
const privateChats = alertsFeature.chatType('private').filter(ctx => ctx.user !== undefined)

privateChats.command('alerts', logHandle('alerts'), ctx => show(ctx, false))
privateChats.filter(hears(menuKeys.alerts), logHandle('menu-alerts'), ctx => show(ctx, false))

privateChats.callbackQuery(/^al:(s|c):(\d{1,2})$/, logHandle('alerts-picker'), async (ctx) => {
  const what = ctx.match[1] as 's' | 'c'
  const sub = await ctx.domain.subscriptions.get(ctx.user!.id)
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(ctx.t(what === 's' ? 'alerts-pick-specialties' : 'alerts-pick-countries'), {
    reply_markup: picker(ctx, what, (what === 's' ? sub?.specialties : sub?.countries) ?? [], Number(ctx.match[2])),
  })
})

privateChats.callbackQuery(/^al:t(s|c):([\w-]{1,32}):(\d{1,2})$/, logHandle('alerts-toggle'), async (ctx) => {
  const [, what, code, page] = ctx.match
  if (what === 's' ? !isSpecialty(code) : !isCountry(code)) {
    await ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
    return
  }
  const current = await ctx.domain.subscriptions.get(ctx.user!.id)
  const list = (what === 's' ? current?.specialties : current?.countries) ?? []
  const next = list.includes(code) ? list.filter(c => c !== code) : [...list, code]
  const sub = await ctx.domain.subscriptions.set(ctx.user!.id, what === 's' ? { specialties: next } : { countries: next })
  await ctx.answerCallbackQuery()
  await ctx.editMessageReplyMarkup({ reply_markup: picker(ctx, what as 's' | 'c', what === 's' ? sub.specialties : sub.countries, Number(page)) })
})

privateChats.callbackQuery('al:v', logHandle('alerts-done'), async (ctx) => {
  await ctx.answerCallbackQuery()
  await show(ctx, true)
})

privateChats.callbackQuery(['al:on', 'al:off'], logHandle('alerts-switch'), async (ctx) => {
  const on = ctx.callbackQuery.data === 'al:on'
  await ctx.domain.subscriptions.setActive(ctx.user!.id, on)
  await ctx.answerCallbackQuery({ text: ctx.t(on ? 'alerts-turned-on' : 'alerts-turned-off') })
  await show(ctx, true)
})

privateChats.callbackQuery(/^al:/, ctx => ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true }))
