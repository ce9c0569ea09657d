// Polling mode: getUpdates long polling, written to the inbox before Telegram
// is told we have them. The offset (last update_id + 1) is only advanced after
// the batch is in the database, so while the database is down fetching waits
// (backoff) and Telegram keeps the updates. A small loop of our own rather than
// @grammyjs/runner: the runner's source confirms a batch by fetching the next
// one as soon as its sink takes it, and its sink handles updates in memory;
// here nothing is confirmed before it is stored, and handling is the inbox's.
import type { Api } from 'grammy'
import type { Update } from 'grammy/types'
import type { Logger } from '../logger.js'
import { GrammyError } from 'grammy'

/** What the bot asks Telegram for, in both modes. */
export const allowedUpdates = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const

export interface PollerOptions {
  /** An Api without auto-retry: the poller backs off on its own. Its timeout must exceed `timeoutSeconds`. */
  api: Api
  /** Stores a batch (the inbox's accept); throws when the database does not take it. */
  accept: (updates: Update[]) => Promise<unknown>
  logger: Logger
  /** Long polling wait (default 30 s). */
  timeoutSeconds?: number
  /** Backoff after a failure, by consecutive failures (default 0.5 s doubling, at most 30 s). */
  backoffMs?: (failures: number) => number
}

export interface Poller {
  /** Stops fetching (aborts the long poll in flight) and resolves once the loop has ended. */
  stop: () => Promise<void>
  /** The next getUpdates offset: every update below it is in the inbox. */
  offset: () => number
}

export function startPoller(options: PollerOptions): Poller {
  const { api, logger } = options
  const backoff = options.backoffMs ?? ((failures: number) => Math.min(30_000, 500 * 2 ** (failures - 1)))
  const controller = new AbortController()
  const { signal } = controller
  let offset = 0

  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done)
  })

  async function fetchBatch(): Promise<Update[] | undefined> {
    for (let failures = 1; !signal.aborted; failures++) {
      try {
        return await api.getUpdates({ offset, limit: 100, timeout: options.timeoutSeconds ?? 30, allowed_updates: [...allowedUpdates] }, signal as Parameters<Api['getUpdates']>[1])
      }
      catch (error) {
        if (signal.aborted)
          return undefined
        const conflict = error instanceof GrammyError && error.error_code === 409
        logger.warn({ err: { message: String((error as Error)?.message ?? error) }, failures }, conflict ? 'getUpdates: another instance is polling with this token' : 'getUpdates failed; retrying')
        await sleep(backoff(failures))
      }
    }
    return undefined
  }

  // Retries the same batch until the database takes it: it is not confirmed before.
  async function store(updates: Update[]): Promise<boolean> {
    for (let failures = 1; !signal.aborted; failures++) {
      try {
        await options.accept(updates)
        return true
      }
      catch (error) {
        if (failures === 1)
          logger.error({ err: { message: String((error as Error)?.message ?? error).split('\n')[0] }, updates: updates.length }, 'polling: the inbox did not take the updates; fetching paused until it does')
        await sleep(backoff(failures))
      }
    }
    return false
  }

  const loop = (async () => {
    while (!signal.aborted) {
      const updates = await fetchBatch()
      if (!updates || updates.length === 0)
        continue
      if (!(await store(updates)))
        return
      offset = updates.at(-1)!.update_id + 1
    }
  })()

  return {
    async stop() {
      controller.abort()
      await loop
      // Tell Telegram what is stored, as grammY's own stop does (else the last batch comes again: a no-op).
      if (offset > 0)
        await api.getUpdates({ offset, limit: 1, timeout: 0 }).catch(() => {})
    },
    offset: () => offset,
  }
}
