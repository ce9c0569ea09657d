// The programme's report in the form the Ministry of Health publishes it:
// participants (confirmed applicants whose event starts in the period), doctors
// among them, home institutions, host countries, by kind of event and by
// specialty, and applications by status (submitted in the period).
// A hospital's coordinator sees only their hospitals (as host or as home of the
// applicants), and any count of one or two is `small` ("<3"): so few people
// could be recognised. Programme-wide coordinators and admins see exact numbers.
import type { Db } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import type { Rights } from './access.js'
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

/** Which applications a report covers: all, or those hosted by or coming from the hospitals. */
function scopeWhere(hospitalIds: number[] | null): Prisma.ApplicationWhereInput {
  if (hospitalIds === null)
    return {}
  return { OR: [{ opportunity: { hostHospitalId: { in: hospitalIds } } }, { user: { profile: { homeHospitalId: { in: hospitalIds } } } }] }
}

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

function count(map: Record<string, number>, key: string) { map[key] = (map[key] ?? 0) + 1 }

export function createStats(db: Db) {
  async function period(from: Date, to: Date, hospitalIds: number[] | null): Promise<PeriodReport & { participants: number }> {
    const scope = scopeWhere(hospitalIds)
    const confirmed = await db.application.findMany({
      where: { AND: [scope, { status: 'confirmed', opportunity: { startsOn: { gte: from, lt: to } } }] },
      include: { opportunity: { include: { hostHospital: { select: { country: true } } } }, user: { include: { profile: true } } },
    })
    const people = new Map<number, typeof confirmed[number]['user']>()
    const institutions = new Set<string>()
    const countries: Record<string, number> = {}
    const byKind: Record<string, Set<number>> = {}
    const bySpecialty: Record<string, Set<number>> = {}
    for (const a of confirmed) {
      people.set(a.userId, a.user)
      const p = a.user.profile
      const home = p?.homeHospitalId != null ? `h${p.homeHospitalId}` : p?.homeInstitutionText?.trim().toLowerCase()
      if (home)
        institutions.add(home)
      count(countries, a.opportunity.hostHospital.country)
      ;(byKind[a.opportunity.kind] ??= new Set()).add(a.userId)
      for (const s of a.opportunity.specialties)
        (bySpecialty[s] ??= new Set()).add(a.userId)
    }
    const statuses = await db.application.groupBy({ by: ['status'], where: { AND: [scope, { submittedAt: { gte: from, lt: to } }] }, _count: { _all: true } })
    const sizes = (m: Record<string, Set<number>>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.size]).sort((a, b) => Number(b[1]) - Number(a[1])))
    return {
      participants: people.size,
      doctors: [...people.values()].filter(u => u.profile?.kind === 'doctor').length,
      institutions: institutions.size,
      countries: Object.entries(countries).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c),
      byKind: sizes(byKind),
      bySpecialty: sizes(bySpecialty),
      applicationsByStatus: Object.fromEntries(statuses.map(s => [s.status, s._count._all])),
    }
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
      const perMonth: Cell[] = []
      for (let m = 0; m <= from.getUTCMonth(); m++) {
        const r = await period(new Date(Date.UTC(from.getUTCFullYear(), m, 1)), new Date(Date.UTC(from.getUTCFullYear(), m + 1, 1)), hospitalIds)
        perMonth.push(masked(r.participants, exact))
      }
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
