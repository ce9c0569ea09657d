// The read side of reviewing: the queue of applications a coordinator must act
// on, oldest first, and one application as a card. Host coordinators see an
// application once its home institution endorsed it (where that is required);
// coordinators of the applicant's Ukrainian hospital see it before that.
import type { Db } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import { coordinatesHospital, hospitalScope } from './access.js'

export type ReviewStage = 'endorsement' | 'host'

export interface ReviewCard {
  id: number
  version: number
  status: string
  stage: ReviewStage
  endorsement: string | null
  submittedAt: string | null
  opportunity: { id: number, titleUk: string, titleEn: string, hostHospitalId: number, seats: number, taken: number }
  applicant: {
    fullName: string | null
    kind: string | null
    specialty: string | null
    experienceYears: number | null
    studyYear: number | null
    englishLevel: string | null
    phone: string | null
    homeHospitalId: number | null
    homeUk: string | null
    homeEn: string | null
    username: string | null
  }
  answers: Array<[string, string]>
  documents: Array<{ type: string, fileId: string, fileName: string | null }>
}

const open = ['submitted', 'under_review'] as const

/** The applications waiting for a coordinator with these rights, in the order they arrived. */
export function queueWhere(rights: Rights, opportunityId?: number): Prisma.ApplicationWhereInput {
  const base: Prisma.ApplicationWhereInput = { status: { in: [...open] }, ...(opportunityId ? { opportunityId } : {}) }
  const hospitalIds = hospitalScope(rights)
  if (hospitalIds === 'all')
    return base
  return {
    ...base,
    OR: [
      { opportunity: { hostHospitalId: { in: hospitalIds } }, OR: [{ opportunity: { requiresEndorsement: false } }, { endorsement: 'endorsed' }] },
      { opportunity: { requiresEndorsement: true }, endorsement: { in: ['pending'] }, user: { profile: { homeHospitalId: { in: hospitalIds } } } },
      { opportunity: { requiresEndorsement: true }, endorsement: null, user: { profile: { homeHospitalId: { in: hospitalIds } } } },
    ],
  }
}

/** Which stage an application is in for this reviewer, or null if they may not act on it. */
export function reviewStageOf(rights: Rights, app: { requiresEndorsement: boolean, endorsement: string | null, hostHospitalId: number, homeHospitalId: number | null }): ReviewStage | null {
  if (app.requiresEndorsement && app.endorsement !== 'endorsed')
    return coordinatesHospital(rights, app.homeHospitalId) ? 'endorsement' : null
  return coordinatesHospital(rights, app.hostHospitalId) ? 'host' : null
}

export function createReviewQueue(db: Db, clock: Clock) {
  return {
    /** Ids of the waiting applications, oldest first (up to 200). */
    async queue(rights: Rights, opportunityId?: number): Promise<number[]> {
      const rows = await db.application.findMany({
        where: queueWhere(rights, opportunityId),
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
        select: { id: true },
        take: 200,
      })
      return rows.map(r => r.id)
    },

    /** The internships that have waiting applications, with how many each, for the filter. */
    /**
     * A coordinator opened a submitted application: it is now under review (a
     * line in the applicant's history). Only the first opening changes anything.
     */
    async markUnderReview(applicationId: number, actorId: number): Promise<void> {
      await db.$transaction(async (tx) => {
        const { count } = await tx.application.updateMany({ where: { id: applicationId, status: 'submitted' }, data: { status: 'under_review', version: { increment: 1 } } })
        if (count)
          await tx.applicationStatusChange.create({ data: { applicationId, fromStatus: 'submitted', toStatus: 'under_review', actorId, createdAt: clock() } })
      })
    },

    async queueOpportunities(rights: Rights): Promise<Array<{ id: number, titleUk: string, titleEn: string, waiting: number }>> {
      const groups = await db.application.groupBy({ by: ['opportunityId'], where: queueWhere(rights), _count: { _all: true } })
      const opportunities = await db.opportunity.findMany({ where: { id: { in: groups.map(g => g.opportunityId) } }, select: { id: true, titleUk: true, titleEn: true }, orderBy: { id: 'asc' } })
      return opportunities.map(o => ({ ...o, waiting: groups.find(g => g.opportunityId === o.id)!._count._all }))
    },

    /** One application as the reviewer sees it; null when it does not exist or is not theirs. */
    async card(rights: Rights, applicationId: number): Promise<ReviewCard | null> {
      const app = await db.application.findUnique({
        where: { id: applicationId },
        include: {
          opportunity: true,
          user: { include: { profile: { include: { homeHospital: true } } } },
          documents: { include: { document: true } },
        },
      })
      // Drafts are the applicant's own until submitted; no button, forged or not, shows one.
      if (!app || app.status === 'draft')
        return null
      const profile = app.user.profile
      const stage = reviewStageOf(rights, { ...app.opportunity, endorsement: app.endorsement, homeHospitalId: profile?.homeHospitalId ?? null })
      if (!stage)
        return null
      const taken = await db.application.count({ where: { opportunityId: app.opportunityId, status: { in: ['offered', 'confirmed'] } } })
      // Typed answers only (documents are listed apart); the card shortens them to fit.
      const answers = Object.entries((app.answers ?? {}) as Record<string, unknown>)
        .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        .map(([k, v]) => [k, String(v)] as [string, string])
      return {
        id: app.id,
        version: app.version,
        status: app.status,
        stage,
        endorsement: app.endorsement,
        submittedAt: app.submittedAt?.toISOString() ?? null,
        opportunity: { id: app.opportunityId, titleUk: app.opportunity.titleUk, titleEn: app.opportunity.titleEn, hostHospitalId: app.opportunity.hostHospitalId, seats: app.opportunity.seats, taken },
        applicant: {
          fullName: profile?.fullName ?? app.user.firstName,
          kind: profile?.kind ?? null,
          specialty: profile?.specialty ?? null,
          experienceYears: profile?.experienceYears ?? null,
          studyYear: profile?.studyYear ?? null,
          englishLevel: profile?.englishLevel ?? null,
          phone: profile?.phone ?? null,
          homeHospitalId: profile?.homeHospitalId ?? null,
          homeUk: profile?.homeHospital?.nameUk ?? profile?.homeInstitutionText ?? null,
          homeEn: profile?.homeHospital?.nameEn ?? profile?.homeInstitutionText ?? null,
          username: app.user.username,
        },
        answers,
        documents: app.documents.map(d => ({ type: d.document.type, fileId: d.document.fileId, fileName: d.document.fileName })),
      }
    },
  }
}
