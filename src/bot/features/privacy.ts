// /privacy (what is stored, why, who sees it, how long), /mydata (everything,
// as a JSON file) and /deletedata (erasure after a confirmation button).
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard, InputFile } from 'grammy'
import { logHandle } from '../helpers/log-handle.js'

export const privacyFeature = new Composer<BotContext>()
const privateChats = privacyFeature.chatType('private').filter(ctx => ctx.user !== undefined)

privateChats.command('privacy', logHandle('privacy'), ctx => ctx.reply(ctx.t('privacy-text', { retentionDays: ctx.config.outboxRetentionDays }), { link_preview_options: { is_disabled: true } }))

privateChats.command('mydata', logHandle('mydata'), async (ctx) => {
  const data = await ctx.domain.privacy.exportUserData(ctx.user!.id)
  const file = new InputFile(Buffer.from(JSON.stringify(data, null, 2)), 'medtwin-my-data.json')
  await ctx.replyWithDocument(file, { caption: ctx.t('privacy-export-caption') })
})

privateChats.command('deletedata', logHandle('deletedata'), async (ctx) => {
  await ctx.reply(ctx.t('privacy-delete-confirm'), {
    reply_markup: new InlineKeyboard().text(ctx.t('privacy-delete-yes'), 'pv:del').row().text(ctx.t('privacy-delete-no'), 'pv:keep'),
  })
})

privateChats.callbackQuery('pv:keep', logHandle('deletedata-keep'), async (ctx) => {
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(ctx.t('privacy-delete-kept'))
})

privateChats.callbackQuery('pv:del', logHandle('deletedata-confirmed'), async (ctx) => {
  await ctx.conversation.exitAll()
  const result = await ctx.domain.privacy.eraseUser(ctx.user!.id)
  ctx.logger.info({ user_id: ctx.user!.id, withdrawn: result.withdrawn, notified: result.notified }, 'personal data erased')
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(ctx.t('privacy-deleted', { count: result.withdrawn }))
  // The menu is gone: its buttons would only meet the erased account's one answer.
  await ctx.reply(ctx.t('privacy-deleted-menu'), { reply_markup: { remove_keyboard: true } })
})

privateChats.callbackQuery(/^pv:/, ctx => ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true }))
