// /mentor: the entries of the people the user mentors (Placement.mentorUserId),
// pending first; an entry opens through the logbook's buttons and is
// confirmed, or returned with a short note. The person is told through the
// outbox. Whether the user mentors the entry's placement is checked again in
// the domain on every press.
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { mentorReturnId } from '../conversations/logbook-entry.js'
import { startFlow } from '../conversations/start-flow.js'
import { logHandle } from '../helpers/log-handle.js'
import { entryKeyboard, entryText, mentorKeyboard, mentorText, pageOf } from '../helpers/logbook-view.js'
import { asRefusal } from '../helpers/refusals.js'
import { refuseButton, whoIs } from './portfolio.js'

async function showQueue(ctx: BotContext, page: number, edit: boolean) {
  const queue = await ctx.domain.logbook.mentorQueue(ctx.user!.id)
  if (ctx.callbackQuery)
    await ctx.answerCallbackQuery()
  if (queue.mentees === 0)
    return ctx.reply(ctx.t('mentor-none'))
  const at = pageOf(String(page), queue.items.length)
  const text = mentorText(ctx.t, ctx.user!.locale, queue, at)
  const reply_markup = mentorKeyboard(ctx.t, ctx.user!.locale, queue, at)
  return edit ? ctx.editMessageText(text, { reply_markup }) : ctx.reply(text, { reply_markup })
}

export function createMentorFeature() {
  const feature = new Composer<BotContext>()
  const privateChats = feature.chatType('private').filter(ctx => ctx.user !== undefined)

  privateChats.command('mentor', logHandle('mentor'), ctx => showQueue(ctx, 0, false))
  privateChats.callbackQuery(/^mt:l:(\d{1,3})$/, logHandle('mentor-list'), ctx => showQueue(ctx, Number(ctx.match[1]), true))
  privateChats.callbackQuery(/^mt:c:(\d{1,9})$/, logHandle('mentor-confirm'), async (ctx) => {
    const id = Number(ctx.match[1])
    const done = await asRefusal(async () => {
      await ctx.domain.logbook.review(ctx.user!.id, id, 'confirmed')
      return ctx.domain.logbook.entry(await whoIs(ctx), id)
    })
    if (!done.ok)
      return refuseButton(ctx, done)
    await ctx.answerCallbackQuery({ text: ctx.t('mentor-confirmed') })
    await ctx.editMessageText(entryText(ctx.t, ctx.user!.locale, done.value), { reply_markup: entryKeyboard(ctx.t, done.value) })
  })
  privateChats.callbackQuery(/^mt:r:(\d{1,9})$/, logHandle('mentor-return'), async (ctx) => {
    const id = Number(ctx.match[1])
    const found = await asRefusal(() => whoIs(ctx).then(who => ctx.domain.logbook.entry(who, id)))
    if (!found.ok || found.value.viewer !== 'mentor')
      return refuseButton(ctx, { code: 'entry-not-found', params: {} })
    if (found.value.entry.review !== 'pending')
      return refuseButton(ctx, { code: 'entry-reviewed', params: {} })
    await ctx.answerCallbackQuery()
    await startFlow(ctx, mentorReturnId, id)
  })
  privateChats.callbackQuery(/^mt:/, ctx => refuseButton(ctx, { code: 'entry-not-found', params: {} }))
  return feature
}
