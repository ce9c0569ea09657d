// The conversation kit: how every flow, for people and for staff, asks. One
// policy holds inside any flow, whatever it asks:
//  - /cancel (also /cancel@<bot>, or a Cancel button) ends the flow;
//  - any other command, or a main-menu button, ends the flow, and the update is
//    then handled as if no flow had been open;
//  - a button of this kit that is not the current question's ("from an earlier
//    step") gets a short notice, and the question is asked again;
//  - a button of another feature (a card, a review decision) passes through and
//    the flow keeps waiting;
//  - a photo, sticker or voice message where text was asked, or a text that is
//    too long, gets a re-prompt that says what is expected.
//
// Every button a question shows carries `k:<question>:<op>[:<value>]`, so the
// kit can tell its own buttons, and the current question's, from the others.
import type { InlineKeyboard, Keyboard } from 'grammy'
import type { Message } from 'grammy/types'
import type { Rights } from '../../../domain/access.js'
import type { BotContext, BotConversation, ConversationContext } from '../../context.js'
import { DomainError } from '../../../domain/errors.js'
import { todayIn } from '../../../time/zones.js'
import { localeOf } from '../../helpers/coord-guard.js'
import { escapeHtml } from '../../helpers/html.js'
import { refusalText } from '../../helpers/refusals.js'
import { mainMenu, menuKeys } from '../../keyboards/main-menu.js'

/** What a question returns when the person pressed Back. */
export const BACK: unique symbol = Symbol('back')
export type Back = typeof BACK

export type Op = 'v' | 'p' | 's' | 'd' | 'b' | 'x'

/** The callback data of a kit button: `k:<question>:<op>[:<value>]` (at most 64 bytes). */
export function kitData(code: string, op: Op, value?: string | number) {
  const data = value === undefined ? `k:${code}:${op}` : `k:${code}:${op}:${value}`
  if (Buffer.byteLength(data) > 64)
    throw new Error(`callback data too long for question ${code}`)
  return data
}

const kitButton = /^k:([\w-]{1,24}):([vpsdbx])(?::(.{1,40}))?$/

export function parseKitData(data: string): { code: string, op: Op, value?: string } | undefined {
  const m = kitButton.exec(data)
  return m ? { code: m[1], op: m[2] as Op, value: m[3] } : undefined
}

/** Commands that end a flow: /cancel and /cancel@<any bot>. */
export function isCancel(text: string) {
  return /^\/cancel(?:@\w+)?$/i.test(text.trim())
}

/** A command or a main-menu button: it leaves the flow and is handled as usual. */
export function leavesFlow(ctx: ConversationContext, text: string) {
  return text.startsWith('/') || Object.values(menuKeys).some(key => ctx.t(key) === text)
}

/** What a question accepts from a message: a value, a problem to tell, or nothing (the generic re-prompt). */
export type Reading<T> = { value: T } | { problem: string } | undefined

export interface QuestionSpec<T> {
  /** Unique within the flow; part of every button's data. */
  code: string
  /** The question, as HTML. */
  text: string
  /** Inline buttons for a page (answers, pages, Skip/Back/Cancel), or a reply keyboard. */
  keyboard?: (page: number) => InlineKeyboard | Keyboard
  /** An answer button (`v`) to a value, or undefined when the value is not offered (forged or stale). */
  button?: (value: string) => T | undefined
  /** A message to a value; without it, only buttons answer. */
  message?: (ctx: ConversationContext) => Reading<T> | Promise<Reading<T>>
  /** The re-prompt for a message that is no answer (default: use the buttons). */
  reprompt?: (ctx: ConversationContext) => string
  /** How an answer is shown under the question once it is given (plain text; escaped here). */
  label?: (value: T) => string
  skip?: boolean
  back?: boolean
  /** Texts of the reply keyboard that mean Back and Cancel (for questions with a reply keyboard). */
  replyNav?: boolean
  /** Show the answer under the question once given, and take its buttons away (default true). */
  settle?: boolean
}

export interface FlowOptions {
  /** What the person is told when they cancel (HTML). */
  cancelled?: (ctx: ConversationContext) => string
}

/** The kit for one run of a flow. */
export class Flow {
  constructor(readonly conversation: BotConversation, readonly ctx: ConversationContext, private readonly options: FlowOptions = {}) {}

  t = (key: string, params?: Record<string, string | number>) => this.ctx.t(key, params)

  get locale(): 'uk' | 'en' {
    return localeOf(this.ctx)
  }

  /** The clock's instant at this point of the flow (the outer context's, so replays get it back). */
  async now(): Promise<Date> {
    return new Date(await this.conversation.external((outer: BotContext) => outer.clock().getTime()))
  }

  /** Today's date (YYYY-MM-DD) in the programme's zone, where deadlines and expiry days end. */
  async today(): Promise<string> {
    return this.conversation.external((outer: BotContext) => todayIn(outer.config.timezone, outer.clock()))
  }

  /** Runs domain code on the current update's context (fresh rights, the live database). */
  external<R>(fn: (outer: BotContext) => Promise<R> | R): Promise<R> {
    return this.conversation.external(fn)
  }

  reply(text: string, other?: Parameters<ConversationContext['reply']>[1]) {
    return this.ctx.reply(text, other)
  }

  /**
   * Commits what the flow gathered, with the person's rights read again at this
   * moment (not when the flow opened): a refusal of the domain is told and ends
   * the flow; any other error reaches the error boundary and is logged.
   */
  async commit<R>(fn: (outer: BotContext, rights: Rights) => Promise<R>): Promise<R> {
    const result = await this.conversation.external(async (outer: BotContext) => {
      const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
      try {
        return { ok: true as const, value: await fn(outer, rights) }
      }
      catch (error) {
        if (error instanceof DomainError)
          return { ok: false as const, code: error.code, params: { ...error.params } }
        throw error
      }
    })
    if (result.ok)
      return result.value
    await this.reply(refusalText(this.t, result), { reply_markup: mainMenu(this.ctx.t) })
    return this.conversation.halt()
  }

  /** Ends the flow with the cancel message and the main menu. */
  async cancel(c: ConversationContext): Promise<never> {
    if (c.callbackQuery)
      await c.answerCallbackQuery()
    const text = this.options.cancelled?.(this.ctx) ?? this.t('flow-cancelled')
    await c.reply(text, { reply_markup: mainMenu(this.ctx.t) })
    return this.conversation.halt()
  }

  /**
   * The next update that is for this flow: applies the policy for /cancel,
   * other commands, main-menu buttons and other features' buttons.
   */
  async next(): Promise<ConversationContext> {
    const c = await this.conversation.wait()
    // Not a message or a button (a block, an edit, a reaction): for the features, not for the question.
    if (!c.message && !c.callbackQuery)
      await this.conversation.skip({ next: true })
    const text = c.message?.text
    if (text !== undefined && isCancel(text))
      await this.cancel(c)
    if (text !== undefined && leavesFlow(c, text))
      await this.conversation.halt({ next: true })
    const data = c.callbackQuery?.data
    if (data !== undefined && !data.startsWith('k:'))
      await this.conversation.skip({ next: true })
    return c
  }

  /** Tells that a button is from an earlier step. */
  async stale(c: ConversationContext) {
    await c.answerCallbackQuery({ text: this.t('flow-stale-button') })
  }

  /** Asks one question until it is answered: the value, null (Skip) or BACK. */
  async ask<T>(spec: QuestionSpec<T>): Promise<T | null | Back> {
    let page = 0
    let sent = await this.prompt(spec, page)
    for (;;) {
      const c = await this.next()
      const data = c.callbackQuery?.data
      if (data !== undefined) {
        const button = parseKitData(data)
        if (!button || button.code !== spec.code) {
          await this.stale(c)
          sent = await this.prompt(spec, page)
          continue
        }
        if (button.op === 'x')
          await this.cancel(c)
        if (button.op === 'b' && spec.back) {
          await c.answerCallbackQuery()
          await this.settle(sent, spec, this.t('flow-went-back'))
          return BACK
        }
        if (button.op === 's' && spec.skip) {
          await c.answerCallbackQuery()
          await this.settle(sent, spec, this.t('flow-skipped'))
          return null
        }
        if (button.op === 'p' && spec.keyboard && /^\d{1,3}$/.test(button.value ?? '')) {
          page = Number(button.value)
          await c.answerCallbackQuery()
          await c.editMessageReplyMarkup({ reply_markup: spec.keyboard(page) as InlineKeyboard })
          continue
        }
        const value = button.op === 'v' && button.value !== undefined ? spec.button?.(button.value) : undefined
        if (value === undefined) {
          await this.stale(c)
          continue
        }
        await c.answerCallbackQuery()
        await this.settle(sent, spec, `<b>${escapeHtml(spec.label?.(value) ?? '')}</b>`)
        return value
      }
      const text = c.message?.text
      if (spec.replyNav && text !== undefined) {
        if (text === this.t('flow-cancel'))
          await this.cancel(c)
        if (spec.back && text === this.t('flow-back'))
          return BACK
      }
      const reading = spec.message ? await spec.message(c) : undefined
      if (reading && 'value' in reading) {
        await this.settle(sent, spec, `<b>${escapeHtml(spec.label?.(reading.value) ?? '')}</b>`)
        return reading.value
      }
      await c.reply(reading?.problem ?? spec.reprompt?.(c) ?? this.t('flow-use-buttons'))
    }
  }

  private prompt<T>(spec: QuestionSpec<T>, page: number) {
    return this.ctx.reply(spec.text, spec.keyboard ? { reply_markup: spec.keyboard(page) } : undefined)
  }

  /** Shows the answer under a question with buttons, and takes the buttons away. */
  private async settle<T>(sent: Message.TextMessage, spec: QuestionSpec<T>, answer: string) {
    const inline = spec.keyboard && 'inline_keyboard' in spec.keyboard(0)
    if (!inline || !spec.label || spec.settle === false)
      return
    await this.ctx.api.editMessageText(sent.chat.id, sent.message_id, this.t('flow-chosen', { question: spec.text, answer }))
  }
}
