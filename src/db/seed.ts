// `npm run db:seed`: writes the programme's public data from seed-data.json
// (hospitals, twinnings, open opportunities, joint events and needs for foreign
// specialists, in Ukrainian and English; read and checked by seed-schema.ts). Only missing rows are created, so a re-run and a
// coordinator's edits are safe. Opportunity dates are relative to `now`.
import type { PrismaClient } from '../generated/prisma/client.js'
import type { SeedData, SeedOpportunity } from './seed-schema.js'
import { defaultTimezone, zonedTime } from '../time/zones.js'
import { loadSeedData } from './seed-schema.js'

export type { SeedData, SeedEvent, SeedHospital, SeedOpportunity, SeedPartnership } from './seed-schema.js'

export const { hospitals: seedHospitals, partnerships: seedPartnerships, opportunities: seedOpportunities, events: seedEvents } = loadSeedData()

export interface SeedCount { created: number, existing: number }
export interface SeedResult { hospitals: SeedCount, partnerships: SeedCount, opportunities: SeedCount, events: SeedCount, needs: SeedCount }

const DAY = 24 * 60 * 60 * 1000

/** Midnight UTC of `date`'s UTC day plus `days`: the value of a @db.Date column. */
function utcDay(date: Date, days = 0): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) + days * DAY)
}

/** The dates of a seed opportunity published at `now`. */
export function opportunityDates(o: Pick<SeedOpportunity, 'deadlineInDays' | 'startsAfterDeadlineDays' | 'durationDays'>, now: Date) {
  const deadlineDay = utcDay(now, o.deadlineInDays)
  const applicationDeadline = zonedTime(defaultTimezone, deadlineDay.getUTCFullYear(), deadlineDay.getUTCMonth() + 1, deadlineDay.getUTCDate(), 23, 59)
  const startsOn = utcDay(deadlineDay, o.startsAfterDeadlineDays)
  const endsOn = utcDay(startsOn, o.durationDays - 1)
  return { applicationDeadline, startsOn, endsOn }
}

/**
 * Creates the seed rows that are missing; never updates existing ones. Safe to
 * run concurrently: inserts skip rows another run created meanwhile.
 */
export async function seed(prisma: PrismaClient, now: Date, data: SeedData = loadSeedData()): Promise<SeedResult> {
  // Hospitals, by slug.
  const slugs = data.hospitals.map(h => h.slug)
  const known = new Set((await prisma.hospital.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })).map(h => h.slug))
  const hospitals = await createMissing(data.hospitals.filter(h => !known.has(h.slug)), rows => prisma.hospital.createMany({ data: rows, skipDuplicates: true }))
  const ids = new Map((await prisma.hospital.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map(h => [h.slug, h.id]))
  const idOf = (slug: string) => ids.get(slug) ?? fail(`Seed: hospital ${slug} is missing`)

  // Partnerships, by their pair of hospitals.
  const pairs = data.partnerships.map(p => ({
    ukrainianHospitalId: idOf(p.ukrainian),
    partnerHospitalId: idOf(p.partner),
    memorandumSignedOn: new Date(`${p.memorandumSignedOn}T00:00:00Z`),
  }))
  const knownPairs = new Set((await prisma.partnership.findMany({
    where: { ukrainianHospitalId: { in: pairs.map(p => p.ukrainianHospitalId) } },
    select: { ukrainianHospitalId: true, partnerHospitalId: true },
  })).map(p => `${p.ukrainianHospitalId}:${p.partnerHospitalId}`))
  const partnerships = await createMissing(pairs.filter(p => !knownPairs.has(`${p.ukrainianHospitalId}:${p.partnerHospitalId}`)), rows => prisma.partnership.createMany({ data: rows, skipDuplicates: true }))

  // Opportunities, by slug; dates relative to `now` are set once, on creation.
  const knownOpportunities = new Set((await prisma.opportunity.findMany({ where: { slug: { in: data.opportunities.map(o => o.slug) } }, select: { slug: true } })).map(o => o.slug))
  const newOpportunities = data.opportunities
    .filter(o => !knownOpportunities.has(o.slug))
    .map(({ host, deadlineInDays, startsAfterDeadlineDays, durationDays, ...fields }) => ({
      ...fields,
      hostHospitalId: idOf(host),
      ...opportunityDates({ deadlineInDays, startsAfterDeadlineDays, durationDays }, now),
      status: 'open' as const,
      publishedAt: now,
    }))
  const opportunities = await createMissing(newOpportunities, rows => prisma.opportunity.createMany({ data: rows, skipDuplicates: true }))

  // Events, by slug; published, starting relative to `now`.
  const knownEvents = new Set((await prisma.event.findMany({ where: { slug: { in: data.events.map(e => e.slug) } }, select: { slug: true } })).map(e => e.slug))
  const newEvents = data.events
    .filter(e => !knownEvents.has(e.slug))
    .map(({ organiser, startsInDays, startTime, durationDays, ...fields }) => {
      const first = utcDay(now, startsInDays)
      const [hour, minute] = startTime.split(':').map(Number)
      return {
        ...fields,
        hospitalId: idOf(organiser),
        startsAt: zonedTime(defaultTimezone, first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate(), hour, minute),
        endsOn: durationDays > 1 ? utcDay(first, durationDays - 1) : null,
        status: 'open' as const,
        publishedAt: now,
      }
    })
  const events = await createMissing(newEvents, rows => prisma.event.createMany({ data: rows, skipDuplicates: true }))
  // Needs of Ukrainian hospitals, by slug; open, starting `startsInDays` after now.
  const knownNeeds = new Set((await prisma.need.findMany({ where: { slug: { in: data.needs.map(n => n.slug) } }, select: { slug: true } })).map(n => n.slug))
  const newNeeds = data.needs
    .filter(n => !knownNeeds.has(n.slug))
    .map(({ hospital, startsInDays, durationDays, ...fields }) => ({
      ...fields,
      hospitalId: idOf(hospital),
      startsOn: utcDay(now, startsInDays),
      endsOn: utcDay(now, startsInDays + durationDays - 1),
      status: 'open' as const,
      publishedAt: now,
    }))
  const needs = await createMissing(newNeeds, rows => prisma.need.createMany({ data: rows, skipDuplicates: true }))

  return {
    hospitals: { created: hospitals, existing: data.hospitals.length - hospitals },
    partnerships: { created: partnerships, existing: data.partnerships.length - partnerships },
    opportunities: { created: opportunities, existing: data.opportunities.length - opportunities },
    events: { created: events, existing: data.events.length - events },
    needs: { created: needs, existing: data.needs.length - needs },
  }
}

async function createMissing<T>(rows: T[], create: (rows: T[]) => Promise<{ count: number }>): Promise<number> {
  return rows.length ? (await create(rows)).count : 0
}

function fail(message: string): never {
  throw new Error(message)
}
