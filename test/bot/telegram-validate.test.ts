// The validator every bot test runs under (test/helpers/telegram-validate.ts):
// it must refuse what Telegram refuses and flag what a person would see wrongly,
// and the recorder and the local Bot API server must both fail on it.
import type { Database } from '../../src/db/client.js'
import { Api, GrammyError } from 'grammy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { escapeHtml } from '../../src/html.js'
import { startBotApiServer } from '../helpers/bot-api-server.js'
import { createTestBot, testToken } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { checkCallbackAnswered, parseTelegramHtml, validateCall } from '../helpers/telegram-validate.js'
import { callback, person, text } from '../helpers/updates.js'

const kinds = (method: string, payload: Record<string, unknown>) => validateCall(method, payload).map(v => v.kind)
const html = (text: string) => ({ chat_id: 1, text, parse_mode: 'HTML' })
const keyboard = (...buttons: Array<Record<string, unknown>>) => ({ chat_id: 1, text: 'x', reply_markup: { inline_keyboard: [buttons] } })

describe('hTML as Telegram parses it', () => {
  it.each([
    ['<b>bold</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <ins>n</ins> <s>s</s> <strike>t</strike> <del>d</del>', 'bold s i e u n s t d'],
    ['<span class="tg-spoiler">x</span><tg-spoiler>y</tg-spoiler>', 'xy'],
    ['<a href="https://t.me/x?a=1&amp;b=2">link</a>', 'link'],
    ['<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', '👍'],
    ['<code>a &lt; b</code> <pre><code class="language-ts">x &gt; y</code></pre>', 'a < b x > y'],
    ['<blockquote expandable>q</blockquote><blockquote>r</blockquote>', 'qr'],
    ['<b>bold <i>and italic</i></b>', 'bold and italic'],
    ['Tom &amp; Jerry &quot;&#33;&#x21;', 'Tom & Jerry "!!'],
    ['<B>upper</B>', 'upper'],
    [`✅ <b>${escapeHtml('Olena <Kovalenko> & "Co"')}</b>`, '✅ Olena <Kovalenko> & "Co"'],
  ])('when the text is %j, then it parses to what a person sees', (input, shown) => {
    expect(parseTelegramHtml(input)).toBe(shown)
    expect(validateCall('sendMessage', html(input))).toEqual([])
  })

  it.each([
    ['<b>never closed', /Can't find end tag corresponding to start tag "b"/],
    ['<b><i>crossed</b></i>', /Unmatched end tag .*expected "<\/i>", found "<\/b>"/],
    ['closed</b>', /Unexpected end tag/],
    ['<div>block</div>', /Unsupported start tag "div"/],
    ['<br>', /Unsupported start tag "br"/],
    ['<span>plain span</span>', /must have class "tg-spoiler"/],
    ['<b class="x">attr</b>', /Unsupported attribute "class" of tag "b"/],
    ['a < b', /Character '<' is reserved/],
    ['a > b', /Character '>' is reserved/],
    ['Tom & Jerry', /Character '&' is reserved/],
    ['&nbsp;', /Character '&' is reserved/],
    ['<a href="?a=1&b=2">x</a>', /Character '&' in an attribute is reserved/],
    ['<code><b>no tags in code</b></code>', /can't be inside "code"/],
    ['<blockquote><blockquote>twice</blockquote></blockquote>', /Blockquote can't be nested/],
  ])('when the text is %j, then Telegram refuses it', (input, error) => {
    expect(() => parseTelegramHtml(input)).toThrow(error)
    const [violation] = validateCall('sendMessage', html(input))
    expect(violation).toMatchObject({ kind: 'html-unparsable', rejects: true })
    expect(violation.description).toMatch(/^Bad Request: can't parse entities: /)
  })

  it('when a text or caption has tags or entities but no parse_mode, then it is flagged: the person would see them raw', () => {
    expect(kinds('sendMessage', { chat_id: 1, text: 'Who are you?\n✅ <b>🩺 Doctor</b>' })).toEqual(['html-without-parse-mode'])
    expect(kinds('editMessageText', { chat_id: 1, message_id: 2, text: 'Olena &lt;K&gt;' })).toEqual(['html-without-parse-mode'])
    expect(kinds('sendDocument', { chat_id: 1, document: 'f', caption: '<i>CSV</i>' })).toEqual(['html-without-parse-mode'])
    expect(validateCall('sendMessage', { chat_id: 1, text: '<b>x</b>' })[0].rejects).toBe(false)
    expect(kinds('sendMessage', { chat_id: 1, text: 'plain text, 2 < 3' })).toEqual([])
    expect(kinds('sendMessage', { chat_id: 1, text: '<b>x</b>', parse_mode: 'Markdown' })).toEqual([])
    expect(kinds('sendMessage', { chat_id: 1, text: 'x', parse_mode: 'html5' })).toEqual(['unsupported-parse-mode'])
  })
})

describe('limits', () => {
  it('when a text is 4096 characters after parsing, then it goes; at 4097 Telegram refuses it', () => {
    expect(kinds('sendMessage', html('Ж'.repeat(4096)))).toEqual([])
    // Tags and entities do not count; characters are code points (an emoji is one).
    expect(kinds('sendMessage', html(`<b>${'&amp;'.repeat(4000)}</b>${'🩺'.repeat(96)}`))).toEqual([])
    expect(kinds('sendMessage', html('Ж'.repeat(4097)))).toEqual(['text-too-long'])
    expect(kinds('editMessageText', { chat_id: 1, message_id: 1, text: 'x'.repeat(4097) })).toEqual(['text-too-long'])
    expect(validateCall('sendMessage', html('x'.repeat(4097)))[0].description).toMatch(/^Bad Request: message is too long/)
  })

  it('when a text is empty after parsing, then Telegram refuses it', () => {
    expect(kinds('sendMessage', html(''))).toEqual(['text-empty'])
    expect(kinds('sendMessage', html('<b> </b>\n'))).toEqual(['text-empty'])
    expect(kinds('sendMessage', { chat_id: 1 })).toEqual(['text-empty'])
  })

  it('when a caption is over 1024 characters after parsing, then Telegram refuses it', () => {
    expect(kinds('sendPhoto', { chat_id: 1, photo: 'p', caption: `<b>${'a'.repeat(1024)}</b>`, parse_mode: 'HTML' })).toEqual([])
    expect(kinds('sendDocument', { chat_id: 1, document: 'd', caption: 'a'.repeat(1025), parse_mode: 'HTML' })).toEqual(['caption-too-long'])
  })

  it('when callback_data is over 64 bytes (Cyrillic is two bytes a letter), then Telegram refuses the keyboard', () => {
    expect(kinds('sendMessage', keyboard({ text: 'ok', callback_data: 'ж'.repeat(32) }))).toEqual([])
    expect(kinds('sendMessage', keyboard({ text: 'ok', callback_data: 'ж'.repeat(33) }))).toEqual(['callback-data'])
    expect(kinds('sendMessage', keyboard({ text: 'ok', callback_data: 'x'.repeat(65) }))).toEqual(['callback-data'])
    expect(kinds('sendMessage', keyboard({ text: 'ok', callback_data: '' }))).toEqual(['callback-data'])
    expect(kinds('editMessageReplyMarkup', { chat_id: 1, message_id: 1, reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'ok', callback_data: 'ж'.repeat(33) }]] }) })).toEqual(['callback-data'])
  })

  it('when a button has no text or not exactly one action, then Telegram refuses the keyboard', () => {
    expect(kinds('sendMessage', keyboard({ text: '', callback_data: 'a' }))).toEqual(['button-text-empty'])
    expect(kinds('sendMessage', keyboard({ text: 'no action' }))).toEqual(['button-action'])
    expect(kinds('sendMessage', keyboard({ text: 'two', url: 'https://t.me', callback_data: 'a' }))).toEqual(['button-action'])
    expect(kinds('sendMessage', keyboard({ text: 'link', url: 'https://t.me' }))).toEqual([])
    expect(kinds('sendMessage', { chat_id: 1, text: 'x', reply_markup: { keyboard: [['ok', { text: ' ' }]] } })).toEqual(['button-text-empty'])
    expect(kinds('sendMessage', { chat_id: 1, text: 'x', reply_markup: { keyboard: [['ok', { text: 'also' }]], resize_keyboard: true } })).toEqual([])
  })

  it('when a callback answer is over 200 characters, then Telegram refuses it', () => {
    expect(kinds('answerCallbackQuery', { callback_query_id: '1', text: 'ї'.repeat(200) })).toEqual([])
    expect(kinds('answerCallbackQuery', { callback_query_id: '1', text: 'ї'.repeat(201) })).toEqual(['callback-answer-too-long'])
  })

  it('when commands are set, then each has a valid name and a description', () => {
    expect(kinds('setMyCommands', { commands: [{ command: 'start', description: 'Start' }] })).toEqual([])
    expect(kinds('setMyCommands', { commands: [{ command: 'Start-it', description: '' }] })).toEqual(['commands', 'commands'])
  })

  it('when the bot\'s profile is set, then its texts are plain and within 64, 512 and 120 characters, and the menu button is a known type', () => {
    expect(kinds('setMyName', { name: 'ї'.repeat(64) })).toEqual([])
    expect(kinds('setMyName', { name: 'ї'.repeat(65) })).toEqual(['bot-profile'])
    expect(kinds('setMyDescription', { description: 'ї'.repeat(512), language_code: 'uk' })).toEqual([])
    expect(kinds('setMyDescription', { description: 'ї'.repeat(513) })).toEqual(['bot-profile'])
    expect(kinds('setMyDescription', { description: 'ok', language_code: 'ua-UA' })).toEqual(['bot-profile'])
    expect(kinds('setMyShortDescription', { short_description: 'ї'.repeat(120) })).toEqual([])
    expect(kinds('setMyShortDescription', { short_description: 'ї'.repeat(121) })).toEqual(['bot-profile'])
    expect(validateCall('setMyShortDescription', { short_description: '<b>MedTwin</b>' })).toMatchObject([{ kind: 'bot-profile', rejects: false }])
    expect(kinds('setChatMenuButton', { menu_button: { type: 'commands' } })).toEqual([])
    expect(kinds('setChatMenuButton', { menu_button: { type: 'menu' } })).toEqual(['bot-profile'])
  })
})

describe('callback queries', () => {
  const update = { callback_query: { id: '77', data: 'in:o:1' } }
  it('when a callback query is answered once, then all is well; never or twice is a violation', () => {
    expect(checkCallbackAnswered(update, [{ method: 'answerCallbackQuery', payload: { callback_query_id: '77' } }, { method: 'sendMessage', payload: {} }])).toEqual([])
    expect(checkCallbackAnswered(update, [{ method: 'sendMessage', payload: {} }]).map(v => v.kind)).toEqual(['callback-unanswered'])
    expect(checkCallbackAnswered(update, [{ method: 'answerCallbackQuery', payload: { callback_query_id: '78' } }]).map(v => v.kind)).toEqual(['callback-unanswered'])
    const twice = { method: 'answerCallbackQuery', payload: { callback_query_id: '77' } }
    expect(checkCallbackAnswered(update, [twice, twice]).map(v => v.kind)).toEqual(['callback-answered-twice'])
    expect(checkCallbackAnswered({}, [])).toEqual([])
  })
})

describe('the recorder and the local Bot API server fail on violations', () => {
  let db: Database
  beforeAll(async () => { db = await createTestDatabase() })
  afterAll(async () => { await db?.close() })

  it('when a call goes out like a flow\'s used to (a fresh Api with the bot\'s options but not its transformers), then the recorder flags <b> without parse_mode', async () => {
    const t = createTestBot(db)
    // What @grammyjs/conversations 2.x does for each update inside a flow.
    const bare = new Api(t.bot.token, t.bot.api.options)
    await bare.sendMessage(1, 'Who are you?\n✅ <b>🩺 Doctor</b>')
    expect(() => t.take()).toThrow(/\[html-without-parse-mode\] sendMessage/)
    // Through the bot's own Api the transformer adds the mode, and all is well.
    await t.bot.api.sendMessage(1, 'Who are you?\n✅ <b>🩺 Doctor</b>')
    expect(t.take()[0].payload.parse_mode).toBe('HTML')
  })

  it('when a call says parse_mode: undefined, then the bot\'s transformer still makes it HTML (JSON would drop the key)', async () => {
    const t = createTestBot(db)
    await t.bot.api.sendMessage(1, '✅ <b>saved</b>', { parse_mode: undefined })
    expect(t.take()[0].payload.parse_mode).toBe('HTML')
  })

  it('when the bot makes a call Telegram refuses, then the recorder answers 400 and the test fails even though the error was caught', async () => {
    const t = createTestBot(db)
    const error = await t.bot.api.sendMessage(1, 'Tom & Jerry').catch(e => e)
    expect(error).toBeInstanceOf(GrammyError)
    expect(error.error_code).toBe(400)
    expect(error.description).toMatch(/can't parse entities: Character '&' is reserved/)
    expect(() => t.take()).toThrow(/\[html-unparsable\]/)
    expect(t.take()).toEqual([])
  })

  it('when the bot\'s error boundary swallows a 400, then send() still fails the test', async () => {
    const t = createTestBot(db)
    // Break every message the way an unescaped user text would: Telegram refuses it,
    // the boundary logs it and tries to apologise (refused too), and the update ends "fine".
    t.bot.api.config.use((prev, method, payload, signal) => prev(method, method === 'sendMessage' ? { ...payload, text: `${(payload as { text: string }).text} <b>` } : payload, signal))
    await expect(t.send(text(person(31_001, 'en'), '/help'))).rejects.toThrow(/Handling update \d+ \(text "\/help"\)[\s\S]*\[html-unparsable\] sendMessage: Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"/)
    expect(t.logs.some(l => l.msg === 'Bot API refused a call' && l.error_code === 400)).toBe(true)
  })

  it('when a callback query goes unanswered, then send() fails the test', async () => {
    const t = createTestBot(db)
    // As if a handler forgot ctx.answerCallbackQuery(): the answer never reaches Telegram.
    t.bot.api.config.use((prev, method, payload, signal) => method === 'answerCallbackQuery' ? Promise.resolve({ ok: true, result: true } as any) : prev(method, payload, signal))
    await expect(t.send(callback(person(31_002, 'en'), 'zz:nothing'))).rejects.toThrow(/\[callback-unanswered\][\s\S]*zz:nothing/)
  })

  it('when a callback query is answered twice, then send() fails the test', async () => {
    const t = createTestBot(db)
    t.bot.api.config.use(async (prev, method, payload, signal) => {
      if (method === 'answerCallbackQuery')
        await prev(method, payload, signal)
      return prev(method, payload, signal)
    })
    await expect(t.send(callback(person(31_003, 'en'), 'zz:nothing'))).rejects.toThrow(/\[callback-answered-twice\]/)
  })

  it('when a program sends the local Bot API server what Telegram refuses, then it answers 400 and keeps the violation until taken; close() fails otherwise', async () => {
    const server = await startBotApiServer()
    const api = new Api(testToken, { apiRoot: server.apiRoot })
    const error = await api.sendMessage(1, 'x', { reply_markup: { inline_keyboard: [[{ text: 'too long', callback_data: 'ж'.repeat(33) }]] } }).catch(e => e)
    expect(error.error_code).toBe(400)
    expect(error.description).toMatch(/BUTTON_DATA_INVALID/)
    expect(server.sent).toEqual([])
    await api.sendMessage(1, '<b>raw</b>')
    expect(server.sent).toHaveLength(1)
    expect(server.takeViolations().map(v => v.kind)).toEqual(['callback-data', 'html-without-parse-mode'])
    await api.sendMessage(1, '<b>raw again</b>')
    await expect(server.close()).rejects.toThrow(/\[html-without-parse-mode\] sendMessage/)
  })
})
