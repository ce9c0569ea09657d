// The waiting loop every question of the person's own flows shares: /cancel
// leaves the flow, another command or a main-menu button leaves it and is
// handled as usual, buttons of other features pass through, and anything that
// is not an answer gets a localized re-prompt (an alert for a stale button).
import type { BotConversation, ConversationContext } from '../context.js'
import { mainMenu, menuKeys } from '../keyboards/main-menu.js'

/** An abandoned flow ends quietly after a day. */
export const flowTimeoutMs = 24 * 60 * 60 * 1000

export interface Question<T> {
  /** Callback data prefix of this question's buttons; other buttons pass through. */
  prefix: string
  /** The answer in an update, or undefined when the update is not one. */
  parse: (ctx: ConversationContext) => T | undefined | Promise<T | undefined>
  /** Tells the person what is expected, for a message that is not an answer. */
  reprompt: (ctx: ConversationContext) => Promise<unknown>
}

export async function ask<T>(conversation: BotConversation, question: Question<T>): Promise<{ ctx: ConversationContext, value: T }> {
  while (true) {
    const ctx = await conversation.wait()
    await leaveIfAsked(conversation, ctx)
    const data = ctx.callbackQuery?.data
    if (data !== undefined && !data.startsWith(question.prefix))
      await conversation.skip({ next: true })
    const value = await question.parse(ctx)
    if (value !== undefined)
      return { ctx, value }
    if (ctx.callbackQuery)
      await ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
    else
      await question.reprompt(ctx)
  }
}

async function leaveIfAsked(conversation: BotConversation, ctx: ConversationContext) {
  const text = ctx.message?.text
  if (text === undefined)
    return
  if (/^\/cancel(?:@\w+)?$/.test(text.trim())) {
    await ctx.reply(ctx.t('profile-flow-cancelled'), { reply_markup: mainMenu(ctx.t) })
    await conversation.halt()
  }
  if (text.startsWith('/') || Object.values(menuKeys).some(key => ctx.t(key) === text))
    await conversation.halt({ next: true })
}

/** The text of a message, or a reason it is not an acceptable text answer. */
export function textAnswer(ctx: ConversationContext, max: number): { text: string } | { error: 'not-text' | 'too-long' | 'empty', length?: number } {
  const text = ctx.message?.text?.trim()
  if (text === undefined)
    return { error: 'not-text' }
  if (text.length === 0)
    return { error: 'empty' }
  if (text.length > max)
    return { error: 'too-long', length: text.length }
  return { text }
}

/** Re-prompt for a text question: what was wrong, then the limit. */
export function textProblem(ctx: ConversationContext, max: number): string {
  const answer = textAnswer(ctx, max)
  if ('error' in answer && answer.error === 'too-long')
    return ctx.t('profile-too-long', { max, length: answer.length ?? 0 })
  return ctx.t('profile-not-text', { max })
}
