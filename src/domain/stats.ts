// The programme's report in the form the Ministry of Health publishes it:
// participants (confirmed applicants whose event starts in the period), doctors
// among them, home institutions, host countries, by kind of event and by
// specialty, and applications by status (submitted in the period).
import type { Db } from '../db/client.js'
import { monthRange } from './export.js'

export interface PeriodReport {
  participants: number
  doctors: number
  institutions: number
  /** Host countries, most participants first. */
  countries: string[]
  byKind: Record<string, number>
  bySpecialty: Record<string, number>
  applicationsByStatus: Record<string, number>
}

export interface ProgrammeReport {
  month: string
  monthReport: PeriodReport
  yearReport: PeriodReport
  /** Participants per month from January to the report's month. */
  perMonth: number[]
}

function count(map: Record<string, number>, key: string) { map[key] = (map[key] ?? 0) + 1 }

export function createStats(db: Db) {
  async function period(from: Date, to: Date): Promise<PeriodReport> {
    const confirmed = await db.application.findMany({
      where: { status: 'confirmed', opportunity: { startsOn: { gte: from, lt: to } } },
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
    const statuses = await db.application.groupBy({ by: ['status'], where: { submittedAt: { gte: from, lt: to } }, _count: { _all: true } })
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
    /** The report of a `YYYY-MM` month and of its year up to that month's end. Throws `invalid-month`. */
    async report(month: string): Promise<ProgrammeReport> {
      const { from, to } = monthRange(month)
      const yearStart = new Date(Date.UTC(from.getUTCFullYear(), 0, 1))
      const perMonth: number[] = []
      for (let m = 0; m <= from.getUTCMonth(); m++) {
        const r = await period(new Date(Date.UTC(from.getUTCFullYear(), m, 1)), new Date(Date.UTC(from.getUTCFullYear(), m + 1, 1)))
        perMonth.push(r.participants)
      }
      return { month, monthReport: await period(from, to), yearReport: await period(yearStart, to), perMonth }
    },
  }
}
