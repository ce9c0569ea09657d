// What the error boundary tells whoever fed the update in (the inbox): that
// it failed, and whether the failure was the database's and will be retried.
// Keyed by the update object itself (grammY's ctx.update is the one passed to
// handleUpdate), so createBot needs no inbox of its own and tests that call
// handleUpdate directly see no change.
import type { Update } from 'grammy/types'

export interface Handling {
  /** 1 on the first try; each retry after a database failure counts up. */
  attempt: number
  /** Whether a database failure may still be retried (false on the last attempt). */
  canRetry: boolean
  /** Set by the error boundary. */
  failure?: { error: unknown, retry: boolean }
}

const handlings = new WeakMap<Update, Handling>()

/** Registers the handling of `update` (before handleUpdate) and returns it, to read after. */
export function trackHandling(update: Update, attempt: number, canRetry: boolean): Handling {
  const handling: Handling = { attempt, canRetry }
  handlings.set(update, handling)
  return handling
}

/** The handling of an update fed by the inbox; undefined for one handed to the bot directly. */
export function handlingOf(update: Update): Handling | undefined {
  return handlings.get(update)
}
