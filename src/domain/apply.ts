// Applying to an opportunity: who may apply, the draft saved after each answer,
// the person's profile and documents, and the submission with its outbox rows.
import type { Db, Tx } from '../db/client.js'
import type { DocumentType, PersonKind } from '../generated/prisma/client.js'
import type { Clock } from '../time/clock.js'
import { defaultTimezone, todayIn } from '../time/zones.js'
import { notifyStaff } from './apply-outbox.js'
import { admits } from './audience.js'
import { assertDocument, isExpired } from './documents.js'
import { NotFoundError, StateError } from './errors.js'
import { pick } from './localized.js'
import { day, seatsLeft } from './opportunities.js'
import { assertProfilePatch } from './profiles.js'

/** Why a person may not apply, as `start` and `recheck` report it (the refusal code is `apply-<reason>`). */
export type Refusal = 'not-found' | 'closed' | 'deadline' | 'full' | 'audience' | 'applied'

/** The refusal `submit` throws for a reason found at the last moment. */
function refusalError(refusal: Refusal) {
  return refusal === 'not-found'
    ? new NotFoundError('Opportunity', 'apply-not-found')
    : new StateError(`apply-${refusal}`, `The application cannot be submitted: ${refusal}`)
}

export interface ApplyProfile {
  kind: PersonKind | null
  fullName: string | null
  homeHospitalId: number | null
  homeInstitutionText: string | null
  specialty: string | null
  experienceYears: number | null
  studyYear: number | null
  englishLevel: string | null
  phone: string | null
}

export interface ApplyAnswers {
  motivation?: string
  experience?: string
  phone?: string
  /** Document ids by type. */
  documents?: Record<string, number>
  available?: boolean
}

export interface ApplyTarget { id: number, titleUk: string, titleEn: string, startsOn: string, endsOn: string, audience: string, requiredDocuments: DocumentType[] }

async function refusalOf(db: Db | Tx, userId: number, opportunityId: number, now: Date, kind: PersonKind | null): Promise<Refusal | null> {
  const o = await db.opportunity.findUnique({ where: { id: opportunityId } })
  if (!o || o.status === 'draft')
    return 'not-found'
  if (o.status === 'closed')
    return 'closed'
  if (o.applicationDeadline < now)
    return 'deadline'
  const existing = await db.application.findUnique({ where: { userId_opportunityId: { userId, opportunityId } }, select: { status: true } })
  if (existing && existing.status !== 'draft')
    return 'applied'
  if (await seatsLeft(db, o.id, o.seats) <= 0)
    return 'full'
  if (!admits(o.audience, kind))
    return 'audience'
  return null
}

const profileSelect = { kind: true, fullName: true, homeHospitalId: true, homeInstitutionText: true, specialty: true, experienceYears: true, studyYear: true, englishLevel: true, phone: true } as const

/** `timezone` is the programme's zone, whose day decides which documents have expired. */
export function createApplyRepository(db: Db, clock: Clock, timezone = defaultTimezone) {
  const profile = async (userId: number): Promise<ApplyProfile> =>
    (await db.profile.findUnique({ where: { userId }, select: profileSelect })) ?? { kind: null, fullName: null, homeHospitalId: null, homeInstitutionText: null, specialty: null, experienceYears: null, studyYear: null, englishLevel: null, phone: null }

  return {
    profile,

    /**
     * Checks, before any question, whether the person may apply: open, deadline
     * not passed, a seat left, the right audience, not applied already. A draft
     * is returned so it can be resumed.
     */
    async start(userId: number, opportunityId: number, now: Date) {
      const p = await profile(userId)
      const refusal = await refusalOf(db, userId, opportunityId, now, p.kind)
      if (refusal)
        return { refusal } as const
      const o = await db.opportunity.findUniqueOrThrow({ where: { id: opportunityId } })
      const draft = await db.application.findUnique({ where: { userId_opportunityId: { userId, opportunityId } }, select: { answers: true } })
      const target: ApplyTarget = { id: o.id, titleUk: o.titleUk, titleEn: o.titleEn, startsOn: day(o.startsOn), endsOn: day(o.endsOn), audience: o.audience, requiredDocuments: o.requiredDocuments }
      return { refusal: null, target, profile: p, answers: (draft?.answers ?? {}) as ApplyAnswers }
    },

    /** The refusal for a person of `kind` (asked during the flow), or null. */
    async recheck(userId: number, opportunityId: number, now: Date, kind: PersonKind | null) {
      return refusalOf(db, userId, opportunityId, now, kind)
    },

    /** Writes the fields the flow asked for into the person's profile; a value breaking a profile rule throws ValidationError. */
    async patchProfile(userId: number, patch: Partial<ApplyProfile>): Promise<void> {
      assertProfilePatch(patch)
      await db.profile.upsert({ where: { userId }, create: { userId, ...patch } as any, update: patch as any })
    },

    /** Saves the answers so far as a draft application (never touches a submitted one). */
    async saveDraft(userId: number, opportunityId: number, answers: ApplyAnswers): Promise<void> {
      const existing = await db.application.findUnique({ where: { userId_opportunityId: { userId, opportunityId } }, select: { status: true } })
      if (!existing)
        await db.application.createMany({ data: [{ userId, opportunityId, answers: answers as any }], skipDuplicates: true })
      else if (existing.status === 'draft')
        await db.application.updateMany({ where: { userId, opportunityId, status: 'draft' }, data: { answers: answers as any } })
    },

    /**
     * The person's stored documents of a type, newest first. `expired` marks one
     * whose expiry day is before today in the programme zone: offer it as
     * "expired, upload a new one", since `submit` refuses it.
     */
    async documents(userId: number, type: DocumentType, now = clock()) {
      const rows = await db.document.findMany({ where: { userId, type, replacedAt: null }, orderBy: { id: 'desc' }, take: 5, select: { id: true, fileName: true, expiresOn: true, createdAt: true } })
      const today = todayIn(timezone, now)
      return rows.map(r => ({ id: r.id, fileName: r.fileName ?? '', expiresOn: r.expiresOn?.toISOString().slice(0, 10) ?? null, expired: isExpired(r.expiresOn, today), createdAt: r.createdAt.toISOString() }))
    },

    /** Stores an uploaded file as the person's document, reusable later; refuses (ValidationError) a wrong kind of file or one over 20 MB. */
    async addDocument(userId: number, doc: { type: DocumentType, fileId: string, fileUniqueId: string, fileName?: string, mimeType?: string, fileSize?: number }) {
      assertDocument(doc)
      return (await db.document.create({ data: { userId, ...doc }, select: { id: true } })).id
    },

    /**
     * Submits the draft in one transaction: re-checks status, deadline and seats,
     * records the status change, links documents and tells the host hospital's
     * coordinators, programme-wide coordinators and admins through the outbox.
     * A reason found at the last moment throws a DomainError (`apply-closed`,
     * `apply-full`, `apply-document-expired`...); anything else is a fault.
     */
    async submit(userId: number, opportunityId: number, now: Date, adminTelegramIds: number[]) {
      return db.$transaction(async (tx) => {
        const p = await tx.profile.findUnique({ where: { userId }, select: { kind: true, fullName: true } })
        const refusal = await refusalOf(tx, userId, opportunityId, now, p?.kind ?? null)
        if (refusal)
          throw refusalError(refusal)
        const app = await tx.application.findUnique({ where: { userId_opportunityId: { userId, opportunityId } }, include: { opportunity: true } })
        if (!app)
          throw new NotFoundError('Application draft', 'apply-not-found')
        const answers = app.answers as ApplyAnswers
        const o = app.opportunity
        const documentIds = Object.values(answers.documents ?? {})
        const own = documentIds.length ? await tx.document.findMany({ where: { id: { in: documentIds }, userId, replacedAt: null }, select: { id: true, type: true, expiresOn: true } }) : []
        const expired = own.find(d => isExpired(d.expiresOn, todayIn(timezone, now)))
        if (expired)
          throw new StateError('apply-document-expired', `The ${expired.type} document has expired`, { type: expired.type })
        const done = await tx.application.updateMany({
          where: { id: app.id, status: 'draft', version: app.version },
          data: { status: 'submitted', submittedAt: now, version: { increment: 1 }, endorsement: o.requiresEndorsement ? 'pending' : null },
        })
        if (done.count !== 1)
          throw new StateError('apply-applied', 'The application was submitted meanwhile')
        await tx.applicationStatusChange.create({ data: { applicationId: app.id, fromStatus: 'draft', toStatus: 'submitted', actorId: userId, createdAt: now } })
        if (own.length) {
          await tx.applicationDocument.createMany({ data: own.map(d => ({ applicationId: app.id, documentId: d.id })), skipDuplicates: true })
        }
        await notifyStaff(tx, {
          hospitalId: o.hostHospitalId,
          aboutUserId: userId,
          adminTelegramIds,
          kind: 'application-submitted',
          template: 'apply-staff-submitted',
          dedupe: `application-submitted:${app.id}`,
          params: locale => ({ applicationId: app.id, title: pick(locale, o, 'title'), name: p?.fullName ?? '' }),
        }, now)
        return { applicationId: app.id }
      })
    },
  }
}

export type ApplyRepository = ReturnType<typeof createApplyRepository>
