// Notifications from coordinator actions, written as outbox rows in the
// transaction of the change. (The lead unifies this with src/delivery/outbox.ts.)
import type { Tx } from '../db/client.js'

export interface OutboxRow {
  chatId: bigint | number
  userId: number
  kind: string
  dedupeKey: string
  /** An i18n key rendered at send time in `locale`, with `params`. */
  template: string
  params: Record<string, string | number>
  locale: string
  broadcastId?: number
}

/** Writes outbox rows; a row whose dedupe key exists already is skipped. */
export async function enqueue(tx: Tx, rows: OutboxRow[]): Promise<number> {
  if (rows.length === 0)
    return 0
  const result = await tx.outboxMessage.createMany({
    data: rows.map(r => ({ ...r, chatId: BigInt(r.chatId) })),
    skipDuplicates: true,
  })
  return result.count
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Params from the database go into HTML messages: they are escaped when enqueued. */
export function escapeParam(text: string | null | undefined): string {
  return String(text ?? '').replace(/[&<>"]/g, c => entities[c])
}

/** The opportunity's title in the recipient's language, escaped. */
export function titleFor(opportunity: { titleUk: string, titleEn: string }, locale: string | null): string {
  return escapeParam(locale === 'en' ? opportunity.titleEn : opportunity.titleUk)
}
