// /new and /drafts: coordinators create internships, edit drafts field by
// field, publish (alerting subscribers), close, reopen and copy them.
import type { Rights } from '../../domain/access.js'
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard } from 'grammy'
import { StateError } from '../../domain/errors.js'
import { pick } from '../../domain/localized.js'
import { editableFields } from '../../domain/opportunity-admin.js'
import { editDraftId } from '../conversations/edit-draft.js'
import { newInternshipId } from '../conversations/new-internship.js'
import { startFlow } from '../conversations/start-flow.js'
import { localeOf, refuse, staffOnly } from '../helpers/coord-guard.js'
import { logHandle } from '../helpers/log-handle.js'
import { cardView, opportunityActions, renderOpportunity } from '../helpers/opportunity-card.js'
import { asRefusal, refusalText } from '../helpers/refusals.js'

async function showCard(ctx: BotContext, rights: Rights, id: number, edit: boolean) {
  const view = await ctx.domain.opportunityAdmin.get(rights, id)
  const [h] = await ctx.domain.hospitalAdmin.list([view.hostHospitalId])
  const text = renderOpportunity(ctx.t, view, pick(localeOf(ctx), h, 'name'), cardView(ctx))
  const options = { reply_markup: opportunityActions(ctx.t, view) }
  return edit ? ctx.editMessageText(text, options) : ctx.reply(text, options)
}

/** Runs an action on an internship; another hospital's record or a stale status is answered, not thrown. */
function onInternship(action: (ctx: BotContext, rights: Rights, id: number, match: RegExpMatchArray) => Promise<unknown>) {
  return staffOnly<BotContext>(async (ctx, rights) => {
    const match = ctx.match as RegExpMatchArray
    const id = Number(match[1])
    const result = await asRefusal(() => action(ctx, rights, id, match))
    if (result.ok)
      return
    if (result.code === 'not-yours')
      return refuse(ctx, 'coord-not-yours', id)
    // Any other refusal here means the button is out of date.
    const answer = refusalText(ctx.t, result.code === 'wrong-status' ? result : { code: 'stale', params: {} })
    await (ctx.callbackAnswered ? ctx.reply(answer) : ctx.answerCallbackQuery({ text: answer, show_alert: true }))
  })
}

export function createDraftsFeature() {
  const feature = new Composer<BotContext>()
  const chats = feature.chatType('private')

  chats.command('new', logHandle('new-internship'), staffOnly(ctx => startFlow(ctx, newInternshipId)))

  chats.command('drafts', logHandle('drafts'), staffOnly(async (ctx, rights) => {
    const list = await ctx.domain.opportunityAdmin.list(rights)
    if (list.length === 0)
      return ctx.reply(ctx.t('new-drafts-empty'))
    const keyboard = InlineKeyboard.from(list.map(o => [InlineKeyboard.text(`${ctx.t(`new-status-icon-${o.status}`)} ${pick(localeOf(ctx), o, 'title')}`.slice(0, 60), `dv:${o.id}`)]))
    await ctx.reply(ctx.t('new-drafts-title'), { reply_markup: keyboard })
  }))

  // Answered after the card is found: a forged or stale id gets its one answer from onInternship.
  chats.callbackQuery(/^dv:(\d{1,9})$/, logHandle('draft-view'), onInternship(async (ctx, rights, id) => {
    await showCard(ctx, rights, id, false)
    await ctx.answerCallbackQuery()
  }))

  chats.callbackQuery(/^dm:(\d{1,9})$/, logHandle('draft-edit-menu'), onInternship(async (ctx, rights, id) => {
    const view = await ctx.domain.opportunityAdmin.get(rights, id)
    if (view.status !== 'draft')
      throw new StateError('wrong-status', 'Only drafts can be edited', { status: view.status })
    const keyboard = InlineKeyboard.from(editableFields.map((f, i) => [InlineKeyboard.text(ctx.t(`new-field-${f}`), `de:${id}:${i}`)]))
    await ctx.answerCallbackQuery()
    await ctx.reply(ctx.t('new-edit-which'), { reply_markup: keyboard })
  }))

  chats.callbackQuery(/^de:(\d{1,9}):(\d)$/, logHandle('draft-edit'), onInternship(async (ctx, rights, id, match) => {
    const field = editableFields[Number(match[2])]
    const view = await ctx.domain.opportunityAdmin.get(rights, id)
    if (!field || view.status !== 'draft')
      throw new StateError(field ? 'wrong-status' : 'stale', 'Only drafts can be edited', { status: view.status })
    await ctx.answerCallbackQuery()
    await startFlow(ctx, editDraftId, { id, field })
  }))

  // Published, then the alerts are followed in a message of their own, edited as they go (as a broadcast's).
  chats.callbackQuery(/^dp:(\d{1,9})$/, logHandle('draft-publish'), onInternship(async (ctx, rights, id) => {
    const at = ctx.clock()
    const { alerts } = await ctx.domain.opportunityAdmin.publish(ctx.user!.id, rights, id, `https://t.me/${ctx.me.username}?start=i${id}`, at)
    await ctx.answerCallbackQuery({ text: ctx.t('new-published', { alerts }), show_alert: true })
    await showCard(ctx, rights, id, true)
    if (alerts === 0)
      return
    const status = await ctx.reply(ctx.t('alerts-progress', { sent: 0, total: alerts, blocked: 0, failed: 0, left: alerts }))
    await ctx.domain.opportunityAdmin.reportAlerts(ctx.user!.id, rights, id, at, { chatId: status.chat.id, messageId: status.message_id })
  }))

  chats.callbackQuery(/^dz:(\d{1,9})$/, logHandle('draft-close'), onInternship(async (ctx, rights, id) => {
    await ctx.domain.opportunityAdmin.close(ctx.user!.id, rights, id)
    await ctx.answerCallbackQuery({ text: ctx.t('new-closed') })
    await showCard(ctx, rights, id, true)
  }))

  chats.callbackQuery(/^dy:(\d{1,9})$/, logHandle('draft-copy'), onInternship(async (ctx, rights, id) => {
    const copy = await ctx.domain.opportunityAdmin.copy(ctx.user!.id, rights, id)
    await ctx.answerCallbackQuery({ text: ctx.t('new-copied', { id: String(copy.id) }) })
    await showCard(ctx, rights, copy.id, false)
  }))

  return feature
}
