// Coordinator decisions on applications: offer, waitlist, reject, and the home
// institution's endorsement. Each decision names the version it was made on;
// a decision on a stale version is refused with the current status, so two
// coordinators pressing at once end with one decision.
import type { Db, Tx } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import { enqueue } from '../outbox/enqueue.js'
import { coordinatesHospital } from './access.js'
import { recordAudit } from './audit.js'
import { ConflictError, ForbiddenError, NotFoundError, StateError } from './errors.js'
import { pick } from './localized.js'
import { reviewStageOf } from './review-queue.js'
import { lockSeats, notifyOffer, offerDeadline } from './review-seats.js'

export type Decision = 'offer' | 'waitlist' | 'reject'

const decidableFrom: Record<Decision, string[]> = {
  offer: ['submitted', 'under_review', 'waitlisted'],
  waitlist: ['submitted', 'under_review'],
  reject: ['submitted', 'under_review', 'waitlisted'],
}
const toStatus = { offer: 'offered', waitlist: 'waitlisted', reject: 'rejected' } as const

export class AlreadyDecidedError extends ConflictError {
  constructor(readonly status: string) {
    super('already-decided', `The application was already decided: it is ${status} now`, { status })
  }
}

async function loadForDecision(tx: Tx, applicationId: number) {
  const app = await tx.application.findUnique({ where: { id: applicationId }, include: { opportunity: true, user: { include: { profile: true } } } })
  // A draft is the applicant's own until they submit it: for reviewers it does not exist.
  if (!app || app.status === 'draft')
    throw new NotFoundError('Application')
  return app
}

export function createReviewRepository(db: Db, clock: Clock) {
  return {
    /**
     * Offers a seat, waitlists or rejects. Throws `not-yours` when the host
     * hospital is not the coordinator's, `seats-full` when offers plus
     * confirmations already fill the seats, and AlreadyDecidedError when the
     * application changed since `version`.
     */
    async decide(actorId: number, rights: Rights, applicationId: number, version: number, decision: Decision, reason: string | null, now = clock()) {
      return db.$transaction(async (tx) => {
        const app = await loadForDecision(tx, applicationId)
        const stage = reviewStageOf(rights, { ...app.opportunity, endorsement: app.endorsement, homeHospitalId: app.user.profile?.homeHospitalId ?? null })
        if (!coordinatesHospital(rights, app.opportunity.hostHospitalId))
          throw new ForbiddenError('not-yours', 'The application belongs to another hospital')
        if (stage !== 'host')
          throw new StateError('needs-endorsement', 'The home institution has not endorsed the application yet')
        if (app.version !== version || !decidableFrom[decision].includes(app.status))
          throw new AlreadyDecidedError(app.status)
        if (decision === 'offer') {
          const { seats, taken } = await lockSeats(tx, app.opportunityId)
          if (taken >= seats)
            throw new StateError('seats-full', 'Every seat is offered or confirmed', { seats })
        }
        const status = toStatus[decision]
        const expiresAt = offerDeadline(now)
        const changed = await tx.application.updateMany({
          where: { id: app.id, version },
          data: {
            status,
            decidedAt: now,
            version: { increment: 1 },
            ...(decision === 'offer' ? { offerExpiresAt: expiresAt } : {}),
            ...(decision === 'waitlist' ? { waitlistedAt: now } : {}),
            ...(decision === 'reject' ? { rejectionReason: reason } : {}),
          },
        })
        if (changed.count === 0)
          throw new AlreadyDecidedError((await tx.application.findUniqueOrThrow({ where: { id: app.id } })).status)
        const next = { id: app.id, version: version + 1, userId: app.userId }
        await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: app.status, toStatus: status, actorId, reason, createdAt: now } })
        await recordAudit(tx, { actorId, action: `application-${decision}`, entityType: 'application', entityId: app.id, details: { from: app.status, reason } })
        if (decision === 'offer') {
          await notifyOffer(tx, next, app.opportunity, expiresAt, now)
        }
        else {
          await enqueue(tx, [{
            chatId: app.user.telegramId,
            userId: app.userId,
            kind: `application-${status}`,
            dedupeKey: `decision:${app.id}:${next.version}`,
            template: `review-notify-${status}`,
            params: { title: pick(app.user.locale, app.opportunity, 'title'), reason: reason ?? '' },
            locale: app.user.locale ?? 'uk',
          }], now)
        }
        return { status, version: next.version }
      })
    },

    /**
     * The applicant's home institution endorses or declines an application.
     * A declined endorsement rejects it, with the reason. Same refusals as `decide`.
     */
    async endorse(actorId: number, rights: Rights, applicationId: number, version: number, endorse: boolean, reason: string | null, now = clock()) {
      return db.$transaction(async (tx) => {
        const app = await loadForDecision(tx, applicationId)
        if (!coordinatesHospital(rights, app.user.profile?.homeHospitalId))
          throw new ForbiddenError('not-yours', 'The applicant comes from another hospital')
        if (app.version !== version || !app.opportunity.requiresEndorsement || app.endorsement === 'endorsed' || app.endorsement === 'declined' || !['submitted', 'under_review'].includes(app.status))
          throw new AlreadyDecidedError(app.status)
        const status = endorse ? app.status : 'rejected'
        const changed = await tx.application.updateMany({
          where: { id: app.id, version },
          data: { endorsement: endorse ? 'endorsed' : 'declined', endorsementReason: reason, status, version: { increment: 1 }, ...(endorse ? {} : { rejectionReason: reason, decidedAt: now }) },
        })
        if (changed.count === 0)
          throw new AlreadyDecidedError((await tx.application.findUniqueOrThrow({ where: { id: app.id } })).status)
        if (!endorse)
          await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: app.status, toStatus: 'rejected', actorId, reason, createdAt: now } })
        await recordAudit(tx, { actorId, action: endorse ? 'application-endorse' : 'application-endorse-decline', entityType: 'application', entityId: app.id, details: { reason } })
        await enqueue(tx, [{
          chatId: app.user.telegramId,
          userId: app.userId,
          kind: endorse ? 'application-endorsed' : 'application-endorsement-declined',
          dedupeKey: `decision:${app.id}:${version + 1}`,
          template: endorse ? 'review-notify-endorsed' : 'review-notify-endorsement-declined',
          params: { title: pick(app.user.locale, app.opportunity, 'title'), reason: reason ?? '' },
          locale: app.user.locale ?? 'uk',
        }], now)
        return { status, version: version + 1 }
      })
    },
  }
}
