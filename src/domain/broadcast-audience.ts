// Broadcasts: who receives one (the audience), and writing it as one Broadcast
// row plus one outbox row per recipient, in one transaction. The dispatcher
// sends them and edits the coordinator's status message as it goes.
import type { Db } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import { recordAudit } from './audit.js'
import { escapeHtml } from '../html.js'
import { titleFor } from './localized.js'
import { DomainError } from './errors.js'

export type Audience =
  | { kind: 'all' }
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

function where(audience: Audience): Prisma.UserWhereInput {
  const base: Prisma.UserWhereInput = { reachable: true, erasedAt: null }
  switch (audience.kind) {
    case 'specialties':
      return { ...base, subscription: { active: true, OR: [{ specialties: { isEmpty: true } }, { specialties: { hasSome: audience.codes } }] } }
    case 'countries':
      return { ...base, subscription: { active: true, OR: [{ countries: { isEmpty: true } }, { countries: { hasSome: audience.codes } }] } }
    case 'doctors':
      return { ...base, profile: { kind: { in: ['doctor', 'healthcare_worker'] } } }
    case 'students':
      return { ...base, profile: { kind: 'student' } }
    case 'hospitals':
      return { ...base, profile: { homeHospitalId: { in: audience.hospitalIds } } }
    default:
      return base
  }
}

export function createBroadcasts(db: Db) {
  return {
    /** How many reachable people the audience has now. */
    count: (audience: Audience) => db.user.count({ where: where(audience) }),

    /**
     * Writes the broadcast and one outbox row per recipient (dedupe
     * `broadcast:<id>:<userId>`). Throws `broadcast-empty` when nobody matches.
     */
    async create(actorId: number, input: BroadcastInput): Promise<{ id: number, total: number }> {
      const recipients = await db.user.findMany({ where: where(input.audience), select: { id: true, telegramId: true, locale: true }, orderBy: { id: 'asc' } })
      if (recipients.length === 0)
        throw new DomainError('broadcast-empty', 'Nobody matches this audience')
      const opportunity = input.opportunityId ? await db.opportunity.findUnique({ where: { id: input.opportunityId } }) : null
      const link = opportunity && `https://t.me/${input.botUsername}?start=i${opportunity.id}`
      return db.$transaction(async (tx) => {
        const broadcast = await tx.broadcast.create({
          data: {
            createdById: actorId, text: input.html, opportunityId: opportunity?.id ?? null, audience: input.audience as object,
            status: 'sending', total: recipients.length, statusChatId: BigInt(input.statusChatId), statusMessageId: BigInt(input.statusMessageId),
          },
        })
        await tx.outboxMessage.createMany({
          data: recipients.map((r) => {
            const locale = r.locale ?? 'uk'
            const card = opportunity ? `\n\n📌 <b>${escapeHtml(titleFor(opportunity, locale))}</b>` : ''
            return {
              chatId: r.telegramId, userId: r.id, kind: 'broadcast', dedupeKey: `broadcast:${broadcast.id}:${r.id}`, broadcastId: broadcast.id,
              text: `${input.html}${card}`, locale,
              ...(link ? { replyMarkup: { inline_keyboard: [[{ text: input.applyLabel[locale] ?? input.applyLabel.uk, url: link }]] } } : {}),
            }
          }),
          skipDuplicates: true,
        })
        await recordAudit(tx, { actorId, action: 'broadcast-create', entityType: 'broadcast', entityId: broadcast.id, details: { audience: input.audience.kind, total: recipients.length } })
        return { id: broadcast.id, total: recipients.length }
      })
    },
  }
}
