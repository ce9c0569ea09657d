// The bulk work as it was before it became set-based SQL (main at ab06743):
// the reference the bulk-*.test.ts files compare the new statements with.
// Verbatim but for the imports; test-only, never used by the program.
import type { Db } from '../../src/db/client.js'
import type { Rights } from '../../src/domain/access.js'
import type { PeriodReport, ProgrammeReport } from '../../src/domain/stats.js'
import type { Prisma } from '../../src/generated/prisma/client.js'
import { hospitalScope } from '../../src/domain/access.js'
import { monthRange, toCsv } from '../../src/domain/export.js'
import { smallCell } from '../../src/domain/stats.js'

type Cell = number | 'small'
const minimumShown = 3
const header = ['id', 'status', 'submitted_at', 'decided_at', 'internship_uk', 'internship_en', 'host_hospital', 'host_country', 'applicant', 'kind', 'specialty', 'home_institution', 'phone', 'endorsement', 'rejection_reason']
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

function count(map: Record<string, number>, key: string) { map[key] = (map[key] ?? 0) + 1 }

export function previousStats(db: Db) {
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
    async report(month: string, rights: Rights): Promise<Omit<ProgrammeReport, 'events' | 'volunteers'>> {
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
      }
    },
  }
}
export function previousExport(db: Db) {
  return {
    /**
     * The applications of one internship, or submitted in one month, that the
     * coordinator may see, as a CSV document. Drafts are left out.
     */
    async applicationsCsv(rights: Rights, scope: { opportunityId: number } | { month: string }): Promise<{ filename: string, csv: string, count: number }> {
      const where = 'opportunityId' in scope
        ? { opportunityId: scope.opportunityId }
        : { submittedAt: { gte: monthRange(scope.month).from, lt: monthRange(scope.month).to } }
      const hospitals = hospitalScope(rights)
      const apps = await db.application.findMany({
        where: { ...where, status: { not: 'draft' }, ...(hospitals === 'all' ? {} : { opportunity: { hostHospitalId: { in: hospitals } } }) },
        include: { opportunity: { include: { hostHospital: true } }, user: { include: { profile: { include: { homeHospital: true } } } } },
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      })
      const rows = apps.map((a) => {
        const p = a.user.profile
        return [
          a.id,
          a.status,
          a.submittedAt?.toISOString() ?? '',
          a.decidedAt?.toISOString() ?? '',
          a.opportunity.titleUk,
          a.opportunity.titleEn,
          a.opportunity.hostHospital.nameEn,
          a.opportunity.hostHospital.country,
          p?.fullName ?? a.user.firstName ?? '',
          p?.kind ?? '',
          p?.specialty ?? '',
          p?.homeHospital?.nameUk ?? p?.homeInstitutionText ?? '',
          p?.phone ?? '',
          a.endorsement ?? '',
          a.rejectionReason ?? '',
        ]
      })
      const name = 'opportunityId' in scope ? `internship-${scope.opportunityId}` : scope.month
      return { filename: `applications-${name}.csv`, csv: toCsv([header, ...rows]), count: rows.length }
    },
  }
}
