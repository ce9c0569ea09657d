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
import { day, seatsTakenSql } from './opportunities.js'
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

/** Everything an application's checks need, read in one round trip (`facts`). */
interface Facts {
  opportunity: { id: number, titleUk: string, titleEn: string, startsOn: Date, endsOn: Date, audience: string, requiredDocuments: DocumentType[], status: string, applicationDeadline: Date, seats: number, requiresEndorsement: boolean, hostHospitalId: number, taken: number } | null
  /** The person's application to it, if any. */
  mine: { id: number, status: string, version: number, answers: ApplyAnswers } | null
  profile: ApplyProfile | null
  /** Those of `documentIds` that are the person's current documents. */
  documents: Array<{ id: number, type: DocumentType, expiresOn: Date | null }>
}

async function facts(db: Db | Tx, userId: number, opportunityId: number, documentIds: number[] = []): Promise<Facts> {
  const [r] = await db.$queryRaw<any[]>`
    SELECT o."id", o."titleUk", o."titleEn", o."startsOn", o."endsOn", o."audience"::text, o."requiredDocuments"::text[], o."status"::text,
           o."applicationDeadline", o."seats", o."requiresEndorsement", o."hostHospitalId",
           ${seatsTakenSql} AS "taken",
           a."id" AS "appId", a."status"::text AS "appStatus", a."version" AS "appVersion", a."answers" AS "appAnswers",
           p."userId" AS "profileOf", p."kind"::text AS "kind", p."fullName", p."homeHospitalId", p."homeInstitutionText", p."specialty",
           p."experienceYears", p."studyYear", p."englishLevel"::text AS "englishLevel", p."phone",
           (SELECT coalesce(json_agg(json_build_object('id', d."id", 'type', d."type", 'expiresOn', d."expiresOn")), '[]') FROM "Document" d
              WHERE d."id" = ANY(${documentIds}::int[]) AND d."userId" = ${userId} AND d."replacedAt" IS NULL) AS "documents"
    FROM (SELECT 1) AS "one"
    LEFT JOIN "Opportunity" o ON o."id" = ${opportunityId}
    LEFT JOIN "Application" a ON a."opportunityId" = o."id" AND a."userId" = ${userId}
    LEFT JOIN "Profile" p ON p."userId" = ${userId}`
  const { appId, appStatus, appVersion, appAnswers, profileOf, kind, fullName, homeHospitalId, homeInstitutionText, specialty, experienceYears, studyYear, englishLevel, phone, documents, ...o } = r
  return {
    opportunity: o.id === null ? null : o,
    mine: appId === null ? null : { id: appId, status: appStatus, version: appVersion, answers: appAnswers ?? {} },
    profile: profileOf === null ? null : { kind, fullName, homeHospitalId, homeInstitutionText, specialty, experienceYears, studyYear, englishLevel, phone },
    documents: (documents as Array<{ id: number, type: DocumentType, expiresOn: string | null }>).map(d => ({ ...d, expiresOn: d.expiresOn === null ? null : new Date(d.expiresOn) })),
  }
}

/** The first rule that keeps the person (of `kind`) from applying, or null. */
function refusalOf(f: Facts, now: Date, kind: PersonKind | null): Refusal | null {
  const o = f.opportunity
  if (!o || o.status === 'draft')
    return 'not-found'
  if (o.status === 'closed')
    return 'closed'
  if (o.applicationDeadline < now)
    return 'deadline'
  if (f.mine && f.mine.status !== 'draft')
    return 'applied'
  if (o.seats - o.taken <= 0)
    return 'full'
  if (!admits(o.audience, kind))
    return 'audience'
  return null
}

const noProfile: ApplyProfile = { kind: null, fullName: null, homeHospitalId: null, homeInstitutionText: null, specialty: null, experienceYears: null, studyYear: null, englishLevel: null, phone: null }

const profileSelect = { kind: true, fullName: true, homeHospitalId: true, homeInstitutionText: true, specialty: true, experienceYears: true, studyYear: true, englishLevel: true, phone: true } as const

/** `timezone` is the programme's zone, whose day decides which documents have expired. */
export function createApplyRepository(db: Db, clock: Clock, timezone = defaultTimezone) {
  const profile = async (userId: number): Promise<ApplyProfile> =>
    (await db.profile.findUnique({ where: { userId }, select: profileSelect })) ?? noProfile

  return {
    profile,

    /**
     * Checks, before any question, whether the person may apply: open, deadline
     * not passed, a seat left, the right audience, not applied already. A draft
     * is returned so it can be resumed.
     */
    async start(userId: number, opportunityId: number, now: Date) {
      const f = await facts(db, userId, opportunityId)
      const p = f.profile ?? noProfile
      const refusal = refusalOf(f, now, p.kind)
      if (refusal)
        return { refusal } as const
      const o = f.opportunity!
      const target: ApplyTarget = { id: o.id, titleUk: o.titleUk, titleEn: o.titleEn, startsOn: day(o.startsOn), endsOn: day(o.endsOn), audience: o.audience, requiredDocuments: o.requiredDocuments }
      return { refusal: null, target, profile: p, answers: f.mine?.answers ?? {} }
    },

    /** The refusal for a person of `kind` (asked during the flow), or null. */
    async recheck(userId: number, opportunityId: number, now: Date, kind: PersonKind | null) {
      return refusalOf(await facts(db, userId, opportunityId), now, kind)
    },

    /** Writes the fields the flow asked for into the person's profile; a value breaking a profile rule throws ValidationError. */
    async patchProfile(userId: number, patch: Partial<ApplyProfile>): Promise<void> {
      assertProfilePatch(patch)
      await db.profile.upsert({ where: { userId }, create: { userId, ...patch } as any, update: patch as any })
    },

    /** Saves the answers so far as a draft application (never touches a submitted one). */
    async saveDraft(userId: number, opportunityId: number, answers: ApplyAnswers): Promise<void> {
      // One statement: made on the first answer, overwritten while it is a draft, a sent one left alone.
      await db.$executeRaw`
        INSERT INTO "Application" ("userId", "opportunityId", "answers", "updatedAt")
        VALUES (${userId}, ${opportunityId}, ${JSON.stringify(answers)}::jsonb, ${clock()})
        ON CONFLICT ("userId", "opportunityId") DO UPDATE SET "answers" = EXCLUDED."answers", "updatedAt" = EXCLUDED."updatedAt"
        WHERE "Application"."status" = 'draft'`
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
     * `final`, when given, are the final answers: saved with the submission.
     */
    async submit(userId: number, opportunityId: number, now: Date, adminTelegramIds: number[], final?: ApplyAnswers) {
      return db.$transaction(async (tx) => {
        const f = await facts(tx, userId, opportunityId, Object.values(final?.documents ?? {}))
        const refusal = refusalOf(f, now, f.profile?.kind ?? null)
        if (refusal)
          throw refusalError(refusal)
        const app = f.mine
        if (!app)
          throw new NotFoundError('Application draft', 'apply-not-found')
        const answers = final ?? app.answers
        const o = f.opportunity!
        const documentIds = Object.values(answers.documents ?? {})
        // The final answers' documents came with the facts; a stored draft's are read now.
        const own = final ? f.documents : documentIds.length ? await tx.document.findMany({ where: { id: { in: documentIds }, userId, replacedAt: null }, select: { id: true, type: true, expiresOn: true } }) : []
        const expired = own.find(d => isExpired(d.expiresOn, todayIn(timezone, now)))
        if (expired)
          throw new StateError('apply-document-expired', `The ${expired.type} document has expired`, { type: expired.type })
        // One statement: the draft becomes submitted (only the version read), its status change and documents are recorded.
        const [{ done }] = await tx.$queryRaw<Array<{ done: number }>>`
          WITH "up" AS (
            UPDATE "Application" SET "status" = 'submitted', "submittedAt" = ${now}, "version" = "version" + 1, "updatedAt" = ${now},
                   "endorsement" = ${o.requiresEndorsement ? 'pending' : null}::"EndorsementStatus", "answers" = ${JSON.stringify(answers)}::jsonb
            WHERE "id" = ${app.id} AND "status" = 'draft' AND "version" = ${app.version}
            RETURNING "id"
          ), "change" AS (
            INSERT INTO "ApplicationStatusChange" ("applicationId", "fromStatus", "toStatus", "actorId", "createdAt")
            SELECT "id", 'draft', 'submitted', ${userId}, ${now} FROM "up"
          ), "linked" AS (
            INSERT INTO "ApplicationDocument" ("applicationId", "documentId")
            SELECT "up"."id", "d" FROM "up", unnest(${own.map(d => d.id)}::int[]) AS "d"
            ON CONFLICT DO NOTHING
          )
          SELECT count(*)::int AS "done" FROM "up"`
        if (done !== 1)
          throw new StateError('apply-applied', 'The application was submitted meanwhile')
        await notifyStaff(tx, {
          hospitalId: o.hostHospitalId,
          aboutUserId: userId,
          adminTelegramIds,
          kind: 'application-submitted',
          template: 'apply-staff-submitted',
          dedupe: `application-submitted:${app.id}`,
          params: locale => ({ applicationId: app.id, title: pick(locale, o, 'title'), name: f.profile?.fullName ?? '' }),
        }, now)
        return { applicationId: app.id }
      })
    },
  }
}

export type ApplyRepository = ReturnType<typeof createApplyRepository>
