// Rows for tests, created directly with Prisma so a test states exactly the
// data its assertions depend on: hospitals, twinnings, internships, people and
// their profiles, coordinator rights, applications and placements. Every
// builder takes overrides. Relative dates are read from the test clock's start
// (1 December 2026); `februaryInternship` holds the literal dates the
// coordinator tests read against that start.
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client.js'
import { testStartMs } from './clock.js'

let seq = 0
const next = () => ++seq
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
  const n = next()
  return prisma.hospital.create({
    data: {
      slug: `h-${n}-${Math.random().toString(36).slice(2, 8)}`,
      kind: 'partner',
      nameUk: `Лікарня ${n}`,
      nameEn: `Hospital ${n}`,
      cityUk: 'Місто',
      cityEn: 'City',
      country: 'PL',
      ...data,
    },
  })
}

export async function createPartnership(prisma: PrismaClient, ukrainianHospitalId: number, partnerHospitalId: number, signed = '2023-06-15') {
  return prisma.partnership.create({ data: { ukrainianHospitalId, partnerHospitalId, memorandumSignedOn: new Date(signed) } })
}

/** An open internship: deadline in 20 days, six weeks away, three seats. */
export async function createOpportunity(prisma: PrismaClient, hostHospitalId: number, data: Partial<Prisma.OpportunityUncheckedCreateInput> = {}) {
  const n = next()
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

/** The coordinator tests' internship: cardiology in February 2027, open until 10 January, two seats. */
export const februaryInternship = {
  descriptionEn: 'Description',
  descriptionUk: 'Опис',
  specialties: ['cardiology'],
  startsOn: new Date('2027-02-01'),
  endsOn: new Date('2027-02-28'),
  applicationDeadline: new Date('2027-01-10T20:59:00Z'),
  seats: 2,
  languageRequirement: null,
} satisfies Partial<Prisma.OpportunityUncheckedCreateInput>

/** A person as the bot would have stored them (English unless told), with an optional profile; an existing one is returned as it is. */
export async function createPerson(prisma: PrismaClient, telegramId: number, options: { locale?: string, firstName?: string, reachable?: boolean, profile?: Partial<Prisma.ProfileUncheckedCreateWithoutUserInput> } = {}) {
  return prisma.user.upsert({
    where: { telegramId: BigInt(telegramId) },
    create: {
      telegramId: BigInt(telegramId),
      firstName: options.firstName ?? `User${telegramId}`,
      locale: options.locale ?? 'en',
      reachable: options.reachable ?? true,
      ...(options.profile ? { profile: { create: options.profile } } : {}),
    },
    update: {},
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

/** A cardiologist's profile for a person already stored. */
export async function createProfile(prisma: PrismaClient, userId: number, data: Partial<Prisma.ProfileUncheckedCreateInput> = {}) {
  return prisma.profile.create({ data: { userId, kind: 'doctor', fullName: `Person ${userId}`, specialty: 'cardiology', ...data } })
}

/** Coordinator rights for one hospital, or for the whole programme with `null`. */
export async function assignCoordinator(prisma: PrismaClient, userId: number, hospitalId: number | null) {
  await prisma.coordinatorAssignment.create({ data: { userId, hospitalId } })
}

/** A submitted application, in November 2026 (each one a minute after the one before). */
export async function createApplication(prisma: PrismaClient, userId: number, opportunityId: number, data: Partial<Prisma.ApplicationUncheckedCreateInput> = {}) {
  const n = next()
  return prisma.application.create({
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

/** A confirmed application with its placement, the way acceptOffer leaves them. */
export async function createPlacement(prisma: PrismaClient, userId: number, options: { start?: number, end?: number, titleEn?: string, titleUk?: string, status?: 'upcoming' | 'cancelled' } = {}) {
  const hospital = await createHospital(prisma, { nameEn: 'Charité <Berlin>', nameUk: 'Шаріте', cityEn: 'Berlin', cityUk: 'Берлін', country: 'DE' })
  const startsOn = utcDay(options.start ?? 30)
  const endsOn = utcDay(options.end ?? 43)
  const opp = await createOpportunity(prisma, hospital.id, { startsOn, endsOn, ...(options.titleEn ? { titleEn: options.titleEn } : {}), ...(options.titleUk ? { titleUk: options.titleUk } : {}) })
  const app = await prisma.application.create({ data: { userId, opportunityId: opp.id, status: 'confirmed' } })
  return prisma.placement.create({ data: { applicationId: app.id, userId, startsOn, endsOn, status: options.status ?? 'upcoming' } })
}

/** An open joint event at a hospital: a seminar in ten days at 10:00 UTC, two seats, on site. */
export async function createEvent(prisma: PrismaClient, hospitalId: number, data: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  const n = next()
  return prisma.event.create({
    data: {
      hospitalId,
      kind: 'seminar',
      titleUk: `Семінар ${n}`,
      titleEn: `Seminar ${n}`,
      descriptionUk: 'Опис семінару.',
      descriptionEn: 'About the seminar.',
      startsAt: new Date(utcDay(10).getTime() + 10 * 3_600_000),
      place: 'Lutsk, Hall 2',
      language: 'uk-en',
      seats: 2,
      status: 'open',
      publishedAt: daysFromNow(-1),
      ...data,
    },
  })
}

/** An open need of a Ukrainian hospital: a trauma surgeon, from 30 to 60 days from now. */
export async function createNeed(prisma: PrismaClient, hospitalId: number, data: Partial<Prisma.NeedUncheckedCreateInput> = {}) {
  return prisma.need.create({
    data: {
      hospitalId,
      specialty: 'traumatology',
      departmentUk: 'Травматологія',
      departmentEn: 'Trauma surgery',
      startsOn: utcDay(30),
      endsOn: utcDay(60),
      wardLanguages: ['uk', 'en'],
      accommodation: true,
      translator: true,
      securityNotesUk: 'Укриття в підвалі.',
      securityNotesEn: 'Shelter in the basement.',
      status: 'open',
      ...data,
    },
  })
}

/** A registered foreign volunteer (a German trauma surgeon), with a licence and a CV in the document store. */
export async function createVolunteer(prisma: PrismaClient, telegramId: number, options: { locale?: string, profile?: Partial<Prisma.VolunteerProfileUncheckedCreateInput> } = {}) {
  const user = await createPerson(prisma, telegramId, { locale: options.locale ?? 'en', firstName: 'Anna' })
  const licence = await prisma.document.create({ data: { userId: user.id, type: 'licence', fileId: `lic-${telegramId}`, fileUniqueId: `lu-${telegramId}`, mimeType: 'application/pdf', fileName: 'licence.pdf', expiresOn: utcDay(700) } })
  const cv = await prisma.document.create({ data: { userId: user.id, type: 'cv', fileId: `cv-${telegramId}`, fileUniqueId: `cu-${telegramId}`, mimeType: 'application/pdf', fileName: 'cv.pdf' } })
  await prisma.volunteerProfile.create({
    data: { userId: user.id, profession: 'doctor', specialty: 'traumatology', licenceCountry: 'DE', licenceNumber: 'AEK-12345', licenceIssuer: 'Ärztekammer Berlin', experienceYears: 12, languages: ['en', 'de'], availableFrom: utcDay(20), availableTo: utcDay(120), licenceDocumentId: licence.id, cvDocumentId: cv.id, ...options.profile },
  })
  return user
}

/** Makes `mentorUserId` the mentor of a placement hosted at `hospitalId` (of a trainee created here): a specialist of that hospital. */
export async function mentorAt(prisma: PrismaClient, mentorUserId: number, hospitalId: number) {
  const n = next()
  const trainee = await prisma.user.create({ data: { telegramId: BigInt(7_000_000 + n), firstName: `Trainee${n}`, locale: 'uk' } })
  const opp = await createOpportunity(prisma, hospitalId, { startsOn: utcDay(-5), endsOn: utcDay(20) })
  const app = await prisma.application.create({ data: { userId: trainee.id, opportunityId: opp.id, status: 'confirmed' } })
  return prisma.placement.create({ data: { applicationId: app.id, userId: trainee.id, startsOn: utcDay(-5), endsOn: utcDay(20), status: 'active', mentorUserId } })
}

/** Twin hospitals for consultations: Kyiv City Hospital No. 1 and its twin Toronto General, and St Thomas' (London) twinned with Lviv. */
export async function createConsultTwins(prisma: PrismaClient) {
  const kyiv = await createHospital(prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Kyiv City Hospital No. 1', nameUk: 'Київська міська лікарня № 1', cityEn: 'Kyiv', cityUk: 'Київ' })
  const toronto = await createHospital(prisma, { kind: 'partner', country: 'CA', nameEn: 'Toronto General', nameUk: 'Торонтська загальна лікарня', cityEn: 'Toronto', cityUk: 'Торонто' })
  const lviv = await createHospital(prisma, { kind: 'ukrainian', country: 'UA', nameEn: 'Lviv Regional Hospital', nameUk: 'Львівська обласна лікарня', cityEn: 'Lviv', cityUk: 'Львів' })
  const london = await createHospital(prisma, { kind: 'partner', country: 'GB', nameEn: 'St Thomas\' Hospital', nameUk: 'Лікарня Святого Томаса', cityEn: 'London', cityUk: 'Лондон' })
  await createPartnership(prisma, kyiv.id, toronto.id)
  await createPartnership(prisma, lviv.id, london.id)
  return { kyiv, toronto, lviv, london }
}
