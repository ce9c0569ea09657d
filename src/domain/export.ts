// Applications as a CSV a spreadsheet opens correctly with Ukrainian text:
// UTF-8 with a BOM, `;` between fields, every field quoted, CRLF line ends.
import type { Db } from '../db/client.js'
import type { Rights } from './access.js'
import { Prisma } from '../generated/prisma/client.js'
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

/** One CSV line (no line end). */
function csvLine(row: unknown[]): string {
  return row.map(csvField).join(';')
}

type ExportScope = { opportunityId: number } | { month: string }

interface ExportRow {
  id: number
  status: string
  submittedAt: string | null
  decidedAt: string | null
  titleUk: string
  titleEn: string
  hostName: string
  hostCountry: string
  applicant: string
  kind: string | null
  specialty: string | null
  home: string
  phone: string | null
  endorsement: string | null
  rejectionReason: string | null
  /** The keyset cursor: the sort key as text. */
  cursor: string
}

/** Applications per statement of the streamed export. */
const exportPage = 2000

export function createExport(db: Db) {
  /**
   * The export's filter and its order (submitted first, by id; none submitted
   * last), as SQL over `a` (Application) and `o` (Opportunity). A month is a
   * range of the (submittedAt, id) index; an internship's applications come
   * from its (opportunityId, status) index.
   */
  function exportQuery(rights: Rights, scope: ExportScope) {
    const hospitals = hospitalScope(rights)
    const inScope = hospitals === 'all' ? Prisma.sql`TRUE` : Prisma.sql`o."hostHospitalId" = ANY(${hospitals}::int[])`
    if ('opportunityId' in scope) {
      return {
        where: Prisma.sql`a."opportunityId" = ${scope.opportunityId}::int AND a.status <> 'draft' AND ${inScope}`,
        key: Prisma.sql`coalesce(a."submittedAt", 'infinity'::timestamp)`,
      }
    }
    const { from, to } = monthRange(scope.month)
    return {
      where: Prisma.sql`a."submittedAt" >= ${from} AND a."submittedAt" < ${to} AND a.status <> 'draft' AND ${inScope}`,
      key: Prisma.sql`a."submittedAt"`,
    }
  }

  async function count(rights: Rights, scope: ExportScope): Promise<number> {
    const { where } = exportQuery(rights, scope)
    const [row] = await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM "Application" a JOIN "Opportunity" o ON o.id = a."opportunityId" WHERE ${where}`
    return Number(row.n)
  }

  /** The CSV's text page by page (BOM and header first), keyset-paginated: memory holds one page. */
  async function* lines(rights: Rights, scope: ExportScope, pageSize = exportPage): AsyncGenerator<{ text: string, rows: number }> {
    const { where, key } = exportQuery(rights, scope)
    const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    yield { text: `\uFEFF${csvLine(header)}\r\n`, rows: 0 }
    let after: { cursor: string, id: number } | null = null
    for (;;) {
      const page: ExportRow[] = await db.$queryRaw<ExportRow[]>`
        SELECT a.id, a.status::text AS status, ${iso(Prisma.sql`a."submittedAt"`)} AS "submittedAt", ${iso(Prisma.sql`a."decidedAt"`)} AS "decidedAt",
          o."titleUk", o."titleEn", h."nameEn" AS "hostName", h.country AS "hostCountry",
          coalesce(p."fullName", u."firstName", '') AS applicant, p.kind::text AS kind, p.specialty,
          coalesce(hh."nameUk", p."homeInstitutionText", '') AS home, p.phone, a.endorsement::text AS endorsement, a."rejectionReason",
          (${key})::text AS cursor
        FROM "Application" a
          JOIN "Opportunity" o ON o.id = a."opportunityId"
          JOIN "Hospital" h ON h.id = o."hostHospitalId"
          JOIN "User" u ON u.id = a."userId"
          LEFT JOIN "Profile" p ON p."userId" = a."userId"
          LEFT JOIN "Hospital" hh ON hh.id = p."homeHospitalId"
        WHERE ${where} ${after ? Prisma.sql`AND (${key}, a.id) > (${after.cursor}::timestamp, ${after.id}::int)` : Prisma.empty}
        ORDER BY ${key}, a.id
        LIMIT ${pageSize}::int`
      if (page.length === 0)
        return
      yield { rows: page.length, text: page.map(a => `${csvLine([a.id, a.status, a.submittedAt ?? '', a.decidedAt ?? '', a.titleUk, a.titleEn, a.hostName, a.hostCountry, a.applicant, a.kind ?? '', a.specialty ?? '', a.home, a.phone ?? '', a.endorsement ?? '', a.rejectionReason ?? ''])}\r\n`).join('') }
      if (page.length < pageSize)
        return
      const last = page[page.length - 1]
      after = { cursor: last.cursor, id: last.id }
    }
  }

  const filenameOf = (scope: ExportScope) => `applications-${'opportunityId' in scope ? `internship-${scope.opportunityId}` : scope.month}.csv`

  return {
    /**
     * The applications of one internship, or submitted in one month, that the
     * coordinator may see, as a CSV document. Drafts are left out.
     */
    async applicationsCsv(rights: Rights, scope: ExportScope, pageSize = exportPage): Promise<{ filename: string, csv: string, count: number }> {
      let csv = ''
      let count = 0
      for await (const chunk of lines(rights, scope, pageSize)) {
        csv += chunk.text
        count += chunk.rows
      }
      return { filename: filenameOf(scope), csv, count }
    },

    /**
     * The same document streamed: its size in applications (one count) and a
     * supplier of its UTF-8 bytes, read page by page as they are sent (a new
     * read each time it is called, so a retried upload starts over).
     */
    async applicationsCsvStream(rights: Rights, scope: ExportScope, pageSize = exportPage): Promise<{ filename: string, count: number, bytes: () => AsyncIterable<Uint8Array> }> {
      const encoder = new TextEncoder()
      return {
        filename: filenameOf(scope),
        count: await count(rights, scope),
        async* bytes() {
          for await (const chunk of lines(rights, scope, pageSize))
            yield encoder.encode(chunk.text)
        },
      }
    },
  }
}
