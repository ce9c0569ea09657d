// Sends outbox rows within Telegram's limits: one lease holder, claimed batches, paced sends, settled rows.
import type { Api } from 'grammy'
import type { Db } from '../db/client.js'
import type { Logger } from '../logger.js'
import type { Clock } from '../time/clock.js'
import type { Render, SendResult } from './dispatcher-send.js'
import type { ClaimedRow } from './dispatcher-store.js'
import { setTimeout as realSleep } from 'node:timers/promises'
import { afterQuietHours } from '../time/zones.js'
import { createSender } from './dispatcher-send.js'
import { claimRows, isBroadcastRow, releaseAll, renewLocks, requeue } from './dispatcher-store.js'
import { acquireLease, releaseLease } from './lease.js'
import { createRateLimiter } from './rate-limiter.js'

export type { Render }

export interface DispatcherDeps {
  prisma: Db
  /** A grammY Api of the dispatcher's own, without auto-retry: 429 is handled here. */
  api: Api
  render: Render
  logger: Logger
  /** Unique per process, e.g. `${hostname}:${pid}:${random}`. */
  instanceId: string
  /** Messages a second in all (default 25). */
  globalRate?: number
  /**
   * Broadcast rows go out as Telegram's paid broadcasts (`allow_paid_broadcast`), at up to
   * `globalRate`; every other row stays within `freeRate`. Off: every row shares `globalRate`.
   */
  paidBroadcast?: boolean
  /** Messages a second without the paid flag when `paidBroadcast` is on (default min(globalRate, 25)). */
  freeRate?: number
  /** Minimum gap between two messages to one chat (default 1000). */
  perChatIntervalMs?: number
  /** Rows claimed at once (default 100). */
  batchSize?: number
  /** Lifetime of the send lease; renewed every third of it (default 10 s). */
  leaseMs?: number
  /** How long a claimed row stays locked without renewal (default 2 × leaseMs). */
  lockMs?: number
  /** Sends in flight at once (default 8, or one per 20 messages a second of `globalRate` above 160/s). */
  concurrency?: number
  /** Attempts before a 5xx/network failure is final (default 5). */
  maxAttempts?: number
  /** First retry delay after a 5xx/network failure, doubled each time (default 2 s). */
  backoffBaseMs?: number
  /** How often to look for due rows when the queue is empty (default 500 ms). */
  pollMs?: number
  /** The clock for due times, locks, quiet hours and pacing. */
  clock: Clock
  /** How the loop waits `ms` (default: a timer); a fake clock's tests pass one that moves it. */
  sleep?: (ms: number) => Promise<void>
  /** Told the result of every send (metrics: sends by result, 429s). */
  onSendResult?: (result: SendResult) => void
}

export interface Dispatcher {
  start: () => void
  /** Stops claiming, finishes sends in flight, returns held rows and the lease. */
  stop: () => Promise<void>
  /** One claim-and-send round (tests): takes the lease, claims a batch, sends what is ready. Returns rows settled. */
  tick: () => Promise<number>
}

const leaseName = 'dispatcher'

/** Builds a dispatcher; nothing runs until `start()` (or `tick()`). */
export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const { prisma, logger, instanceId } = deps
  const now = deps.clock
  const sleep = deps.sleep ?? ((ms: number) => realSleep(ms))
  const leaseMs = deps.leaseMs ?? 10_000
  const lockMs = deps.lockMs ?? leaseMs * 2
  const globalRate = deps.globalRate ?? 25
  // At 1,000/s a batch lasts a tenth of a second: claim more at once.
  const batchSize = deps.batchSize ?? Math.max(100, Math.ceil(globalRate / 4))
  // Telegram answers in tens of ms: as many sends in flight as it takes to keep the rate.
  const concurrency = deps.concurrency ?? Math.max(8, Math.ceil(globalRate / 20))
  const pollMs = deps.pollMs ?? 500
  const paidBroadcast = deps.paidBroadcast ?? false
  const limiter = createRateLimiter({
    globalRate,
    freeRate: paidBroadcast ? (deps.freeRate ?? Math.min(globalRate, 25)) : globalRate,
    perChatIntervalMs: deps.perChatIntervalMs ?? 1000,
    now: () => now().getTime(),
  })
  /** Whether a row goes out as a paid broadcast. */
  const isPaid = (row: ClaimedRow) => paidBroadcast && isBroadcastRow(row)
  const held: ClaimedRow[] = []
  /** Rows being sent now, by id. */
  const sendingRows = new Map<bigint, ClaimedRow>()
  /** Rows sent (or failed) whose outcome the database did not take yet, with the write to try again. */
  const unwritten = new Map<bigint, { row: ClaimedRow, write: () => Promise<void> }>()
  /** Rows given up when the lease was lost, still to be put back in the queue. */
  const toRelease = new Set<bigint>()
  const inFlight = new Set<Promise<void>>()
  const busyChats = new Set<string>()
  let holding = false
  let running = false
  let loop: Promise<void> | undefined
  let leaseTimer: NodeJS.Timeout | undefined
  let renewing: Promise<void> | undefined
  let lastEmptyClaim = -Infinity
  const sender = createSender({ ...deps, limiter, lockMs, dropChat, isPaid, defer: (row, write) => unwritten.set(row.id, { row, write }) })

  /** Every row this dispatcher has in hand: the only rows whose locks it renews. */
  const inHand = () => [...held.map(row => row.id), ...sendingRows.keys(), ...unwritten.keys()]

  function dropChat(chatId: bigint) {
    for (let i = held.length - 1; i >= 0; i--) {
      if (held[i].chatId === chatId)
        held.splice(i, 1)
    }
  }

  /** Writes outcomes the database missed, then puts rows given up back in the queue; what fails is kept for the next round. */
  async function catchUp() {
    for (const [id, { write }] of unwritten) {
      try {
        await write()
        unwritten.delete(id)
      }
      catch (error) {
        logger.warn({ err: error, instanceId, unwritten: unwritten.size }, 'outcomes of sent rows still not recorded; will retry')
        return
      }
    }
    if (toRelease.size === 0)
      return
    try {
      await requeue(prisma, [...toRelease], instanceId)
      logger.info({ instanceId, released: toRelease.size }, 'dispatcher returned rows it gave up to the queue')
      toRelease.clear()
    }
    catch (error) {
      // Not renewed any more: their locks run out and any dispatcher claims them.
      logger.warn({ err: error, instanceId, rows: toRelease.size }, 'could not return rows to the queue; will retry')
    }
  }

  async function keepLease() {
    const was = holding
    await catchUp()
    try {
      holding = await acquireLease(prisma, leaseName, instanceId, leaseMs, now())
      if (holding)
        await renewLocks(prisma, instanceId, inHand(), new Date(now().getTime() + lockMs))
    }
    catch (error) {
      holding = false
      logger.error({ err: error, instanceId }, 'dispatcher lease renewal failed')
    }
    if (was !== holding)
      logger.info({ instanceId, holding }, holding ? 'dispatcher took the send lease' : 'dispatcher lost the send lease')
    // Without the lease, rows in hand go back (also rows a claim under way brought in after the lease was lost).
    if (!holding && held.length > 0) {
      for (const row of held.splice(0))
        toRelease.add(row.id)
      await catchUp()
    }
  }

  async function claim() {
    if (held.length >= batchSize * 4 || now().getTime() - lastEmptyClaim < pollMs)
      return
    // Enough rows ready to send (counted up to half a batch, this runs before every send).
    let ready = 0
    for (let i = 0; i < held.length && ready < batchSize / 2; i++) {
      if (limiter.chatWait(String(held[i].chatId)) === 0)
        ready++
    }
    if (ready >= batchSize / 2)
      return
    const at = now()
    // One row per chat in hand at a time: a chat's rows go out in order, each claimed, sent and marked under its own id.
    const exclude = [...new Set([...held.map(row => row.chatId), ...[...busyChats].map(BigInt), ...[...unwritten.values()].map(({ row }) => row.chatId)])]
    const rows = await claimRows(prisma, instanceId, at, new Date(at.getTime() + lockMs), batchSize, exclude)
    if (rows.length === 0)
      lastEmptyClaim = now().getTime()
    const quiet: ClaimedRow[] = []
    for (const row of rows) {
      const allowedAt = row.quiet ? afterQuietHours(at, row.timezone!) : at
      if (allowedAt > at)
        quiet.push(row)
      else
        held.push(row)
    }
    // Reminders due in the recipient's night wait for 08:00 local, one update per wake-up time.
    const byTime = new Map<number, bigint[]>()
    for (const row of quiet) {
      const time = afterQuietHours(at, row.timezone!).getTime()
      byTime.set(time, [...(byTime.get(time) ?? []), row.id])
    }
    for (const [time, ids] of byTime)
      await requeue(prisma, ids, instanceId, { dueAt: new Date(time) })
  }

  /** The first held row whose chat and budget (free or paid) allow a send now, else how long to wait. */
  function pick(): { row?: ClaimedRow, waitMs: number } {
    let waitMs = pollMs
    const budgetWait = [limiter.globalWait(false), paidBroadcast ? limiter.globalWait(true) : Infinity]
    for (let i = 0; i < held.length; i++) {
      const row = held[i]
      const chat = String(row.chatId)
      if (busyChats.has(chat))
        continue
      const wait = Math.max(limiter.chatWait(chat), budgetWait[isPaid(row) ? 1 : 0])
      if (wait === 0)
        return { row: held.splice(i, 1)[0], waitMs: 0 }
      waitMs = Math.min(waitMs, wait)
    }
    return { waitMs: held.length > 0 || inFlight.size > 0 ? Math.min(waitMs, 50) : waitMs }
  }

  /** One step of the send loop; returns false when there was nothing to send now. */
  async function step(allowClaim = true): Promise<boolean> {
    // A 429 stops every send; otherwise each row waits for its own budget (pick).
    const pausedFor = limiter.pausedFor()
    if (pausedFor > 0) {
      await sleep(pausedFor)
      return true
    }
    if (inFlight.size >= concurrency) {
      await Promise.race(inFlight)
      return true
    }
    if (allowClaim)
      await claim()
    const { row, waitMs } = pick()
    if (!row) {
      if (held.length === 0 && inFlight.size === 0)
        return false
      await Promise.race([sleep(waitMs), ...inFlight])
      return true
    }
    const chat = String(row.chatId)
    limiter.take(chat, isPaid(row))
    busyChats.add(chat)
    sendingRows.set(row.id, row)
    const sending = sender.send(row).finally(() => {
      busyChats.delete(chat)
      sendingRows.delete(row.id)
      inFlight.delete(sending)
    })
    inFlight.add(sending)
    return true
  }

  async function run() {
    // eslint-disable-next-line no-unmodified-loop-condition -- stop() clears it
    while (running) {
      try {
        if (!holding) {
          await sleep(Math.min(pollMs, leaseMs / 3))
          continue
        }
        if (!(await step()))
          await sleep(pollMs)
      }
      catch (error) {
        logger.error({ err: error, instanceId }, 'dispatcher loop failed; retrying')
        await sleep(pollMs)
      }
    }
  }

  return {
    start() {
      if (running)
        return
      running = true
      const renew = () => {
        renewing = keepLease().finally(() => {
          if (running)
            leaseTimer = setTimeout(renew, leaseMs / 3)
        })
        return renewing
      }
      loop = renew().then(run)
    },
    async stop() {
      running = false
      clearTimeout(leaseTimer)
      // A renewal under way would take the lease again after it is given back.
      await renewing
      await loop
      await Promise.allSettled(inFlight)
      held.length = 0
      // Outcomes of sends in flight first, so none of them goes back to the queue to be sent again.
      for (let attempt = 1; attempt <= 3 && unwritten.size > 0; attempt++) {
        await catchUp()
        if (unwritten.size > 0)
          await sleep(pollMs)
      }
      toRelease.clear()
      await releaseAll(prisma, instanceId, [...unwritten.keys()])
      unwritten.clear()
      await releaseLease(prisma, leaseName, instanceId)
      holding = false
    },
    async tick() {
      await keepLease()
      if (!holding)
        return 0
      lastEmptyClaim = -Infinity
      const before = sender.settled()
      await claim()
      while (held.length > 0 || inFlight.size > 0) {
        if (!(await step(false)))
          break
      }
      await Promise.allSettled(inFlight)
      return sender.settled() - before
    },
  }
}
