// Who hears about it: the one home of the audience rules, used by publish
// alerts, broadcasts and the eligibility check when applying.
//
// A person without a kind (no profile yet, or the question not answered) is
// admitted by every audience: the kind is asked before an application is
// submitted, so eligibility is decided then, and until then nobody is left out
// of the news that may concern them.
import type { Audience, PersonKind, Prisma } from '../generated/prisma/client.js'

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
 * The people a query selects, as a Prisma `where` on User: always reachable
 * and not erased. Specialties and countries are what people asked to hear
 * about, so they select subscribers (an empty choice means "any").
 */
export function audienceWhere(query: AudienceQuery): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [
    { reachable: true, erasedAt: null },
    query.subscribed
      ? { subscription: { is: { active: true } } }
      : { OR: [{ subscription: { is: null } }, { subscription: { is: { active: true } } }] },
  ]
  if (query.specialties?.length) {
    and.push({ OR: [
      { subscription: { is: { specialties: { isEmpty: true } } } },
      { subscription: { is: { specialties: { hasSome: query.specialties } } } },
    ] })
  }
  if (query.countries?.length) {
    and.push({ OR: [
      { subscription: { is: { countries: { isEmpty: true } } } },
      { subscription: { is: { countries: { hasSome: query.countries } } } },
    ] })
  }
  const kinds = query.audience ? kindsOf[query.audience] : null
  if (kinds)
    and.push({ OR: [{ profile: { is: null } }, { profile: { is: { kind: null } } }, { profile: { is: { kind: { in: [...kinds] } } } }] })
  if (query.hospitalIds?.length)
    and.push({ profile: { is: { homeHospitalId: { in: query.hospitalIds } } } })
  if (query.within) {
    const { hospitalIds, twinHospitalIds, countries } = query.within
    and.push({ OR: [
      { applications: { some: { status: { not: 'draft' }, opportunity: { hostHospitalId: { in: hospitalIds } } } } },
      { profile: { is: { homeHospitalId: { in: [...hospitalIds, ...twinHospitalIds] } } } },
      { subscription: { is: { active: true, OR: [{ countries: { isEmpty: true } }, { countries: { hasSome: countries } }] } } },
    ] })
  }
  return { AND: and }
}
