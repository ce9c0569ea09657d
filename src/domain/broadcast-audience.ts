// Broadcasts from the coordinator's side: the audience they choose, mapped to
// the delivery layer's filter, resolved once into outbox rows. The dispatcher
// sends them and edits the coordinator's status message as it goes.
import type { Db } from '../db/client.js'
import type { AudienceFilter } from '../delivery/broadcast.js'
import type { Clock } from '../time/clock.js'
import { audienceWhere, resolveBroadcast } from '../delivery/broadcast.js'
import { escapeHtml } from '../html.js'
import { recordAudit } from './audit.js'
import { DomainError } from './errors.js'
import { pick } from './localized.js'

export type Audience
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
  audience: Audience
  statusChatId: number
  statusMessageId: number
  /** The Apply button's label per locale, for an attached internship. */
  applyLabel: Record<string, string>
  botUsername: string
}

/** The audience the coordinator chose, as the delivery layer's filter. */
export function toFilter(audience: Audience): AudienceFilter {
  switch (audience.kind) {
    case 'specialties': return { specialties: audience.codes }
    case 'countries': return { countries: audience.codes }
    case 'doctors': return { kinds: ['doctor', 'healthcare_worker'] }
    case 'students': return { kinds: ['student'] }
    case 'hospitals': return { hospitalIds: audience.hospitalIds }
    default: return { all: true }
  }
}

export function createBroadcasts(db: Db, clock: Clock) {
  const count = (audience: Audience) => db.user.count({ where: audienceWhere(toFilter(audience)) })
  return {
    /** How many reachable people the audience has now. */
    count,

    /**
     * Writes the broadcast, then one outbox row per recipient (dedupe
     * `broadcast:<id>:<userId>`, page by page). Throws `broadcast-empty` when nobody matches.
     */
    async create(actorId: number, input: BroadcastInput): Promise<{ id: number, total: number }> {
      if (await count(input.audience) === 0)
        throw new DomainError('broadcast-empty', 'Nobody matches this audience')
      const opportunity = input.opportunityId ? await db.opportunity.findUnique({ where: { id: input.opportunityId } }) : null
      const link = opportunity && `https://t.me/${input.botUsername}?start=i${opportunity.id}`
      const broadcast = await db.$transaction(async (tx) => {
        const created = await tx.broadcast.create({
          data: {
            createdById: actorId,
            text: input.html,
            opportunityId: opportunity?.id ?? null,
            audience: toFilter(input.audience) as object,
            status: 'draft',
            statusChatId: BigInt(input.statusChatId),
            statusMessageId: BigInt(input.statusMessageId),
          },
        })
        await recordAudit(tx, { actorId, action: 'broadcast-create', entityType: 'broadcast', entityId: created.id, details: { audience: input.audience.kind } })
        return created
      })
      const total = await resolveBroadcast(db, broadcast.id, clock(), {
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
