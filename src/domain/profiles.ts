// Who a person is professionally. Every field may stay empty until they apply;
// `missingForApplication` says what an application still needs.
import type { Db, Tx } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import { ValidationError } from './errors.js'

export const personKinds = ['doctor', 'healthcare_worker', 'student'] as const
export type PersonKind = typeof personKinds[number]
export const englishLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const
export type EnglishLevel = typeof englishLevels[number]
export const fullNameMax = 200
export const institutionMax = 200
export const experienceMax = 60
export const studyYearMax = 6

export interface ProfileRecord {
  kind: PersonKind | null
  fullName: string | null
  homeHospitalId: number | null
  homeHospital: { nameUk: string, nameEn: string } | null
  homeInstitutionText: string | null
  specialty: string | null
  experienceYears: number | null
  studyYear: number | null
  englishLevel: EnglishLevel | null
  onboardedAt: string | null
}

export type ProfilePatch = Partial<Pick<ProfileRecord, 'kind' | 'fullName' | 'homeHospitalId' | 'homeInstitutionText' | 'specialty' | 'experienceYears' | 'studyYear' | 'englishLevel'>>

/** Why a profile change is refused: which field, which rule, and the limits for the message. */
export interface ProfileProblem {
  field: keyof ProfilePatch
  code: 'profile-too-long' | 'profile-out-of-range' | 'profile-unknown-value'
  params: Record<string, number>
}

const textLimits = { fullName: fullNameMax, homeInstitutionText: institutionMax } as const
const numberRanges = { experienceYears: [0, experienceMax], studyYear: [1, studyYearMax] } as const
const choices = { kind: personKinds, englishLevel: englishLevels } as const

/**
 * The one check of profile values, whoever asks them: names and institutions
 * up to their length limits, experience 0–60 years, study year 1–6, a known
 * kind and English level. Null clears a field and is always allowed. Returns
 * null, or the first problem found.
 */
export function checkProfilePatch(patch: Partial<Record<keyof ProfilePatch, unknown>>): ProfileProblem | null {
  for (const [field, max] of Object.entries(textLimits) as Array<[keyof typeof textLimits, number]>) {
    const value = patch[field]
    if (value != null && (typeof value !== 'string' || value.length > max))
      return { field, code: 'profile-too-long', params: { max } }
  }
  for (const [field, [min, max]] of Object.entries(numberRanges) as Array<[keyof typeof numberRanges, readonly [number, number]]>) {
    const value = patch[field]
    if (value != null && (!Number.isInteger(value) || (value as number) < min || (value as number) > max))
      return { field, code: 'profile-out-of-range', params: { min, max } }
  }
  for (const [field, allowed] of Object.entries(choices) as Array<[keyof typeof choices, readonly string[]]>) {
    const value = patch[field]
    if (value != null && !allowed.includes(value as string))
      return { field, code: 'profile-unknown-value', params: {} }
  }
  return null
}

/** Throws ValidationError when `checkProfilePatch` finds a problem. */
export function assertProfilePatch(patch: Partial<Record<keyof ProfilePatch, unknown>>): void {
  const problem = checkProfilePatch(patch)
  if (problem)
    throw new ValidationError(problem.code, problem.field, `The profile field ${problem.field} breaks a rule (${problem.code})`, problem.params)
}

export type MissingField = 'kind' | 'fullName' | 'homeInstitution' | 'specialty' | 'experience' | 'englishLevel'

export interface InstitutionOption { id: number, nameUk: string, nameEn: string, cityUk: string, cityEn: string }

const select = {
  kind: true,
  fullName: true,
  homeHospitalId: true,
  homeInstitutionText: true,
  specialty: true,
  experienceYears: true,
  studyYear: true,
  englishLevel: true,
  onboardedAt: true,
  homeHospital: { select: { nameUk: true, nameEn: true } },
} as const

/**
 * What an application still needs from a profile: who they are, their name,
 * home institution, specialty (not for students), experience or year of study,
 * and English level. An absent profile misses everything.
 */
export function missingForApplication(profile: ProfileRecord | null): MissingField[] {
  const p = profile
  const missing: MissingField[] = []
  if (!p?.kind)
    missing.push('kind')
  if (!p?.fullName)
    missing.push('fullName')
  if (!p?.homeHospitalId && !p?.homeInstitutionText)
    missing.push('homeInstitution')
  if (p?.kind !== 'student' && !p?.specialty)
    missing.push('specialty')
  if (p?.kind === 'student' ? p.studyYear == null : p?.experienceYears == null)
    missing.push('experience')
  if (!p?.englishLevel)
    missing.push('englishLevel')
  return missing
}

export function createProfileRepository(db: Db, clock: Clock) {
  return {
    /** The person's profile as a plain object, or null when they have none. */
    async get(userId: number, tx: Tx = db): Promise<ProfileRecord | null> {
      const row = await tx.profile.findUnique({ where: { userId }, select })
      return row && { ...row, onboardedAt: row.onboardedAt?.toISOString() ?? null }
    },

    /**
     * Changes some fields, creating the profile if needed. Choosing a hospital
     * clears a typed institution and the other way round; changing the kind
     * clears the experience field that no longer applies. A value that breaks
     * a profile rule throws ValidationError (see `checkProfilePatch`).
     */
    async update(userId: number, patch: ProfilePatch, tx: Tx = db): Promise<ProfileRecord> {
      assertProfilePatch(patch)
      const data: ProfilePatch = { ...patch }
      if (patch.homeHospitalId)
        data.homeInstitutionText = null
      if (patch.homeInstitutionText)
        data.homeHospitalId = null
      if (patch.kind === 'student')
        data.experienceYears = null
      else if (patch.kind)
        data.studyYear = null
      // Scalars only: Prisma then upserts in one statement (INSERT … ON CONFLICT); the hospital's name after, when there is one.
      const { homeHospital: _, ...scalars } = select
      const row = await tx.profile.upsert({ where: { userId }, create: { userId, ...data }, update: data, select: scalars })
      const homeHospital = row.homeHospitalId ? await tx.hospital.findUnique({ where: { id: row.homeHospitalId }, select: select.homeHospital.select }) : null
      return { ...row, homeHospital, onboardedAt: row.onboardedAt?.toISOString() ?? null }
    },

    /** Marks onboarding as done, so /start no longer asks the questions. */
    async markOnboarded(userId: number, now = clock()): Promise<void> {
      await db.profile.upsert({ where: { userId }, create: { userId, onboardedAt: now }, update: { onboardedAt: now } })
    },

    /** Who the person is (doctor, student…), or null when they have not said. */
    async kind(userId: number): Promise<PersonKind | null> {
      return (await db.profile.findUnique({ where: { userId }, select: { kind: true } }))?.kind ?? null
    },

    /** Whether /start should run onboarding: no profile, or one never completed. */
    async needsOnboarding(userId: number): Promise<boolean> {
      const row = await db.profile.findUnique({ where: { userId }, select: { onboardedAt: true } })
      return !row?.onboardedAt
    },

    /** Ukrainian hospitals and universities to choose a home institution from, by English name. */
    async institutions(): Promise<InstitutionOption[]> {
      return db.hospital.findMany({ where: { kind: 'ukrainian' }, orderBy: { nameEn: 'asc' }, select: { id: true, nameUk: true, nameEn: true, cityUk: true, cityEn: true } })
    },

    /** Whether an id is a Ukrainian institution a person may choose as home. */
    async isInstitution(id: number): Promise<boolean> {
      return (await db.hospital.count({ where: { id, kind: 'ukrainian' } })) > 0
    },
  }
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>
