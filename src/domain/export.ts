// Applications as a CSV a spreadsheet opens correctly with Ukrainian text:
// UTF-8 with a BOM, `;` between fields, every field quoted, CRLF line ends.
import type { Db } from '../db/client.js'
import type { Rights } from './access.js'
import { hospitalScope } from './access.js'
import { ValidationError } from './errors.js'

const header = ['id', 'status', 'submitted_at', 'decided_at', 'internship_uk', 'internship_en', 'host_hospital', 'host_country', 'applicant', 'kind', 'specialty', 'home_institution', 'phone', 'endorsement', 'rejection_reason']

// A cell starting with one of these opens as a formula in Excel or LibreOffice.
const formulaStart = /^[=+\-@\t\r]/

/**
 * One CSV field, RFC 4180 quoted (inner quotes doubled). Text that would open
 * as a formula gets a leading `'`, so a name like `=HYPERLINK(…)` stays text.
 */
export function csvField(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : String(value ?? '')
  const safe = typeof value !== 'number' && formulaStart.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

/** A whole CSV document: BOM, `;`-separated, quoted, CRLF. */
export function toCsv(rows: unknown[][]): string {
  return `\uFEFF${rows.map(row => row.map(csvField).join(';')).join('\r\n')}\r\n`
}

/** The first and the day after the last day of a `YYYY-MM` month, in UTC. */
export function monthRange(month: string): { from: Date, to: Date } {
  const m = month.match(/^(\d{4})-(\d{2})$/)
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12)
    throw new ValidationError('invalid-month', 'month', `"${month}" is not a month like 2027-02`)
  const from = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))
  return { from, to: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1)) }
}

export function createExport(db: Db) {
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
