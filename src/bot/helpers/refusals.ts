// The one mapping from a domain refusal to what the person reads. Features and
// conversations catch only DomainError (through `asRefusal` or `isRefusal`);
// every other error goes on to the error boundary and is logged.
import type { RefusalCode, RefusalParams } from '../../domain/errors.js'
import { maxDocumentBytes } from '../../domain/documents.js'
import { DomainError } from '../../domain/errors.js'

type Translate = (key: string, params?: Record<string, string | number>) => string

/** A refusal as plain JSON, safe to return from `conversation.external`. */
export interface Refusal { code: RefusalCode, params: RefusalParams }

interface Message { key: string, params?: (t: Translate, params: RefusalParams) => RefusalParams }

const maxMb = { params: () => ({ max: Math.round(maxDocumentBytes / 1024 / 1024) }) }

const messages: Record<RefusalCode, Message> = {
  'not-found': { key: 'error-not-found' },
  'apply-not-found': { key: 'apply-refused-not-found' },
  'entry-not-found': { key: 'logbook-not-found' },
  'entry-text': { key: 'logbook-refused-text' },
  'entry-date': { key: 'logbook-refused-date' },
  'entry-reviewed': { key: 'logbook-refused-reviewed' },
  'forbidden': { key: 'error-forbidden' },
  'not-yours': { key: 'coord-not-yours' },
  'invalid-country': { key: 'error-invalid-country' },
  'invalid-twinning': { key: 'twin-invalid' },
  'invalid-month': { key: 'error-invalid-month' },
  'invalid-start': { key: 'new-refused-invalid-start' },
  'invalid-end': { key: 'new-refused-invalid-end' },
  'invalid-deadline': { key: 'new-refused-invalid-deadline' },
  'invalid-deadline-past': { key: 'new-refused-invalid-deadline-past' },
  'invalid-seats': { key: 'new-refused-invalid-seats' },
  'profile-too-long': { key: 'error-profile-too-long' },
  'profile-out-of-range': { key: 'error-profile-out-of-range' },
  'profile-unknown-value': { key: 'error-profile-unknown-value' },
  'document-kind': { key: 'documents-wrong-kind', ...maxMb },
  'document-size': { key: 'documents-too-large', ...maxMb },
  'placement-dates': { key: 'padm-refused-dates' },
  'placement-field': { key: 'padm-refused-field' },
  'arrival-invalid': { key: 'padm-refused-arrival' },
  'placement-started': { key: 'padm-refused-started' },
  'wrong-status': { key: 'new-refused-wrong-status' },
  'stale': { key: 'error-stale-button' },
  'seats-full': { key: 'review-refused-seats-full' },
  'needs-endorsement': { key: 'review-refused-needs-endorsement' },
  'broadcast-empty': { key: 'bc-nobody' },
  'invite-invalid': { key: 'coord-invite-invalid' },
  'application-not-withdrawable': { key: 'error-application-not-withdrawable' },
  'application-no-offer': { key: 'error-application-no-offer' },
  'application-offer-lapsed': { key: 'error-application-offer-lapsed' },
  'apply-closed': { key: 'apply-refused-closed' },
  'apply-deadline': { key: 'apply-refused-deadline' },
  'apply-full': { key: 'apply-refused-full' },
  'apply-audience': { key: 'apply-refused-audience' },
  'apply-applied': { key: 'apply-refused-applied' },
  'apply-document-expired': { key: 'apply-refused-document-expired' },
  'survey-answered': { key: 'survey-refused-answered' },
  'survey-too-early': { key: 'survey-refused-too-early' },
  'portfolio-survey-first': { key: 'portfolio-refused-survey-first' },
  'event-text': { key: 'events-refused-text' },
  'event-start-past': { key: 'events-refused-start-past' },
  'event-end': { key: 'events-refused-end' },
  'event-place': { key: 'events-refused-place' },
  'event-url': { key: 'events-refused-url' },
  'event-closed': { key: 'events-refused-closed' },
  'event-not-started': { key: 'events-refused-not-started' },
  'event-not-attended': { key: 'events-refused-not-attended' },
  'already-decided': { key: 'review-already-decided', params: (t, p) => ({ status: t(`review-status-${p.status}`) }) },
  'application-changed': { key: 'error-application-changed' },
  'need-dates': { key: 'vol-refused-need-dates' },
  'volunteer-invalid': { key: 'vol-refused-invalid' },
  'need-status': { key: 'vol-refused-need-status' },
  'need-closed': { key: 'vol-refused-need-closed' },
  'volunteer-no-profile': { key: 'vol-refused-no-profile' },
  'volunteer-applied': { key: 'vol-refused-applied' },
  'volunteer-unverified': { key: 'vol-refused-unverified' },
  'volunteer-status': { key: 'vol-refused-status' },
  'consult-not-found': { key: 'consult-refused-not-found' },
  'consult-not-specialist': { key: 'consult-refused-not-specialist' },
  'consult-no-home': { key: 'consult-refused-no-home' },
  'consult-no-twin': { key: 'consult-refused-no-twin' },
  'consult-input': { key: 'consult-refused-input' },
  'consult-slot-past': { key: 'consult-refused-slot-past' },
  'consult-state': { key: 'consult-refused-state' },
}

/** The message key of each refusal code (for the test that both locales have them all). */
export function refusalKey(code: RefusalCode): string {
  return messages[code].key
}

/** What the person reads for a refusal (a DomainError, or one returned by `asRefusal`). */
export function refusalText(t: Translate, refusal: Refusal | DomainError): string {
  const message = messages[refusal.code]
  return t(message.key, { ...refusal.params, ...message.params?.(t, refusal.params) })
}

/** Whether an error is a refusal of the domain (and not a fault to be logged). */
export function isRefusal(error: unknown): error is DomainError {
  return error instanceof DomainError
}

/**
 * Runs a domain call and turns a refusal into a plain result, for handlers and
 * for `conversation.external` (its result must be JSON). Only DomainError is
 * caught: a database or network failure is rethrown, so it reaches the error
 * boundary and is logged.
 */
export async function asRefusal<T>(fn: () => Promise<T>): Promise<{ ok: true, value: T } | ({ ok: false } & Refusal)> {
  try {
    return { ok: true, value: await fn() }
  }
  catch (error) {
    if (error instanceof DomainError)
      return { ok: false, code: error.code, params: { ...error.params } }
    throw error
  }
}
