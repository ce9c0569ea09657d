// /placements and /arrivals: the placements of a host coordinator's hospitals,
// one card each (dates, department, mentor, arrival) with buttons to adjust
// them and to invite the mentor. The person's "Arrival details" button is here
// too. Every id from a button is checked against the rights read now.
import type { Rights } from '../../domain/access.js'
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { arrivalId } from '../conversations/arrival.js'
import { placementDatesId, placementDepartmentId, placementMentorId } from '../conversations/placement-admin.js'
import { startFlow } from '../conversations/start-flow.js'
import { localeOf, refuse, staffOnly } from '../helpers/coord-guard.js'
import { zoneOf } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { logHandle } from '../helpers/log-handle.js'
import { renderArrivals, renderPlacementCard, renderPlacementList } from '../helpers/placement-admin-view.js'
import { isRefusal } from '../helpers/refusals.js'

/** The card of a placement the rights coordinate, or the refusal told (another hospital's, or none). */
async function hostedCard(ctx: BotContext, rights: Rights, id: number) {
  try {
    return await ctx.domain.placementAdmin.card(rights, id, ctx.clock())
  }
  catch (error) {
    if (!isRefusal(error))
      throw error
    await refuse(ctx, 'coord-not-yours', id)
    return undefined
  }
}

async function showList(ctx: BotContext, rights: Rights, edit: boolean) {
  const list = await ctx.domain.placementAdmin.list(rights, ctx.clock())
  if (list.length === 0)
    return edit ? ctx.editMessageText(ctx.t('padm-list-empty')) : ctx.reply(ctx.t('padm-list-empty'))
  const { text, reply_markup } = renderPlacementList(ctx.t, localeOf(ctx), list)
  return edit ? ctx.editMessageText(text, { reply_markup }) : ctx.reply(text, { reply_markup })
}

const flows: Record<string, string> = { d: placementDatesId, p: placementDepartmentId, m: placementMentorId }

export function createPlacementAdminFeature() {
  const feature = new Composer<BotContext>()
  const chats = feature.chatType('private').filter(ctx => ctx.user !== undefined)

  chats.command('placements', logHandle('placements'), staffOnly((ctx, rights) => showList(ctx, rights, false)))
  chats.callbackQuery('pa:l', logHandle('placements-list'), staffOnly(async (ctx, rights) => {
    await ctx.answerCallbackQuery()
    await showList(ctx, rights, true)
  }))
  chats.callbackQuery(/^pa:o:(\d{1,9})$/, logHandle('placements-open'), staffOnly(async (ctx, rights) => {
    const card = await hostedCard(ctx, rights, Number(ctx.match![1]))
    if (!card)
      return
    await ctx.answerCallbackQuery()
    const { text, reply_markup } = renderPlacementCard(ctx.t, localeOf(ctx), zoneOf(ctx), card)
    await ctx.editMessageText(text, { reply_markup })
  }))
  chats.callbackQuery(/^pa:([dpm]):(\d{1,9})$/, logHandle('placements-edit'), staffOnly(async (ctx, rights) => {
    const card = await hostedCard(ctx, rights, Number(ctx.match![2]))
    if (!card)
      return
    await ctx.answerCallbackQuery()
    await startFlow(ctx, flows[ctx.match![1]], card.id)
  }))
  chats.callbackQuery(/^pa:i:(\d{1,9})$/, logHandle('placements-invite-mentor'), staffOnly(async (ctx, rights) => {
    const card = await hostedCard(ctx, rights, Number(ctx.match![1]))
    if (!card)
      return
    const token = await ctx.domain.placementAdmin.inviteMentor(ctx.user!.id, rights, card.id, ctx.clock())
    await ctx.answerCallbackQuery()
    await ctx.reply(ctx.t('padm-invite-link', { person: escapeHtml(card.person), link: `https://t.me/${ctx.me.username}?start=c${token}` }), { link_preview_options: { is_disabled: true } })
  }))

  chats.command('arrivals', logHandle('arrivals'), staffOnly(async (ctx, rights) => {
    const { text, reply_markup } = renderArrivals(ctx.t, localeOf(ctx), zoneOf(ctx), await ctx.domain.placementAdmin.arrivals(rights, ctx.clock()))
    await ctx.reply(text, reply_markup ? { reply_markup } : undefined)
  }))

  // The person's own placement, before its start.
  chats.callbackQuery(/^pa:a:(\d{1,9})$/, logHandle('placement-arrival'), async (ctx) => {
    const own = await ctx.domain.placementAdmin.forPerson(ctx.user!.id, Number(ctx.match[1]), ctx.clock()).catch((error) => {
      if (isRefusal(error))
        return undefined
      throw error
    })
    if (!own)
      return ctx.answerCallbackQuery({ text: ctx.t('placement-not-yours'), show_alert: true })
    if (!own.canGiveArrival)
      return ctx.answerCallbackQuery({ text: ctx.t('padm-refused-started'), show_alert: true })
    await ctx.answerCallbackQuery()
    await startFlow(ctx, arrivalId, own.id)
  })

  chats.callbackQuery(/^pa:/, ctx => ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true }))
  return feature
}
