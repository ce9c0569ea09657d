// Small question helpers shared by the coordinators' conversations. Each one
// re-asks with a localized hint on bad input, and /cancel ends the flow at any step.
import type { BotConversation, ConversationContext } from '../context.js'
import { InlineKeyboard } from 'grammy'
import { readDay } from '../../time/dates.js'

export const waitLimit = 60 * 60_000

async function next(conversation: BotConversation, ctx: ConversationContext) {
  const update = await conversation.wait()
  if (update.message?.text?.trim() === '/cancel') {
    await update.reply(ctx.t('coord-flow-cancelled'))
    await conversation.halt()
  }
  return update
}

/** Asks for one text message up to `limit` characters; with `skip`, a button answers null. */
export async function askText(conversation: BotConversation, ctx: ConversationContext, prompt: string, limit: number, skip?: string): Promise<string | null> {
  await ctx.reply(prompt, skip ? { reply_markup: new InlineKeyboard().text(skip, 'ask:skip') } : undefined)
  for (;;) {
    const update = await next(conversation, ctx)
    if (skip && update.callbackQuery?.data === 'ask:skip') {
      await update.answerCallbackQuery()
      return null
    }
    const text = update.message?.text?.trim()
    if (update.callbackQuery)
      await update.answerCallbackQuery({ text: ctx.t('error-stale-button') })
    else if (!text)
      await update.reply(ctx.t('coord-ask-text-only', { limit }))
    else if (text.length > limit)
      await update.reply(ctx.t('coord-ask-too-long', { limit, length: text.length }))
    else
      return text
  }
}

/** Asks to pick one of the buttons; typed text gets a hint to use them. */
export async function askChoice(conversation: BotConversation, ctx: ConversationContext, prompt: string, options: Array<[string, string]>, columns = 1): Promise<string> {
  const keyboard = new InlineKeyboard()
  options.forEach(([label, value], i) => {
    keyboard.text(label, `ask:${value}`)
    if ((i + 1) % columns === 0 && i < options.length - 1)
      keyboard.row()
  })
  await ctx.reply(prompt, { reply_markup: keyboard })
  for (;;) {
    const update = await next(conversation, ctx)
    const value = update.callbackQuery?.data?.replace(/^ask:/, '')
    if (value !== undefined && options.some(([, v]) => v === value)) {
      await update.answerCallbackQuery()
      return value
    }
    if (update.callbackQuery)
      await update.answerCallbackQuery({ text: ctx.t('error-stale-button') })
    else
      await update.reply(ctx.t('coord-ask-use-buttons'))
  }
}

/** The one date parser (ISO, DD.MM.YYYY, DD/MM/YYYY), as YYYY-MM-DD or null. */
export { readDay as parseDate } from '../../time/dates.js'

/** Asks for a date; `check` returns the i18n key of a broken rule, or null. */
export async function askDate(conversation: BotConversation, ctx: ConversationContext, prompt: string, check: (iso: string) => string | null): Promise<string> {
  let current = prompt
  for (;;) {
    const text = (await askText(conversation, ctx, current, 20))!
    const iso = readDay(text)
    const problem = iso ? check(iso) : 'coord-ask-bad-date'
    if (!problem)
      return iso!
    current = ctx.t(problem)
  }
}

/** Asks for a whole number from `min` to `max`. */
export async function askInt(conversation: BotConversation, ctx: ConversationContext, prompt: string, min: number, max: number): Promise<number> {
  let current = prompt
  for (;;) {
    const text = (await askText(conversation, ctx, current, 10))!
    if (/^\d+$/.test(text) && Number(text) >= min && Number(text) <= max)
      return Number(text)
    current = ctx.t('coord-ask-bad-number', { min, max })
  }
}

/** Asks to tick one or more buttons, then Done; returns the ticked values. */
export async function askMany(conversation: BotConversation, ctx: ConversationContext, prompt: string, options: Array<[string, string]>, columns = 2): Promise<string[]> {
  const chosen = new Set<string>()
  const keyboard = () => {
    const rows = []
    for (let i = 0; i < options.length; i += columns)
      rows.push(options.slice(i, i + columns).map(([label, value]) => InlineKeyboard.text(`${chosen.has(value) ? '✅ ' : ''}${label}`, `ask:${value}`)))
    return InlineKeyboard.from([...rows, [InlineKeyboard.text(ctx.t('coord-ask-done'), 'ask:!done')]])
  }
  await ctx.reply(prompt, { reply_markup: keyboard() })
  for (;;) {
    const update = await next(conversation, ctx)
    const value = update.callbackQuery?.data?.replace(/^ask:/, '')
    if (value === '!done' && chosen.size > 0) {
      await update.answerCallbackQuery()
      return [...chosen]
    }
    if (value === '!done') {
      await update.answerCallbackQuery({ text: ctx.t('coord-ask-pick-one'), show_alert: true })
    }
    else if (value !== undefined && options.some(([, v]) => v === value)) {
      chosen.has(value) ? chosen.delete(value) : chosen.add(value)
      await update.answerCallbackQuery()
      await update.editMessageReplyMarkup({ reply_markup: keyboard() })
    }
    else if (update.callbackQuery) {
      await update.answerCallbackQuery({ text: ctx.t('error-stale-button') })
    }
    else {
      await update.reply(ctx.t('coord-ask-use-buttons'))
    }
  }
}
