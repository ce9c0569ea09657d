// "Chase": one press reminds everyone whose offer or missing document is still
// outstanding for an internship. At most one reminder of a kind per person a day.
import type { Db } from '../db/client.js'
import type { OutboxInput as OutboxRow } from '../outbox/enqueue.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import { deadlineParam, enqueue } from '../outbox/enqueue.js'
import { coordinatesHospital } from './access.js'
import { recordAudit } from './audit.js'
import { ForbiddenError, NotFoundError } from './errors.js'
import { pick } from './localized.js'

export function createChase(db: Db, clock: Clock) {
  return {
    /**
     * Enqueues reminders for open offers and for applications missing a
     * required document. Returns how many of each were enqueued (a second press
     * on the same day enqueues none). Throws `not-yours` for another hospital's internship.
     */
    async chase(actorId: number, rights: Rights, opportunityId: number, now = clock()): Promise<{ offers: number, documents: number }> {
      const opportunity = await db.opportunity.findUnique({ where: { id: opportunityId } })
      if (!opportunity)
        throw new NotFoundError('Opportunity')
      if (!coordinatesHospital(rights, opportunity.hostHospitalId))
        throw new ForbiddenError('not-yours', 'The internship belongs to another hospital')
      const apps = await db.application.findMany({
        where: { opportunityId, status: { in: ['submitted', 'under_review', 'waitlisted', 'offered'] } },
        include: { user: true, documents: { include: { document: { select: { type: true } } } } },
        orderBy: { id: 'asc' },
      })
      const day = now.toISOString().slice(0, 10)
      const offers: OutboxRow[] = []
      const documents: OutboxRow[] = []
      for (const app of apps) {
        const base = { chatId: app.user.telegramId, userId: app.userId, locale: app.user.locale ?? 'uk' }
        const title = pick(app.user.locale, opportunity, 'title')
        if (app.status === 'offered') {
          offers.push({ ...base, kind: 'chase-offer', dedupeKey: `chase:${app.id}:offer:${day}`, template: 'review-chase-offer', params: { title, deadline: app.offerExpiresAt ? deadlineParam(app.offerExpiresAt) : '' } })
        }
        const have = new Set(app.documents.map(d => d.document.type))
        if (opportunity.requiredDocuments.some(type => !have.has(type)))
          documents.push({ ...base, kind: 'chase-documents', dedupeKey: `chase:${app.id}:documents:${day}`, template: 'review-chase-documents', params: { title } })
      }
      return db.$transaction(async (tx) => {
        const result = { offers: await enqueue(tx, offers, now), documents: await enqueue(tx, documents, now) }
        await recordAudit(tx, { actorId, action: 'chase', entityType: 'opportunity', entityId: opportunityId, details: result })
        return result
      })
    },
  }
}
