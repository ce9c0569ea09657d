// Who hears about it: the one home of the audience rules, used by publish
// alerts, broadcasts and the eligibility check when applying.
//
// A person without a kind (no profile yet, or the question not answered) is
// admitted by every audience: the kind is asked before an application is
// submitted, so eligibility is decided then, and until then nobody is left out
// of the news that may concern them.
import type { Audience, PersonKind } from '../generated/prisma/client.js'
import { Prisma } from '../generated/prisma/client.js'

const kindsOf: Record<Audience, readonly PersonKind[] | null> = {
  doctors: ['doctor', 'healthcare_worker'],
  students: ['student'],
  both: null,
}

/** The kinds of person an audience admits, or null when it admits every kind. */
export function kindsAdmitted(audience: Audience): readonly PersonKind[] | null {
  return kindsOf[audience]
}

/** Whether an audience (doctors, students, both) admits a person of `kind`; no kind is admitted everywhere. */
export function admits(audience: Audience | string, kind: PersonKind | null | undefined): boolean {
  const kinds = kindsOf[audience as Audience]
  return !kind || !kinds || kinds.includes(kind)
}

/** Who to select. Absent or empty lists mean "any". */
export interface AudienceQuery {
  /** Only people with an active alert subscription (publish alerts); otherwise everyone who has not turned alerts off. */
  subscribed?: boolean
  /** Doctors, students or both (with the no-kind rule above). */
  audience?: Audience
  /** Subscribers who chose one of these specialties, or every specialty. */
  specialties?: string[]
  /** Subscribers who chose one of these countries, or every country. */
  countries?: string[]
  /** People whose home institution is one of these. */
  hospitalIds?: number[]
  /**
   * Only the people of some hospitals (a hospital coordinator's broadcast):
   * applicants to their internships, staff of them and of their twins, and
   * subscribers to their countries or to every country. Absent: everyone.
   */
  within?: HospitalCircle
}

/** The people a hospital coordinator may reach: see `AudienceQuery.within`. */
export interface HospitalCircle {
  hospitalIds: number[]
  twinHospitalIds: number[]
  countries: string[]
}

/**
 * The people a query selects, as SQL over `"User" u` (with its profile `p`
 * and subscription `s` joined): always reachable and not erased.
 * Specialties and countries are what people asked to hear about, so they
 * select subscribers (an empty choice means "any").
 * `audienceFrom(query)` is the FROM … WHERE … clause every bulk statement
 * (count, broadcast rows, publish alerts) selects from, so they cannot disagree.
 */
export function audienceFrom(query: AudienceQuery): Prisma.Sql {
  return Prisma.sql`"User" u LEFT JOIN "Profile" p ON p."userId" = u.id LEFT JOIN "Subscription" s ON s."userId" = u.id WHERE ${audienceCondition(query)}`
}

/**
 * A subscription's empty list means "any"; otherwise it must share a value
 * with `values`. An unset list (NULL) matches nothing, as it always did. Both
 * arms are operators of the list's GIN index (`=`, `&&`).
 */
function anyOf(column: Prisma.Sql, values: string[]): Prisma.Sql {
  return Prisma.sql`(${column} = '{}'::text[] OR ${column} && ${values}::text[])`
}

/** The condition of `audienceFrom`; over `u`, `p` and `s` as joined there. */
export function audienceCondition(query: AudienceQuery): Prisma.Sql {
  const and: Prisma.Sql[] = [
    Prisma.sql`u.reachable AND u."erasedAt" IS NULL`,
    query.subscribed ? Prisma.sql`s.active` : Prisma.sql`(s.id IS NULL OR s.active)`,
  ]
  // The subscription must exist for a choice to match (a LEFT JOIN's missing row gives NULL: not selected).
  if (query.specialties?.length)
    and.push(Prisma.sql`s.id IS NOT NULL AND ${anyOf(Prisma.sql`s.specialties`, query.specialties)}`)
  if (query.countries?.length)
    and.push(Prisma.sql`s.id IS NOT NULL AND ${anyOf(Prisma.sql`s.countries`, query.countries)}`)
  const kinds = query.audience ? kindsOf[query.audience] : null
  if (kinds)
    and.push(Prisma.sql`(p.kind IS NULL OR p.kind::text = ANY(${[...kinds]}::text[]))`)
  if (query.hospitalIds?.length)
    and.push(Prisma.sql`p."homeHospitalId" = ANY(${query.hospitalIds}::int[])`)
  if (query.within) {
    const { hospitalIds, twinHospitalIds, countries } = query.within
    and.push(Prisma.sql`(
      EXISTS (SELECT 1 FROM "Application" a JOIN "Opportunity" o ON o.id = a."opportunityId"
        WHERE a."userId" = u.id AND a.status <> 'draft' AND o."hostHospitalId" = ANY(${hospitalIds}::int[]))
      OR p."homeHospitalId" = ANY(${[...hospitalIds, ...twinHospitalIds]}::int[])
      OR (s.active AND ${anyOf(Prisma.sql`s.countries`, countries)}))`)
  }
  return Prisma.join(and.map(c => Prisma.sql`(${c})`), ' AND ')
}
