// A local Telegram Bot API for tests: records calls, answers like Telegram, injects faults,
// enforces rate limits on request, and serves getUpdates long polling from a queue.
// Calls Telegram would refuse get its 400; those and calls it would show wrongly
// (raw HTML…) are kept as violations, which fail the test (telegram-validate.ts).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Violation } from './telegram-validate.js'
import { createServer } from 'node:http'
import { rejection, validateCall, violationLog } from './telegram-validate.js'
import { until } from './wait.js'

export interface ApiCall {
  method: string
  payload: Record<string, any>
  /** Date.now() when the request arrived. */
  at: number
  /** The answer sent back. */
  ok: boolean
  errorCode?: number
}

export type Fault
  = | { kind: 'rate-limit', retryAfter: number }
    | { kind: 'blocked' }
    | { kind: 'chat-not-found' }
    | { kind: 'server-error' }
    | { kind: 'bad-request', description: string }

export interface BotApiServerOptions {
  /** Accept only this token (default: any). */
  token?: string
  /** Answer 429 when this many sends without `allow_paid_broadcast` arrived in the last second (Telegram: ~30). */
  globalLimit?: number
  /**
   * Answer 429 when this many sends in all arrived in the last second (Telegram's paid
   * broadcasts: 1000; the default whenever `globalLimit` is set). A send with
   * `allow_paid_broadcast: true` counts only against this limit, one without against both.
   */
  paidLimit?: number
  /** Answer 429 when a chat received a send less than this many ms ago (Telegram: ~1000). */
  perChatIntervalMs?: number
  /** Delay before answering each call, to imitate network latency. */
  latencyMs?: number
  botInfo?: Record<string, unknown>
}

const sendMethods = new Set(['sendMessage', 'sendDocument', 'sendPhoto', 'copyMessage', 'forwardMessage'])

export interface SentMessage { chatId: number, messageId: number, method: string, text?: string, payload: Record<string, any>, at: number }

export interface BotApiServer {
  /** Pass as grammY's `client.apiRoot` / BOT_API_ROOT. */
  apiRoot: string
  port: number
  calls: ApiCall[]
  /** Messages accepted (sendMessage, sendDocument…), in order. */
  sent: SentMessage[]
  /** Calls Telegram would refuse or show wrongly, not yet taken. Left over, they fail the test. */
  violations: Violation[]
  /** The violations so far, forgotten (for a test that provokes them on purpose). */
  takeViolations: () => Violation[]
  sentTo: (chatId: number | bigint) => SentMessage[]
  /** Accepted sends counted per wall-clock second (Date.now()/1000 floored). */
  sendsPerSecond: () => Map<number, number>
  /** Queues an update for getUpdates; update_id is assigned when missing. */
  pushUpdate: (update: Record<string, any>) => number
  /** Makes the next `times` sends to `chatId` (or to any chat: '*') fail with `fault`. */
  fail: (chatId: number | bigint | '*', fault: Fault, times?: number) => void
  clearFaults: () => void
  /** Forgets calls, sends and faults; throws when violations were left untaken. */
  reset: () => void
  /** Resolves once `predicate()` holds, polling every 10 ms; rejects after timeoutMs. */
  waitFor: (predicate: () => boolean, timeoutMs?: number) => Promise<void>
  /** Stops the server; rejects when violations were left untaken. */
  close: () => Promise<void>
}

/** Starts the server on 127.0.0.1 at a random port. */
export async function startBotApiServer(options: BotApiServerOptions = {}): Promise<BotApiServer> {
  const calls: ApiCall[] = []
  const sent: SentMessage[] = []
  const violations = violationLog()
  const faults = new Map<string, Array<{ fault: Fault, left: number }>>()
  const lastByChat = new Map<number, number>()
  // Arrival times within the last second: sends without the paid flag, and all sends.
  const recentFree: number[] = []
  const recentSends: number[] = []
  const paidLimit = options.paidLimit ?? (options.globalLimit ? 1000 : undefined)
  const tooMany = { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }
  const updates: Array<Record<string, any>> = []
  const waiters = new Set<() => void>()
  let nextUpdateId = 1
  let nextMessageId = 1
  let closed = false
  const botInfo = options.botInfo ?? { id: 1000, is_bot: true, first_name: 'MedTwin Test', username: 'medtwin_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false }

  function takeFault(chatId: number): Fault | undefined {
    for (const key of [String(chatId), '*']) {
      const list = faults.get(key)
      const entry = list?.[0]
      if (entry) {
        if (--entry.left <= 0)
          list!.shift()
        return entry.fault
      }
    }
    return undefined
  }

  function faultAnswer(fault: Fault) {
    switch (fault.kind) {
      case 'rate-limit': return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${fault.retryAfter}`, parameters: { retry_after: fault.retryAfter } }
      case 'blocked': return { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }
      case 'chat-not-found': return { ok: false, error_code: 400, description: 'Bad Request: chat not found' }
      case 'server-error': return { ok: false, error_code: 500, description: 'Internal Server Error' }
      case 'bad-request': return { ok: false, error_code: 400, description: fault.description }
    }
  }

  function send(method: string, payload: Record<string, any>, at: number) {
    const chatId = Number(payload.chat_id)
    const fault = takeFault(chatId)
    if (fault)
      return faultAnswer(fault)
    const paid = payload.allow_paid_broadcast === true || payload.allow_paid_broadcast === 'true'
    for (const recent of [recentFree, recentSends]) {
      while (recent.length > 0 && recent[0] <= at - 1000)
        recent.shift()
    }
    if (!paid && options.globalLimit && recentFree.length >= options.globalLimit)
      return tooMany
    if (paidLimit && recentSends.length >= paidLimit)
      return tooMany
    const last = lastByChat.get(chatId)
    if (options.perChatIntervalMs && last !== undefined && at - last < options.perChatIntervalMs)
      return tooMany
    if (!paid)
      recentFree.push(at)
    recentSends.push(at)
    lastByChat.set(chatId, at)
    const messageId = nextMessageId++
    const text = payload.text ?? payload.caption
    sent.push({ chatId, messageId, method, text, payload, at })
    const message: Record<string, any> = { message_id: messageId, date: Math.floor(at / 1000), chat: { id: chatId, type: 'private', first_name: 'User' }, from: botInfo }
    if (method === 'sendDocument')
      message.document = { file_id: String(payload.document), file_unique_id: `u${messageId}` }
    else if (text !== undefined)
      message.text = text
    return { ok: true, result: message }
  }

  async function getUpdates(payload: Record<string, any>, req: IncomingMessage) {
    const offset = Number(payload.offset ?? 0)
    // A confirmed offset drops earlier updates, as Telegram does.
    while (updates.length > 0 && updates[0].update_id < offset)
      updates.shift()
    const deadline = Date.now() + Number(payload.timeout ?? 0) * 1000
    // eslint-disable-next-line no-unmodified-loop-condition -- close() sets it
    while (updates.length === 0 && !closed && !req.destroyed && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.max(1, deadline - Date.now()))
        function done() {
          clearTimeout(timer)
          waiters.delete(done)
          resolve()
        }
        waiters.add(done)
        req.once('close', done)
      })
    }
    return { ok: true, result: updates.slice(0, Number(payload.limit ?? 100)) }
  }

  async function answer(method: string, payload: Record<string, any>, req: IncomingMessage, at: number) {
    if (sendMethods.has(method))
      return send(method, payload, at)
    switch (method) {
      case 'getMe': return { ok: true, result: botInfo }
      case 'getUpdates': return getUpdates(payload, req)
      case 'editMessageText': return { ok: true, result: { message_id: Number(payload.message_id), date: Math.floor(at / 1000), chat: { id: Number(payload.chat_id), type: 'private' }, text: payload.text } }
      default: return { ok: true, result: true }
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const at = Date.now()
    const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? '')
    const body = await readBody(req)
    const reply = (status: number, data: unknown) => {
      if (!res.writableEnded && !res.destroyed) {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(data))
      }
    }
    if (!match || (options.token && match[1] !== options.token))
      return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' })
    const method = match[2]
    const payload = parsePayload(req, body, new URL(req.url!, 'http://x').searchParams)
    if (options.latencyMs)
      await new Promise(resolve => setTimeout(resolve, options.latencyMs))
    const found = validateCall(method, payload)
    violations.add(...found)
    const data: any = rejection(found) ?? await answer(method, payload, req, at)
    calls.push({ method, payload, at, ok: data.ok, errorCode: data.error_code })
    reply(data.ok ? 200 : data.error_code, data)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.writableEnded) {
        res.writeHead(500)
        res.end(JSON.stringify({ ok: false, error_code: 500, description: String(error) }))
      }
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    port,
    calls,
    sent,
    violations: violations.violations,
    takeViolations: () => violations.take(),
    sentTo: chatId => sent.filter(message => message.chatId === Number(chatId)),
    sendsPerSecond() {
      const counts = new Map<number, number>()
      for (const message of sent) {
        const second = Math.floor(message.at / 1000)
        counts.set(second, (counts.get(second) ?? 0) + 1)
      }
      return counts
    },
    pushUpdate(update) {
      const withId = { ...update, update_id: update.update_id ?? nextUpdateId }
      nextUpdateId = Math.max(nextUpdateId, withId.update_id) + 1
      updates.push(withId)
      for (const wake of [...waiters])
        wake()
      return withId.update_id
    },
    fail(chatId, fault, times = 1) {
      const key = String(chatId)
      faults.set(key, [...(faults.get(key) ?? []), { fault, left: times }])
    },
    clearFaults: () => faults.clear(),
    reset() {
      calls.length = 0
      sent.length = 0
      faults.clear()
      lastByChat.clear()
      recentSends.length = 0
      recentFree.length = 0
      violations.assertNone('The local Bot API server received calls Telegram would refuse or show wrongly')
    },
    async waitFor(predicate, timeoutMs = 10_000) {
      await until(predicate, 'the Bot API server', Math.ceil(timeoutMs / 10))
    },
    async close() {
      closed = true
      for (const wake of [...waiters])
        wake()
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
      violations.assertNone('The local Bot API server received calls Telegram would refuse or show wrongly')
    },
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

// JSON (grammY's usual body), form-encoded or query string; multipart uploads are recorded as such.
function parsePayload(req: IncomingMessage, body: Buffer, query: URLSearchParams): Record<string, any> {
  const type = req.headers['content-type'] ?? ''
  const payload: Record<string, any> = Object.fromEntries(query)
  if (body.length === 0)
    return payload
  if (type.includes('application/json'))
    return { ...payload, ...JSON.parse(body.toString('utf8')) }
  if (type.includes('application/x-www-form-urlencoded'))
    return { ...payload, ...Object.fromEntries(new URLSearchParams(body.toString('utf8'))) }
  if (type.includes('multipart/form-data'))
    return { ...payload, ...parseMultipartFields(body, type) }
  return payload
}

// Text fields of a multipart body (files are noted by name only).
export function parseMultipartFields(body: Buffer, type: string): Record<string, any> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type)
  if (!boundary)
    return { multipart: true }
  const fields: Record<string, any> = { multipart: true }
  for (const part of body.toString('latin1').split(`--${boundary[1] ?? boundary[2]}`)) {
    const head = /name="([^"]+)"(?:; filename="([^"]*)")?/.exec(part)
    if (!head)
      continue
    const value = part.slice(part.indexOf('\r\n\r\n') + 4).replace(/\r\n$/, '')
    fields[head[1]] = head[2] !== undefined ? { filename: head[2] } : Buffer.from(value, 'latin1').toString('utf8')
  }
  for (const key of ['chat_id', 'reply_markup']) {
    if (typeof fields[key] === 'string' && /^[[{\d-]/.test(fields[key])) {
      try {
        fields[key] = JSON.parse(fields[key])
      }
      catch {}
    }
  }
  return fields
}
