// The rules every step of a consultation shares: what may be asked (kinds,
// urgencies, limits), who is a hospital's specialist, the roles a person has
// on a request (read afresh at each call), and moving a request between
// states only from the state it was read in.
import type { Db, Tx } from '../db/client.js'
import type { ConsultationStatus } from '../generated/prisma/client.js'
import type { Rights } from './access.js'
import { coordinatesHospital } from './access.js'
import { consultRecipientSelect } from './consultation-notices.js'
import { ForbiddenError, NotFoundError, StateError, ValidationError } from './errors.js'

export const consultKinds = ['consultation', 'mentoring'] as const
export const consultUrgencies = ['routine', 'within_72h'] as const
export type ConsultKind = typeof consultKinds[number]
export type ConsultUrgency = typeof consultUrgencies[number]
export const consultLimits = { question: 1500, slots: 300, message: 1000, reason: 300, outcome: 1000, attachments: 5 } as const

export interface Who { userId: number, rights: Rights }

/** The time zones of a twin's country, for a specialist abroad still on the programme's default zone. */
export const countryZones: Record<string, string[]> = {
  PL: ['Europe/Warsaw'],
  DE: ['Europe/Berlin'],
  GB: ['Europe/London'],
  FR: ['Europe/Paris'],
  SE: ['Europe/Stockholm'],
  LT: ['Europe/Vilnius'],
  CA: ['America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Halifax'],
  IL: ['Asia/Jerusalem'],
  AT: ['Europe/Vienna'],
  US: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'],
  IT: ['Europe/Rome'],
  ES: ['Europe/Madrid'],
  NL: ['Europe/Amsterdam'],
  CZ: ['Europe/Prague'],
  SK: ['Europe/Bratislava'],
  EE: ['Europe/Tallinn'],
  LV: ['Europe/Riga'],
  CH: ['Europe/Zurich'],
  BE: ['Europe/Brussels'],
  DK: ['Europe/Copenhagen'],
  NO: ['Europe/Oslo'],
  FI: ['Europe/Helsinki'],
  IE: ['Europe/Dublin'],
}

export interface ConsultAttachmentInput { kind: 'photo' | 'document', fileId: string, fileUniqueId: string, fileName: string | null, mimeType: string | null, fileSize: number | null }

export interface NewConsultation {
  toHospitalId: number
  kind: ConsultKind
  specialty: string
  question: string
  urgency: ConsultUrgency
  preferredSlots: string | null
  attachments: ConsultAttachmentInput[]
  /** The requester confirmed the case is anonymised: nothing is sent without it. */
  anonymised: boolean
}

export const ref = { id: true, nameUk: true, nameEn: true, cityUk: true, cityEn: true, country: true } as const
export const rowInclude = {
  fromHospital: { select: ref },
  toHospital: { select: ref },
  requester: { select: { ...consultRecipientSelect, timezone: true } },
  specialist: { select: { ...consultRecipientSelect, timezone: true } },
} as const

/** The roles a person has on one request (a person may be several at once). */
export type Viewer = 'requester' | 'specialist' | 'coordinator'

export const openStatuses = ['requested', 'assigned', 'scheduled', 'declined'] as const
export const id32 = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2147483647

export function invalid(field: string, max?: number): never {
  throw new ValidationError('consult-input', field, `consultation ${field} is missing or too long`, max ? { max } : {})
}

export function checkText(value: string, field: keyof typeof consultLimits): string {
  const text = value.trim()
  if (!text || text.length > consultLimits[field])
    invalid(field, consultLimits[field])
  return text
}

/** A hospital's specialists: its coordinators, and the mentors of placements it hosts (not cancelled). */
export function specialistWhere(hospitalId: number) {
  return {
    erasedAt: null,
    OR: [
      { coordinatorOf: { some: { hospitalId } } },
      { mentoring: { some: { status: { not: 'cancelled' as const }, application: { opportunity: { hostHospitalId: hospitalId } } } } },
    ],
  }
}

/** The request with its hospitals and sides, or "not found". */
export async function loadRow(db: Db, id: number) {
  const found = id32(id) ? await db.consultation.findUnique({ where: { id }, include: rowInclude }) : null
  if (!found)
    throw new NotFoundError('Consultation', 'consult-not-found')
  return found
}
export type ConsultRow = Awaited<ReturnType<typeof loadRow>>

/** The roles a person has on a request: its requester, its specialist (not once declined), a coordinator of the twin. */
export function viewersOf(r: ConsultRow, who: Who): Viewer[] {
  const roles: Viewer[] = []
  if (r.requesterId === who.userId)
    roles.push('requester')
  if (r.specialistId === who.userId && r.status !== 'declined')
    roles.push('specialist')
  if (coordinatesHospital(who.rights, r.toHospitalId))
    roles.push('coordinator')
  return roles
}

/** The request, if the person has a role on it (else "not found": nobody learns it exists). */
export async function visible(db: Db, who: Who, id: number) {
  const r = await loadRow(db, id)
  const roles = viewersOf(r, who)
  if (roles.length === 0)
    throw new NotFoundError('Consultation', 'consult-not-found')
  return { r, roles }
}

/** Refuses unless the person has the role on the request. */
export function need(roles: Viewer[], role: Viewer) {
  if (!roles.includes(role))
    throw new ForbiddenError('forbidden', `only the ${role} may do this`)
}

/** Moves a request from one of `from` to a new state, or refuses when someone changed it meanwhile. */
export async function transition(tx: Tx, id: number, from: readonly ConsultationStatus[], data: object, where: object = {}) {
  const changed = await tx.consultation.updateMany({ where: { ...where, id, status: { in: [...from] } }, data })
  if (changed.count === 0)
    throw new StateError('consult-state', 'the request changed meanwhile')
}
