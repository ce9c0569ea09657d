// The programme's report in the form the Ministry of Health publishes it:
// participants (confirmed applicants whose event starts in the period), doctors
// among them, home institutions, host countries, by kind of event and by
// specialty, and applications by status (submitted in the period).
// A hospital's coordinator sees only their hospitals (as host or as home of the
// applicants), and any count of one or two is `small` ("<3"): so few people
// could be recognised. Programme-wide coordinators and admins see exact numbers.
import type { Db } from '../db/client.js'
import type { Rights } from './access.js'
import { Prisma } from '../generated/prisma/client.js'
import { hospitalScope } from './access.js'
import { eventCounts } from './events.js'
import { monthRange } from './export.js'
import { volunteerCounts } from './volunteer-review.js'

/** A count as shown: exact, or `small` for 1 or 2 people in a hospital's report. */
export type Cell = number | 'small'
export const smallCell = 'small'
const minimumShown = 3

export interface PeriodReport {
  participants: Cell
  doctors: Cell
  institutions: Cell
  /** Host countries, most participants first. */
  countries: string[]
  byKind: Record<string, Cell>
  bySpecialty: Record<string, Cell>
  applicationsByStatus: Record<string, Cell>
}

export interface ProgrammeReport {
  month: string
  /** Null for the whole programme; else the hospitals the report is limited to. */
  hospitalIds: number[] | null
  monthReport: PeriodReport
  yearReport: PeriodReport
  /** Participants per month from January to the report's month. */
  perMonth: Cell[]
  /** Attendance at joint events in the Ministry's categories (src/domain/events.ts), in the month and the year so far. */
  events: { month: Record<string, Cell>, year: Record<string, Cell> }
  /** Foreign specialists who worked in Ukraine in the month, by licence country and specialty. */
  volunteers: { total: Cell, byCountry: Record<string, Cell>, bySpecialty: Record<string, Cell> }
}

/**
 * Which applications a report covers, as SQL over the application `a`, its
 * opportunity `o` and the applicant's profile `p`: all, or those hosted by or
 * coming from the hospitals.
 */
function scopeSql(hospitalIds: number[] | null): Prisma.Sql {
  if (hospitalIds === null)
    return Prisma.sql`TRUE`
  return Prisma.sql`(o."hostHospitalId" = ANY(${hospitalIds}::int[]) OR p."homeHospitalId" = ANY(${hospitalIds}::int[]))`
}

/** A home institution as counted: the hospital, else the free text trimmed and lower-cased; none when empty. */
function homeKey(home: string | null): string | undefined {
  return home?.startsWith('h:') ? home.slice(2) : home?.slice(2).trim().toLowerCase() || undefined
}

interface Cube { dim: string, key: string | null, n: bigint | number, first: number | null }

function masked(n: number, exact: boolean): Cell {
  return exact || n === 0 || n >= minimumShown ? n : smallCell
}

function maskAll(r: PeriodReport & { participants: number }, exact: boolean): PeriodReport {
  const cells = (m: Record<string, Cell>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, masked(Number(v), exact)]))
  return {
    ...r,
    participants: masked(r.participants, exact),
    doctors: masked(Number(r.doctors), exact),
    institutions: masked(Number(r.institutions), exact),
    byKind: cells(r.byKind),
    bySpecialty: cells(r.bySpecialty),
    applicationsByStatus: cells(r.applicationsByStatus),
  }
}

function maskCounts(m: Record<string, number>, exact: boolean): Record<string, Cell> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, masked(v, exact)]))
}

function maskVolunteers(v: { total: number, byCountry: Record<string, number>, bySpecialty: Record<string, number> }, exact: boolean) {
  const cells = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).map(([k, n]) => [k, masked(n, exact)]))
  return { total: masked(v.total, exact), byCountry: cells(v.byCountry), bySpecialty: cells(v.bySpecialty) }
}

export function createStats(db: Db) {
  /** Confirmed applicants whose event starts in [from, to), and applications submitted then: one GROUP BY statement. */
  async function period(from: Date, to: Date, hospitalIds: number[] | null): Promise<PeriodReport & { participants: number }> {
    const scope = scopeSql(hospitalIds)
    // Distinct people per value come from hashing (value, person) pairs first: no sort of the period's rows.
    const rows = await db.$queryRaw<Cube[]>`
      WITH c AS (
        SELECT a.id, a."userId", o.kind::text AS kind, o.specialties, h.country, p.kind::text AS "personKind",
          CASE WHEN p."homeHospitalId" IS NOT NULL THEN 'h:h' || p."homeHospitalId" ELSE 't:' || p."homeInstitutionText" END AS home
        FROM "Application" a
          JOIN "Opportunity" o ON o.id = a."opportunityId"
          JOIN "Hospital" h ON h.id = o."hostHospitalId"
          LEFT JOIN "Profile" p ON p."userId" = a."userId"
        WHERE a.status = 'confirmed' AND o."startsOn" >= ${from} AND o."startsOn" < ${to} AND ${scope}
      )
      SELECT 'participants' AS dim, NULL AS key, count(*) AS n, NULL::int AS first FROM (SELECT DISTINCT "userId" FROM c) x
      UNION ALL SELECT 'doctors', NULL, count(*), NULL FROM (SELECT DISTINCT "userId" FROM c WHERE "personKind" = 'doctor') x
      UNION ALL SELECT 'home', home, 0, NULL FROM c WHERE home IS NOT NULL GROUP BY home
      UNION ALL SELECT 'country', country, count(*), min(id) FROM c GROUP BY country
      UNION ALL SELECT 'kind', kind, count(*), min(first) FROM (SELECT kind, "userId", min(id) AS first FROM c GROUP BY kind, "userId") x GROUP BY kind
      UNION ALL SELECT 'specialty', specialty, count(*), min(first)
        FROM (SELECT specialty, "userId", min(id) AS first FROM c, unnest(c.specialties) AS specialty GROUP BY specialty, "userId") x GROUP BY specialty
      UNION ALL SELECT 'status', a.status::text, count(*), NULL
        FROM "Application" a ${hospitalIds === null ? Prisma.empty : Prisma.sql`JOIN "Opportunity" o ON o.id = a."opportunityId" LEFT JOIN "Profile" p ON p."userId" = a."userId"`}
        WHERE a."submittedAt" >= ${from} AND a."submittedAt" < ${to} AND ${scope}
        GROUP BY a.status`
    const of = (dim: string) => rows.filter(r => r.dim === dim)
    const total = (dim: string) => Number(of(dim)[0]?.n ?? 0)
    // Most people first; a tie keeps the order the applications came in.
    const sizes = (dim: string) => Object.fromEntries(of(dim).sort((a, b) => Number(b.n) - Number(a.n) || Number(a.first) - Number(b.first)).map(r => [r.key!, Number(r.n)]))
    return {
      participants: total('participants'),
      doctors: total('doctors'),
      institutions: new Set(of('home').map(r => homeKey(r.key)).filter(Boolean)).size,
      countries: of('country').sort((a, b) => Number(b.n) - Number(a.n) || a.key!.localeCompare(b.key!)).map(r => r.key!),
      byKind: sizes('kind'),
      bySpecialty: sizes('specialty'),
      applicationsByStatus: Object.fromEntries(of('status').map(r => [r.key!, Number(r.n)])),
    }
  }

  /** Participants per month from January to `to`'s month: one GROUP BY statement. */
  async function participantsPerMonth(yearStart: Date, to: Date, hospitalIds: number[] | null): Promise<number[]> {
    const rows = await db.$queryRaw<Array<{ month: number, n: bigint | number }>>`
      SELECT extract(month FROM o."startsOn")::int AS month, count(DISTINCT a."userId") AS n
      FROM "Application" a
        JOIN "Opportunity" o ON o.id = a."opportunityId"
        LEFT JOIN "Profile" p ON p."userId" = a."userId"
      WHERE a.status = 'confirmed' AND o."startsOn" >= ${yearStart} AND o."startsOn" < ${to} AND ${scopeSql(hospitalIds)}
      GROUP BY 1`
    const months = Math.round((to.getUTCFullYear() - yearStart.getUTCFullYear()) * 12 + to.getUTCMonth() - yearStart.getUTCMonth())
    return Array.from({ length: months }, (_, m) => Number(rows.find(r => Number(r.month) === m + 1)?.n ?? 0))
  }

  return {
    /**
     * The report of a `YYYY-MM` month and of its year up to that month's end,
     * for what the rights cover (see the top of this file). Throws `invalid-month`.
     */
    async report(month: string, rights: Rights): Promise<ProgrammeReport> {
      const { from, to } = monthRange(month)
      const scope = hospitalScope(rights)
      const exact = scope === 'all'
      const hospitalIds = scope === 'all' ? null : scope
      const yearStart = new Date(Date.UTC(from.getUTCFullYear(), 0, 1))
      const perMonth: Cell[] = (await participantsPerMonth(yearStart, to, hospitalIds)).map(n => masked(n, exact))
      return {
        month,
        hospitalIds,
        monthReport: maskAll(await period(from, to, hospitalIds), exact),
        yearReport: maskAll(await period(yearStart, to, hospitalIds), exact),
        perMonth,
        events: {
          month: maskCounts(await eventCounts(db, from, to, hospitalIds), exact),
          year: maskCounts(await eventCounts(db, yearStart, to, hospitalIds), exact),
        },
        volunteers: maskVolunteers(await volunteerCounts(db, from, to, hospitalIds), exact),
      }
    },
  }
}
