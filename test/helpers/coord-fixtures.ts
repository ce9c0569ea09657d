// Records for coordinator tests, created directly with Prisma so a test states
// exactly the data its assertions depend on. Their dates are literal, and read
// against the test clock's fixed start (1 December 2026): the internship is open
// until January, the application was submitted in November.
import type { PrismaClient } from '../../src/generated/prisma/client.js'

let seq = 0
const next = () => ++seq

export async function makeUser(db: PrismaClient, telegramId: number, options: { locale?: string, firstName?: string, reachable?: boolean } = {}) {
  return db.user.upsert({
    where: { telegramId: BigInt(telegramId) },
    create: { telegramId: BigInt(telegramId), locale: options.locale ?? 'en', firstName: options.firstName ?? `User${telegramId}`, reachable: options.reachable ?? true },
    update: {},
  })
}

export async function makeHospital(db: PrismaClient, options: { kind?: 'ukrainian' | 'partner', country?: string, nameEn?: string, nameUk?: string } = {}) {
  const n = next()
  return db.hospital.create({
    data: {
      slug: `h-${n}-${Math.random().toString(36).slice(2, 8)}`,
      kind: options.kind ?? 'partner',
      nameEn: options.nameEn ?? `Hospital ${n}`,
      nameUk: options.nameUk ?? `Лікарня ${n}`,
      cityEn: 'City',
      cityUk: 'Місто',
      country: options.country ?? 'PL',
    },
  })
}

export async function assign(db: PrismaClient, userId: number, hospitalId: number | null) {
  await db.coordinatorAssignment.create({ data: { userId, hospitalId } })
}

export async function makeOpportunity(db: PrismaClient, hostHospitalId: number, data: Record<string, unknown> = {}) {
  const n = next()
  return db.opportunity.create({
    data: {
      hostHospitalId,
      titleEn: `Internship ${n}`,
      titleUk: `Стажування ${n}`,
      descriptionEn: 'Description',
      descriptionUk: 'Опис',
      specialties: ['cardiology'],
      startsOn: new Date('2027-02-01'),
      endsOn: new Date('2027-02-28'),
      applicationDeadline: new Date('2027-01-10T20:59:00Z'),
      seats: 2,
      status: 'open',
      ...data,
    },
  })
}

export async function makeProfile(db: PrismaClient, userId: number, data: Record<string, unknown> = {}) {
  return db.profile.create({ data: { userId, kind: 'doctor', fullName: `Person ${userId}`, specialty: 'cardiology', ...data } })
}

export async function makeApplication(db: PrismaClient, userId: number, opportunityId: number, data: Record<string, unknown> = {}) {
  const n = next()
  return db.application.create({
    data: {
      userId,
      opportunityId,
      status: 'submitted',
      submittedAt: new Date(Date.UTC(2026, 10, 1, 0, n)),
      answers: { motivation: 'I want to learn' },
      ...data,
    },
  })
}
