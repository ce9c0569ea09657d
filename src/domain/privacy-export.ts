// /mydata: everything stored about a person, as a plain JSON-ready object —
// their own records, decisions about them (with reasons and dates), the
// messages sent to and about them, and the audit entries by or about them.
import type { Db } from '../db/client.js'

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => typeof v === 'bigint' ? v.toString() : v))
}

const outboxSelect = { id: true, kind: true, text: true, template: true, params: true, locale: true, status: true, dueAt: true, sentAt: true, createdAt: true } as const
const auditSelect = { id: true, action: true, entityType: true, entityId: true, details: true, createdAt: true } as const

const userSelect = {
  id: true,
  telegramId: true,
  username: true,
  firstName: true,
  lastName: true,
  locale: true,
  timezone: true,
  reachable: true,
  unreachableAt: true,
  createdAt: true,
  erasedAt: true,
  profile: { select: { kind: true, fullName: true, homeHospitalId: true, homeInstitutionText: true, specialty: true, experienceYears: true, studyYear: true, englishLevel: true, phone: true, onboardedAt: true, updatedAt: true } },
  documents: { select: { id: true, type: true, fileName: true, mimeType: true, fileSize: true, expiresOn: true, replacedAt: true, createdAt: true }, orderBy: { id: 'asc' } },
  subscription: { select: { active: true, specialties: true, countries: true, updatedAt: true } },
  applications: {
    orderBy: { id: 'asc' },
    select: {
      id: true,
      opportunityId: true,
      status: true,
      answers: true,
      endorsement: true,
      endorsementReason: true,
      rejectionReason: true,
      offerExpiresAt: true,
      waitlistedAt: true,
      submittedAt: true,
      decidedAt: true,
      createdAt: true,
      updatedAt: true,
      documents: { select: { documentId: true } },
      statusChanges: { select: { fromStatus: true, toStatus: true, reason: true, createdAt: true }, orderBy: { id: 'asc' } },
    },
  },
  placements: {
    orderBy: { id: 'asc' },
    select: {
      id: true,
      applicationId: true,
      startsOn: true,
      endsOn: true,
      status: true,
      feedback: true,
      portfolioSentAt: true,
      department: true,
      mentorName: true,
      mentorPosition: true,
      arrivalAt: true,
      arrivalTransport: true,
      createdAt: true,
      checklist: { select: { key: true, doneAt: true }, orderBy: { id: 'asc' } },
      entries: { select: { kind: true, procedureRole: true, specialty: true, text: true, happenedOn: true, review: true, reviewNote: true, reviewedAt: true, createdAt: true }, orderBy: { id: 'asc' } },
      survey: { select: { teaching: true, supervision: true, organisation: true, safety: true, comment: true, createdAt: true } },
    },
  },
  coordinatorOf: { select: { hospitalId: true, createdAt: true }, orderBy: { id: 'asc' } },
  mentoring: { select: { id: true, startsOn: true, endsOn: true }, orderBy: { id: 'asc' } },
  invitesUsed: { select: { id: true, role: true, hospitalIds: true, programmeWide: true, usedAt: true } },
} as const

/** Everything stored about a person; `now` is the export's timestamp. */
export async function exportUserData(db: Db, userId: number, now: Date): Promise<Record<string, unknown>> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: userSelect })
  const applications = user.applications.map(({ documents, ...app }) => ({ ...app, documentIds: documents.map(d => d.documentId) }))
  const applicationIds = user.applications.map(a => String(a.id))
  const [messagesTo, messagesAbout, auditBy, auditAbout, updatesReceived] = await Promise.all([
    db.outboxMessage.findMany({ where: { OR: [{ userId }, { chatId: user.telegramId }] }, select: outboxSelect, orderBy: { id: 'asc' } }),
    db.outboxMessage.findMany({ where: { aboutUserId: userId }, select: outboxSelect, orderBy: { id: 'asc' } }),
    db.auditLog.findMany({ where: { actorId: userId }, select: auditSelect, orderBy: { id: 'asc' } }),
    db.auditLog.findMany({
      where: { OR: [{ entityType: 'user', entityId: String(userId) }, { entityType: 'application', entityId: { in: applicationIds } }] },
      select: auditSelect,
      orderBy: { id: 'asc' },
    }),
    // What they sent in the last day, as Telegram delivered it (the inbox keeps it that long).
    db.inboxUpdate.findMany({ where: { chatKey: String(user.telegramId) }, select: { updateId: true, update: true, receivedAt: true, doneAt: true, outcome: true }, orderBy: { updateId: 'asc' } }),
  ])
  return {
    exportedAt: now.toISOString(),
    ...(plain({ ...user, applications }) as object),
    messagesTo: plain(messagesTo),
    // Notices to staff about you: the text they got, not who got it.
    messagesAbout: plain(messagesAbout),
    auditBy: plain(auditBy),
    auditAbout: plain(auditAbout),
    updatesReceived: plain(updatesReceived),
  }
}
