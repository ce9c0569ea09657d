// Builds the real bot (createBot) on a test database and records every Bot API
// call it makes, answering each in-process the way Telegram would: a call
// Telegram would refuse gets its 400, and every call it would refuse or show
// wrongly (raw HTML, an unanswered button…) fails the test (telegram-validate.ts).
import type { Update } from 'grammy/types'
import type { RateLimit } from '../../src/bot/rate-limit.js'
import type { Database } from '../../src/db/client.js'
import type { Metrics } from '../../src/ops/metrics.js'
import type { TestClock } from './clock.js'
import { Writable } from 'node:stream'
import { createBot } from '../../src/bot/create-bot.js'
import { createConfig } from '../../src/config.js'
import { createDomain } from '../../src/domain/index.js'
import { createLogger } from '../../src/logger.js'
import { parseMultipartFields } from './bot-api-server.js'
import { createTestClock } from './clock.js'
import { checkCallbackAnswered, rejection, validateCall, violationLog } from './telegram-validate.js'

export const testToken = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1'
export const botInfo = {
  id: 42,
  is_bot: true as const,
  first_name: 'MedTwin',
  username: 'medtwin_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
}

export interface ApiCall { method: string, payload: any }

export interface TestBotOptions {
  env?: Record<string, string>
  /** Answer a call differently (e.g. fail it); return undefined for the default answer. */
  answer?: (call: ApiCall) => unknown
  /** What time the bot thinks it is (default: a fresh clock at the fixed test start). */
  clock?: TestClock
  /** The per-person command limit; tests not about it get one they never reach. */
  rateLimit?: RateLimit
  /** Count updates and handler errors into these metrics. */
  metrics?: Metrics
}

export function createTestBot(db: Database, options: TestBotOptions = {}) {
  const config = createConfig({ BOT_TOKEN: testToken, ADMIN_IDS: '9000', ...options.env })
  const logs: any[] = []
  const logger = createLogger({
    level: 'debug',
    destination: new Writable({ write(chunk, _enc, done) { logs.push(JSON.parse(String(chunk))); done() } }),
  })
  const clock = options.clock ?? createTestClock()
  const domain = createDomain(db.prisma, { defaultLocale: config.defaultLocale, clock, timezone: config.timezone })
  const calls: ApiCall[] = []
  const violations = violationLog()
  let nextMessageId = 500
  // Answer at the fetch level, so calls are recorded as they would go on the
  // wire: after auto-retry and the HTML transformer.
  const fetch = async (url: string | URL, init?: { body?: unknown, headers?: Record<string, string> }) => {
    const method = String(url).split('/').pop()!
    const payload = await readPayload(init)
    const call = { method, payload }
    calls.push(call)
    const found = validateCall(method, payload)
    violations.add(...found)
    const body = rejection(found) ?? options.answer?.(call) ?? { ok: true, result: defaultResult(call, nextMessageId++, clock()) }
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
  }
  const { bot, i18n } = createBot({ config, logger, domain, clock }, { db: db.prisma, botInfo, client: { fetch: fetch as any }, rateLimit: options.rateLimit ?? { timeFrame: 60_000, limit: 100_000 }, metrics: options.metrics })

  return {
    bot,
    i18n,
    config,
    domain,
    clock,
    calls,
    logs,
    /**
     * Feeds updates one after another, as Telegram would for one chat. Throws
     * after an update whose handling made a call Telegram would refuse or show
     * wrongly, or left its callback query unanswered (or answered it twice).
     */
    async send(...updates: Update[]) {
      for (const update of updates) {
        const from = calls.length
        await bot.handleUpdate(update)
        violations.add(...checkCallbackAnswered(update, calls.slice(from)))
        violations.assertNone(`Handling update ${update.update_id} (${describeUpdate(update)})`)
      }
    },
    /** Calls recorded since the last `take()`, then forgets them (throws on calls Telegram would refuse). */
    take() {
      const taken = calls.splice(0, calls.length)
      violations.assertNone()
      return taken
    },
    /** Texts the bot sent or edited since the last `take()`. */
    texts() {
      return this.take().filter(c => c.method === 'sendMessage' || c.method === 'editMessageText').map(c => c.payload.text as string)
    },
  }
}

// JSON (grammY's usual body) or multipart (uploads: the fields, files by name only).
async function readPayload(init?: { body?: unknown, headers?: Record<string, string> }): Promise<Record<string, any>> {
  const body = init?.body
  if (typeof body === 'string')
    return JSON.parse(body)
  if (body && typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function') {
    const chunks: Buffer[] = []
    for await (const chunk of body as AsyncIterable<Uint8Array>)
      chunks.push(Buffer.from(chunk))
    return parseMultipartFields(Buffer.concat(chunks), init?.headers?.['content-type'] ?? '')
  }
  return {}
}

function describeUpdate(update: Update) {
  if (update.callback_query)
    return `callback ${update.callback_query.data}`
  if (update.message?.text)
    return `text ${JSON.stringify(update.message.text.slice(0, 40))}`
  return Object.keys(update).filter(key => key !== 'update_id').join(', ')
}

function defaultResult(call: ApiCall, messageId: number, now: Date) {
  const p = call.payload
  const date = Math.floor(now.getTime() / 1000)
  switch (call.method) {
    case 'sendMessage':
    case 'sendDocument':
    case 'sendPhoto':
      return { message_id: messageId, date, chat: { id: p.chat_id, type: 'private' }, text: p.text }
    case 'editMessageText':
      return { message_id: p.message_id ?? messageId, date, chat: { id: p.chat_id, type: 'private' }, text: p.text }
    case 'getFile':
      return { file_id: p.file_id, file_unique_id: 'u', file_path: `documents/${p.file_id}` }
    default:
      return true
  }
}

/** The inline keyboard of a recorded call, as rows of [text, callback_data]. */
export function buttons(call: ApiCall | undefined): Array<Array<[string, string | undefined]>> {
  const rows = call?.payload?.reply_markup?.inline_keyboard ?? []
  return rows.map((row: any[]) => row.map(b => [b.text, b.callback_data ?? b.url]))
}

/** The reply keyboard of a recorded call, as rows of labels. */
export function replyKeyboard(call: ApiCall | undefined): string[][] {
  return (call?.payload?.reply_markup?.keyboard ?? []).map((row: any[]) => row.map(b => typeof b === 'string' ? b : b.text))
}
