// A person's own applications: the list, one with its history, and the
// applicant's transitions (withdraw, accept or decline an offer). Each change
// is optimistic: it applies only to the status and version that were read.
import type { Db, Tx } from '../db/client.js'
import type { ApplicationStatus } from '../generated/prisma/client.js'
import type { Clock } from '../time/clock.js'
import { notifyStaff } from './apply-outbox.js'
import { ConflictError, NotFoundError, StateError } from './errors.js'
import { pick } from './localized.js'
import { day } from './opportunities.js'
import { promoteFromWaitlist } from './review-seats.js'

const withdrawable: ApplicationStatus[] = ['draft', 'submitted', 'under_review', 'offered', 'confirmed', 'waitlisted']

/** What a withdraw or decline did: whether a seat was freed (and offered to the waitlist). */
export interface SeatResult { freedSeat: boolean, opportunityId: number }

async function load(db: Db | Tx, userId: number, id: number) {
  const app = Number.isSafeInteger(id) && id > 0 && id <= 2147483647
    ? await db.application.findUnique({ where: { id }, include: { opportunity: { select: { id: true, titleUk: true, titleEn: true, startsOn: true, endsOn: true, hostHospitalId: true } } } })
    : null
  if (!app || app.userId !== userId)
    throw new NotFoundError('Application')
  return app
}

async function move(tx: Tx, app: { id: number, status: ApplicationStatus, version: number }, to: ApplicationStatus, userId: number, now: Date) {
  const done = await tx.application.updateMany({
    where: { id: app.id, status: app.status, version: app.version },
    data: { status: to, version: { increment: 1 }, decidedAt: now },
  })
  if (done.count !== 1)
    throw new ConflictError('application-changed', 'The application changed since it was read')
  await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: app.status, toStatus: to, actorId: userId, createdAt: now } })
}

export function createApplicationRepository(db: Db, clock: Clock, options: { adminTelegramIds?: number[] } = {}) {
  const admins = options.adminTelegramIds ?? []
  const tell = (tx: Tx, app: Awaited<ReturnType<typeof load>>, kind: string, now: Date) => notifyStaff(tx, {
    hospitalId: app.opportunity.hostHospitalId,
    aboutUserId: app.userId,
    adminTelegramIds: admins,
    kind: `application-${kind}`,
    template: `applications-staff-${kind}`,
    dedupe: `application-${kind}:${app.id}:${app.version}`,
    params: locale => ({ applicationId: app.id, title: pick(locale, app.opportunity, 'title') }),
  }, now)

  return {
    /** The person's applications, most recently changed first. */
    async listForUser(userId: number) {
      // One round trip, the internship and its host joined.
      return db.$queryRaw<Array<{ id: number, status: ApplicationStatus, opportunityId: number, titleUk: string, titleEn: string, country: string, hospitalUk: string, hospitalEn: string, cityUk: string, cityEn: string }>>`
        SELECT a."id", a."status"::text, o."id" AS "opportunityId", o."titleUk", o."titleEn", h."country",
               h."nameUk" AS "hospitalUk", h."nameEn" AS "hospitalEn", h."cityUk", h."cityEn"
        FROM "Application" a JOIN "Opportunity" o ON o."id" = a."opportunityId" JOIN "Hospital" h ON h."id" = o."hostHospitalId"
        WHERE a."userId" = ${userId}
        ORDER BY a."updatedAt" DESC, a."id" DESC
        LIMIT 30`
    },

    /** One of the person's applications with answers, documents and dated history; NotFoundError for anyone else's. */
    async get(userId: number, id: number) {
      const app = await load(db, userId, id)
      const [history, documents] = await Promise.all([
        db.applicationStatusChange.findMany({ where: { applicationId: id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { toStatus: true, reason: true, createdAt: true } }),
        db.applicationDocument.findMany({ where: { applicationId: id }, select: { document: { select: { type: true, fileName: true } } } }),
      ])
      return {
        id: app.id,
        status: app.status,
        answers: app.answers as Record<string, unknown>,
        rejectionReason: app.rejectionReason,
        offerExpiresAt: app.offerExpiresAt?.toISOString() ?? null,
        opportunity: { id: app.opportunity.id, titleUk: app.opportunity.titleUk, titleEn: app.opportunity.titleEn, startsOn: day(app.opportunity.startsOn), endsOn: day(app.opportunity.endsOn) },
        history: history.map(h => ({ status: h.toStatus, reason: h.reason, at: h.createdAt.toISOString() })),
        documents: documents.map(d => ({ type: d.document.type, fileName: d.document.fileName ?? '' })),
      }
    },

    /** Withdraws an application that is still in play; an offered or confirmed one frees its seat. */
    async withdraw(userId: number, id: number, now = clock()): Promise<SeatResult> {
      return db.$transaction(async (tx) => {
        const app = await load(tx, userId, id)
        if (!withdrawable.includes(app.status))
          throw new StateError('application-not-withdrawable', 'The application can no longer be withdrawn')
        await move(tx, app, 'withdrawn', userId, now)
        await tx.placement.updateMany({ where: { applicationId: id, status: { in: ['upcoming', 'active'] } }, data: { status: 'cancelled' } })
        if (app.status !== 'draft')
          await tell(tx, app, 'withdrawn', now)
        const freedSeat = app.status === 'offered' || app.status === 'confirmed'
        // The freed seat goes to the first person on the waitlist, in the same transaction.
        if (freedSeat)
          await promoteFromWaitlist(tx, app.opportunityId, now)
        return { freedSeat, opportunityId: app.opportunityId }
      })
    },

    /** Accepts an offer before it expires: confirmed, with a placement on the opportunity's dates. */
    async acceptOffer(userId: number, id: number, now: Date) {
      const result = await db.$transaction(async (tx) => {
        const app = await load(tx, userId, id)
        if (app.status !== 'offered')
          throw new StateError('application-no-offer', 'The application has no open offer')
        if (app.offerExpiresAt && app.offerExpiresAt < now) {
          await move(tx, app, 'lapsed', userId, now)
          await promoteFromWaitlist(tx, app.opportunityId, now)
          return 'lapsed' as const
        }
        await move(tx, app, 'confirmed', userId, now)
        await tx.placement.create({ data: { applicationId: id, userId, startsOn: app.opportunity.startsOn, endsOn: app.opportunity.endsOn } })
        await tell(tx, app, 'confirmed', now)
        return 'confirmed' as const
      })
      // Thrown after the commit so the lapse is kept.
      if (result === 'lapsed')
        throw new StateError('application-offer-lapsed', 'The offer deadline has passed')
      return { status: result }
    },

    /** Declines an offer: the seat is freed for the next person. */
    async declineOffer(userId: number, id: number, now: Date): Promise<SeatResult> {
      const result = await db.$transaction(async (tx) => {
        const app = await load(tx, userId, id)
        if (app.status !== 'offered')
          throw new StateError('application-no-offer', 'The application has no open offer')
        const lapsed = Boolean(app.offerExpiresAt && app.offerExpiresAt < now)
        await move(tx, app, lapsed ? 'lapsed' : 'declined', userId, now)
        if (!lapsed)
          await tell(tx, app, 'declined', now)
        await promoteFromWaitlist(tx, app.opportunityId, now)
        return { lapsed, opportunityId: app.opportunityId }
      })
      if (result.lapsed)
        throw new StateError('application-offer-lapsed', 'The offer deadline has passed')
      return { freedSeat: true, opportunityId: result.opportunityId }
    },
  }
}

export type ApplicationRepository = ReturnType<typeof createApplicationRepository>
