// The outbox rows of applications: messages to staff written in the same
// transaction as the change. (The lead unifies this with src/delivery/outbox.ts.)
import type { Tx } from '../db/client.js'

export interface StaffNotice {
  /** The host hospital: its coordinators and the programme-wide ones are told. */
  hospitalId: number
  adminTelegramIds: number[]
  kind: string
  template: string
  /** Unique per cause; the recipient's user id is appended. */
  dedupe: string
  /** Params for a recipient's locale; strings are HTML-escaped here. */
  params: (locale: string) => Record<string, string | number>
}

/** Enqueues one templated message per coordinator of the hospital, programme-wide coordinator and admin. */
export async function notifyStaff(tx: Tx, notice: StaffNotice): Promise<number> {
  const recipients = await tx.user.findMany({
    where: {
      erasedAt: null,
      OR: [
        { coordinatorOf: { some: { OR: [{ hospitalId: notice.hospitalId }, { hospitalId: null }] } } },
        { telegramId: { in: notice.adminTelegramIds.map(BigInt) } },
      ],
    },
    select: { id: true, telegramId: true, locale: true },
  })
  const data = recipients.map((r) => {
    const locale = r.locale === 'en' ? 'en' : 'uk'
    const params = Object.fromEntries(Object.entries(notice.params(locale)).map(([k, v]) => [k, typeof v === 'string' ? escapeText(v) : v]))
    return { chatId: r.telegramId, userId: r.id, kind: notice.kind, dedupeKey: `${notice.dedupe}:${r.id}`, template: notice.template, params, locale }
  })
  if (data.length)
    await tx.outboxMessage.createMany({ data, skipDuplicates: true })
  return data.length
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** HTML-escapes text placed into outbox params (they are rendered as HTML at send time). */
export function escapeText(text: string): string {
  return text.replace(/[&<>"]/g, c => entities[c])
}
