// /events: upcoming joint events, one card each, registration in a tap (a
// seat, else the waitlist), giving a place up, and the certificate of
// attendance as a PDF. Buttons are `ev:<op>:<event id>`; each is checked again
// on the server (a draft, an unknown id, someone else's place). /verify also
// knows certificate codes (the portfolio's /verify answers the rest).
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard, InputFile } from 'grammy'
import { isStaff } from '../../domain/access.js'
import { pick } from '../../domain/localized.js'
import { displayCode, normaliseCode } from '../../domain/portfolio-pdf.js'
import { formatDeadline } from '../../time/dates.js'
import { localeOf } from '../helpers/coord-guard.js'
import { eventButton, personKeyboard, placeLine, renderEvent, zoneOf } from '../helpers/event-card.js'
import { escapeHtml } from '../helpers/html.js'
import { logHandle } from '../helpers/log-handle.js'
import { asRefusal, refusalText } from '../helpers/refusals.js'

async function showList(ctx: BotContext, edit: boolean) {
  const locale = localeOf(ctx)
  const zone = zoneOf(ctx)
  const [upcoming, mine, rights] = await Promise.all([
    ctx.domain.events.upcoming(ctx.user!.id, ctx.clock()),
    ctx.domain.events.mine(ctx.user!.id),
    ctx.domain.access.rightsOf(ctx.user?.id, ctx.isAdmin),
  ])
  const marks = { registered: '✅ ', waitlisted: '⏳ ', cancelled: '' } as const
  const attended = mine.filter(e => e.mine.attended)
  const keyboard = InlineKeyboard.from([
    ...upcoming.map(e => [eventButton(locale, e, zone, `ev:v:${e.id}`, e.mine ? marks[e.mine] : '')]),
    ...attended.map(e => [eventButton(locale, e, zone, `ev:v:${e.id}`, '📄 ')]),
    ...(isStaff(rights) ? [[InlineKeyboard.text(ctx.t('events-button-manage'), 'ea:l')]] : []),
  ])
  const text = upcoming.length ? ctx.t('events-list-title', { count: upcoming.length }) : ctx.t('events-none')
  const other = { reply_markup: keyboard }
  return edit ? ctx.editMessageText(text, other) : ctx.reply(text, other)
}

async function showCard(ctx: BotContext, id: number, edit: boolean) {
  const { event, mine } = await ctx.domain.events.view(ctx.user!.id, id)
  const locale = localeOf(ctx)
  const status = event.status === 'cancelled' ? ctx.t('events-status-cancelled') : null
  const text = [renderEvent(ctx.t, locale, event, zoneOf(ctx)), ...[status, placeLine(ctx.t, mine)].filter(Boolean).map(s => `\n${s}`)].join('\n')
  const other = { reply_markup: personKeyboard(ctx.t, event, mine, ctx.clock()) }
  return edit ? ctx.editMessageText(text, other) : ctx.reply(text, other)
}

/** Answers a button with a refusal: an unknown or draft event is "not found", the rest say why. */
async function refuseButton(ctx: BotContext, refusal: Parameters<typeof refusalText>[1]) {
  const text = refusal.code === 'not-found' ? ctx.t('events-not-found') : refusalText(ctx.t, refusal)
  if (!ctx.callbackAnswered)
    await ctx.answerCallbackQuery({ text, show_alert: true })
}

export function createEventsFeature() {
  const feature = new Composer<BotContext>()
  const chats = feature.chatType('private').filter(ctx => ctx.user !== undefined)

  chats.command('events', logHandle('events'), ctx => showList(ctx, false))

  chats.callbackQuery('ev:l', logHandle('events-list'), async (ctx) => {
    await ctx.answerCallbackQuery()
    await showList(ctx, true)
  })

  chats.callbackQuery(/^ev:v:(\d{1,9})$/, logHandle('event-view'), async (ctx) => {
    const shown = await asRefusal(() => showCard(ctx, Number(ctx.match[1]), false))
    if (!shown.ok)
      return refuseButton(ctx, shown)
    await ctx.answerCallbackQuery()
  })

  chats.callbackQuery(/^ev:r:(\d{1,9})$/, logHandle('event-register'), async (ctx) => {
    const id = Number(ctx.match[1])
    const result = await asRefusal(() => ctx.domain.events.register(ctx.user!.id, id, ctx.clock()))
    if (!result.ok)
      return refuseButton(ctx, result)
    const place = result.value
    await ctx.answerCallbackQuery({ text: place.status === 'registered' ? ctx.t('events-registered') : ctx.t('events-waitlisted', { position: place.position ?? 1 }), show_alert: true })
    await showCard(ctx, id, true)
  })

  chats.callbackQuery(/^ev:c:(\d{1,9})$/, logHandle('event-cancel-place'), async (ctx) => {
    const id = Number(ctx.match[1])
    const result = await asRefusal(() => ctx.domain.events.cancel(ctx.user!.id, id, ctx.clock()))
    if (!result.ok)
      return refuseButton(ctx, result)
    await ctx.answerCallbackQuery({ text: ctx.t('events-place-given-up') })
    await showCard(ctx, id, true)
  })

  chats.callbackQuery(/^ev:f:(\d{1,9})$/, logHandle('event-certificate'), async (ctx) => {
    const id = Number(ctx.match[1])
    const result = await asRefusal(() => ctx.domain.eventCertificates.document(ctx.user!.id, id, localeOf(ctx), ctx.t))
    if (!result.ok)
      return refuseButton(ctx, result)
    await ctx.answerCallbackQuery()
    const { content, filename, code } = result.value
    await ctx.replyWithDocument(new InputFile(content, filename), { caption: ctx.t('events-certificate-caption', { code: displayCode(code) }) })
  })

  chats.callbackQuery(/^ev:/, ctx => ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true }))

  // A certificate's code; anything else goes on to the portfolio's /verify.
  chats.command('verify', async (ctx, next) => {
    const code = normaliseCode(ctx.match.trim().slice(0, 40))
    const rights = await ctx.domain.access.rightsOf(ctx.user?.id, ctx.isAdmin)
    if (!code || !isStaff(rights))
      return next()
    const found = await ctx.domain.eventCertificates.verify(rights, code)
    if (!found)
      return next()
    const locale = localeOf(ctx)
    await ctx.reply(ctx.t('events-verify-found', {
      person: escapeHtml(found.person),
      title: escapeHtml(pick(locale, found, 'title')),
      hospital: escapeHtml(pick(locale, found, 'hospital')),
      when: formatDeadline(locale, found.startsAt, zoneOf(ctx)),
    }))
  })
  return feature
}
