// Pacing for the dispatcher: a global token bucket, per-chat spacing and a global pause (429).

export interface RateLimiterOptions {
  /** Messages a second across all chats. */
  globalRate: number
  /** Tokens that may accumulate while idle; small, so a burst stays under Telegram's 30/s. */
  burst?: number
  /** Minimum gap between two messages to one chat. */
  perChatIntervalMs: number
  now: () => number
}

export function createRateLimiter(options: RateLimiterOptions) {
  const interval = 1000 / options.globalRate
  const burst = Math.max(1, options.burst ?? 2)
  let tokens = 1
  let refilledAt = options.now()
  let pausedUntil = 0
  const lastByChat = new Map<string, number>()

  function refill(at: number) {
    tokens = Math.min(burst, tokens + (at - refilledAt) / interval)
    refilledAt = at
  }

  return {
    /** Milliseconds until a global send slot is free (0: now). */
    globalWait(): number {
      const at = options.now()
      if (pausedUntil > at)
        return pausedUntil - at
      refill(at)
      return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * interval)
    },
    /** Milliseconds until `chat` may receive again (0: now). */
    chatWait(chat: string): number {
      const last = lastByChat.get(chat)
      return last === undefined ? 0 : Math.max(0, last + options.perChatIntervalMs - options.now())
    },
    /** Spends a global token and stamps the chat. */
    take(chat: string) {
      const at = options.now()
      refill(at)
      tokens -= 1
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
