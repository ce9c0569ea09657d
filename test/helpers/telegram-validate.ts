// Checks Bot API calls the way Telegram does, so a test fails where a person
// would see raw HTML or Telegram would answer 400. One module for both the
// in-process recorder (test/helpers/bot.ts) and the local Bot API server
// (test/helpers/bot-api-server.ts).
//
// Telegram's rules (https://core.telegram.org/bots/api#html-style and the
// limits of each method):
//  - text with tags or entities shows them raw unless parse_mode is HTML;
//  - with parse_mode HTML it must parse: supported tags only, properly nested,
//    every bare <, > and & written as an entity;
//  - a message text is 1-4096 characters, a caption 0-1024, after parsing;
//  - inline buttons: non-empty text, one action, callback_data 1-64 bytes;
//  - reply keyboard buttons: non-empty text;
//  - answerCallbackQuery text up to 200 characters;
//  - the bot's profile is plain text: name 0-64, description 0-512, short
//    description 0-120 characters; a menu button is commands, default or
//    web_app (https://core.telegram.org/bots/api#setmydescription);
//  - every callback query is answered exactly once (checked per update by
//    the recorder, with `checkCallbackAnswered`).

export type ViolationKind
  = | 'html-without-parse-mode'
    | 'html-unparsable'
    | 'text-empty'
    | 'text-too-long'
    | 'caption-too-long'
    | 'button-text-empty'
    | 'button-action'
    | 'callback-data'
    | 'callback-answer-too-long'
    | 'callback-unanswered'
    | 'callback-answered-twice'
    | 'unsupported-parse-mode'
    | 'commands'
    | 'bot-profile'

export interface Violation {
  kind: ViolationKind
  method: string
  /** What Telegram would answer (or, for what it accepts, what a person would see). */
  description: string
  /** Telegram refuses the call (400); otherwise it accepts it and shows something wrong. */
  rejects: boolean
  /** The offending text, shortened, to find the call. */
  excerpt?: string
}

export const textLimit = 4096
export const captionLimit = 1024
export const callbackAnswerLimit = 200
export const callbackDataLimit = 64
/** The bot's own profile fields, by method: the field and its limit. */
export const profileLimits: Record<string, [field: string, limit: number]> = {
  setMyName: ['name', 64],
  setMyDescription: ['description', 512],
  setMyShortDescription: ['short_description', 120],
}

const textMethods = new Set(['sendMessage', 'editMessageText'])
const captionMethods = new Set(['sendPhoto', 'sendDocument', 'sendVideo', 'sendAudio', 'sendVoice', 'sendAnimation', 'editMessageCaption', 'copyMessage'])
const parseModes = new Set(['HTML', 'Markdown', 'MarkdownV2'])

// Tags Telegram's HTML understands, with the attributes each may carry.
const tags: Record<string, readonly string[]> = {
  'b': [],
  'strong': [],
  'i': [],
  'em': [],
  'u': [],
  'ins': [],
  's': [],
  'strike': [],
  'del': [],
  'tg-spoiler': [],
  'span': ['class'],
  'a': ['href'],
  'tg-emoji': ['emoji-id'],
  'code': ['class'],
  'pre': [],
  'blockquote': ['expandable'],
}

const namedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' }

/** Looks like HTML: a tag or an entity a person would see raw without parse_mode. */
const htmlLike = /<\/?[a-z][\w-]*(?:\s[^<>]*)?>|&(?:[a-z]+|#\d+|#x[\da-f]+);/i

export class HtmlError extends Error {}

function byteOffset(text: string, index: number) {
  return Buffer.byteLength(text.slice(0, index), 'utf8')
}

/** An entity at `text[i]` ('&'): its character and length, or undefined. */
function entityAt(text: string, i: number): { char: string, length: number } | undefined {
  const match = /^&(?:([a-z]+)|#(\d+)|#x([\da-f]+));/i.exec(text.slice(i, i + 12))
  if (!match)
    return undefined
  if (match[1])
    return match[1] in namedEntities ? { char: namedEntities[match[1]], length: match[0].length } : undefined
  const code = match[2] ? Number(match[2]) : Number.parseInt(match[3], 16)
  if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
    return undefined
  return { char: String.fromCodePoint(code), length: match[0].length }
}

function decodeAttribute(value: string, text: string, at: number) {
  let out = ''
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '&') {
      out += value[i]
      continue
    }
    const entity = entityAt(value, i)
    if (!entity)
      throw new HtmlError(`Character '&' in an attribute is reserved and must be escaped at byte offset ${byteOffset(text, at)}`)
    out += entity.char
    i += entity.length - 1
  }
  return out
}

/**
 * Parses `text` as Telegram's HTML and returns the text a person sees (tags
 * removed, entities decoded); throws HtmlError with Telegram's words otherwise.
 */
export function parseTelegramHtml(text: string): string {
  const open: Array<{ name: string, at: number }> = []
  let plain = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c === '&') {
      const entity = entityAt(text, i)
      if (!entity)
        throw new HtmlError(`Character '&' is reserved and must be escaped as &amp; at byte offset ${byteOffset(text, i)}`)
      plain += entity.char
      i += entity.length
      continue
    }
    if (c === '>')
      throw new HtmlError(`Character '>' is reserved and must be escaped as &gt; at byte offset ${byteOffset(text, i)}`)
    if (c !== '<') {
      plain += c
      i++
      continue
    }
    const end = /^<\/([a-z][\w-]*)\s*>/i.exec(text.slice(i))
    if (end) {
      const name = end[1].toLowerCase()
      const top = open.pop()
      if (!top)
        throw new HtmlError(`Unexpected end tag at byte offset ${byteOffset(text, i)}`)
      if (top.name !== name)
        throw new HtmlError(`Unmatched end tag at byte offset ${byteOffset(text, i)}, expected "</${top.name}>", found "</${name}>"`)
      i += end[0].length
      continue
    }
    const start = /^<([a-z][\w-]*)((?:\s+[a-z][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*)\s*>/i.exec(text.slice(i))
    if (!start)
      throw new HtmlError(`Character '<' is reserved and must be escaped as &lt; at byte offset ${byteOffset(text, i)}`)
    const name = start[1].toLowerCase()
    const allowed = tags[name]
    if (!allowed)
      throw new HtmlError(`Unsupported start tag "${name}" at byte offset ${byteOffset(text, i)}`)
    const attributes = new Map<string, string>()
    for (const attribute of start[2].matchAll(/([a-z][\w-]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>]+))?/gi)) {
      const key = attribute[1].toLowerCase()
      if (!allowed.includes(key))
        throw new HtmlError(`Unsupported attribute "${key}" of tag "${name}" at byte offset ${byteOffset(text, i)}`)
      const raw = attribute[2] ?? ''
      attributes.set(key, decodeAttribute(/^["']/.test(raw) ? raw.slice(1, -1) : raw, text, i))
    }
    if (name === 'span' && attributes.get('class') !== 'tg-spoiler')
      throw new HtmlError(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(text, i)}`)
    if (name === 'tg-emoji' && !/^\d+$/.test(attributes.get('emoji-id') ?? ''))
      throw new HtmlError(`Custom emoji identifier must be specified at byte offset ${byteOffset(text, i)}`)
    if (name === 'code' && attributes.has('class') && !attributes.get('class')!.startsWith('language-'))
      throw new HtmlError(`Tag "code" may have only a "language-" class at byte offset ${byteOffset(text, i)}`)
    const parent = open.at(-1)?.name
    if (parent === 'code' || (parent === 'pre' && name !== 'code'))
      throw new HtmlError(`Tag "${name}" can't be inside "${parent}" at byte offset ${byteOffset(text, i)}`)
    if (name === 'blockquote' && open.some(tag => tag.name === 'blockquote'))
      throw new HtmlError(`Blockquote can't be nested at byte offset ${byteOffset(text, i)}`)
    open.push({ name, at: i })
    i += start[0].length
  }
  if (open.length > 0)
    throw new HtmlError(`Can't find end tag corresponding to start tag "${open.at(-1)!.name}"`)
  return plain
}

/** Characters as Telegram counts them (code points, not UTF-16 units). */
export function telegramLength(text: string) {
  return [...text].length
}

function excerpt(text: unknown) {
  const s = String(text)
  return s.length > 120 ? `${s.slice(0, 117)}…` : s
}

/** The text a person sees, checking parse mode and HTML; undefined when it cannot be parsed. */
function checkFormatted(method: string, field: 'text' | 'caption', value: string, parseMode: unknown, out: Violation[]): string | undefined {
  if (parseMode === undefined || parseMode === null || parseMode === '') {
    if (htmlLike.test(value))
      out.push({ kind: 'html-without-parse-mode', method, rejects: false, description: `${field} contains HTML but no parse_mode: the person sees the tags`, excerpt: excerpt(value) })
    return value
  }
  if (!parseModes.has(String(parseMode))) {
    out.push({ kind: 'unsupported-parse-mode', method, rejects: true, description: `Bad Request: unsupported parse_mode "${parseMode}"` })
    return undefined
  }
  if (parseMode !== 'HTML')
    return value
  try {
    return parseTelegramHtml(value)
  }
  catch (error) {
    if (!(error instanceof HtmlError))
      throw error
    out.push({ kind: 'html-unparsable', method, rejects: true, description: `Bad Request: can't parse entities: ${error.message}`, excerpt: excerpt(value) })
    return undefined
  }
}

const inlineActions = ['url', 'callback_data', 'web_app', 'login_url', 'switch_inline_query', 'switch_inline_query_current_chat', 'switch_inline_query_chosen_chat', 'copy_text', 'callback_game', 'pay']

function checkMarkup(method: string, markup: unknown, out: Violation[]) {
  if (typeof markup === 'string') {
    try {
      markup = JSON.parse(markup)
    }
    catch {
      out.push({ kind: 'button-action', method, rejects: true, description: 'Bad Request: can\'t parse reply keyboard markup JSON object' })
      return
    }
  }
  const m = markup as { inline_keyboard?: unknown[][], keyboard?: unknown[][] } | undefined
  for (const button of m?.inline_keyboard?.flat() ?? []) {
    const b = button as Record<string, unknown>
    if (typeof b.text !== 'string' || b.text.trim() === '')
      out.push({ kind: 'button-text-empty', method, rejects: true, description: 'Bad Request: inline keyboard button text must be non-empty', excerpt: excerpt(JSON.stringify(b)) })
    const actions = inlineActions.filter(key => b[key] !== undefined)
    if (actions.length !== 1)
      out.push({ kind: 'button-action', method, rejects: true, description: `Bad Request: an inline keyboard button must have exactly one action, found ${actions.length}`, excerpt: excerpt(JSON.stringify(b)) })
    if (b.callback_data !== undefined) {
      const bytes = Buffer.byteLength(String(b.callback_data), 'utf8')
      if (typeof b.callback_data !== 'string' || bytes < 1 || bytes > callbackDataLimit)
        out.push({ kind: 'callback-data', method, rejects: true, description: `Bad Request: BUTTON_DATA_INVALID (callback_data is ${bytes} bytes, 1-${callbackDataLimit} allowed)`, excerpt: excerpt(b.callback_data) })
    }
  }
  for (const button of m?.keyboard?.flat() ?? []) {
    const label = typeof button === 'string' ? button : (button as { text?: unknown })?.text
    if (typeof label !== 'string' || label.trim() === '')
      out.push({ kind: 'button-text-empty', method, rejects: true, description: 'Bad Request: keyboard button text must be non-empty', excerpt: excerpt(JSON.stringify(button)) })
  }
}

function checkCommands(method: string, commands: unknown, out: Violation[]) {
  const list = typeof commands === 'string' ? JSON.parse(commands) : commands
  for (const entry of Array.isArray(list) ? list : []) {
    if (!/^[a-z0-9_]{1,32}$/.test(String(entry?.command)))
      out.push({ kind: 'commands', method, rejects: true, description: `Bad Request: BOT_COMMAND_INVALID (${entry?.command})` })
    const description = String(entry?.description ?? '')
    if (description.trim() === '' || telegramLength(description) > 256)
      out.push({ kind: 'commands', method, rejects: true, description: `Bad Request: BOT_COMMAND_DESCRIPTION_INVALID (${entry?.command})` })
  }
}

function checkProfile(method: string, p: Record<string, any>, out: Violation[]) {
  const [field, limit] = profileLimits[method]
  const value = p[field] ?? ''
  if (typeof value !== 'string' || telegramLength(value) > limit)
    out.push({ kind: 'bot-profile', method, rejects: true, description: `Bad Request: ${field} is too long (${telegramLength(String(value))} characters, ${limit} allowed)`, excerpt: excerpt(value) })
  // No parse_mode here: a tag or an entity is shown as typed.
  else if (htmlLike.test(value))
    out.push({ kind: 'bot-profile', method, rejects: false, description: `the ${field} is plain text: its tags show raw`, excerpt: excerpt(value) })
  if (p.language_code !== undefined && !/^[a-z]{2}$/.test(String(p.language_code)))
    out.push({ kind: 'bot-profile', method, rejects: true, description: `Bad Request: LANG_CODE_INVALID (${p.language_code})` })
}

function checkMenuButton(method: string, p: Record<string, any>, out: Violation[]) {
  const button = typeof p.menu_button === 'string' ? JSON.parse(p.menu_button) : p.menu_button
  if (button !== undefined && !['commands', 'default', 'web_app'].includes(button?.type))
    out.push({ kind: 'bot-profile', method, rejects: true, description: `Bad Request: unsupported menu button type (${button?.type})` })
}

/** Everything wrong with one Bot API call, as Telegram would see it; empty when it is fine. */
export function validateCall(method: string, payload: Record<string, any> | undefined): Violation[] {
  const out: Violation[] = []
  const p = payload ?? {}
  if (textMethods.has(method)) {
    const text = typeof p.text === 'string' ? p.text : ''
    const shown = checkFormatted(method, 'text', text, p.parse_mode, out)
    if (shown !== undefined) {
      if (shown.trim() === '')
        out.push({ kind: 'text-empty', method, rejects: true, description: 'Bad Request: message text is empty' })
      else if (telegramLength(shown) > textLimit)
        out.push({ kind: 'text-too-long', method, rejects: true, description: `Bad Request: message is too long (${telegramLength(shown)} characters, ${textLimit} allowed)`, excerpt: excerpt(text) })
    }
  }
  if (captionMethods.has(method) && typeof p.caption === 'string') {
    const shown = checkFormatted(method, 'caption', p.caption, p.parse_mode, out)
    if (shown !== undefined && telegramLength(shown) > captionLimit)
      out.push({ kind: 'caption-too-long', method, rejects: true, description: `Bad Request: message caption is too long (${telegramLength(shown)} characters, ${captionLimit} allowed)`, excerpt: excerpt(p.caption) })
  }
  if (p.reply_markup !== undefined)
    checkMarkup(method, p.reply_markup, out)
  if (method === 'answerCallbackQuery' && typeof p.text === 'string' && telegramLength(p.text) > callbackAnswerLimit)
    out.push({ kind: 'callback-answer-too-long', method, rejects: true, description: `Bad Request: MESSAGE_TOO_LONG (answer is ${telegramLength(p.text)} characters, ${callbackAnswerLimit} allowed)`, excerpt: excerpt(p.text) })
  if (method === 'setMyCommands')
    checkCommands(method, p.commands, out)
  if (method in profileLimits)
    checkProfile(method, p, out)
  if (method === 'setChatMenuButton')
    checkMenuButton(method, p, out)
  return out
}

/**
 * After the bot handled an update: a callback query must have been answered
 * exactly once, else the person's button keeps spinning (or Telegram refuses
 * the second answer). `calls` are the calls made while handling it.
 */
export function checkCallbackAnswered(update: { callback_query?: { id: string, data?: string } }, calls: ReadonlyArray<{ method: string, payload: any }>): Violation[] {
  const query = update.callback_query
  if (!query)
    return []
  const answers = calls.filter(c => c.method === 'answerCallbackQuery' && String(c.payload?.callback_query_id) === query.id).length
  if (answers === 1)
    return []
  return [answers === 0
    ? { kind: 'callback-unanswered', method: 'answerCallbackQuery', rejects: false, description: `callback query ${query.id} (${query.data}) was never answered: the button keeps spinning`, excerpt: query.data }
    : { kind: 'callback-answered-twice', method: 'answerCallbackQuery', rejects: true, description: `Bad Request: query is too old and response timeout expired or query ID is invalid (callback query ${query.id} (${query.data}) answered ${answers} times)`, excerpt: query.data }]
}

/** The answer Telegram gives to a call it refuses. */
export function rejection(violations: Violation[]) {
  const refused = violations.find(v => v.rejects)
  return refused ? { ok: false as const, error_code: 400, description: refused.description } : undefined
}

/** One readable line per violation, for a failing test. */
export function describeViolations(violations: Violation[]) {
  return violations.map(v => `  - [${v.kind}] ${v.method}: ${v.description}${v.excerpt ? `\n      ${JSON.stringify(v.excerpt)}` : ''}`).join('\n')
}

export class TelegramViolationError extends Error {
  constructor(readonly violations: Violation[], where = 'Bot API calls Telegram would refuse or show wrongly') {
    super(`${where}:\n${describeViolations(violations)}`)
    this.name = 'TelegramViolationError'
  }
}

// Violations not yet reported, by whoever recorded them. test/helpers/setup.ts
// fails any test that ends with some left, so nothing recorded goes unseen.
const unreported = new Set<{ violations: Violation[] }>()

/** A place to keep violations until a test reports them; `take()` empties it. */
export function violationLog() {
  const log = {
    violations: [] as Violation[],
    add(...found: Violation[]) {
      log.violations.push(...found)
    },
    take() {
      return log.violations.splice(0, log.violations.length)
    },
    /** Throws (and forgets them) when violations were recorded. */
    assertNone(where?: string) {
      const found = log.take()
      if (found.length > 0)
        throw new TelegramViolationError(found, where)
    },
  }
  unreported.add(log)
  return log
}

/** All violations no test has reported yet, taken. */
export function takeUnreported(): Violation[] {
  return [...unreported].flatMap(log => log.violations.splice(0, log.violations.length))
}
