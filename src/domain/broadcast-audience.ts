// Broadcasts from the coordinator's side: the audience they choose, mapped to
// the audience rules (src/domain/audience.ts), resolved once into outbox rows.
// The dispatcher sends them and edits the coordinator's status message as it goes.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { AudienceQuery } from './audience.js'
import { resolveBroadcast } from '../delivery/broadcast.js'
import { escapeHtml } from '../html.js'
import { audienceWhere } from './audience.js'
import { recordAudit } from './audit.js'
import { StateError } from './errors.js'
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

export function createBroadcasts(db: Db, clock: Clock) {
  const count = (audience: BroadcastAudience) => db.user.count({ where: audienceWhere(toQuery(audience)) })
  return {
    /** How many people the audience selects now (reachable, not erased, alerts not turned off). */
    count,

    /**
     * Writes the broadcast, then one outbox row per recipient (dedupe
     * `broadcast:<id>:<userId>`, page by page). Throws StateError `broadcast-empty` when nobody matches.
     */
    async create(actorId: number, input: BroadcastInput): Promise<{ id: number, total: number }> {
      if (await count(input.audience) === 0)
        throw new StateError('broadcast-empty', 'Nobody matches this audience')
      const opportunity = input.opportunityId ? await db.opportunity.findUnique({ where: { id: input.opportunityId } }) : null
      const link = opportunity && `https://t.me/${input.botUsername}?start=i${opportunity.id}`
      const broadcast = await db.$transaction(async (tx) => {
        const created = await tx.broadcast.create({
          data: {
            createdById: actorId,
            text: input.html,
            opportunityId: opportunity?.id ?? null,
            audience: toQuery(input.audience) as object,
            status: 'draft',
            statusChatId: BigInt(input.statusChatId),
            statusMessageId: BigInt(input.statusMessageId),
          },
        })
        await recordAudit(tx, { actorId, action: 'broadcast-create', entityType: 'broadcast', entityId: created.id, details: { audience: input.audience.kind } })
        return created
      })
      const total = await resolveBroadcast(db, broadcast.id, audienceWhere(toQuery(input.audience)), clock(), {
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
