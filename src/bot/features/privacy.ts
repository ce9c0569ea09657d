// /privacy (a short summary, then one topic at a time: what is stored, why,
// who sees it, how long, erasing), /mydata (everything, as a JSON file) and
// /deletedata (erasure after a confirmation button).
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard, InputFile } from 'grammy'
import { logHandle } from '../helpers/log-handle.js'

export const privacyFeature = new Composer<BotContext>()
const privateChats = privacyFeature.chatType('private').filter(ctx => ctx.user !== undefined)

// Callback data `pv:t:<letter>`; the letter names the topic, `0` the summary.
const topics = { s: 'stored', w: 'why', v: 'who', k: 'keep', e: 'erase' } as const
type Topic = keyof typeof topics

/** The summary (no topic) or one topic, with the topic buttons and, on a topic, a way back. */
function privacyView(ctx: BotContext, topic?: Topic) {
  const text = topic
    ? ctx.t(`privacy-topic-${topics[topic]}`, { retentionDays: ctx.config.outboxRetentionDays })
    : ctx.t('privacy-summary')
  const keyboard = new InlineKeyboard()
  const letters = (Object.keys(topics) as Topic[]).filter(l => l !== topic)
  letters.forEach((l, i) => {
    if (i > 0 && i % 2 === 0)
      keyboard.row()
    keyboard.text(ctx.t(`privacy-button-${topics[l]}`), `pv:t:${l}`)
  })
  if (topic)
    keyboard.row().text(ctx.t('privacy-button-summary'), 'pv:t:0')
  return { text, other: { reply_markup: keyboard, link_preview_options: { is_disabled: true } } }
}

privateChats.command('privacy', logHandle('privacy'), async (ctx) => {
  const view = privacyView(ctx)
  await ctx.reply(view.text, view.other)
})

privateChats.callbackQuery(/^pv:t:([swvke0])$/, logHandle('privacy-topic'), async (ctx) => {
  const letter = ctx.match[1]
  const view = privacyView(ctx, letter === '0' ? undefined : letter as Topic)
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(view.text, view.other)
})

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
