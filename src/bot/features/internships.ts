// /internships: the open list, a page at a time, with filters kept in the
// session; the list message is edited in place. Opens cards and shares them.
import type { BotContext } from '../context.js'
import { hears } from '@grammyjs/i18n'
import { Composer } from 'grammy'
import { admits } from '../../domain/audience.js'
import { isCountry } from '../../domain/countries.js'
import { isSpecialty } from '../../domain/specialties.js'
import { zoneOf } from '../helpers/format.js'
import { opportunityCardKeyboard, renderOpportunityCard } from '../helpers/internship-card.js'
import { audienceValues, pageSize, picker, pickerTitle, renderList, specialtyValues } from '../helpers/internship-list.js'
import { logHandle } from '../helpers/log-handle.js'
import { menuKeys } from '../keyboards/main-menu.js'

export const internshipsFeature = new Composer<BotContext>()
const privateChats = internshipsFeature.chatType('private')

async function listView(ctx: BotContext, page: number) {
  const filters = (await ctx.session).browse ?? {}
  const locale = await ctx.i18n.getLocale()
  let view = await ctx.domain.opportunities.listOpen(filters, page, pageSize, ctx.clock())
  if (view.items.length === 0 && page > 0)
    view = await ctx.domain.opportunities.listOpen(filters, page = 0, pageSize, ctx.clock())
  return renderList(ctx.t, locale, filters, { ...view, page })
}

async function showList(ctx: BotContext, page: number) {
  const { text, keyboard } = await listView(ctx, page)
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery()
    await ctx.editMessageText(text, { reply_markup: keyboard })
  }
  else {
    await ctx.reply(text, { reply_markup: keyboard })
  }
}

function stale(ctx: BotContext) {
  return ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
}

privateChats.command('internships', logHandle('internships'), ctx => showList(ctx, 0))
privateChats.filter(hears(menuKeys.internships), logHandle('internships-menu'), ctx => showList(ctx, 0))

privateChats.callbackQuery(/^in:p:(\d{1,4})$/, logHandle('internships-page'), ctx => showList(ctx, Number(ctx.match[1])))

privateChats.callbackQuery(/^in:f([scam])$/, logHandle('internships-filter'), async (ctx) => {
  const kind = ctx.match[1] as 's' | 'c' | 'a' | 'm'
  const locale = await ctx.i18n.getLocale()
  const options = kind === 'c' || kind === 'm' ? await ctx.domain.opportunities.filterOptions(ctx.clock()) : undefined
  const values = kind === 's' ? specialtyValues : kind === 'a' ? audienceValues : kind === 'c' ? options!.countries : options!.months
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(pickerTitle(ctx.t, kind), { reply_markup: picker(ctx.t, locale, kind, values) })
})

const valid: Record<string, (v: string) => boolean> = {
  s: isSpecialty,
  c: isCountry,
  a: v => (audienceValues as readonly string[]).includes(v),
  m: v => /^20\d\d-(?:0[1-9]|1[0-2])$/.test(v),
}
const field = { s: 'specialty', c: 'country', a: 'audience', m: 'month' } as const

privateChats.callbackQuery(/^in:([scam]):(.{1,30})$/, logHandle('internships-filter-set'), async (ctx) => {
  const kind = ctx.match[1] as keyof typeof field
  const value = ctx.match[2]
  if (value !== '*' && !valid[kind](value))
    return stale(ctx)
  const session = await ctx.session
  session.browse = { ...session.browse, [field[kind]]: value === '*' ? undefined : value }
  await showList(ctx, 0)
})

privateChats.callbackQuery('in:x', logHandle('internships-clear'), async (ctx) => {
  const session = await ctx.session
  session.browse = {}
  await showList(ctx, 0)
})

privateChats.callbackQuery('in:al', logHandle('internships-alert'), async (ctx) => {
  const filters = (await ctx.session).browse ?? {}
  if (!ctx.user || !(filters.specialty || filters.country))
    return stale(ctx)
  await ctx.domain.opportunities.subscribe(ctx.user.id, filters)
  await ctx.answerCallbackQuery()
  await ctx.reply(ctx.t('internships-alert-saved'))
})

privateChats.callbackQuery(/^in:o:(\d{1,10}):(\d{1,4})$/, logHandle('internships-card'), async (ctx) => {
  const card = await ctx.domain.opportunities.card(Number(ctx.match[1]), ctx.clock())
  if (!card)
    return stale(ctx)
  const locale = await ctx.i18n.getLocale()
  const eligible = await mayApply(ctx, card)
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(renderOpportunityCard(ctx.t, locale, zoneOf(ctx), card, eligible), { reply_markup: opportunityCardKeyboard(ctx.t, card, `in:p:${ctx.match[2]}`, eligible) })
})

/** Opens a card as a new message (deep links, hospital cards); false when it is not open to applications. */
export async function sendCard(ctx: BotContext, id: number): Promise<boolean> {
  const card = await ctx.domain.opportunities.card(id, ctx.clock())
  if (!card?.available)
    return false
  const eligible = await mayApply(ctx, card)
  await ctx.reply(renderOpportunityCard(ctx.t, await ctx.i18n.getLocale(), zoneOf(ctx), card, eligible), { reply_markup: opportunityCardKeyboard(ctx.t, card, undefined, eligible) })
  return true
}

/** Whether the reader's kind is in the card's audience (the domain's rule: a person without a kind may apply, and is asked). */
async function mayApply(ctx: BotContext, card: { audience: string }) {
  const kind = ctx.profileBrief ? ctx.profileBrief.kind : ctx.user ? await ctx.domain.profiles.kind(ctx.user.id) : null
  return admits(card.audience, kind)
}

privateChats.callbackQuery(/^in:n:(\d{1,10})$/, logHandle('internships-card-new'), async (ctx) => {
  await ctx.answerCallbackQuery()
  if (!await sendCard(ctx, Number(ctx.match[1])))
    await ctx.reply(ctx.t('internships-not-available'))
})

privateChats.callbackQuery(/^in:sh:(\d{1,10})$/, logHandle('internships-share'), async (ctx) => {
  const card = await ctx.domain.opportunities.card(Number(ctx.match[1]), ctx.clock())
  if (!card)
    return stale(ctx)
  await ctx.answerCallbackQuery()
  await ctx.reply(ctx.t('internships-share-text', { link: `https://t.me/${ctx.me.username}?start=i${card.id}` }))
})

privateChats.callbackQuery(/^in:/, logHandle('internships-stale'), ctx => stale(ctx))
