// Open opportunities as people browse them: filtered lists, a card with seats
// left and the Ukrainian twins of the host, and alerts made from filters.
import type { Db } from '../db/client.js'
import { Prisma } from '../generated/prisma/client.js'

export interface BrowseFilters { specialty?: string, country?: string, audience?: string, month?: string }

export interface OpportunityListItem { id: number, titleUk: string, titleEn: string, country: string, startsOn: string, hospitalUk: string, hospitalEn: string, cityUk: string, cityEn: string }

export interface HospitalRef { id: number, nameUk: string, nameEn: string, cityUk: string, cityEn: string, country: string }

export interface OpportunityCard {
  id: number
  titleUk: string
  titleEn: string
  descriptionUk: string
  descriptionEn: string
  specialties: string[]
  audience: 'doctors' | 'students' | 'both'
  format: 'on_site' | 'telemedicine' | 'hybrid'
  startsOn: string
  endsOn: string
  applicationDeadline: string
  seats: number
  seatsLeft: number
  languageRequirement: string | null
  requiredDocuments: string[]
  requiresEndorsement: boolean
  status: 'draft' | 'open' | 'closed'
  host: HospitalRef
  twins: HospitalRef[]
  /** Open to applications now: open, deadline not passed. */
  available: boolean
}

/** Statuses that hold a seat. */
export const seatHolding = ['offered', 'confirmed'] as const

export const day = (d: Date) => d.toISOString().slice(0, 10)

const hospitalSelect = { id: true, nameUk: true, nameEn: true, cityUk: true, cityEn: true, country: true } as const

function openWhere(now: Date): Prisma.OpportunityWhereInput {
  return { status: 'open', applicationDeadline: { gte: now } }
}

function filterWhere(f: BrowseFilters): Prisma.OpportunityWhereInput {
  const where: Prisma.OpportunityWhereInput = {}
  if (f.specialty)
    where.specialties = { has: f.specialty }
  if (f.country)
    where.hostHospital = { country: f.country }
  if (f.audience === 'doctors' || f.audience === 'students')
    where.audience = { in: [f.audience, 'both'] }
  if (f.month && /^\d{4}-\d{2}$/.test(f.month)) {
    const [y, m] = f.month.split('-').map(Number)
    where.startsOn = { gte: new Date(Date.UTC(y, m - 1, 1)), lt: new Date(Date.UTC(y, m, 1)) }
  }
  return where
}

/** Seats left: seats minus the applications offered or confirmed. */
export async function seatsLeft(db: Pick<Db, 'application'>, opportunityId: number, seats: number) {
  const taken = await db.application.count({ where: { opportunityId, status: { in: [...seatHolding] } } })
  return Math.max(0, seats - taken)
}

export function createOpportunityRepository(db: Db) {
  return {
    /**
     * One page of open opportunities (status open, deadline not passed) matching
     * the filters, latest application deadline first.
     */
    async listOpen(filters: BrowseFilters, page: number, pageSize: number, now: Date) {
      const where = { AND: [openWhere(now), filterWhere(filters)] }
      const [total, rows] = await Promise.all([
        db.opportunity.count({ where }),
        db.opportunity.findMany({
          where,
          orderBy: [{ applicationDeadline: 'desc' }, { id: 'desc' }],
          skip: Math.max(0, page) * pageSize,
          take: pageSize,
          select: { id: true, titleUk: true, titleEn: true, startsOn: true, hostHospital: { select: { country: true, nameUk: true, nameEn: true, cityUk: true, cityEn: true } } },
        }),
      ])
      const items: OpportunityListItem[] = rows.map(r => ({
        id: r.id,
        titleUk: r.titleUk,
        titleEn: r.titleEn,
        country: r.hostHospital.country,
        startsOn: day(r.startsOn),
        hospitalUk: r.hostHospital.nameUk,
        hospitalEn: r.hostHospital.nameEn,
        cityUk: r.hostHospital.cityUk,
        cityEn: r.hostHospital.cityEn,
      }))
      return { total, items }
    },

    /** What the filters can offer: host countries and start months of open opportunities. */
    async filterOptions(now: Date) {
      // The same rule as openWhere, as SQL: the database returns the distinct values, not the opportunities.
      const open = Prisma.sql`o.status = 'open' AND o."applicationDeadline" >= ${now}`
      const [countries, months] = await Promise.all([
        db.$queryRaw<Array<{ value: string }>>`SELECT DISTINCT h.country AS value FROM "Opportunity" o JOIN "Hospital" h ON h.id = o."hostHospitalId" WHERE ${open}`,
        db.$queryRaw<Array<{ value: string }>>`SELECT DISTINCT to_char(o."startsOn", 'YYYY-MM') AS value FROM "Opportunity" o WHERE ${open}`,
      ])
      return {
        countries: countries.map(r => r.value).sort(),
        months: months.map(r => r.value).sort(),
      }
    },

    /** The card of an opportunity (any status), or null when there is none or it is a draft. */
    async card(id: number, now: Date): Promise<OpportunityCard | null> {
      if (!Number.isSafeInteger(id) || id <= 0 || id > 2147483647)
        return null
      const o = await db.opportunity.findUnique({
        where: { id },
        include: { hostHospital: { select: { ...hospitalSelect, partnerSide: { select: { ukrainianHospital: { select: hospitalSelect } } } } } },
      })
      if (!o || o.status === 'draft')
        return null
      const { partnerSide, ...host } = o.hostHospital
      return {
        id: o.id,
        titleUk: o.titleUk,
        titleEn: o.titleEn,
        descriptionUk: o.descriptionUk,
        descriptionEn: o.descriptionEn,
        specialties: o.specialties,
        audience: o.audience,
        format: o.format,
        startsOn: day(o.startsOn),
        endsOn: day(o.endsOn),
        applicationDeadline: o.applicationDeadline.toISOString(),
        seats: o.seats,
        seatsLeft: await seatsLeft(db, o.id, o.seats),
        languageRequirement: o.languageRequirement,
        requiredDocuments: o.requiredDocuments,
        requiresEndorsement: o.requiresEndorsement,
        status: o.status,
        host,
        twins: partnerSide.map(p => p.ukrainianHospital),
        available: o.status === 'open' && o.applicationDeadline >= now,
      }
    },

    /** Turns browse filters into the person's alert (one subscription per person, made active). */
    async subscribe(userId: number, filters: BrowseFilters): Promise<void> {
      const data = { active: true, specialties: filters.specialty ? [filters.specialty] : [], countries: filters.country ? [filters.country] : [] }
      await db.subscription.upsert({ where: { userId }, create: { userId, ...data }, update: data })
    },
  }
}

export type OpportunityRepository = ReturnType<typeof createOpportunityRepository>
