// How the domain refuses: one abstract DomainError, one concrete class per kind
// of refusal, and one list of codes. The bot maps each code to a message in one
// place (src/bot/helpers/refusals.ts); anything that is not a DomainError is a
// fault, and reaches the error boundary to be logged.

/** Every code the domain refuses with, grouped by the class that carries it. */
export const refusalCodes = {
  notFound: ['not-found', 'apply-not-found', 'entry-not-found', 'consult-not-found'],
  forbidden: ['forbidden', 'not-yours', 'consult-not-specialist'],
  validation: [
    'invalid-country',
    'invalid-twinning',
    'invalid-month',
    'invalid-start',
    'invalid-end',
    'invalid-deadline',
    'invalid-deadline-past',
    'invalid-seats',
    'profile-too-long',
    'profile-out-of-range',
    'profile-unknown-value',
    'document-kind',
    'document-size',
    'placement-dates',
    'placement-field',
    'arrival-invalid',
    'entry-text',
    'entry-date',
    'event-text',
    'event-start-past',
    'event-end',
    'event-place',
    'event-url',
    'need-dates',
    'volunteer-invalid',
    'consult-no-home',
    'consult-no-twin',
    'consult-input',
    'consult-slot-past',
  ],
  state: [
    'wrong-status',
    'stale',
    'seats-full',
    'needs-endorsement',
    'broadcast-empty',
    'invite-invalid',
    'application-not-withdrawable',
    'application-no-offer',
    'application-offer-lapsed',
    'apply-closed',
    'apply-deadline',
    'apply-full',
    'apply-audience',
    'apply-applied',
    'apply-document-expired',
    'placement-started',
    'entry-reviewed',
    'survey-answered',
    'survey-too-early',
    'portfolio-survey-first',
    'event-closed',
    'event-not-started',
    'event-not-attended',
    'need-status',
    'need-closed',
    'volunteer-no-profile',
    'volunteer-applied',
    'volunteer-unverified',
    'volunteer-status',
    'consult-state',
  ],
  conflict: ['already-decided', 'application-changed'],
} as const

type Codes = typeof refusalCodes
export type NotFoundCode = Codes['notFound'][number]
export type ForbiddenCode = Codes['forbidden'][number]
export type ValidationCode = Codes['validation'][number]
export type StateCode = Codes['state'][number]
export type ConflictCode = Codes['conflict'][number]
export type RefusalCode = NotFoundCode | ForbiddenCode | ValidationCode | StateCode | ConflictCode
export type RefusalParams = Record<string, string | number>

/** All refusal codes, for the test that each has a message in every locale. */
export const allRefusalCodes: readonly RefusalCode[] = Object.values(refusalCodes).flat()

/** A refusal of the programme's rules. Never thrown as is: use a subclass. */
export abstract class DomainError extends Error {
  constructor(readonly code: RefusalCode, message: string, readonly params: RefusalParams = {}) {
    super(message)
    this.name = new.target.name
  }
}

/** The thing asked for does not exist (or is not the person's to see). */
export class NotFoundError extends DomainError {
  constructor(what: string, code: NotFoundCode = 'not-found') {
    super(code, `${what} was not found`)
  }
}

/** The person may not do this: missing rights, or another hospital's record. */
export class ForbiddenError extends DomainError {
  constructor(code: ForbiddenCode = 'forbidden', message = 'This action needs rights the user does not have') {
    super(code, message)
  }
}

/** An input breaks a rule; `field` names the input (e.g. `deadline`, `studyYear`, `file`). */
export class ValidationError extends DomainError {
  constructor(code: ValidationCode, readonly field: string, message: string, params: RefusalParams = {}) {
    super(code, message, { ...params, field })
  }
}

/** The record is not in a state that allows this: closed, full, already applied, lapsed... */
export class StateError extends DomainError {
  constructor(code: StateCode, message: string, params: RefusalParams = {}) {
    super(code, message, params)
  }
}

/** The record changed since the caller read it (a stale version). */
export class ConflictError extends DomainError {
  constructor(code: ConflictCode, message: string, params: RefusalParams = {}) {
    super(code, message, params)
  }
}
