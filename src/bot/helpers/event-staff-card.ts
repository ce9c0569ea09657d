// An event's card as its organisers see it: the card, its status and places,
// and what may be done with it now (✏️ and 📢 for a draft, attendance once open).
import type { EventView } from '../../domain/events.js'
import type { BotContext } from '../context.js'
import { InlineKeyboard } from 'grammy'
import { localeOf } from './coord-guard.js'
import { renderEvent, zoneOf } from './event-card.js'

/** The staff card: the event, its status, and what may be done with it now. */
export function staffCard(ctx: Pick<BotContext, 't' | 'user' | 'config'>, e: EventView) {
  const text = `${renderEvent(ctx.t, localeOf(ctx), e, zoneOf(ctx))}\n\n${ctx.t(`events-status-${e.status}`)} · ${ctx.t('events-staff-places', { registered: e.registered, waitlisted: e.waitlisted })}`
  const rows = []
  if (e.status === 'draft')
    rows.push([InlineKeyboard.text(ctx.t('events-button-publish'), `ea:p:${e.id}`), InlineKeyboard.text(ctx.t('events-button-edit'), `ea:e:${e.id}`)])
  if (e.status === 'open')
    rows.push([InlineKeyboard.text(ctx.t('events-button-attendance'), `ea:a:${e.id}`)])
  if (e.status !== 'cancelled')
    rows.push([InlineKeyboard.text(ctx.t('events-button-cancel-event'), `ea:x:${e.id}`)])
  rows.push([InlineKeyboard.text(ctx.t('events-button-manage'), 'ea:l')])
  return { text, reply_markup: InlineKeyboard.from(rows) }
}
