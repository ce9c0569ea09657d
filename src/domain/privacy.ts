// A person's right to see and erase their data. Erasure keeps only what
// anonymous statistics need: applications (status, internship, dates), and
// the profile's kind and home hospital, no longer linked to a name.
import type { Db } from '../db/client.js'
import type { OutboxInput } from '../outbox/enqueue.js'
import type { Clock } from '../time/clock.js'
import { enqueue } from '../outbox/enqueue.js'

/** Application statuses that are still "open" and get withdrawn on erasure. */
export const openStatuses = ['submitted', 'under_review', 'offered', 'waitlisted'] as const

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => typeof v === 'bigint' ? v.toString() : v))
}

export interface ErasureResult { withdrawn: number, notified: number }

export function createPrivacyRepository(db: Db, clock: Clock) {
  return {
    /** Everything stored about a person, as a plain JSON-ready object. */
    async exportUserData(userId: number): Promise<Record<string, unknown>> {
      const user = await db.user.findUniqueOrThrow({
        where: { id: userId },
        select: {
          telegramId: true,
          username: true,
          firstName: true,
          lastName: true,
          locale: true,
          role: true,
          timezone: true,
          reachable: true,
          createdAt: true,
          erasedAt: true,
          profile: { select: { kind: true, fullName: true, homeHospitalId: true, homeInstitutionText: true, specialty: true, experienceYears: true, studyYear: true, englishLevel: true, phone: true, onboardedAt: true, updatedAt: true } },
          documents: { select: { id: true, type: true, fileName: true, mimeType: true, fileSize: true, expiresOn: true, createdAt: true } },
          subscription: { select: { active: true, specialties: true, countries: true, updatedAt: true } },
          applications: {
            select: {
              id: true,
              opportunityId: true,
              status: true,
              answers: true,
              endorsement: true,
              submittedAt: true,
              decidedAt: true,
              createdAt: true,
              statusChanges: { select: { fromStatus: true, toStatus: true, reason: true, createdAt: true } },
            },
          },
          placements: { select: { id: true, startsOn: true, endsOn: true, status: true, feedback: true, entries: { select: { kind: true, text: true, happenedOn: true, createdAt: true } } } },
        },
      })
      return { exportedAt: clock().toISOString(), ...(plain(user) as object) }
    },

    /**
     * Erases a person's personal data in one transaction: open applications are
     * withdrawn (with a status change) and the host hospitals' coordinators are
     * notified through the outbox; documents, subscription, portfolio text and
     * answers are deleted; the profile keeps only kind and home hospital; the
     * user's names are nulled and `erasedAt` set.
     */
    async eraseUser(userId: number, now = clock()): Promise<ErasureResult> {
      return db.$transaction(async (tx) => {
        const open = await tx.application.findMany({
          where: { userId, status: { in: [...openStatuses] } },
          select: { id: true, status: true, opportunity: { select: { titleEn: true, titleUk: true, hostHospital: { select: { coordinators: { select: { user: { select: { id: true, telegramId: true, locale: true } } } } } } } } },
        })
        for (const app of open) {
          await tx.application.update({ where: { id: app.id }, data: { status: 'withdrawn', decidedAt: now, version: { increment: 1 } } })
          await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: app.status, toStatus: 'withdrawn', actorId: userId, reason: 'data-erasure', createdAt: now } })
        }
        const rows: OutboxInput[] = open.flatMap(app => app.opportunity.hostHospital.coordinators.map(({ user }) => ({
          chatId: user.telegramId,
          userId: user.id,
          kind: 'application-withdrawn-erasure',
          dedupeKey: `application-withdrawn-erasure:${app.id}:${user.id}`,
          template: 'privacy-coordinator-withdrawn',
          params: { applicationId: app.id, titleEn: app.opportunity.titleEn, titleUk: app.opportunity.titleUk },
          locale: user.locale ?? undefined,
        })))
        const notified = await enqueue(tx, rows, now)
        await tx.application.updateMany({ where: { userId }, data: { answers: {}, endorsementReason: null, rejectionReason: null } })
        await tx.portfolioEntry.deleteMany({ where: { placement: { userId } } })
        await tx.placement.updateMany({ where: { userId }, data: { feedback: null } })
        await tx.document.deleteMany({ where: { userId } })
        await tx.subscription.deleteMany({ where: { userId } })
        await tx.profile.updateMany({
          where: { userId },
          data: { fullName: null, homeInstitutionText: null, specialty: null, experienceYears: null, studyYear: null, englishLevel: null, phone: null, onboardedAt: null },
        })
        await tx.user.update({ where: { id: userId }, data: { username: null, firstName: null, lastName: null, erasedAt: now } })
        return { withdrawn: open.length, notified }
      })
    },
  }
}

export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>
