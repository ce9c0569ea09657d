// The domain layer, wired once per process: plain repositories over Prisma.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { Locale } from './users.js'
import { defaultTimezone } from '../time/zones.js'
import { createAccessRepository } from './access.js'
import { createApplicationRepository } from './applications.js'
import { createApplyRepository } from './apply.js'
import { createAuditRepository } from './audit.js'
import { createBroadcasts } from './broadcast-audience.js'
import { createConsultations } from './consultations.js'
import { createDocumentRepository } from './documents.js'
import { createEventCertificates } from './event-certificate.js'
import { createEventsAdmin } from './events-admin.js'
import { createEvents } from './events.js'
import { createExport } from './export.js'
import { createHospitalAdminRepository } from './hospital-admin.js'
import { createHospitalRepository } from './hospitals.js'
import { createInviteRepository } from './invites.js'
import { createLogbook } from './logbook.js'
import { createNeeds } from './needs.js'
import { createOpportunityRepository } from './opportunities.js'
import { createOpportunityAdmin } from './opportunity-admin.js'
import { createPlacementAdmin } from './placement-admin.js'
import { createPlacementRepository } from './placements.js'
import { createPortfolioRepository } from './portfolio-pdf.js'
import { createPrivacyRepository } from './privacy.js'
import { createProfileRepository } from './profiles.js'
import { createChase } from './review-chase.js'
import { createReviewQueue } from './review-queue.js'
import { createSeatJobs } from './review-seats.js'
import { createReviewRepository } from './review.js'
import { createStats } from './stats.js'
import { createSubscriptionRepository } from './subscriptions.js'
import { createSurveyRepository } from './survey.js'
import { createUserRepository } from './users.js'
import { createVolunteerReview } from './volunteer-review.js'
import { createVolunteers } from './volunteers.js'

/**
 * `clock` is what "now" means wherever a caller does not say; `timezone` (the
 * config's TZ, Europe/Kyiv by default) is the programme zone whose day is "today"
 * for schedules and document expiry.
 */
export function createDomain(db: Db, options: { defaultLocale: Locale, clock: Clock, timezone?: string }) {
  const { clock } = options
  const timezone = options.timezone ?? defaultTimezone
  return {
    users: createUserRepository(db, options.defaultLocale, clock),
    profiles: createProfileRepository(db, clock),
    documents: createDocumentRepository(db, clock, timezone),
    subscriptions: createSubscriptionRepository(db),
    privacy: createPrivacyRepository(db, clock),
    opportunities: createOpportunityRepository(db),
    apply: createApplyRepository(db, clock, timezone),
    hospitals: createHospitalRepository(db),
    applications: createApplicationRepository(db, clock),
    access: { ...createAccessRepository(db, clock), ...createInviteRepository(db, clock) },
    audit: createAuditRepository(db),
    hospitalAdmin: createHospitalAdminRepository(db),
    review: { ...createReviewRepository(db, clock), ...createReviewQueue(db, clock), ...createChase(db, clock) },
    seats: createSeatJobs(db, clock),
    opportunityAdmin: createOpportunityAdmin(db, clock, timezone),
    exports: createExport(db),
    stats: createStats(db),
    broadcasts: createBroadcasts(db, clock),
    placements: createPlacementRepository(db, clock),
    placementAdmin: createPlacementAdmin(db, clock, timezone),
    logbook: createLogbook(db, clock, timezone),
    survey: createSurveyRepository(db, clock, timezone),
    portfolio: createPortfolioRepository(db, clock),
    events: createEvents(db, clock),
    eventsAdmin: createEventsAdmin(db, clock, timezone),
    eventCertificates: createEventCertificates(db, clock),
    needs: createNeeds(db, clock, timezone),
    volunteers: createVolunteers(db, clock, timezone),
    volunteerReview: createVolunteerReview(db, clock, timezone),
    consultations: createConsultations(db, clock),
  }
}

export type Domain = ReturnType<typeof createDomain>
