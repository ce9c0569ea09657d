// The domain layer, wired once per process: plain repositories over Prisma.
import type { Db } from '../db/client.js'
import { createAccessRepository } from './access.js'
import { createAuditRepository } from './audit.js'
import { createHospitalAdminRepository } from './hospital-admin.js'
import { createUserRepository } from './users.js'
import type { Locale } from './users.js'

export function createDomain(db: Db, options: { defaultLocale: Locale }) {
  return {
    users: createUserRepository(db, options.defaultLocale),
    access: createAccessRepository(db),
    audit: createAuditRepository(db),
    hospitalAdmin: createHospitalAdminRepository(db),
  }
}

export type Domain = ReturnType<typeof createDomain>
