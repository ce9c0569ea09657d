// Broadcasts from the coordinator's side: the audience they choose, mapped to
// the audience rules (src/domain/audience.ts), resolved once into outbox rows.
// The dispatcher sends them and edits the coordinator's status message as it goes.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import type { AudienceQuery, HospitalCircle } from './audience.js'
import { resolveBroadcast } from '../delivery/broadcast.js'
import { escapeHtml } from '../html.js'
import { hospitalScope, isStaff } from './access.js'
import { countAudience } from './audience-count.js'
import { audienceFrom } from './audience.js'
import { recordAudit } from './audit.js'
import { ForbiddenError, StateError } from './errors.js'
import { pick } from './localized.js'

/** Whom a coordinator broadcasts to (not Prisma's `Audience` of an internship). */
export type BroadcastAudience
  = | { kind: 'all' }
    | { kind: 'specialties', codes: string[] }
    | { kind: 'countries', codes: string[] }
    | { kind: 'doctors' }
    | { kind: 'students' }
    | { kind: 'hospitals', hospitalIds: number[] }

export interface BroadcastInput {
  /** The message, already HTML-escaped by the caller. */
  html: string
  opportunityId: number | null
  audience: BroadcastAudience
  statusChatId: number
  statusMessageId: number
  /** The Apply button's label per locale, for an attached internship. */
  applyLabel: Record<string, string>
  botUsername: string
}

/** The audience the coordinator chose, as an audience query (also stored with the broadcast). */
export function toQuery(audience: BroadcastAudience): AudienceQuery {
  switch (audience.kind) {
    case 'specialties': return { specialties: audience.codes }
    case 'countries': return { countries: audience.codes }
    case 'doctors': return { audience: 'doctors' }
    case 'students': return { audience: 'students' }
    case 'hospitals': return { hospitalIds: audience.hospitalIds }
    default: return {}
  }
}

/**
 * Whom a coordinator may reach at all. Administrators and programme-wide
 * coordinators reach everyone; a hospital coordinator reaches the people of
 * their hospitals: applicants to their internships, the staff of their
 * hospitals and of their twins, and subscribers to their hospitals' countries
 * or to every country (see `AudienceQuery.within`).
 */
async function circleOf(db: Db, rights: Rights): Promise<HospitalCircle | undefined> {
  const scope = hospitalScope(rights)
  if (scope === 'all')
    return undefined
  const [twins, hospitals] = await Promise.all([
    db.partnership.findMany({ where: { OR: [{ ukrainianHospitalId: { in: scope } }, { partnerHospitalId: { in: scope } }] } }),
    db.hospital.findMany({ where: { id: { in: scope } }, select: { country: true } }),
  ])
  const twinHospitalIds = twins.map(p => scope.includes(p.ukrainianHospitalId) ? p.partnerHospitalId : p.ukrainianHospitalId)
  return { hospitalIds: scope, twinHospitalIds: [...new Set(twinHospitalIds)], countries: [...new Set(hospitals.map(h => h.country))] }
}

export function createBroadcasts(db: Db, clock: Clock) {
  const queryOf = async (rights: Rights, audience: BroadcastAudience): Promise<AudienceQuery> => ({ ...toQuery(audience), within: await circleOf(db, rights) })
  const count = async (rights: Rights, audience: BroadcastAudience) => {
    if (!isStaff(rights))
      throw new ForbiddenError()
    return countAudience(db, await queryOf(rights, audience))
  }
  return {
    /** How many people the audience selects now, within the coordinator's reach (reachable, not erased, alerts not turned off). */
    count,

    /** The Ukrainian hospitals whose staff the coordinator may pick as an audience. */
    async hospitalsInReach(rights: Rights) {
      const circle = await circleOf(db, rights)
      return db.hospital.findMany({
        where: { kind: 'ukrainian', ...(circle ? { id: { in: [...circle.hospitalIds, ...circle.twinHospitalIds] } } : {}) },
        orderBy: { nameEn: 'asc' },
        select: { id: true, nameUk: true, nameEn: true, cityUk: true, cityEn: true, country: true, kind: true },
      })
    },

    /**
     * Writes the broadcast, then one outbox row per recipient (dedupe
     * `broadcast:<id>:<userId>`, INSERT … SELECT by ranges of user ids). Throws StateError `broadcast-empty` when nobody matches.
     */
    async create(actorId: number, rights: Rights, input: BroadcastInput): Promise<{ id: number, total: number }> {
      const query = await queryOf(rights, input.audience)
      if (await count(rights, input.audience) === 0)
        throw new StateError('broadcast-empty', 'Nobody matches this audience')
      const opportunity = input.opportunityId ? await db.opportunity.findUnique({ where: { id: input.opportunityId } }) : null
      const link = opportunity && `https://t.me/${input.botUsername}?start=i${opportunity.id}`
      const broadcast = await db.$transaction(async (tx) => {
        const created = await tx.broadcast.create({
          data: {
            createdById: actorId,
            text: input.html,
            opportunityId: opportunity?.id ?? null,
            audience: query as object,
            status: 'draft',
            statusChatId: BigInt(input.statusChatId),
            statusMessageId: BigInt(input.statusMessageId),
          },
        })
        await recordAudit(tx, { actorId, action: 'broadcast-create', entityType: 'broadcast', entityId: created.id, details: { audience: input.audience.kind } })
        return created
      })
      const total = await resolveBroadcast(db, broadcast.id, audienceFrom(query), clock(), {
        message: (recipientLocale) => {
          const locale = recipientLocale ?? 'uk'
          const card = opportunity ? `\n\n📌 <b>${escapeHtml(pick(locale, opportunity, 'title'))}</b>` : ''
          return {
            text: `${input.html}${card}`,
            ...(link ? { replyMarkup: { inline_keyboard: [[{ text: input.applyLabel[locale] ?? input.applyLabel.uk, url: link }]] } } : {}),
          }
        },
      })
      return { id: broadcast.id, total }
    },
  }
}
