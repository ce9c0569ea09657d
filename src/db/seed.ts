// Seed data: the International Medical Partnership's hospitals, twinnings and
// open opportunities, in Ukrainian and English. Idempotent: rows are matched by
// slug (hospitals, opportunities) or by their pair of hospitals (partnerships)
// and only missing rows are created; existing rows are never updated, so a
// coordinator's edits and the original dates survive a re-run. Opportunity
// dates are relative to `now`; memorandum dates are illustrative, and the
// National Cancer Institute – Gustave Roussy twinning is a demo.
import type { Audience, DocumentType, HospitalKind, OpportunityFormat, OpportunityKind, PrismaClient } from '../generated/prisma/client.js'
import { isCountry } from '../domain/countries.js'
import { isSpecialty } from '../domain/specialties.js'
import { defaultTimezone, zonedTime } from '../time/zones.js'

export interface SeedHospital {
  slug: string
  kind: HospitalKind
  isUniversity: boolean
  nameUk: string
  nameEn: string
  cityUk: string
  cityEn: string
  country: string
  regionUk: string | null
  regionEn: string | null
}

export interface SeedPartnership {
  ukrainian: string
  partner: string
  /** YYYY-MM-DD */
  memorandumSignedOn: string
}

export interface SeedOpportunity {
  slug: string
  host: string
  kind: OpportunityKind
  titleUk: string
  titleEn: string
  descriptionUk: string
  descriptionEn: string
  specialties: string[]
  audience: Audience
  format: OpportunityFormat
  /** The application deadline is this many days after `now`, at 23:59 in Kyiv. */
  deadlineInDays: number
  /** The first day is this many days after the deadline's day. */
  startsAfterDeadlineDays: number
  /** Length in days, first and last day included. */
  durationDays: number
  seats: number
  languageRequirement: string
  requiredDocuments: DocumentType[]
  requiresEndorsement: boolean
}

export const seedHospitals: SeedHospital[] = [
  // Ukrainian hospitals and universities
  {
    slug: 'kharkiv-nmu',
    kind: 'ukrainian',
    isUniversity: true,
    nameUk: 'Харківський національний медичний університет',
    nameEn: 'Kharkiv National Medical University',
    cityUk: 'Харків',
    cityEn: 'Kharkiv',
    country: 'UA',
    regionUk: 'Харківська область',
    regionEn: 'Kharkiv Oblast',
  },
  {
    slug: 'kryvyi-rih-cch-2',
    kind: 'ukrainian',
    isUniversity: false,
    nameUk: 'Криворізька міська клінічна лікарня № 2',
    nameEn: 'Kryvyi Rih City Clinical Hospital No. 2',
    cityUk: 'Кривий Ріг',
    cityEn: 'Kryvyi Rih',
    country: 'UA',
    regionUk: 'Дніпропетровська область',
    regionEn: 'Dnipropetrovsk Oblast',
  },
  {
    slug: 'national-cancer-institute',
    kind: 'ukrainian',
    isUniversity: false,
    nameUk: 'Національний інститут раку',
    nameEn: 'National Cancer Institute',
    cityUk: 'Київ',
    cityEn: 'Kyiv',
    country: 'UA',
    regionUk: 'місто Київ',
    regionEn: 'Kyiv City',
  },
  {
    slug: 'mykolaiv-rch',
    kind: 'ukrainian',
    isUniversity: false,
    nameUk: 'Миколаївська обласна клінічна лікарня',
    nameEn: 'Mykolaiv Regional Clinical Hospital',
    cityUk: 'Миколаїв',
    cityEn: 'Mykolaiv',
    country: 'UA',
    regionUk: 'Миколаївська область',
    regionEn: 'Mykolaiv Oblast',
  },
  {
    slug: 'volyn-rch',
    kind: 'ukrainian',
    isUniversity: false,
    nameUk: 'Волинська обласна клінічна лікарня',
    nameEn: 'Volyn Regional Clinical Hospital',
    cityUk: 'Луцьк',
    cityEn: 'Lutsk',
    country: 'UA',
    regionUk: 'Волинська область',
    regionEn: 'Volyn Oblast',
  },
  {
    slug: 'bogomolets-nmu',
    kind: 'ukrainian',
    isUniversity: true,
    nameUk: 'Національний медичний університет імені О. О. Богомольця',
    nameEn: 'Bogomolets National Medical University',
    cityUk: 'Київ',
    cityEn: 'Kyiv',
    country: 'UA',
    regionUk: 'місто Київ',
    regionEn: 'Kyiv City',
  },
  {
    slug: 'lviv-nmu',
    kind: 'ukrainian',
    isUniversity: true,
    nameUk: 'Львівський національний медичний університет імені Данила Галицького',
    nameEn: 'Danylo Halytsky Lviv National Medical University',
    cityUk: 'Львів',
    cityEn: 'Lviv',
    country: 'UA',
    regionUk: 'Львівська область',
    regionEn: 'Lviv Oblast',
  },
  // Partner hospitals abroad
  {
    slug: 'addenbrookes',
    kind: 'partner',
    isUniversity: false,
    nameUk: 'Лікарня Адденбрукс',
    nameEn: 'Addenbrooke\'s Hospital',
    cityUk: 'Кембридж',
    cityEn: 'Cambridge',
    country: 'GB',
    regionUk: null,
    regionEn: null,
  },
  {
    slug: 'karolinska',
    kind: 'partner',
    isUniversity: false,
    nameUk: 'Каролінська університетська лікарня',
    nameEn: 'Karolinska University Hospital',
    cityUk: 'Стокгольм',
    cityEn: 'Stockholm',
    country: 'SE',
    regionUk: null,
    regionEn: null,
  },
  {
    slug: 'gustave-roussy',
    kind: 'partner',
    isUniversity: false,
    nameUk: 'Інститут Гюстава Руссі',
    nameEn: 'Gustave Roussy',
    cityUk: 'Вільжюїф',
    cityEn: 'Villejuif',
    country: 'FR',
    regionUk: null,
    regionEn: null,
  },
  {
    slug: 'saint-louis',
    kind: 'partner',
    isUniversity: false,
    nameUk: 'Лікарня Сен-Луї',
    nameEn: 'Saint-Louis Hospital (Hôpital Saint-Louis)',
    cityUk: 'Париж',
    cityEn: 'Paris',
    country: 'FR',
    regionUk: null,
    regionEn: null,
  },
  {
    slug: 'la-timone',
    kind: 'partner',
    isUniversity: false,
    nameUk: 'Лікарня Ла Тімон',
    nameEn: 'La Timone Hospital (Hôpital de la Timone)',
    cityUk: 'Марсель',
    cityEn: 'Marseille',
    country: 'FR',
    regionUk: null,
    regionEn: null,
  },
  {
    slug: 'santaros-klinikos',
    kind: 'partner',
    isUniversity: false,
    nameUk: 'Лікарня Вільнюського університету «Сантарос клінікос»',
    nameEn: 'Vilnius University Hospital Santaros Klinikos',
    cityUk: 'Вільнюс',
    cityEn: 'Vilnius',
    country: 'LT',
    regionUk: null,
    regionEn: null,
  },
  {
    slug: 'uh-sussex',
    kind: 'partner',
    isUniversity: false,
    nameUk: 'Університетські лікарні Сассексу',
    nameEn: 'University Hospitals Sussex',
    cityUk: 'Брайтон',
    cityEn: 'Brighton',
    country: 'GB',
    regionUk: null,
    regionEn: null,
  },
]

export const seedPartnerships: SeedPartnership[] = [
  { ukrainian: 'kharkiv-nmu', partner: 'addenbrookes', memorandumSignedOn: '2023-06-15' },
  { ukrainian: 'kryvyi-rih-cch-2', partner: 'karolinska', memorandumSignedOn: '2023-09-20' },
  { ukrainian: 'national-cancer-institute', partner: 'gustave-roussy', memorandumSignedOn: '2023-11-08' },
  { ukrainian: 'mykolaiv-rch', partner: 'santaros-klinikos', memorandumSignedOn: '2024-02-14' },
  { ukrainian: 'volyn-rch', partner: 'uh-sussex', memorandumSignedOn: '2023-07-12' },
]

export const seedOpportunities: SeedOpportunity[] = [
  {
    slug: 'addenbrookes-student-placement',
    host: 'addenbrookes',
    kind: 'clinical_placement',
    titleUk: 'Клінічна практика для студентів у лікарні Адденбрукс (Кембридж)',
    titleEn: 'Clinical placement for students at Addenbrooke\'s Hospital, Cambridge',
    descriptionUk: 'Семитижнева клінічна практика в лікарні Адденбрукс у Кембриджі для студентів двох останніх курсів Харківського національного медичного університету. Студенти беруть участь в обходах, амбулаторних прийомах і роботі операційних під керівництвом лікарів-консультантів, а також у навчальних заняттях разом зі студентами-медиками Кембриджа. Для заявки потрібні резюме, сертифікат з англійської мови (рівень не нижче B2) і погодження університету.',
    descriptionEn: 'A 7-week clinical placement at Addenbrooke\'s Hospital in Cambridge for students of Kharkiv National Medical University in their final two years. Students join ward rounds, clinics and theatre sessions under the supervision of consultants and take part in teaching alongside Cambridge medical students. Applications need a CV, an English certificate (B2 or higher) and the endorsement of the university.',
    specialties: ['internal-medicine', 'general-surgery'],
    audience: 'students',
    format: 'on_site',
    deadlineInDays: 30,
    startsAfterDeadlineDays: 21,
    durationDays: 7 * 7,
    seats: 6,
    languageRequirement: 'English B2',
    requiredDocuments: ['cv', 'language_certificate'],
    requiresEndorsement: true,
  },
  {
    slug: 'karolinska-skull-base-visit',
    host: 'karolinska',
    kind: 'experience_exchange',
    titleUk: 'Візит до Каролінської університетської лікарні: ринологія, анестезіологія, нейрохірургія, хірургія основи черепа',
    titleEn: 'Visit to Karolinska University Hospital: rhinology, anaesthesiology, neurosurgery and skull-base surgery',
    descriptionUk: 'Десятиденний професійний візит до Каролінської університетської лікарні у Стокгольмі для лікарів Криворізької міської клінічної лікарні № 2. Програма охоплює ринологію, анестезіологію, нейрохірургію та хірургію основи черепа: учасники спостерігають за операціями, долучаються до мультидисциплінарних нарад і розбирають клінічні випадки зі шведськими колегами. Потрібні резюме, чинний сертифікат лікаря-спеціаліста, сертифікат з англійської мови (B2) і погодження лікарні.',
    descriptionEn: 'A 10-day professional visit to Karolinska University Hospital in Stockholm for doctors of Kryvyi Rih City Clinical Hospital No. 2. The programme covers rhinology, anaesthesiology, neurosurgery and skull-base surgery: participants observe operations, join multidisciplinary meetings and discuss cases with Swedish colleagues. Applicants need a CV, a valid medical licence, an English certificate (B2) and the endorsement of their hospital.',
    specialties: ['otorhinolaryngology', 'anaesthesiology', 'neurosurgery', 'skull-base-surgery'],
    audience: 'doctors',
    format: 'on_site',
    deadlineInDays: 21,
    startsAfterDeadlineDays: 14,
    durationDays: 10,
    seats: 4,
    languageRequirement: 'English B2',
    requiredDocuments: ['cv', 'licence', 'language_certificate'],
    requiresEndorsement: true,
  },
  {
    slug: 'gustave-roussy-oncology',
    host: 'gustave-roussy',
    kind: 'internship',
    titleUk: 'Стажування з онкології в Інституті Гюстава Руссі (Вільжюїф)',
    titleEn: 'Oncology internship at Gustave Roussy, Villejuif',
    descriptionUk: 'Чотиритижневе стажування з онкології в Інституті Гюстава Руссі — одному з провідних онкологічних центрів Європи — у Вільжюїфі поблизу Парижа. Стажисти працюють у вибраному відділенні (медична онкологія, хірургічна онкологія або променева терапія), відвідують мультидисциплінарні онкологічні консиліуми та амбулаторні прийоми. Робочі мови — французька й англійська: потрібен рівень англійської B2 або французької B1.',
    descriptionEn: 'A 4-week oncology internship at Gustave Roussy, one of Europe\'s leading cancer centres, in Villejuif near Paris. Interns follow a department of their choice (medical oncology, surgical oncology or radiotherapy) and attend multidisciplinary tumour boards and outpatient clinics. The working languages are French and English: English B2 or French B1 is required.',
    specialties: ['oncology'],
    audience: 'doctors',
    format: 'on_site',
    deadlineInDays: 45,
    startsAfterDeadlineDays: 21,
    durationDays: 4 * 7,
    seats: 3,
    languageRequirement: 'English B2 or French B1',
    requiredDocuments: ['cv', 'licence', 'language_certificate'],
    requiresEndorsement: false,
  },
  {
    slug: 'saint-louis-oncology',
    host: 'saint-louis',
    kind: 'internship',
    titleUk: 'Стажування з онкології в лікарні Сен-Луї (Париж)',
    titleEn: 'Oncology internship at Saint-Louis Hospital, Paris',
    descriptionUk: 'Тритижневе стажування з онкології в лікарні Сен-Луї (Hôpital Saint-Louis, AP-HP) у Парижі, відомій своїми відділеннями гематології, онкогематології та дерматоонкології. Стажисти беруть участь в обходах, роботі денного стаціонару та мультидисциплінарних нарадах. Потрібен рівень французької B1 або англійської B2.',
    descriptionEn: 'A 3-week oncology internship at Saint-Louis Hospital (Hôpital Saint-Louis, AP-HP) in Paris, known for haematology, haemato-oncology and dermato-oncology. Interns join ward rounds, day-hospital sessions and multidisciplinary meetings. French B1 or English B2 is required.',
    specialties: ['oncology'],
    audience: 'doctors',
    format: 'on_site',
    deadlineInDays: 50,
    startsAfterDeadlineDays: 21,
    durationDays: 3 * 7,
    seats: 2,
    languageRequirement: 'French B1 or English B2',
    requiredDocuments: ['cv', 'licence', 'language_certificate'],
    requiresEndorsement: false,
  },
  {
    slug: 'la-timone-oncology',
    host: 'la-timone',
    kind: 'internship',
    titleUk: 'Стажування з онкології в лікарні Ла Тімон (Марсель)',
    titleEn: 'Oncology internship at La Timone Hospital, Marseille',
    descriptionUk: 'Тритижневе стажування з онкології в лікарні Ла Тімон (AP-HM) у Марселі — одній з найбільших лікарень Франції. Стажисти працюють разом із командами онкології дорослих і дитячої онкології, відвідують онкологічні консиліуми та амбулаторні прийоми. Потрібен рівень французької B1 або англійської B2.',
    descriptionEn: 'A 3-week oncology internship at La Timone Hospital (AP-HM) in Marseille, one of the largest hospitals in France. Interns work with the adult and paediatric oncology teams and attend tumour boards and outpatient clinics. French B1 or English B2 is required.',
    specialties: ['oncology'],
    audience: 'doctors',
    format: 'on_site',
    deadlineInDays: 60,
    startsAfterDeadlineDays: 14,
    durationDays: 3 * 7,
    seats: 2,
    languageRequirement: 'French B1 or English B2',
    requiredDocuments: ['cv', 'licence', 'language_certificate'],
    requiresEndorsement: false,
  },
  {
    slug: 'santaros-neuro-vascular',
    host: 'santaros-klinikos',
    kind: 'internship',
    titleUk: 'Стажування з нейрохірургії, судинної хірургії та анестезіології в «Сантарос клінікос» (Вільнюс)',
    titleEn: 'Neurosurgery, vascular surgery and anaesthesiology internship at Santaros Klinikos, Vilnius',
    descriptionUk: 'Двотижневе стажування в Лікарні Вільнюського університету «Сантарос клінікос» для лікарів Миколаївської обласної клінічної лікарні. Нейрохірурги, судинні хірурги та анестезіологи працюють в операційних бригадах, беруть участь в обходах і роботі відділення інтенсивної терапії разом із литовськими колегами. Потрібен рівень англійської не нижче B1; знання литовської мови не потрібне.',
    descriptionEn: 'A 2-week internship at Vilnius University Hospital Santaros Klinikos for doctors of Mykolaiv Regional Clinical Hospital. Neurosurgeons, vascular surgeons and anaesthesiologists join the operating teams, ward rounds and intensive care of their Lithuanian colleagues. English B1 is required; Lithuanian is not.',
    specialties: ['neurosurgery', 'vascular-surgery', 'anaesthesiology'],
    audience: 'doctors',
    format: 'on_site',
    deadlineInDays: 35,
    startsAfterDeadlineDays: 14,
    durationDays: 2 * 7,
    seats: 5,
    languageRequirement: 'English B1',
    requiredDocuments: ['cv', 'licence', 'language_certificate'],
    requiresEndorsement: false,
  },
  {
    slug: 'sussex-laparoscopy',
    host: 'uh-sussex',
    kind: 'training',
    titleUk: 'Тренінг з лапароскопічної хірургії в Університетських лікарнях Сассексу (Брайтон)',
    titleEn: 'Laparoscopic surgery training at University Hospitals Sussex, Brighton',
    descriptionUk: 'П’ятиденний практичний тренінг з лапароскопії в Брайтоні для хірургів Волинської обласної клінічної лікарні. Курс поєднує заняття на симуляторах і спостереження за лапароскопічними операціями разом із хірургами Університетських лікарень Сассексу. Потрібен рівень англійської B2.',
    descriptionEn: 'A 5-day hands-on laparoscopic training in Brighton for surgeons of Volyn Regional Clinical Hospital. The course combines simulator sessions with observing laparoscopic operations alongside surgeons of University Hospitals Sussex. English B2 is required.',
    specialties: ['laparoscopy'],
    audience: 'doctors',
    format: 'on_site',
    deadlineInDays: 28,
    startsAfterDeadlineDays: 14,
    durationDays: 5,
    seats: 8,
    languageRequirement: 'English B2',
    requiredDocuments: ['cv', 'licence', 'language_certificate'],
    requiresEndorsement: false,
  },
]

export interface SeedCount {
  created: number
  existing: number
}

export interface SeedResult {
  hospitals: SeedCount
  partnerships: SeedCount
  opportunities: SeedCount
}

const DAY = 24 * 60 * 60 * 1000

/** Midnight UTC of `date`'s UTC day plus `days`: the value of a @db.Date column. */
function utcDay(date: Date, days = 0): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) + days * DAY)
}

/** The dates of a seed opportunity published at `now`. */
export function opportunityDates(o: SeedOpportunity, now: Date) {
  const deadlineDay = utcDay(now, o.deadlineInDays)
  const applicationDeadline = zonedTime(defaultTimezone, deadlineDay.getUTCFullYear(), deadlineDay.getUTCMonth() + 1, deadlineDay.getUTCDate(), 23, 59)
  const startsOn = utcDay(deadlineDay, o.startsAfterDeadlineDays)
  const endsOn = utcDay(startsOn, o.durationDays - 1)
  return { applicationDeadline, startsOn, endsOn }
}

/** Throws when the seed data refers to unknown codes or hospitals. */
export function validateSeedData(): void {
  const kinds = new Map(seedHospitals.map(h => [h.slug, h.kind]))
  const problems: string[] = []
  if (kinds.size !== seedHospitals.length)
    problems.push('duplicate hospital slug')
  if (new Set(seedOpportunities.map(o => o.slug)).size !== seedOpportunities.length)
    problems.push('duplicate opportunity slug')
  for (const h of seedHospitals) {
    if (!isCountry(h.country))
      problems.push(`${h.slug}: unknown country ${h.country}`)
    if (h.kind === 'ukrainian' && (h.country !== 'UA' || !h.regionUk || !h.regionEn))
      problems.push(`${h.slug}: a Ukrainian hospital needs country UA and a region`)
  }
  for (const p of seedPartnerships) {
    if (kinds.get(p.ukrainian) !== 'ukrainian' || kinds.get(p.partner) !== 'partner')
      problems.push(`partnership ${p.ukrainian}–${p.partner}: needs a Ukrainian and a partner hospital`)
  }
  for (const o of seedOpportunities) {
    if (!kinds.has(o.host))
      problems.push(`${o.slug}: unknown host ${o.host}`)
    for (const s of o.specialties) {
      if (!isSpecialty(s))
        problems.push(`${o.slug}: unknown specialty ${s}`)
    }
    if (o.descriptionUk.length >= 1500 || o.descriptionEn.length >= 1500)
      problems.push(`${o.slug}: description too long`)
  }
  if (problems.length)
    throw new Error(`Invalid seed data: ${problems.join('; ')}`)
}

/**
 * Creates the seed rows that are missing; never updates existing ones.
 * Safe to run concurrently: inserts skip rows another run created meanwhile.
 * Opportunities are dated from `now`.
 */
export async function seed(prisma: PrismaClient, now: Date): Promise<SeedResult> {
  validateSeedData()

  // Hospitals, by slug.
  const hospitalSlugs = seedHospitals.map(h => h.slug)
  const knownHospitals = new Set((await prisma.hospital.findMany({
    where: { slug: { in: hospitalSlugs } },
    select: { slug: true },
  })).map(h => h.slug))
  const newHospitals = seedHospitals.filter(h => !knownHospitals.has(h.slug))
  const hospitalsCreated = newHospitals.length
    ? (await prisma.hospital.createMany({ data: newHospitals, skipDuplicates: true })).count
    : 0
  const hospitalIds = new Map((await prisma.hospital.findMany({
    where: { slug: { in: hospitalSlugs } },
    select: { id: true, slug: true },
  })).map(h => [h.slug, h.id]))
  const idOf = (slug: string) => {
    const id = hospitalIds.get(slug)
    if (id === undefined)
      throw new Error(`Seed: hospital ${slug} is missing`)
    return id
  }

  // Partnerships, by their pair of hospitals.
  const pairs = seedPartnerships.map(p => ({
    ukrainianHospitalId: idOf(p.ukrainian),
    partnerHospitalId: idOf(p.partner),
    memorandumSignedOn: new Date(`${p.memorandumSignedOn}T00:00:00Z`),
  }))
  const knownPairs = new Set((await prisma.partnership.findMany({
    where: { ukrainianHospitalId: { in: pairs.map(p => p.ukrainianHospitalId) } },
    select: { ukrainianHospitalId: true, partnerHospitalId: true },
  })).map(p => `${p.ukrainianHospitalId}:${p.partnerHospitalId}`))
  const newPairs = pairs.filter(p => !knownPairs.has(`${p.ukrainianHospitalId}:${p.partnerHospitalId}`))
  const partnershipsCreated = newPairs.length
    ? (await prisma.partnership.createMany({ data: newPairs, skipDuplicates: true })).count
    : 0

  // Opportunities, by slug; dates relative to `now` are set once, on creation.
  const knownOpportunities = new Set((await prisma.opportunity.findMany({
    where: { slug: { in: seedOpportunities.map(o => o.slug) } },
    select: { slug: true },
  })).map(o => o.slug))
  const newOpportunities = seedOpportunities
    .filter(o => !knownOpportunities.has(o.slug))
    .map(o => ({
      slug: o.slug,
      kind: o.kind,
      hostHospitalId: idOf(o.host),
      titleUk: o.titleUk,
      titleEn: o.titleEn,
      descriptionUk: o.descriptionUk,
      descriptionEn: o.descriptionEn,
      specialties: o.specialties,
      audience: o.audience,
      format: o.format,
      ...opportunityDates(o, now),
      seats: o.seats,
      languageRequirement: o.languageRequirement,
      requiredDocuments: o.requiredDocuments,
      requiresEndorsement: o.requiresEndorsement,
      status: 'open' as const,
      publishedAt: now,
    }))
  const opportunitiesCreated = newOpportunities.length
    ? (await prisma.opportunity.createMany({ data: newOpportunities, skipDuplicates: true })).count
    : 0

  return {
    hospitals: { created: hospitalsCreated, existing: seedHospitals.length - hospitalsCreated },
    partnerships: { created: partnershipsCreated, existing: seedPartnerships.length - partnershipsCreated },
    opportunities: { created: opportunitiesCreated, existing: seedOpportunities.length - opportunitiesCreated },
  }
}
