// Seats: offers plus confirmations never exceed an opportunity's seats. Every
// path that fills or frees a seat locks the opportunity's row first, so two
// transactions never count the same free seat.
import type { Db, Tx } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import { deadlineParam, enqueue } from '../outbox/enqueue.js'
import { NotFoundError } from './errors.js'
import { pick } from './localized.js'

export const offerDays = 5
const dayMs = 86_400_000

/** Locks the opportunity's row until the transaction ends and returns its seats and the seats taken. */
export async function lockSeats(tx: Tx, opportunityId: number): Promise<{ seats: number, taken: number }> {
  const rows = await tx.$queryRaw<Array<{ seats: number }>>`SELECT "seats" FROM "Opportunity" WHERE "id" = ${opportunityId} FOR UPDATE`
  if (rows.length === 0)
    throw new NotFoundError(`Opportunity ${opportunityId}`)
  const taken = await tx.application.count({ where: { opportunityId, status: { in: ['offered', 'confirmed'] } } })
  return { seats: Number(rows[0].seats), taken }
}

/** The date an offer made now lapses (ISO). */
export function offerDeadline(now: Date): Date {
  return new Date(now.getTime() + offerDays * dayMs)
}

/** Enqueues the "you have an offer" message for an application, in its applicant's language, due at `now`. */
export async function notifyOffer(tx: Tx, app: { id: number, version: number, userId: number }, opportunity: { titleUk: string, titleEn: string }, expiresAt: Date, now: Date) {
  const user = await tx.user.findUniqueOrThrow({ where: { id: app.userId } })
  await enqueue(tx, [{
    chatId: user.telegramId,
    userId: user.id,
    kind: 'application-offered',
    dedupeKey: `decision:${app.id}:${app.version}`,
    template: 'review-notify-offered',
    params: { title: pick(user.locale, opportunity, 'title'), deadline: deadlineParam(expiresAt) },
    locale: user.locale ?? 'uk',
    // Answered right from the notice; labels are rendered in the recipient's language at send time.
    replyMarkup: { inline_keyboard: [[{ textKey: 'applications-accept', callback_data: `my:ac:${app.id}` }, { textKey: 'applications-decline', callback_data: `my:dc:${app.id}` }]] },
  }], now)
}

/**
 * Offers free seats of an opportunity to the waitlist, first come first served.
 * Call it inside the transaction that freed a seat (withdrawal, declined or lapsed offer).
 * Returns the ids of the applications that got an offer.
 */
export async function promoteFromWaitlist(tx: Tx, opportunityId: number, now: Date): Promise<number[]> {
  let { seats, taken } = await lockSeats(tx, opportunityId)
  const opportunity = await tx.opportunity.findUniqueOrThrow({ where: { id: opportunityId } })
  const promoted: number[] = []
  while (taken < seats) {
    const next = await tx.application.findFirst({ where: { opportunityId, status: 'waitlisted' }, orderBy: [{ waitlistedAt: 'asc' }, { id: 'asc' }] })
    if (!next)
      break
    const expiresAt = offerDeadline(now)
    const app = await tx.application.update({
      where: { id: next.id },
      data: { status: 'offered', offerExpiresAt: expiresAt, decidedAt: now, version: { increment: 1 } },
    })
    await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: 'waitlisted', toStatus: 'offered', reason: 'waitlist', createdAt: now } })
    await notifyOffer(tx, app, opportunity, expiresAt, now)
    promoted.push(app.id)
    taken++
  }
  return promoted
}

export function createSeatJobs(db: Db, clock: Clock) {
  return {
    /**
     * Lapses every offer not answered by its deadline and gives each freed seat
     * to the waitlist. Safe to run twice: a lapsed offer is not lapsed again.
     */
    async lapseExpiredOffers(now = clock()): Promise<{ lapsed: number[], promoted: number[] }> {
      const due = await db.application.findMany({ where: { status: 'offered', offerExpiresAt: { lt: now } }, select: { id: true }, orderBy: { id: 'asc' } })
      const result = { lapsed: [] as number[], promoted: [] as number[] }
      for (const { id } of due) {
        await db.$transaction(async (tx) => {
          const changed = await tx.application.updateMany({ where: { id, status: 'offered', offerExpiresAt: { lt: now } }, data: { status: 'lapsed', version: { increment: 1 } } })
          if (changed.count === 0)
            return
          const app = await tx.application.findUniqueOrThrow({ where: { id }, include: { opportunity: true, user: true } })
          await tx.applicationStatusChange.create({ data: { applicationId: id, fromStatus: 'offered', toStatus: 'lapsed', reason: 'offer-expired', createdAt: now } })
          await enqueue(tx, [{
            chatId: app.user.telegramId,
            userId: app.userId,
            kind: 'application-lapsed',
            dedupeKey: `decision:${id}:${app.version}`,
            template: 'review-notify-lapsed',
            params: { title: pick(app.user.locale, app.opportunity, 'title') },
            locale: app.user.locale ?? 'uk',
          }], now)
          result.lapsed.push(id)
          result.promoted.push(...await promoteFromWaitlist(tx, app.opportunityId, now))
        })
      }
      return result
    },
  }
}
