// The outbox: a message to send is a row, written in the transaction of its cause.
import type { Db, Tx } from '../db/client.js'

/** A calendar day (YYYY-MM-DD), shown at send time in the recipient's language. */
export interface DayParam { $day: string }
/** An instant, shown at send time as a deadline in the recipient's language and time zone. */
export interface DeadlineParam { $deadline: string }
export type TemplateParam = string | number | DayParam | DeadlineParam
export type TemplateParams = Record<string, TemplateParam>

/** A day param: Fluent cannot format in a zone, so the dispatcher formats it for the recipient. */
export function dayParam(day: string | Date): DayParam {
  return { $day: typeof day === 'string' ? day.slice(0, 10) : day.toISOString().slice(0, 10) }
}

/** A deadline param: the dispatcher shows it in the recipient's own zone, with the zone's name. */
export function deadlineParam(instant: string | Date): DeadlineParam {
  return { $deadline: new Date(instant).toISOString() }
}

export interface OutboxInput {
  chatId: bigint | number
  userId?: number
  /** The person the message is about (staff notices): their erasure empties it. */
  aboutUserId?: number
  /** Why it is sent, e.g. 'application-submitted', 'reminder-offer'. */
  kind: string
  /** The same reason for the same person and thing is enqueued once. */
  dedupeKey?: string
  /** Ready text; or `template` (+ `params`) rendered at send time in the recipient's locale. */
  text?: string
  template?: string
  params?: TemplateParams
  locale?: string
  replyMarkup?: object
  /** 'HTML' by default; null for plain text. */
  parseMode?: 'HTML' | 'MarkdownV2' | null
  documentFileId?: string
  /** When it may go out; the enqueuer's now when not given. */
  dueAt?: Date
  /** Reminders: never delivered between 21:00 and 08:00 in the recipient's time zone. */
  quiet?: boolean
  broadcastId?: number
}

/** Params as the JSON column keeps them (days and deadlines stay tagged objects). */
export function encodeParams(params: TemplateParams): Record<string, unknown> {
  return { ...params }
}

/** Inverse of encodeParams; rows written before the tags carried `{ $date: iso }`, read as deadlines. */
export function decodeParams(json: unknown): TemplateParams {
  if (!json || typeof json !== 'object')
    return {}
  return Object.fromEntries(Object.entries(json as Record<string, unknown>).map(([key, value]) => {
    if (value && typeof value === 'object' && '$date' in value)
      return [key, deadlineParam(String((value as { $date: string }).$date))]
    return [key, value as TemplateParam]
  }))
}

/** The row Prisma writes for one message, due at `now` unless it says otherwise. */
export function toRow(message: OutboxInput, now: Date) {
  if (!message.text && !message.template)
    throw new Error(`outbox message of kind ${message.kind} has neither text nor template`)
  return {
    chatId: BigInt(message.chatId),
    userId: message.userId,
    aboutUserId: message.aboutUserId,
    kind: message.kind,
    dedupeKey: message.dedupeKey,
    text: message.text,
    template: message.template,
    params: message.params ? encodeParams(message.params) as object : undefined,
    locale: message.locale,
    replyMarkup: message.replyMarkup,
    parseMode: message.parseMode === undefined ? 'HTML' : message.parseMode,
    documentFileId: message.documentFileId,
    dueAt: message.dueAt ?? now,
    quiet: message.quiet ?? false,
    broadcastId: message.broadcastId,
  }
}

/**
 * Inserts messages into the outbox, skipping those whose dedupeKey is already
 * there. Pass the `tx` of a `$transaction` to commit them with their cause.
 * `now` is the caller's clock reading: the dispatcher compares due times with
 * its clock, so they never come from the database's now(). Returns how many rows were inserted.
 */
export async function enqueue(db: Db | Tx, messages: OutboxInput[], now: Date): Promise<number> {
  if (messages.length === 0)
    return 0
  const result = await db.outboxMessage.createMany({ data: messages.map(m => toRow(m, now)), skipDuplicates: true })
  return result.count
}
