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

type CardRow = Omit<OpportunityCard, 'startsOn' | 'endsOn' | 'applicationDeadline' | 'seatsLeft' | 'available'> & { startsOn: Date, endsOn: Date, applicationDeadline: Date, taken: number }

/** Statuses that hold a seat. */
export const seatHolding = ['offered', 'confirmed'] as const

export const day = (d: Date) => d.toISOString().slice(0, 10)

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

/** `filterWhere` as SQL over `o` (Opportunity) and `h` (its host), for the one-query list. */
function filterSql(f: BrowseFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = []
  if (f.specialty)
    parts.push(Prisma.sql`${f.specialty} = ANY(o."specialties")`)
  if (f.country)
    parts.push(Prisma.sql`h."country" = ${f.country}`)
  if (f.audience === 'doctors' || f.audience === 'students')
    parts.push(Prisma.sql`o."audience"::text IN (${f.audience}, 'both')`)
  if (f.month && /^\d{4}-\d{2}$/.test(f.month)) {
    const [y, m] = f.month.split('-').map(Number)
    parts.push(Prisma.sql`o."startsOn" >= ${new Date(Date.UTC(y, m - 1, 1))} AND o."startsOn" < ${new Date(Date.UTC(y, m, 1))}`)
  }
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty
}

/** Seats taken (`seatHolding` applications) of the opportunity `o`, as a subquery of one that reads `o`. */
export const seatsTakenSql = Prisma.sql`(SELECT count(*)::int FROM "Application" x WHERE x."opportunityId" = o."id" AND x."status"::text IN (${Prisma.join(seatHolding)}))`

export function createOpportunityRepository(db: Db) {
  return {
    /**
     * One page of open opportunities (status open, deadline not passed) matching
     * the filters, latest application deadline first.
     */
    async listOpen(filters: BrowseFilters, page: number, pageSize: number, now: Date) {
      // One round trip: the page and the total (a window count over the same rows).
      const rows = await db.$queryRaw<Array<Omit<OpportunityListItem, 'startsOn'> & { startsOn: Date, total: number }>>`
        SELECT o."id", o."titleUk", o."titleEn", o."startsOn", h."country", h."nameUk" AS "hospitalUk", h."nameEn" AS "hospitalEn",
               h."cityUk", h."cityEn", (count(*) OVER ())::int AS "total"
        FROM "Opportunity" o JOIN "Hospital" h ON h."id" = o."hostHospitalId"
        WHERE o."status" = 'open' AND o."applicationDeadline" >= ${now} ${filterSql(filters)}
        ORDER BY o."applicationDeadline" DESC, o."id" DESC
        OFFSET ${Math.max(0, page) * pageSize} LIMIT ${pageSize}`
      // Past the last page there are no rows to carry the total: count it then.
      const total = rows[0]?.total ?? (page > 0 ? await db.opportunity.count({ where: { AND: [openWhere(now), filterWhere(filters)] } }) : 0)
      const items: OpportunityListItem[] = rows.map(({ total: _, ...r }) => ({ ...r, startsOn: day(r.startsOn) }))
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
      // One round trip: the internship, its host, the host's Ukrainian twins and the seats taken.
      const [o] = await db.$queryRaw<CardRow[]>`
        SELECT o."id", o."titleUk", o."titleEn", o."descriptionUk", o."descriptionEn", o."specialties", o."audience"::text, o."format"::text,
               o."startsOn", o."endsOn", o."applicationDeadline", o."seats", o."languageRequirement", o."requiredDocuments"::text[],
               o."requiresEndorsement", o."status"::text,
               json_build_object('id', h."id", 'nameUk', h."nameUk", 'nameEn', h."nameEn", 'cityUk', h."cityUk", 'cityEn', h."cityEn", 'country', h."country") AS "host",
               (SELECT coalesce(json_agg(json_build_object('id', t."id", 'nameUk', t."nameUk", 'nameEn', t."nameEn", 'cityUk', t."cityUk", 'cityEn', t."cityEn", 'country', t."country") ORDER BY p."id"), '[]')
                  FROM "Partnership" p JOIN "Hospital" t ON t."id" = p."ukrainianHospitalId" WHERE p."partnerHospitalId" = h."id") AS "twins",
               ${seatsTakenSql} AS "taken"
        FROM "Opportunity" o JOIN "Hospital" h ON h."id" = o."hostHospitalId"
        WHERE o."id" = ${id}`
      if (!o || o.status === 'draft')
        return null
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
        seatsLeft: Math.max(0, o.seats - o.taken),
        languageRequirement: o.languageRequirement,
        requiredDocuments: o.requiredDocuments,
        requiresEndorsement: o.requiresEndorsement,
        status: o.status,
        host: o.host,
        twins: o.twins,
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
