// The questions of the kit: text, choice, many, date, number, file, confirm.
// Each builds its buttons with kit data and reads answers through Flow.ask, so
// all of them share the one policy (flow.ts). Options with `skip: true` may
// answer null, with `back: true` may answer BACK.
import type { BotConversation, ConversationContext } from '../../context.js'
import type { Back, FlowOptions, QuestionSpec, Reading } from './flow.js'
import { InlineKeyboard } from 'grammy'
import { formatDay, parseDay } from '../../../time/dates.js'
import { clip } from '../../helpers/fit.js'
import { escapeHtml } from '../../helpers/html.js'
import { pagedKeyboard } from '../../keyboards/paged.js'
import { BACK, Flow, kitData, parseKitData } from './flow.js'

export { BACK }
export type { Back }

interface Base {
  /** Unique within the flow: the question's buttons carry it. */
  code: string
  /** The question, as HTML. */
  question: string
  /** Offer ⏭ Skip: the answer may be null. */
  skip?: boolean
  /** Offer ◀️ Back: the answer may be BACK. Also shows ✖️ Cancel. */
  back?: boolean
  /** Show ✖️ Cancel (a typed /cancel works anyway). */
  cancelButton?: boolean
  /** Show the answer under the question and take its buttons away (default true). */
  settle?: boolean
}

export type Answer<T, O> = T
  | (O extends { skip: infer S } ? (S extends false | undefined ? never : null) : never)
  | (O extends { back: infer B } ? (B extends false | undefined ? never : Back) : never)

export interface TextOptions extends Base {
  max: number
  /** The answer given before (coming Back to the step): a ✔️ Keep button answers it again, nothing retyped. */
  current?: string | null
  /** Further checks of the trimmed text: a value or a problem to tell. */
  parse?: (text: string) => { value: string } | { problem: string }
}

export interface ChoiceOptions<V extends string> extends Base {
  options: Array<[label: string, value: V]>
  columns?: number
  perPage?: number
  /** A typed answer is also accepted (free text, up to `max`; `parse` may check it further). */
  typed?: { max: number, parse?: (text: string) => { value: string } | { problem: string } }
  /** Options shown each on a row of its own, below the others (e.g. Send). */
  wide?: V[]
}

export interface ManyOptions<V extends string> extends Base {
  options: Array<[label: string, value: V]>
  columns?: number
  /** Options that answer on their own: pressing one ends the question with just it (e.g. "the whole programme"). */
  alone?: V[]
}

export interface DateOptions extends Base {
  /** A problem to tell about this day (in the past, before the start), or null. */
  check?: (day: string) => string | null
}

export interface NumberOptions extends Base {
  min: number
  max: number
}

export interface UploadedFile {
  fileId: string
  fileUniqueId: string
  fileName: string | null
  mimeType: string | null
  fileSize: number | null
}

export interface FileOptions extends Base {
  /** A problem to tell about this file (type, size), or null. */
  check: (file: UploadedFile) => string | null
  /** Stored files the person may pick instead: [label, id]. */
  stored?: Array<[label: string, id: number]>
  /** Said when something else than a file arrives. */
  reprompt: string
}

/** The file in a message, if it is a document or a photo (its largest size, as JPG). */
export function fileOf(ctx: ConversationContext): UploadedFile | undefined {
  const doc = ctx.message?.document
  if (doc)
    return { fileId: doc.file_id, fileUniqueId: doc.file_unique_id, fileName: doc.file_name ?? null, mimeType: doc.mime_type ?? null, fileSize: doc.file_size ?? null }
  const largest = ctx.message?.photo?.at(-1)
  if (largest)
    return { fileId: largest.file_id, fileUniqueId: largest.file_unique_id, fileName: null, mimeType: 'image/jpeg', fileSize: largest.file_size ?? null }
}

/** The kit for one run of a flow: the policy (Flow) and the questions. */
export class Kit extends Flow {
  /** The Skip / Back and Cancel rows of a question. */
  private navRows(o: Base) {
    const rows = []
    if (o.skip)
      rows.push([InlineKeyboard.text(this.t('flow-skip'), kitData(o.code, 's'))])
    const last = []
    if (o.back)
      last.push(InlineKeyboard.text(this.t('flow-back'), kitData(o.code, 'b')))
    if (o.back || o.cancelButton)
      last.push(InlineKeyboard.text(this.t('flow-cancel'), kitData(o.code, 'x')))
    if (last.length)
      rows.push(last)
    return rows
  }

  /** A keyboard of answer rows, then the navigation rows. */
  private withNav(o: Base, keyboard?: InlineKeyboard) {
    return InlineKeyboard.from([...(keyboard?.inline_keyboard ?? []), ...this.navRows(o)])
  }

  private hasNav(o: Base) {
    return Boolean(o.skip || o.back || o.cancelButton)
  }

  /** The problem with a message where a text up to `max` characters was asked, or the text. */
  readText(c: ConversationContext, max: number): Reading<string> {
    const text = c.message?.text?.trim()
    if (!text)
      return { problem: this.t('flow-need-text', { max }) }
    if (text.length > max)
      return { problem: this.t('flow-too-long', { max, length: text.length }) }
    return { value: text }
  }

  async text<O extends TextOptions>(o: O): Promise<Answer<string, O>> {
    const current = o.current || undefined
    const keep = current === undefined ? undefined : InlineKeyboard.from([[InlineKeyboard.text(this.t('flow-keep', { answer: clip(current.replace(/\s+/g, ' '), 32) }), kitData(o.code, 'v', 'keep'))]])
    return await this.ask<string>({
      ...this.spec(o, this.hasNav(o) || keep ? () => this.withNav(o, keep) : undefined),
      button: value => value === 'keep' ? current : undefined,
      message: (c) => {
        const reading = this.readText(c, o.max)
        return reading && 'value' in reading && o.parse ? o.parse(reading.value) : reading
      },
      label: text => text.length > 200 ? `${text.slice(0, 199)}…` : text,
    }) as Answer<string, O>
  }

  async choice<V extends string, O extends ChoiceOptions<V> = ChoiceOptions<V>>(o: O & ChoiceOptions<V>): Promise<Answer<V | { typed: string }, O>> {
    const labels = new Map<string, string>(o.options.map(([label, value]) => [value, label]))
    const typed = o.typed
    return await this.ask<V | { typed: string }>({
      ...this.spec(o, page => this.withNav(o, InlineKeyboard.from([
        ...pagedKeyboard({
          items: o.options.filter(([, value]) => !o.wide?.includes(value)).map(([label, value]) => [label, kitData(o.code, 'v', value)]),
          page,
          perPage: o.perPage ?? 50,
          columns: o.columns ?? 1,
          pageData: p => kitData(o.code, 'p', p),
        }).inline_keyboard,
        ...o.options.filter(([, value]) => o.wide?.includes(value)).map(([label, value]) => [InlineKeyboard.text(label, kitData(o.code, 'v', value))]),
      ]))),
      button: value => labels.has(value) ? value as V : undefined,
      message: typed
        ? (c) => {
            let reading = this.readText(c, typed.max)
            if (reading && 'value' in reading && typed.parse)
              reading = typed.parse(reading.value)
            return reading && 'value' in reading ? { value: { typed: reading.value } } : reading
          }
        : undefined,
      label: v => typeof v === 'string' ? labels.get(v) ?? v : v.typed,
    }) as Answer<V | { typed: string }, O>
  }

  /** Asks to pick one of the buttons (no typed answer). */
  async pick<V extends string, O extends ChoiceOptions<V> = ChoiceOptions<V>>(o: O & ChoiceOptions<V>): Promise<Answer<V, O>> {
    return await this.choice<V, O>({ ...o, typed: undefined }) as Answer<V, O>
  }

  /** Asks to tick one or more buttons, then ✔️ Done. */
  async many<V extends string>(o: ManyOptions<V>): Promise<V[]> {
    const chosen = new Set<V>()
    const columns = o.columns ?? 2
    const keyboard = () => {
      const rows = []
      for (let i = 0; i < o.options.length; i += columns)
        rows.push(o.options.slice(i, i + columns).map(([label, value]) => InlineKeyboard.text(`${chosen.has(value) ? '✅ ' : ''}${label}`, kitData(o.code, 'v', value))))
      rows.push([InlineKeyboard.text(this.t('flow-done'), kitData(o.code, 'd'))])
      return InlineKeyboard.from([...rows, ...this.navRows(o)])
    }
    let sent = await this.reply(o.question, { reply_markup: keyboard() })
    for (;;) {
      const c = await this.next()
      const button = c.callbackQuery?.data === undefined ? undefined : parseKitData(c.callbackQuery.data)
      if (!c.callbackQuery) {
        await c.reply(this.t('flow-use-buttons'))
        continue
      }
      if (!button || button.code !== o.code) {
        await this.stale(c)
        sent = await this.reply(o.question, { reply_markup: keyboard() })
        continue
      }
      if (button.op === 'x')
        await this.cancel(c)
      if (button.op === 'd') {
        if (chosen.size === 0) {
          await c.answerCallbackQuery({ text: this.t('flow-pick-one'), show_alert: true })
          continue
        }
        await c.answerCallbackQuery()
        const labels = o.options.filter(([, v]) => chosen.has(v)).map(([label]) => label).join(', ')
        await this.ctx.api.editMessageText(sent.chat.id, sent.message_id, this.t('flow-chosen', { question: o.question, answer: `<b>${escapeHtml(labels)}</b>` }))
        return [...chosen]
      }
      const value = o.options.find(([, v]) => v === button.value)?.[1]
      if (button.op !== 'v' || value === undefined) {
        await this.stale(c)
        continue
      }
      if (o.alone?.includes(value)) {
        await c.answerCallbackQuery()
        const label = o.options.find(([, v]) => v === value)![0]
        await this.ctx.api.editMessageText(sent.chat.id, sent.message_id, this.t('flow-chosen', { question: o.question, answer: `<b>${escapeHtml(label)}</b>` }))
        return [value]
      }
      if (chosen.has(value))
        chosen.delete(value)
      else
        chosen.add(value)
      await c.answerCallbackQuery()
      await c.editMessageReplyMarkup({ reply_markup: keyboard() })
    }
  }

  async date<O extends DateOptions>(o: O): Promise<Answer<string, O>> {
    return await this.ask<string>({
      ...this.spec(o, this.hasNav(o) ? () => this.withNav(o) : undefined),
      message: (c) => {
        const reading = this.readText(c, 20)
        if (!reading || !('value' in reading))
          return { problem: this.t('flow-bad-date') }
        const parsed = parseDay(reading.value)
        if ('error' in parsed)
          return { problem: this.t('flow-bad-date') }
        const problem = o.check?.(parsed.day)
        return problem ? { problem } : { value: parsed.day }
      },
      label: day => formatDay(this.locale, day),
    }) as Answer<string, O>
  }

  async number<O extends NumberOptions>(o: O): Promise<Answer<number, O>> {
    return await this.ask<number>({
      ...this.spec(o, this.hasNav(o) ? () => this.withNav(o) : undefined),
      message: (c) => {
        const text = c.message?.text?.trim() ?? ''
        const n = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN
        return n >= o.min && n <= o.max ? { value: n } : { problem: this.t('flow-bad-number', { min: o.min, max: o.max }) }
      },
      label: n => String(n),
    }) as Answer<number, O>
  }

  async file<O extends FileOptions>(o: O): Promise<Answer<{ file: UploadedFile } | { stored: number }, O>> {
    const stored = o.stored ?? []
    return await this.ask<{ file: UploadedFile } | { stored: number }>({
      ...this.spec(o, stored.length || this.hasNav(o)
        ? () => this.withNav(o, InlineKeyboard.from(stored.map(([label, id]) => [InlineKeyboard.text(label, kitData(o.code, 'v', id))])))
        : undefined),
      button: value => stored.some(([, id]) => String(id) === value) ? { stored: Number(value) } : undefined,
      message: (c) => {
        const file = fileOf(c)
        if (!file)
          return undefined
        const problem = o.check(file)
        return problem ? { problem } : { value: { file } }
      },
      reprompt: () => o.reprompt,
      label: v => 'stored' in v ? stored.find(([, id]) => id === v.stored)?.[0] ?? '📎' : v.file.fileName ?? '📎',
    }) as Answer<{ file: UploadedFile } | { stored: number }, O>
  }

  /** A yes/no question with two labelled buttons. */
  async confirm<O extends Base & { yes: string, no: string }>(o: O): Promise<Answer<boolean, O>> {
    const answer = await this.pick<'yes' | 'no'>({ ...o, options: [[o.yes, 'yes'], [o.no, 'no']], columns: 2 }) as 'yes' | 'no' | null | Back
    return (answer === null || answer === BACK ? answer : answer === 'yes') as Answer<boolean, O>
  }

  private spec<T>(o: Base, keyboard: QuestionSpec<T>['keyboard']): QuestionSpec<T> {
    return { code: o.code, text: o.question, keyboard, skip: o.skip, back: o.back, settle: o.settle }
  }
}

export function openFlow(conversation: BotConversation, ctx: ConversationContext, options?: FlowOptions) {
  return new Kit(conversation, ctx, options)
}
