// Consultations in the person's data (/mydata), in erasure (/deletedata) and in
// the programme's report (/stats: an experience exchange).
import type { Db, Tx } from '../db/client.js'
import type { Cell } from './stats.js'
import { smallCell } from './stats.js'

const askedSelect = {
  id: true,
  kind: true,
  fromHospitalId: true,
  toHospitalId: true,
  specialty: true,
  question: true,
  urgency: true,
  preferredSlots: true,
  requesterZone: true,
  anonymisedAt: true,
  status: true,
  slotAt: true,
  declineReason: true,
  outcome: true,
  followUp: true,
  rating: true,
  doneAt: true,
  createdAt: true,
  attachments: { select: { kind: true, fileName: true, mimeType: true, fileSize: true, createdAt: true }, orderBy: { id: 'asc' } },
  messages: { select: { side: true, text: true, createdAt: true }, orderBy: { id: 'asc' } },
} as const

/** What /mydata shows of consultations: those the person asked, those they gave, and what they wrote. */
export async function exportConsultations(db: Db, userId: number) {
  const [asked, given, written] = await Promise.all([
    db.consultation.findMany({ where: { requesterId: userId }, select: askedSelect, orderBy: { id: 'asc' } }),
    db.consultation.findMany({ where: { specialistId: userId }, select: { id: true, kind: true, toHospitalId: true, specialty: true, status: true, slotAt: true, declineReason: true, createdAt: true }, orderBy: { id: 'asc' } }),
    db.consultationMessage.findMany({ where: { fromUserId: userId }, select: { consultationId: true, side: true, text: true, createdAt: true }, orderBy: { id: 'asc' } }),
  ])
  return { consultationsAsked: asked, consultationsGiven: given, consultationMessagesWritten: written }
}

/**
 * Erases a person's consultation data: their requests keep only what the
 * report counts (kind, hospitals, specialty, status, slot, rating), the open
 * ones are cancelled, and their texts, attachments and threads go; as a
 * specialist, requests still open go back to the coordinator's queue, and
 * their messages and decline reasons go.
 */
export async function eraseConsultations(tx: Tx, userId: number) {
  const asked = { requesterId: userId }
  await tx.consultation.updateMany({ where: { ...asked, status: { in: ['requested', 'assigned', 'scheduled', 'declined'] } }, data: { status: 'cancelled' } })
  await tx.consultation.updateMany({ where: asked, data: { question: '', preferredSlots: null, outcome: null, declineReason: null } })
  await tx.consultationAttachment.deleteMany({ where: { consultation: asked } })
  await tx.consultationMessage.deleteMany({ where: { OR: [{ consultation: asked }, { fromUserId: userId }] } })
  await tx.consultation.updateMany({ where: { specialistId: userId, status: { in: ['assigned', 'scheduled'] } }, data: { status: 'requested', specialistId: null, slotAt: null, assignedAt: null } })
  await tx.consultation.updateMany({ where: { specialistId: userId }, data: { specialistId: null, declineReason: null } })
}

export interface ConsultationCounts { consultation: Cell, mentoring: Cell }

/**
 * The consultations held in [from, to) (done, by their slot) of the hospitals
 * given (as the asking or the answering side), or of all with null; with
 * `exact` false a count of one or two is `small`, as in the rest of the report.
 */
export async function consultationCounts(db: Db, from: Date, to: Date, hospitalIds: number[] | null, exact = hospitalIds === null): Promise<ConsultationCounts> {
  const scope = hospitalIds === null ? {} : { OR: [{ fromHospitalId: { in: hospitalIds } }, { toHospitalId: { in: hospitalIds } }] }
  const rows = await db.consultation.groupBy({ by: ['kind'], where: { ...scope, status: 'done', slotAt: { gte: from, lt: to } }, _count: { _all: true } })
  const n = (kind: string) => rows.find(r => r.kind === kind)?._count._all ?? 0
  const cell = (count: number): Cell => exact || count === 0 || count >= 3 ? count : smallCell
  return { consultation: cell(n('consultation')), mentoring: cell(n('mentoring')) }
}
