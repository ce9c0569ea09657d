// What people read of consultations: where a doctor may ask, the /consults
// queue, one request's card with what the reader may do, its attachments, the
// specialists a coordinator may assign, and the report's counts.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { Who } from './consultation-rules.js'
import type { HospitalRef } from './opportunities.js'
import { consultationCounts } from './consultation-data.js'
import { need, openStatuses, ref, specialistWhere, visible } from './consultation-rules.js'
import { monthRange } from './export.js'

export function createConsultationReads(db: Db, clock: Clock) {
  return {
    /** The consultations held in a `YYYY-MM` month, for the report (the hospitals given, or all with null). */
    counts(month: string, hospitalIds: number[] | null) {
      const { from, to } = monthRange(month)
      return consultationCounts(db, from, to, hospitalIds)
    },

    /** Where a doctor may ask: their home hospital (profile) and its twins abroad, and their time zone. */
    async start(userId: number): Promise<{ home: HospitalRef | null, twins: HospitalRef[], zone: string }> {
      const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true, profile: { select: { homeHospital: { select: { ...ref, ukrainianSide: { select: { partnerHospital: { select: ref } }, orderBy: { id: 'asc' } } } } } } } })
      const home = user.profile?.homeHospital ?? null
      if (!home)
        return { home: null, twins: [], zone: user.timezone }
      const { ukrainianSide, ...hospital } = home
      return { home: hospital, twins: ukrainianSide.map(p => p.partnerHospital), zone: user.timezone }
    },

    /** The person's requests, those waiting at the hospitals they coordinate, and those they are the specialist of. */
    async queue(who: Who) {
      const select = { id: true, kind: true, status: true, urgency: true, specialty: true, slotAt: true, createdAt: true, fromHospital: { select: ref }, toHospital: { select: ref } } as const
      const scope = who.rights.roles.some(r => r.kind === 'admin' || (r.kind === 'coordinator' && r.hospitals === 'all'))
        ? {}
        : { toHospitalId: { in: who.rights.roles.flatMap(r => r.kind === 'coordinator' && r.hospitals !== 'all' ? r.hospitals : []) } }
      const coordinates = who.rights.roles.some(r => r.kind === 'admin' || r.kind === 'coordinator')
      const [asked, toAssign, given] = await Promise.all([
        db.consultation.findMany({ where: { requesterId: who.userId }, select, orderBy: { id: 'desc' }, take: 20 }),
        coordinates ? db.consultation.findMany({ where: { ...scope, status: { in: ['requested', 'declined'] } }, select, orderBy: [{ urgency: 'desc' }, { id: 'asc' }], take: 20 }) : [],
        db.consultation.findMany({ where: { specialistId: who.userId, status: { in: ['assigned', 'scheduled', 'done'] } }, select, orderBy: { id: 'desc' }, take: 20 }),
      ])
      const plain = (rows: typeof asked) => rows.map(r => ({ ...r, slotAt: r.slotAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() }))
      return { asked: plain(asked), toAssign: plain(toAssign), given: plain(given) }
    },

    /** One request as the person may see it, with its last messages and what they may do. */
    async card(who: Who, id: number) {
      const { r, roles } = await visible(db, who, id)
      const [messages, attachments, viewer] = await Promise.all([
        db.consultationMessage.findMany({ where: { consultationId: id }, orderBy: { id: 'desc' }, take: 5, select: { side: true, text: true, createdAt: true } }),
        db.consultationAttachment.count({ where: { consultationId: id } }),
        db.user.findUniqueOrThrow({ where: { id: who.userId }, select: { timezone: true } }),
      ])
      const can = {
        assign: roles.includes('coordinator') && (r.status === 'requested' || r.status === 'declined'),
        answer: roles.includes('specialist') && r.status === 'assigned',
        write: (roles.includes('requester') || roles.includes('specialist')) && ['assigned', 'scheduled', 'done'].includes(r.status) && r.specialistId !== null,
        // Afterwards: once the slot has begun.
        outcome: roles.includes('requester') && r.status === 'scheduled' && r.slotAt !== null && r.slotAt <= clock(),
        cancel: roles.includes('requester') && (openStatuses as readonly string[]).includes(r.status),
      }
      return {
        id: r.id,
        kind: r.kind,
        status: r.status,
        urgency: r.urgency,
        specialty: r.specialty,
        question: r.question,
        preferredSlots: r.preferredSlots,
        requesterZone: r.requesterZone,
        from: r.fromHospital,
        to: r.toHospital,
        slotAt: r.slotAt?.toISOString() ?? null,
        specialistZone: r.specialist?.timezone ?? null,
        declineReason: r.declineReason,
        outcome: r.outcome,
        followUp: r.followUp,
        rating: r.rating,
        createdAt: r.createdAt.toISOString(),
        roles,
        zone: viewer.timezone,
        attachments,
        messages: messages.reverse().map(m => ({ side: m.side, text: m.text, createdAt: m.createdAt.toISOString() })),
        can,
      }
    },

    /** The attachments of a request, for someone with a role on it. */
    async attachments(who: Who, id: number) {
      await visible(db, who, id)
      return db.consultationAttachment.findMany({ where: { consultationId: id }, orderBy: { id: 'asc' }, select: { id: true, kind: true, fileId: true, fileName: true } })
    },

    /** Who the coordinator may assign: the twin hospital's coordinators and the mentors of its placements. */
    async candidates(who: Who, id: number) {
      const { r, roles } = await visible(db, who, id)
      need(roles, 'coordinator')
      const people = await db.user.findMany({
        where: { ...specialistWhere(r.toHospitalId), id: { not: r.requesterId } },
        select: { id: true, firstName: true, lastName: true, profile: { select: { fullName: true, specialty: true } }, coordinatorOf: { where: { hospitalId: r.toHospitalId }, select: { id: true } } },
        orderBy: { id: 'asc' },
        take: 30,
      })
      return people.map(p => ({
        userId: p.id,
        name: p.profile?.fullName || [p.firstName, p.lastName].filter(Boolean).join(' ') || `#${p.id}`,
        specialty: p.profile?.specialty ?? null,
        role: p.coordinatorOf.length ? 'coordinator' as const : 'mentor' as const,
      }))
    },
  }
}
