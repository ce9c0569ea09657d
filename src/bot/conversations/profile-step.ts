// One profile question: inline buttons (paged, with Skip), and optionally a
// typed answer. Buttons carry `pf:<step>:v:<value>`, `pf:<step>:p:<page>`,
// `pf:<step>:skip`, so a button of an earlier question is recognised as stale.
import type { InlineKeyboard } from 'grammy'
import type { BotConversation, ConversationContext } from '../context.js'
import { escapeHtml } from '../helpers/html.js'
import { ask, textAnswer, textProblem } from './ask.js'

export interface StepSpec<T> {
  code: string
  question: string
  keyboard: (page: number) => InlineKeyboard
  pick?: (value: string) => T | undefined
  typed?: { max: number, parse: (text: string) => T | undefined, invalid: string }
  label: (value: T) => string
}

type Answer<T> = { page: number } | { skip: true } | { value: T }

function parse<T>(ctx: ConversationContext, spec: StepSpec<T>): Answer<T> | undefined {
  const data = ctx.callbackQuery?.data
  if (data !== undefined) {
    const m = data.match(/^pf:(\w+):(v|p|skip)(?::(.+))?$/)
    if (!m || m[1] !== spec.code)
      return undefined
    if (m[2] === 'skip')
      return { skip: true }
    if (m[2] === 'p')
      return /^\d{1,3}$/.test(m[3] ?? '') ? { page: Number(m[3]) } : undefined
    const value = spec.pick?.(m[3] ?? '')
    return value === undefined ? undefined : { value }
  }
  if (!spec.typed)
    return undefined
  const answer = textAnswer(ctx, spec.typed.max)
  if ('error' in answer)
    return undefined
  const value = spec.typed.parse(answer.text)
  return value === undefined ? undefined : { value }
}

function problem<T>(ctx: ConversationContext, spec: StepSpec<T>): string {
  if (!spec.typed)
    return ctx.t('profile-use-buttons')
  const answer = textAnswer(ctx, spec.typed.max)
  return 'error' in answer ? textProblem(ctx, spec.typed.max) : spec.typed.invalid
}

/** Asks one question; returns the answer, or null when the person skipped it. */
export async function askStep<T>(conversation: BotConversation, ctx: ConversationContext, spec: StepSpec<T>): Promise<T | null> {
  const question = await ctx.reply(spec.question, { reply_markup: spec.keyboard(0) })
  while (true) {
    const { ctx: reply, value: answer } = await ask(conversation, {
      prefix: 'pf:',
      parse: c => parse(c, spec),
      reprompt: c => c.reply(problem(c, spec)),
    })
    if ('page' in answer) {
      await reply.answerCallbackQuery()
      await reply.editMessageReplyMarkup({ reply_markup: spec.keyboard(answer.page) })
      continue
    }
    const label = 'skip' in answer ? ctx.t('profile-skipped') : `<b>${escapeHtml(spec.label(answer.value))}</b>`
    if (reply.callbackQuery)
      await reply.answerCallbackQuery()
    await reply.api.editMessageText(question.chat.id, question.message_id, ctx.t('profile-chosen', { question: spec.question, answer: label }))
    return 'skip' in answer ? null : answer.value
  }
}
