// What a failed Bot API call means for an outbox row.
import { GrammyError, HttpError } from 'grammy'

export type SendFailure
  = | { kind: 'rate-limited', retryAfterMs: number, error: string }
    | { kind: 'unreachable', error: string }
    | { kind: 'transient', error: string }
    | { kind: 'permanent', error: string }

/** Sorts an error thrown by a send into what the dispatcher does next. */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    const text = `${error.error_code}: ${error.description}`.slice(0, 500)
    if (error.error_code === 429)
      return { kind: 'rate-limited', retryAfterMs: Math.max(1, error.parameters.retry_after ?? 1) * 1000, error: text }
    if (error.error_code === 403 || (error.error_code === 400 && /chat not found/i.test(error.description)))
      return { kind: 'unreachable', error: text }
    if (error.error_code >= 500)
      return { kind: 'transient', error: text }
    return { kind: 'permanent', error: text }
  }
  if (error instanceof HttpError)
    return { kind: 'transient', error: `network: ${String((error.error as Error)?.message ?? error.message)}`.slice(0, 500) }
  return { kind: 'permanent', error: `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500) }
}

/** Exponential backoff after the n-th failed attempt (1-based), capped. */
export function backoffMs(attempt: number, baseMs: number, maxMs = 10 * 60_000): number {
  return Math.min(maxMs, baseMs * 2 ** (attempt - 1))
}
