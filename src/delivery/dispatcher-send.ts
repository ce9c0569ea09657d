// Sends one claimed row and settles it by what Telegram answered.
import type { Api } from 'grammy'
import type { Db } from '../db/client.js'
import type { Logger } from '../logger.js'
import type { TemplateParams } from '../outbox/enqueue.js'
import type { Clock } from '../time/clock.js'
import type { ClaimedRow } from './dispatcher-store.js'
import type { RateLimiter } from './rate-limiter.js'
import { escapeHtml } from '../html.js'
import { decodeParams } from '../outbox/enqueue.js'
import { formatDay, formatDeadline } from '../time/dates.js'
import { defaultTimezone } from '../time/zones.js'
import { markFailed, markSent, markSentMany, markUnreachable, requeue } from './dispatcher-store.js'
import { backoffMs, classifySendError } from './send-errors.js'

/** Renders a template key in a locale: the bot's i18n (Fluent) `t`. */
export type Render = (locale: string, key: string, params?: Record<string, string | number>) => string

export const fallbackLocale = 'uk'

/** What became of one send: for metrics. */
export type SendResult = 'sent' | 'rate_limited' | 'unreachable' | 'retry' | 'failed' | 'rejected'

interface SenderDeps {
  prisma: Db
  api: Api
  render: Render
  logger: Logger
  instanceId: string
  maxAttempts?: number
  backoffBaseMs?: number
  clock: Clock
  limiter: RateLimiter
  lockMs: number
  /** Whether a row goes out as a paid broadcast (`allow_paid_broadcast`). */
  isPaid?: (row: ClaimedRow) => boolean
  /** Forgets rows of a chat the dispatcher still holds (after it became unreachable). */
  dropChat: (chatId: bigint) => void
  /** Keeps a row whose outcome could not be written, to write it again later. */
  defer: (row: ClaimedRow, write: () => Promise<void>) => void
  /** Told the result of every send (metrics). */
  onSendResult?: (result: SendResult) => void
}

/**
 * Days and deadlines formatted for the reader: in their language and (for a
 * deadline) their own zone, named. Fluent's DATETIME cannot take a zone.
 */
export function formatParams(params: TemplateParams, locale: string, zone: string): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => {
    if (typeof value === 'object' && '$day' in value)
      return [key, formatDay(locale, value.$day)]
    if (typeof value === 'object' && '$deadline' in value)
      return [key, formatDeadline(locale, value.$deadline, zone)]
    return [key, value]
  }))
}

/** The text of a row: its own, or its template rendered in the row's locale, else the recipient's, else Ukrainian. */
export function renderRow(row: ClaimedRow, render: Render): string {
  if (row.text)
    return row.text
  const locale = row.locale ?? row.recipientLocale ?? fallbackLocale
  const params = formatParams(decodeParams(row.params), locale, row.timezone ?? defaultTimezone)
  // Template params are data: escape them when the template is HTML.
  if (row.parseMode === 'HTML') {
    for (const [key, value] of Object.entries(params)) {
      if (typeof value === 'string')
        params[key] = escapeHtml(value)
    }
  }
  return render(locale, row.template!, params)
}

/**
 * The row's buttons, with labels given as `{ textKey }` rendered in the same
 * language as the text (the domain that enqueues has no i18n of its own).
 */
export function renderMarkup(row: ClaimedRow, render: Render): unknown {
  const markup = row.replyMarkup as { inline_keyboard?: Array<Array<Record<string, unknown>>> } | null
  if (!markup?.inline_keyboard)
    return markup
  const locale = row.locale ?? row.recipientLocale ?? fallbackLocale
  return {
    ...markup,
    inline_keyboard: markup.inline_keyboard.map(buttonRow => buttonRow.map(({ textKey, ...button }) =>
      typeof textKey === 'string' ? { ...button, text: render(locale, textKey) } : button)),
  }
}

export function createSender(deps: SenderDeps) {
  const { prisma, api, logger, instanceId } = deps
  const maxAttempts = deps.maxAttempts ?? 5
  const backoffBase = deps.backoffBaseMs ?? 2000
  const batchWaitMs = 5
  let settled = 0
  // Rows Telegram accepted, marked sent together: one statement for the sends of a few ms
  // (at 1,000/s one UPDATE per row is most of the database's work).
  let batch: Array<{ id: bigint, messageId: number, at: Date }> = []
  let flush: Promise<void> | undefined
  function markSentSoon(id: bigint, messageId: number, at: Date): Promise<void> {
    batch.push({ id, messageId, at })
    flush ??= new Promise<void>(resolve => setTimeout(resolve, batchWaitMs)).then(() => {
      const rows = batch
      batch = []
      flush = undefined
      return markSentMany(prisma, instanceId, rows)
    })
    return flush
  }

  async function deliver(row: ClaimedRow): Promise<number> {
    const text = renderRow(row, deps.render)
    const options = {
      ...(row.parseMode ? { parse_mode: row.parseMode as 'HTML' } : {}),
      ...(row.replyMarkup ? { reply_markup: renderMarkup(row, deps.render) as any } : {}),
      ...(deps.isPaid?.(row) ? { allow_paid_broadcast: true } : {}),
    }
    const chatId = Number(row.chatId)
    if (row.documentFileId) {
      const message = await api.sendDocument(chatId, row.documentFileId, { ...options, caption: text })
      return message.message_id
    }
    const message = await api.sendMessage(chatId, text, options)
    return message.message_id
  }

  /** What a failed send means for its row: logged and acted on once, written by the returned call. */
  function failureWrite(row: ClaimedRow, error: unknown): () => Promise<void> {
    const failure = classifySendError(error)
    const context = { outboxId: String(row.id), chatId: String(row.chatId), instanceId, failure: failure.kind, error: failure.error }
    const record = deps.onSendResult ?? (() => {})
    switch (failure.kind) {
      case 'rate-limited':
        record('rate_limited')
        deps.limiter.pause(failure.retryAfterMs)
        logger.warn({ ...context, retryAfterMs: failure.retryAfterMs }, 'telegram rate limit: pausing all sends')
        return () => requeue(prisma, [row.id], instanceId)
      case 'unreachable':
        record('unreachable')
        logger.info(context, 'recipient unreachable: cancelling their messages')
        deps.dropChat(row.chatId)
        return () => markUnreachable(prisma, row, instanceId, failure.error, deps.clock())
      case 'transient': {
        const attempt = row.attempts + 1
        record(attempt >= maxAttempts ? 'failed' : 'retry')
        if (attempt >= maxAttempts) {
          logger.error({ ...context, attempt }, 'outbox message failed after retries')
          return () => markFailed(prisma, row.id, instanceId, failure.error, true)
        }
        logger.warn({ ...context, attempt }, 'outbox send failed; will retry')
        const dueAt = new Date(deps.clock().getTime() + backoffMs(attempt, backoffBase))
        return () => requeue(prisma, [row.id], instanceId, { dueAt, error: failure.error, countAttempt: true })
      }
      default:
        record('rejected')
        logger.error(context, 'outbox message rejected')
        return () => markFailed(prisma, row.id, instanceId, failure.error, false)
    }
  }

  return {
    /** Rows settled so far (sent, failed, cancelled or requeued). */
    settled: () => settled,
    async send(row: ClaimedRow): Promise<void> {
      let write: () => Promise<void>
      // A sent row's first write goes with others sent meanwhile; a retry writes it alone.
      let first: (() => Promise<void>) | undefined
      try {
        const messageId = await deliver(row)
        deps.onSendResult?.('sent')
        const at = deps.clock()
        write = () => markSent(prisma, row.id, instanceId, messageId, at)
        first = () => markSentSoon(row.id, messageId, at)
      }
      catch (error) {
        write = failureWrite(row, error)
      }
      try {
        await (first ?? write)()
      }
      catch (dbError) {
        // The row stays locked by this dispatcher, which retries the write (and keeps the lock) until the database answers.
        logger.error({ err: dbError, outboxId: String(row.id), instanceId }, 'could not record a send; will retry')
        deps.defer(row, write)
      }
      settled++
    },
  }
}
