// The outbox rows of applications: messages to staff written in the same
// transaction as the change, rendered at send time in each recipient's language.
import type { Tx } from '../db/client.js'
import { enqueue } from '../outbox/enqueue.js'

export interface StaffNotice {
  /** The host hospital: its coordinators and the programme-wide ones are told. */
  hospitalId: number
  /** The applicant the notice is about: erasing their data cancels and empties it. */
  aboutUserId: number
  adminTelegramIds: number[]
  kind: string
  template: string
  /** Unique per cause; the recipient's user id is appended. */
  dedupe: string
  /** Params for a recipient's locale (raw text: the dispatcher escapes it for HTML). */
  params: (locale: string) => Record<string, string | number>
}

/** Enqueues one templated message per coordinator of the hospital, programme-wide coordinator and admin, due at `now`. */
export async function notifyStaff(tx: Tx, notice: StaffNotice, now: Date): Promise<number> {
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
  return enqueue(tx, recipients.map((r) => {
    const locale = r.locale === 'en' ? 'en' : 'uk'
    return { chatId: r.telegramId, userId: r.id, aboutUserId: notice.aboutUserId, kind: notice.kind, dedupeKey: `${notice.dedupe}:${r.id}`, template: notice.template, params: notice.params(locale), locale }
  }), now)
}
