// The domain layer, wired once per process: plain repositories over Prisma.
import type { Db } from '../db/client.js'
import { createDocumentRepository } from './documents.js'
import { createPrivacyRepository } from './privacy.js'
import { createProfileRepository } from './profiles.js'
import { createSubscriptionRepository } from './subscriptions.js'
import { createApplicationRepository } from './applications.js'
import { createApplyRepository } from './apply.js'
import { createHospitalRepository } from './hospitals.js'
import { createOpportunityRepository } from './opportunities.js'
import { createUserRepository } from './users.js'
import type { Locale } from './users.js'

export function createDomain(db: Db, options: { defaultLocale: Locale }) {
  return {
    users: createUserRepository(db, options.defaultLocale),
    profiles: createProfileRepository(db),
    documents: createDocumentRepository(db),
    subscriptions: createSubscriptionRepository(db, options.defaultLocale),
    privacy: createPrivacyRepository(db),
    opportunities: createOpportunityRepository(db),
    apply: createApplyRepository(db),
    hospitals: createHospitalRepository(db),
    applications: createApplicationRepository(db),
  }
}

export type Domain = ReturnType<typeof createDomain>
