// /hospital_new, /hospital_edit and /twin_new: administrators fill and correct
// the hospitals and twinnings from the chat.
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard } from 'grammy'
import { hospitalFields } from '../../domain/hospital-admin.js'
import { hospitalFieldId, hospitalNewId, twinNewId } from '../conversations/hospital-edit.js'
import { startFlow } from '../conversations/start-flow.js'
import { localeOf, staffOnly } from '../helpers/coord-guard.js'
import { logHandle } from '../helpers/log-handle.js'
import { hospitalPicker } from '../keyboards/hospital-picker.js'

export function createHospitalsAdminFeature() {
  const feature = new Composer<BotContext>()
  const chats = feature.chatType('private')

  chats.command('hospital_new', logHandle('hospital-new'), staffOnly(ctx => startFlow(ctx, hospitalNewId), 'admin'))
  chats.command('twin_new', logHandle('twin-new'), staffOnly(ctx => startFlow(ctx, twinNewId), 'admin'))

  const picker = async (ctx: BotContext, page: number) => hospitalPicker(ctx.t, await ctx.domain.hospitalAdmin.list(), {
    locale: localeOf(ctx),
    page,
    pick: id => `he:${id}`,
    turn: p => `hep:${p}`,
  })
  chats.command('hospital_edit', logHandle('hospital-edit'), staffOnly(async (ctx) => {
    await ctx.reply(ctx.t('hosp-edit-which'), { reply_markup: await picker(ctx, 0) })
  }, 'admin'))
  chats.callbackQuery(/^hep:(\d{1,3})$/, staffOnly(async (ctx) => {
    await ctx.answerCallbackQuery()
    await ctx.editMessageReplyMarkup({ reply_markup: await picker(ctx, Number(ctx.match[1])) })
  }, 'admin'))

  chats.callbackQuery(/^he:(\d{1,9})$/, logHandle('hospital-edit-menu'), staffOnly(async (ctx) => {
    const id = Number(ctx.match[1])
    if ((await ctx.domain.hospitalAdmin.list([id])).length !== 1)
      return ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
    await ctx.answerCallbackQuery()
    await ctx.reply(ctx.t('hosp-field-which'), {
      reply_markup: InlineKeyboard.from(hospitalFields.map((f, i) => [InlineKeyboard.text(ctx.t(`hosp-field-${f}`), `hf:${id}:${i}`)])),
    })
  }, 'admin'))

  chats.callbackQuery(/^hf:(\d{1,9}):(\d)$/, logHandle('hospital-edit-field'), staffOnly(async (ctx) => {
    const [id, field] = [Number(ctx.match[1]), hospitalFields[Number(ctx.match[2])]]
    if (!field || (await ctx.domain.hospitalAdmin.list([id])).length !== 1)
      return ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
    await ctx.answerCallbackQuery()
    await startFlow(ctx, hospitalFieldId, { id, field })
  }, 'admin'))

  return feature
}
