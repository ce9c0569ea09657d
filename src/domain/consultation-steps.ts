// The steps of a consultation, each checked at commit against the person's
// role on the request and its state: the request, the assignment, the
// specialist's zone, accept with a slot or decline, messages, the outcome,
// withdrawal. Each writes its audit entry and notices in one transaction.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { ConsultSide } from './consultation-notices.js'
import type { NewConsultation, Who } from './consultation-rules.js'
import { recordAudit } from './audit.js'
import { consultRecipientSelect, relayMessage, slotParam, tellCoordinators, tellOne } from './consultation-notices.js'
import { checkText, consultKinds, consultLimits, consultUrgencies, countryZones, id32, invalid, need, openStatuses, rowInclude, specialistWhere, transition, visible } from './consultation-rules.js'
import { ForbiddenError, StateError, ValidationError } from './errors.js'
import { isSpecialty } from './specialties.js'

export function createConsultationSteps(db: Db, clock: Clock) {
  return {
    /** Sends a request to the twin: checked again here (home hospital, twinning, anonymised, lengths). */
    async create(userId: number, input: NewConsultation): Promise<{ id: number }> {
      if (!input.anonymised)
        invalid('anonymised')
      if (!consultKinds.includes(input.kind) || !consultUrgencies.includes(input.urgency) || !isSpecialty(input.specialty))
        invalid('choice')
      const question = checkText(input.question, 'question')
      const preferredSlots = input.preferredSlots === null ? null : checkText(input.preferredSlots, 'slots')
      if (input.attachments.length > consultLimits.attachments)
        invalid('attachments', consultLimits.attachments)
      const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true, profile: { select: { homeHospitalId: true } } } })
      const fromHospitalId = user.profile?.homeHospitalId
      if (!fromHospitalId)
        throw new ValidationError('consult-no-home', 'homeHospital', 'the requester has no home hospital in their profile')
      const twinned = id32(input.toHospitalId) && await db.partnership.findFirst({ where: { ukrainianHospitalId: fromHospitalId, partnerHospitalId: input.toHospitalId } })
      if (!twinned)
        throw new ValidationError('consult-no-twin', 'toHospital', 'the hospital is not a twin of the requester\'s home hospital')
      const now = clock()
      return db.$transaction(async (tx) => {
        const created = await tx.consultation.create({
          data: {
            kind: input.kind,
            requesterId: userId,
            fromHospitalId,
            toHospitalId: input.toHospitalId,
            specialty: input.specialty,
            question,
            urgency: input.urgency,
            preferredSlots,
            requesterZone: user.timezone,
            anonymisedAt: now,
            createdAt: now,
            attachments: { create: input.attachments.map(a => ({ ...a, createdAt: now })) },
          },
          include: rowInclude,
        })
        await recordAudit(tx, { actorId: userId, action: 'consult-request', entityType: 'consultation', entityId: created.id, details: { toHospitalId: input.toHospitalId, kind: input.kind } })
        await tellCoordinators(tx, created, 'new', userId, now)
        return { id: created.id }
      })
    },

    /** The twin's coordinator names the specialist: one of that hospital's coordinators or mentors, checked now. */
    async assign(who: Who, id: number, specialistId: number) {
      const { r, roles } = await visible(db, who, id)
      need(roles, 'coordinator')
      const specialist = id32(specialistId) && specialistId !== r.requesterId
        ? await db.user.findFirst({ where: { id: specialistId, ...specialistWhere(r.toHospitalId) }, select: consultRecipientSelect })
        : null
      if (!specialist)
        throw new ForbiddenError('consult-not-specialist', 'the person is no coordinator or mentor of the twin hospital')
      const now = clock()
      await db.$transaction(async (tx) => {
        await transition(tx, id, ['requested', 'declined'], { status: 'assigned', specialistId: specialist.id, assignedAt: now, declineReason: null, slotAt: null })
        await recordAudit(tx, { actorId: who.userId, action: 'consult-assign', entityType: 'consultation', entityId: id, details: { specialistId: specialist.id } })
        await tellOne(tx, specialist, r, 'assigned', now, {}, r.requesterId)
        await tellOne(tx, r.requester, r, 'assigning', now)
      })
    },

    /** Sets the person's own time zone (one of the twin countries' zones, or Kyiv's). */
    async setZone(userId: number, zone: string) {
      if (zone !== 'Europe/Kyiv' && !Object.values(countryZones).flat().includes(zone))
        invalid('zone')
      await db.user.update({ where: { id: userId }, data: { timezone: zone } })
    },

    /** The specialist accepts and proposes the slot: an instant in the future. */
    async accept(who: Who, id: number, slotAt: Date) {
      const { r, roles } = await visible(db, who, id)
      need(roles, 'specialist')
      const now = clock()
      if (Number.isNaN(slotAt.getTime()) || slotAt <= now)
        throw new ValidationError('consult-slot-past', 'slotAt', 'the slot must be in the future')
      await db.$transaction(async (tx) => {
        await transition(tx, id, ['assigned'], { status: 'scheduled', slotAt }, { specialistId: who.userId })
        await recordAudit(tx, { actorId: who.userId, action: 'consult-accept', entityType: 'consultation', entityId: id, details: { slotAt: slotAt.toISOString() } })
        await tellOne(tx, r.requester, r, 'scheduled', now, slotParam(slotAt))
      })
      return { slotAt: slotAt.toISOString(), requesterZone: r.requester.timezone, zone: r.specialist?.timezone ?? null }
    },

    /** The specialist declines with a reason: the requester and the coordinators are told, who may assign again. */
    async decline(who: Who, id: number, reason: string) {
      const { r, roles } = await visible(db, who, id)
      need(roles, 'specialist')
      const text = checkText(reason, 'reason')
      const now = clock()
      await db.$transaction(async (tx) => {
        await transition(tx, id, ['assigned'], { status: 'declined', declineReason: text, slotAt: null }, { specialistId: who.userId })
        await recordAudit(tx, { actorId: who.userId, action: 'consult-decline', entityType: 'consultation', entityId: id })
        await tellOne(tx, r.requester, r, 'declined', now, { reason: text }, who.userId)
        await tellCoordinators(tx, r, 'declined', r.requesterId, now, { reason: text })
      })
    },

    /** A message to the other side, kept with the request and relayed by role (never the account). */
    async write(who: Who, id: number, body: string) {
      const { r, roles } = await visible(db, who, id)
      const side: ConsultSide | null = roles.includes('requester') ? 'requester' : roles.includes('specialist') ? 'specialist' : null
      if (!side)
        throw new ForbiddenError('forbidden', 'only the requester and the specialist write')
      if (!['assigned', 'scheduled', 'done'].includes(r.status) || !r.specialist)
        throw new StateError('consult-state', 'there is nobody on the other side yet')
      const text = checkText(body, 'message')
      const now = clock()
      await db.$transaction(async (tx) => {
        const saved = await tx.consultationMessage.create({ data: { consultationId: id, fromUserId: who.userId, side, text, createdAt: now } })
        await relayMessage(tx, side === 'requester' ? r.specialist : r.requester, r, side, text, saved.id, who.userId, now)
      })
      return { side }
    },

    /** The requester records the outcome: advice received, a follow-up wanted or not, and a 1–5 rating. */
    async complete(who: Who, id: number, result: { outcome: string, followUp: boolean, rating: number }) {
      const { r, roles } = await visible(db, who, id)
      need(roles, 'requester')
      const outcome = checkText(result.outcome, 'outcome')
      if (!Number.isInteger(result.rating) || result.rating < 1 || result.rating > 5)
        invalid('rating')
      const now = clock()
      if (!r.slotAt || r.slotAt > now)
        throw new StateError('consult-state', 'the consultation has not taken place yet')
      await db.$transaction(async (tx) => {
        await transition(tx, id, ['scheduled'], { status: 'done', outcome, followUp: result.followUp, rating: result.rating, doneAt: now })
        await recordAudit(tx, { actorId: who.userId, action: 'consult-done', entityType: 'consultation', entityId: id, details: { rating: result.rating } })
        await tellOne(tx, r.specialist, r, 'done', now, { followUp: result.followUp ? 'yes' : 'no' })
      })
    },

    /** The requester withdraws an open request; a specialist already named is told. */
    async cancel(who: Who, id: number) {
      const { r, roles } = await visible(db, who, id)
      need(roles, 'requester')
      const now = clock()
      await db.$transaction(async (tx) => {
        await transition(tx, id, openStatuses, { status: 'cancelled' })
        await recordAudit(tx, { actorId: who.userId, action: 'consult-cancel', entityType: 'consultation', entityId: id })
        if (r.status === 'assigned' || r.status === 'scheduled')
          await tellOne(tx, r.specialist, r, 'cancelled', now)
      })
    },
  }
}
