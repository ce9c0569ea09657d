// Coordinators' side of joint events: /newevent (a flow), the list of their
// hospitals' events (`ea:l`, also from /events), a card per event with
// Publish, Cancel (confirmed first) and Attendance, and attendance marked
// person by person. Buttons are `ea:<op>:<id>`; rights and the organising
// hospital are read again on every press (domain/events-admin.ts).
import type { Rights } from '../../domain/access.js'
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard } from 'grammy'
import { editableEventFields } from '../../domain/events-admin.js'
import { editEventId } from '../conversations/edit-event.js'
import { newEventId } from '../conversations/new-event.js'
import { startFlow } from '../conversations/start-flow.js'
import { localeOf, refuse, staffOnly } from '../helpers/coord-guard.js'
import { eventButton, zoneOf } from '../helpers/event-card.js'
import { staffCard } from '../helpers/event-staff-card.js'
import { clip } from '../helpers/fit.js'
import { logHandle } from '../helpers/log-handle.js'
import { asRefusal, refusalText } from '../helpers/refusals.js'

/** The attendance list: one button per registered person, ticked when attended. */
async function attendanceKeyboard(ctx: BotContext, rights: Rights, id: number) {
  const people = await ctx.domain.eventsAdmin.attendees(rights, id)
  return InlineKeyboard.from([
    ...people.map(p => [InlineKeyboard.text(clip(`${p.attended ? '✅' : '⬜️'} ${p.name}`, 60), `ea:m:${p.registrationId}`)]),
    [InlineKeyboard.text(ctx.t('events-button-back-card'), `ea:v:${id}`)],
  ])
}

/** Runs a staff action; a refusal (another hospital's event, a stale button) is answered, not thrown. */
function onEvent(action: (ctx: BotContext, rights: Rights, id: number) => Promise<unknown>) {
  return staffOnly<BotContext>(async (ctx, rights) => {
    const id = Number((ctx.match as RegExpMatchArray)[1])
    const result = await asRefusal(() => action(ctx, rights, id))
    if (result.ok)
      return
    if (result.code === 'not-yours')
      return refuse(ctx, 'coord-not-yours', id)
    const text = result.code === 'not-found' ? ctx.t('events-not-found') : refusalText(ctx.t, result)
    await (ctx.callbackAnswered ? ctx.reply(text) : ctx.answerCallbackQuery({ text, show_alert: true }))
  })
}

export function createEventsAdminFeature() {
  const feature = new Composer<BotContext>()
  const chats = feature.chatType('private')

  chats.command('newevent', logHandle('new-event'), staffOnly(ctx => startFlow(ctx, newEventId)))

  chats.callbackQuery('ea:l', logHandle('events-manage'), staffOnly(async (ctx, rights) => {
    const list = await ctx.domain.eventsAdmin.list(rights, ctx.clock())
    await ctx.answerCallbackQuery()
    const keyboard = InlineKeyboard.from(list.map(e => [eventButton(localeOf(ctx), e, zoneOf(ctx), `ea:v:${e.id}`, `${ctx.t(`events-status-icon-${e.status}`)} `)]))
    await ctx.reply(list.length ? ctx.t('events-manage-title') : ctx.t('events-manage-empty'), { reply_markup: keyboard })
  }))

  chats.callbackQuery(/^ea:v:(\d{1,9})$/, logHandle('event-staff-view'), onEvent(async (ctx, rights, id) => {
    const card = staffCard(ctx, await ctx.domain.eventsAdmin.get(rights, id))
    await ctx.answerCallbackQuery()
    await ctx.reply(card.text, { reply_markup: card.reply_markup })
  }))

  chats.callbackQuery(/^ea:p:(\d{1,9})$/, logHandle('event-publish'), onEvent(async (ctx, rights, id) => {
    const view = await ctx.domain.eventsAdmin.publish(ctx.user!.id, rights, id, ctx.clock())
    await ctx.answerCallbackQuery({ text: ctx.t('events-published'), show_alert: true })
    const card = staffCard(ctx, view)
    await ctx.editMessageText(card.text, { reply_markup: card.reply_markup })
  }))

  chats.callbackQuery(/^ea:e:(\d{1,9})$/, logHandle('event-edit-menu'), onEvent(async (ctx, rights, id) => {
    const e = await ctx.domain.eventsAdmin.get(rights, id)
    if (e.status !== 'draft')
      return ctx.answerCallbackQuery({ text: ctx.t('new-refused-wrong-status', { status: e.status }), show_alert: true })
    await ctx.answerCallbackQuery()
    await ctx.reply(ctx.t('events-edit-which'), { reply_markup: InlineKeyboard.from(editableEventFields.map((f, i) => [InlineKeyboard.text(ctx.t(`events-edit-field-${f}`), `ea:f:${id}:${i}`)])) })
  }))

  // The flow asks the field; the draft and the rights are checked again when it saves.
  chats.callbackQuery(/^ea:f:(\d{1,9}):(\d)$/, logHandle('event-edit'), onEvent(async (ctx, rights, id) => {
    const field = editableEventFields[Number((ctx.match as RegExpMatchArray)[2])]
    const e = await ctx.domain.eventsAdmin.get(rights, id)
    if (!field || e.status !== 'draft')
      return ctx.answerCallbackQuery({ text: field ? ctx.t('new-refused-wrong-status', { status: e.status }) : ctx.t('error-stale-button'), show_alert: true })
    await ctx.answerCallbackQuery()
    await startFlow(ctx, editEventId, { id, field })
  }))

  // Cancelling tells everyone holding a place: it is asked once more, with how many.
  chats.callbackQuery(/^ea:x:(\d{1,9})$/, logHandle('event-cancel-ask'), onEvent(async (ctx, rights, id) => {
    const e = await ctx.domain.eventsAdmin.get(rights, id)
    await ctx.answerCallbackQuery()
    await ctx.reply(ctx.t('events-cancel-ask', { count: e.registered + e.waitlisted }), {
      reply_markup: InlineKeyboard.from([[InlineKeyboard.text(ctx.t('events-button-cancel-yes'), `ea:X:${id}`), InlineKeyboard.text(ctx.t('events-button-cancel-no'), `ea:v:${id}`)]]),
    })
  }))

  chats.callbackQuery(/^ea:X:(\d{1,9})$/, logHandle('event-cancel'), onEvent(async (ctx, rights, id) => {
    const told = await ctx.domain.eventsAdmin.cancel(ctx.user!.id, rights, id, ctx.clock())
    await ctx.answerCallbackQuery()
    await ctx.editMessageText(ctx.t('events-cancelled', { count: told }))
  }))

  chats.callbackQuery(/^ea:a:(\d{1,9})$/, logHandle('event-attendance'), onEvent(async (ctx, rights, id) => {
    const keyboard = await attendanceKeyboard(ctx, rights, id)
    await ctx.answerCallbackQuery()
    await ctx.reply(keyboard.inline_keyboard.length > 1 ? ctx.t('events-attendance-title') : ctx.t('events-attendance-empty'), { reply_markup: keyboard })
  }))

  // The id is a registration's: its event decides the rights.
  chats.callbackQuery(/^ea:m:(\d{1,9})$/, logHandle('event-mark'), onEvent(async (ctx, rights, registrationId) => {
    const { eventId, attended } = await ctx.domain.eventsAdmin.toggleAttendance(ctx.user!.id, rights, registrationId, ctx.clock())
    await ctx.answerCallbackQuery({ text: ctx.t(attended ? 'events-marked' : 'events-unmarked') })
    await ctx.editMessageReplyMarkup({ reply_markup: await attendanceKeyboard(ctx, rights, eventId) })
  }))

  chats.callbackQuery(/^ea:/, ctx => ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true }))
  return feature
}
