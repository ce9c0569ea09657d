// Network failures of the Bot API carry the request URL, and with it the bot
// token (…/bot<TOKEN>/sendMessage), in the message and stack of the error and
// of its causes. This transformer rewrites them before anyone logs or stores
// them, and rethrows the same error object.
import type { Transformer } from 'grammy'
import { Api } from 'grammy'
import { scrubSecrets } from '../logger.js'

const maxDepth = 5

function scrubInPlace(error: unknown, secrets: string[], seen: Set<unknown>, depth = 0) {
  if (!error || typeof error !== 'object' || seen.has(error) || depth > maxDepth)
    return
  seen.add(error)
  const record = error as Record<string, unknown>
  for (const field of ['message', 'stack']) {
    if (typeof record[field] === 'string') {
      try {
        record[field] = scrubSecrets(record[field], secrets)
      }
      catch {
        // A read-only field stays; the logger's own scrub is the last defence.
      }
    }
  }
  // grammY's HttpError keeps its cause in `.error`; standard errors in `.cause`.
  scrubInPlace(record.error, secrets, seen, depth + 1)
  scrubInPlace(record.cause, secrets, seen, depth + 1)
}

/** Removes the token from any error a Bot API call throws (and from its causes). */
export function scrubError<E>(error: E, token: string): E {
  scrubInPlace(error, [token], new Set())
  return error
}

/** A grammY API transformer: errors thrown below it come out without the token. */
export function scrubErrorsTransformer(token: string): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal)
    }
    catch (error) {
      throw scrubError(error, token)
    }
  }
}

/**
 * A plain Api (no auto-retry) for work outside the bot's updates: the
 * dispatcher, broadcast progress, the start-up getMe. Errors never carry the token.
 */
export function createPlainApi(token: string, options: { apiRoot: string, timeoutSeconds?: number }): Api {
  const api = new Api(token, options as ConstructorParameters<typeof Api>[1])
  api.config.use(scrubErrorsTransformer(token))
  return api
}
