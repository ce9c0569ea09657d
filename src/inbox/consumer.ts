// Handles updates from the inbox: N workers per instance, each holding one
// chat at a time (the claim sees to that across instances). A worker's done
// mark rides on its next claim, so an update costs one statement on the way
// out. Woken by this instance's inserts, and by a short poll for the others'.
import type { Update } from 'grammy/types'
import type { Db } from '../db/client.js'
import type { Logger } from '../logger.js'
import type { Clock } from '../time/clock.js'
import type { InboxRow, Settled } from './store.js'
import { trackHandling } from '../bot/helpers/update-handling.js'
import { isDatabaseUnavailable } from '../db/unavailable.js'
import { insertUpdates, releaseLeases, renewLeases, retryLater, settleAndClaim } from './store.js'

export interface InboxOptions {
  prisma: Db
  /** Handles one update: bot.handleUpdate. */
  handle: (update: Update) => Promise<void>
  logger: Logger
  clock: Clock
  /** Who holds the leases: unique per process. */
  instanceId: string
  /** Chats handled at once by this instance (default 8). */
  workers?: number
  /** How often an idle instance looks for updates other instances wrote (default 1000 ms). */
  pollMs?: number
  /** How long a claim holds its row; renewed while handling; a crashed holder's rows return after it (default 60 s). */
  lockMs?: number
  /** Claims before an update is given up (default 8). */
  maxAttempts?: number
  /** Wait before retrying an update the database failed, by attempt (default 2^attempt s, at most 60 s). */
  retryDelayMs?: (attempt: number) => number
}

export interface Inbox {
  /** Writes updates to the inbox (before they are acknowledged) and wakes a worker; returns how many were new. */
  accept: (updates: Update[]) => Promise<number>
  start: () => void
  /** Stops claiming, finishes the updates in hand, marks them, releases the leases. */
  stop: () => Promise<void>
}

const defaultRetryDelay = (attempt: number) => Math.min(60_000, 1000 * 2 ** attempt)

export function createInbox(options: InboxOptions): Inbox {
  const { prisma, logger, clock, instanceId: holder } = options
  const workers = options.workers ?? 8
  const pollMs = options.pollMs ?? 1000
  const lockMs = options.lockMs ?? 60_000
  const maxAttempts = options.maxAttempts ?? 8
  const retryDelay = options.retryDelayMs ?? defaultRetryDelay
  let running = false
  let loops: Promise<void>[] = []
  let pollTimer: NodeJS.Timeout | undefined
  let renewTimer: NodeJS.Timeout | undefined
  const idle: Array<() => void> = []
  // Rows this instance holds a lease on: being handled, or handled and not yet marked.
  const held = new Set<number>()
  let dbDownLogged = false

  function wake(count = 1) {
    for (let i = 0; i < count && idle.length > 0; i++)
      idle.shift()!()
  }
  const waitForWork = () => new Promise<void>(resolve => idle.push(resolve))
  // A backoff that stop() cuts short.
  const pauses = new Set<() => void>()
  const pause = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      pauses.delete(done)
      resolve()
    }
    pauses.add(done)
  })

  async function handleRow(row: InboxRow): Promise<Settled | undefined> {
    if (row.attempts > maxAttempts)
      return { updateId: row.updateId, outcome: 'gave-up', error: 'too many attempts' }
    const handling = trackHandling(row.update, row.attempts, row.attempts < maxAttempts)
    try {
      await options.handle(row.update)
    }
    catch (error) {
      // Outside the bot's error boundary (there should be nothing there).
      handling.failure ??= { error, retry: handling.canRetry && isDatabaseUnavailable(error) }
    }
    const failure = handling.failure
    if (!failure)
      return { updateId: row.updateId, outcome: 'ok' }
    if (!failure.retry)
      return { updateId: row.updateId, outcome: 'error', error: describe(failure.error) }
    const dueAt = new Date(clock().getTime() + retryDelay(row.attempts))
    logger.warn({ update_id: row.updateId, attempt: row.attempts, dueAt }, 'database unavailable: the update will be retried')
    // If this fails too, the lease running out retries the row just the same.
    await retryLater(prisma, holder, row.updateId, dueAt, describe(failure.error)).catch(() => {})
    held.delete(row.updateId)
    return undefined
  }

  async function worker() {
    let settled: Settled[] = []
    let failures = 0
    // eslint-disable-next-line no-unmodified-loop-condition -- stop() sets it
    while (running || settled.length > 0) {
      let rows: InboxRow[]
      try {
        const now = clock()
        rows = await settleAndClaim(prisma, holder, settled, running ? 1 : 0, now, new Date(now.getTime() + lockMs))
        for (const row of settled)
          held.delete(row.updateId)
        settled = []
        failures = 0
        dbDownLogged = false
      }
      catch (error) {
        failures++
        if (!dbDownLogged)
          logger.error({ err: { message: describe(error) } }, 'inbox: cannot claim updates; retrying')
        dbDownLogged = true
        // Stopping with marks the database cannot take: their leases run out and they are handled again.
        if (!running && failures >= 3)
          return
        await pause(Math.min(5000, 100 * 2 ** failures))
        continue
      }
      const [row] = rows
      if (!row) {
        if (running)
          await waitForWork()
        continue
      }
      // There may be more: let an idle worker look.
      wake()
      held.add(row.updateId)
      const result = await handleRow(row)
      if (result)
        settled.push(result)
    }
  }

  async function renew() {
    const now = clock()
    await renewLeases(prisma, holder, [...held], new Date(now.getTime() + lockMs))
      .catch(error => logger.warn({ err: { message: describe(error) } }, 'inbox: could not renew leases'))
  }

  return {
    async accept(updates) {
      const inserted = await insertUpdates(prisma, updates, clock())
      if (running && inserted > 0)
        wake(inserted)
      return inserted
    },
    start() {
      if (running)
        return
      running = true
      loops = Array.from({ length: workers }, () => worker())
      pollTimer = setInterval(() => wake(), pollMs)
      renewTimer = setInterval(() => void renew(), Math.max(1000, Math.floor(lockMs / 3)))
      // Updates written while no instance ran wait in the table: look at once.
      wake()
    },
    async stop() {
      if (!running)
        return
      running = false
      clearInterval(pollTimer)
      wake(idle.length)
      for (const done of [...pauses])
        done()
      await Promise.all(loops)
      clearInterval(renewTimer)
      await releaseLeases(prisma, holder).catch(error => logger.warn({ err: { message: describe(error) } }, 'inbox: could not release leases'))
    },
  }
}

// What is kept of an error in the row: its first line, short (never an update's text: errors carry none).
function describe(error: unknown) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return message.split('\n').find(line => line.trim())?.trim().slice(0, 300) ?? 'unknown error'
}
