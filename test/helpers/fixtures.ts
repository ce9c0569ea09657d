// Rows for tests, created directly with Prisma: hospitals, twinnings,
// opportunities and people with profiles. Every builder takes overrides.
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client.js'
import { testStartMs } from './clock.js'

let seq = 0
const DAY = 86_400_000

/** `days` after `now` (ms; the test clock's start unless a test moved its clock). */
export function daysFromNow(days: number, now = testStartMs) {
  return new Date(now + days * DAY)
}

/** The UTC day `days` after `now`, as a @db.Date value. */
export function utcDay(days: number, now = testStartMs) {
  const d = new Date(now + days * DAY)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
}

export async function createHospital(prisma: PrismaClient, data: Partial<Prisma.HospitalUncheckedCreateInput> = {}) {
  const n = ++seq
  return prisma.hospital.create({
    data: {
      slug: `h-${n}-${Math.random().toString(36).slice(2, 8)}`,
      kind: 'partner',
      nameUk: `Лікарня ${n}`,
      nameEn: `Hospital ${n}`,
      cityUk: 'Місто',
      cityEn: 'City',
      country: 'FR',
      ...data,
    },
  })
}

export async function createPartnership(prisma: PrismaClient, ukrainianHospitalId: number, partnerHospitalId: number, signed = '2023-06-15') {
  return prisma.partnership.create({ data: { ukrainianHospitalId, partnerHospitalId, memorandumSignedOn: new Date(signed) } })
}

export async function createOpportunity(prisma: PrismaClient, hostHospitalId: number, data: Partial<Prisma.OpportunityUncheckedCreateInput> = {}) {
  const n = ++seq
  return prisma.opportunity.create({
    data: {
      hostHospitalId,
      titleUk: `Стажування ${n}`,
      titleEn: `Internship ${n}`,
      descriptionUk: 'Опис стажування.',
      descriptionEn: 'About the internship.',
      specialties: ['oncology'],
      audience: 'both',
      format: 'on_site',
      startsOn: utcDay(40),
      endsOn: utcDay(53),
      applicationDeadline: daysFromNow(20),
      seats: 3,
      languageRequirement: 'English B2',
      requiredDocuments: [],
      status: 'open',
      ...data,
    },
  })
}

/** A person as the bot would have stored them, with an optional profile. */
export async function createPerson(prisma: PrismaClient, telegramId: number, locale: 'uk' | 'en', profile?: Partial<Prisma.ProfileUncheckedCreateWithoutUserInput>) {
  return prisma.user.create({
    data: {
      telegramId: BigInt(telegramId),
      firstName: `User${telegramId}`,
      locale,
      ...(profile ? { profile: { create: profile } } : {}),
    },
  })
}

/** A complete doctor's profile: the apply flow asks nothing about the person. */
export const doctorProfile = {
  kind: 'doctor' as const,
  fullName: 'Olena Kovalenko',
  homeInstitutionText: 'Kyiv City Hospital 1',
  specialty: 'oncology',
  experienceYears: 5,
  englishLevel: 'B2' as const,
}
