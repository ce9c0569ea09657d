// What /mydata shows and /deletedata removes of a volunteer: the profile
// (licence number and issuer), the applications with coordinators' notes and
// reasons, and the checklist. Erasure keeps only what the monthly report counts:
// an application's status, hospital, dates, specialty and licence country.
import type { Tx } from '../db/client.js'

/** The part of the /mydata export about volunteering (a Prisma select on User). */
export const volunteerExportSelect = {
  volunteerProfile: { select: { profession: true, specialty: true, licenceCountry: true, licenceNumber: true, licenceIssuer: true, experienceYears: true, languages: true, availableFrom: true, availableTo: true, licenceDocumentId: true, cvDocumentId: true, createdAt: true, updatedAt: true } },
  volunteerApplications: {
    orderBy: { id: 'asc' },
    select: { id: true, needId: true, hospitalId: true, status: true, specialty: true, licenceCountry: true, licenceVerifiedAt: true, licenceNote: true, invitedFrom: true, invitedTo: true, declineReason: true, decidedAt: true, createdAt: true, checklist: { select: { key: true, doneAt: true }, orderBy: { id: 'asc' } } },
  },
} as const

/** Open applications are withdrawn, coordinators' free text and the checklist go, the profile is deleted. */
export async function eraseVolunteer(tx: Tx, userId: number) {
  const apps = await tx.volunteerApplication.findMany({ where: { userId }, select: { id: true } })
  await tx.volunteerApplication.updateMany({ where: { userId, status: { in: ['submitted', 'invited'] } }, data: { status: 'withdrawn' } })
  await tx.volunteerApplication.updateMany({ where: { userId }, data: { licenceNote: null, declineReason: null } })
  await tx.volunteerChecklistItem.deleteMany({ where: { applicationId: { in: apps.map(a => a.id) } } })
  await tx.auditLog.updateMany({ where: { entityType: 'volunteer-application', entityId: { in: apps.map(a => String(a.id)) } }, data: { details: {} } })
  await tx.volunteerProfile.deleteMany({ where: { userId } })
}
