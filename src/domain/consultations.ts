// Tele-consultations and mentoring between twins: a Ukrainian doctor asks the
// twin of their home hospital (a Partnership) about an anonymised case, or for
// a mentor in a field; the twin's coordinator assigns a specialist of that
// hospital (one of its coordinators, or a mentor of a placement it hosts);
// the specialist accepts with a slot or declines with a reason; the sides
// write to each other through the bot; the requester records the outcome.
// Every step is checked at commit against the person's role and hospital
// (consultation-rules.ts); the reads and the steps live in their own files.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import { createConsultationReads } from './consultation-reads.js'
import { createConsultationSteps } from './consultation-steps.js'

export { consultKinds, consultLimits, consultUrgencies, countryZones, specialistWhere } from './consultation-rules.js'
export type { ConsultAttachmentInput, ConsultKind, ConsultUrgency, NewConsultation, Viewer, Who } from './consultation-rules.js'

export function createConsultations(db: Db, clock: Clock) {
  return { ...createConsultationReads(db, clock), ...createConsultationSteps(db, clock) }
}

export type Consultations = ReturnType<typeof createConsultations>
