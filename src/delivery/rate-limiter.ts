// Pacing for the dispatcher: two send budgets, per-chat spacing and a global pause (429).
//
// Telegram allows about 30 messages a second for free, and up to 1,000 a second to a bot that
// pays for broadcasts (`allow_paid_broadcast` on each call). So there are two budgets: the
// total (`globalRate`, every send) and the free one (`freeRate`, the sends without the flag:
// transactional notices, and everything when broadcasts are not paid). A free send spends from
// both, a paid send from the total only. Each budget is a token bucket (smooth pacing, small
// bursts) capped by a sliding window: never more than `rate` sends in any window of a second
// plus a margin, so a burst after a stall cannot cross Telegram's per-second count.

export interface RateLimiterOptions {
  /** Messages a second across all chats, paid or not. */
  globalRate: number
  /** Messages a second without the paid-broadcast flag (default: `globalRate`). */
  freeRate?: number
  /** Tokens that may accumulate while idle (default: 10 ms of sending, at least 2). */
  burst?: number
  /** Minimum gap between two messages to one chat. */
  perChatIntervalMs: number
  /** Added to the one-second window, for the jitter between here and Telegram (default 20 ms). */
  windowMarginMs?: number
  now: () => number
}

interface Budget {
  wait: (at: number) => number
  take: (at: number) => void
}

function createBudget(rate: number, burstOption: number | undefined, windowMs: number, start: number): Budget {
  const interval = 1000 / rate
  const burst = Math.max(2, burstOption ?? Math.ceil(rate / 100))
  const cap = Math.max(1, Math.floor(rate))
  let tokens = 1
  let refilledAt = start
  // Send times of the last `cap` sends, oldest first, in a ring.
  const ring = new Float64Array(cap).fill(-Infinity)
  let head = 0

  function refill(at: number) {
    tokens = Math.min(burst, tokens + (at - refilledAt) / interval)
    refilledAt = at
  }

  return {
    wait(at) {
      refill(at)
      const bucket = tokens >= 1 ? 0 : Math.ceil((1 - tokens) * interval)
      // ring[head] is the oldest of the last `cap` sends: one more may go once it leaves the window.
      const window = Math.max(0, Math.ceil(ring[head] + windowMs - at))
      return Math.max(bucket, window)
    },
    take(at) {
      refill(at)
      tokens -= 1
      ring[head] = at
      head = (head + 1) % cap
    },
  }
}

export function createRateLimiter(options: RateLimiterOptions) {
  const windowMs = 1000 + (options.windowMarginMs ?? 20)
  const start = options.now()
  const total = createBudget(options.globalRate, options.burst, windowMs, start)
  const freeRate = Math.min(options.freeRate ?? options.globalRate, options.globalRate)
  const free = freeRate < options.globalRate ? createBudget(freeRate, options.burst, windowMs, start) : undefined
  let pausedUntil = 0
  const lastByChat = new Map<string, number>()

  return {
    /** The free budget's rate and the total's (messages a second). */
    rates: { free: freeRate, total: options.globalRate },
    /** Milliseconds until a send slot is free (0: now); `paid` sends use the total budget only. */
    globalWait(paid = false): number {
      const at = options.now()
      if (pausedUntil > at)
        return pausedUntil - at
      const wait = total.wait(at)
      return paid || !free ? wait : Math.max(wait, free.wait(at))
    },
    /** Milliseconds until `chat` may receive again (0: now). */
    chatWait(chat: string): number {
      const last = lastByChat.get(chat)
      return last === undefined ? 0 : Math.max(0, last + options.perChatIntervalMs - options.now())
    },
    /** Spends from the budgets (the total, and the free one unless `paid`) and stamps the chat. */
    take(chat: string, paid = false) {
      const at = options.now()
      total.take(at)
      if (!paid)
        free?.take(at)
      lastByChat.set(chat, at)
      // Forget chats whose interval is long over, so the map stays small.
      if (lastByChat.size > 10_000) {
        for (const [key, value] of lastByChat) {
          if (value + options.perChatIntervalMs < at)
            lastByChat.delete(key)
        }
      }
    },
    /** Stops every send for `ms` (Telegram's retry_after). */
    pause(ms: number) {
      pausedUntil = Math.max(pausedUntil, options.now() + ms)
    },
    pausedFor(): number {
      return Math.max(0, pausedUntil - options.now())
    },
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>
