// A person's right to see and erase their data. Erasure keeps only what
// anonymous statistics need: applications (status, internship, dates), and
// the profile's kind and home hospital, no longer linked to a name or to a
// Telegram account.
import type { Db } from '../db/client.js'
import type { OutboxInput } from '../outbox/enqueue.js'
import type { Clock } from '../time/clock.js'
import { enqueue } from '../outbox/enqueue.js'
import { anonymousTelegramId, eraseTraces, erasureReason } from './erasure.js'
import { exportUserData } from './privacy-export.js'
import { promoteFromWaitlist } from './review-seats.js'
import { eraseVolunteer } from './volunteer-privacy.js'

/** Application statuses that are still "open" and get withdrawn on erasure. */
export const openStatuses = ['submitted', 'under_review', 'offered', 'waitlisted'] as const

export interface ErasureResult { withdrawn: number, notified: number }

export function createPrivacyRepository(db: Db, clock: Clock) {
  return {
    /** Everything stored about a person, as a plain JSON-ready object. */
    exportUserData: (userId: number, now = clock()) => exportUserData(db, userId, now),

    /**
     * Erases a person's personal data in one transaction: open applications are
     * withdrawn (with a status change; a freed offer goes to the waitlist) and
     * the host hospitals' coordinators are notified through the outbox; drafts,
     * documents, subscription, portfolio text and answers are deleted; the
     * messages to and about them and coordinators' reasons are emptied (see
     * erasure.ts); the profile keeps only kind and home hospital; the user row
     * loses names, rights and Telegram id, and `erasedAt` is set for good.
     */
    async eraseUser(userId: number, now = clock()): Promise<ErasureResult> {
      return db.$transaction(async (tx) => {
        const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, telegramId: true, erasedAt: true } })
        if (user.erasedAt)
          return { withdrawn: 0, notified: 0 }
        const open = await tx.application.findMany({
          where: { userId, status: { in: [...openStatuses] } },
          select: { id: true, status: true, opportunityId: true, opportunity: { select: { titleEn: true, titleUk: true, hostHospital: { select: { coordinators: { select: { user: { select: { id: true, telegramId: true, locale: true, erasedAt: true } } } } } } } } },
        })
        for (const app of open) {
          await tx.application.update({ where: { id: app.id }, data: { status: 'withdrawn', decidedAt: now, version: { increment: 1 } } })
          await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: app.status, toStatus: 'withdrawn', actorId: userId, reason: erasureReason, createdAt: now } })
        }
        for (const opportunityId of new Set(open.filter(a => a.status === 'offered').map(a => a.opportunityId)))
          await promoteFromWaitlist(tx, opportunityId, now)
        // Drafts were never sent: nothing to count, nothing to remind.
        await tx.application.deleteMany({ where: { userId, status: 'draft' } })
        await eraseTraces(tx, user, now)
        const rows: OutboxInput[] = open.flatMap(app => app.opportunity.hostHospital.coordinators.filter(({ user }) => user.id !== userId && !user.erasedAt).map(({ user }) => ({
          chatId: user.telegramId,
          userId: user.id,
          kind: 'application-withdrawn-erasure',
          dedupeKey: `application-withdrawn-erasure:${app.id}:${user.id}`,
          template: 'privacy-coordinator-withdrawn',
          params: { applicationId: app.id, titleEn: app.opportunity.titleEn, titleUk: app.opportunity.titleUk },
          locale: user.locale ?? undefined,
        })))
        const notified = await enqueue(tx, rows, now)
        await tx.portfolioEntry.deleteMany({ where: { placement: { userId } } })
        await tx.placement.updateMany({ where: { userId }, data: { feedback: null, arrivalAt: null, arrivalTransport: null } })
        await tx.placementSurvey.updateMany({ where: { placement: { userId } }, data: { comment: null } })
        // As a mentor: the placements they mentored keep the name the coordinator gave, not the account.
        await tx.placement.updateMany({ where: { mentorUserId: userId }, data: { mentorUserId: null, mentorContact: null } })
        await tx.portfolioEntry.updateMany({ where: { reviewedById: userId }, data: { reviewedById: null } })
        await eraseVolunteer(tx, userId)
        await tx.document.deleteMany({ where: { userId } })
        await tx.subscription.deleteMany({ where: { userId } })
        await tx.profile.updateMany({
          where: { userId },
          data: { fullName: null, homeInstitutionText: null, specialty: null, experienceYears: null, studyYear: null, englishLevel: null, phone: null, onboardedAt: null },
        })
        await tx.user.update({
          where: { id: userId },
          data: { telegramId: anonymousTelegramId(userId), username: null, firstName: null, lastName: null, reachable: false, unreachableAt: now, erasedAt: now },
        })
        return { withdrawn: open.length, notified }
      })
    },
  }
}

export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>
