// Keeps each running broadcast's status message up to date, at most every few seconds, then writes the report.
import type { Api } from 'grammy'
import type { Db } from '../db/client.js'
import type { Logger } from '../logger.js'
import type { Clock } from '../time/clock.js'
import type { Render } from './dispatcher-send.js'
import { GrammyError } from 'grammy'
import { broadcastReport } from './broadcast.js'
import { fallbackLocale } from './dispatcher-send.js'

export interface BroadcastProgressDeps {
  prisma: Db
  api: Api
  render: Render
  logger: Logger
  /** Minimum time between two edits of one status message (default 5000). */
  intervalMs?: number
  /** Stamps when a broadcast finished. */
  clock: Clock
  /** Waits between two rounds (default: a timer); tests pass their clock's, so the interval is on that clock. */
  sleep?: (ms: number) => Promise<void>
}

/** Builds the updater; `start()` runs a round every intervalMs, `update()` runs one round (tests). */
export function createBroadcastProgress(deps: BroadcastProgressDeps) {
  const intervalMs = deps.intervalMs ?? 5000
  const lastText = new Map<number, string>()
  let running = false
  let loop: Promise<void> | undefined
  let timer: NodeJS.Timeout | undefined
  let wake: (() => void) | undefined

  /** One interval, cut short by stop(). */
  function pause() {
    return new Promise<void>((resolve) => {
      wake = resolve
      if (deps.sleep)
        void deps.sleep(intervalMs).then(resolve)
      else
        timer = setTimeout(resolve, intervalMs)
    })
  }

  async function update() {
    const broadcasts = await deps.prisma.broadcast.findMany({
      where: { status: 'sending' },
      select: { id: true, statusChatId: true, statusMessageId: true, audience: true, createdBy: { select: { locale: true } } },
    })
    for (const broadcast of broadcasts) {
      const report = await broadcastReport(deps.prisma, broadcast.id)
      const done = report.left === 0
      const locale = broadcast.createdBy?.locale ?? fallbackLocale
      // The alerts of a published internship are reported the same way, in their own words.
      const alerts = (broadcast.audience as { alerts?: boolean } | null)?.alerts === true
      const text = deps.render(locale, `${alerts ? 'alerts' : 'broadcast'}-${done ? 'report' : 'progress'}`, { ...report })
      if (broadcast.statusChatId && broadcast.statusMessageId && lastText.get(broadcast.id) !== text) {
        try {
          await deps.api.editMessageText(Number(broadcast.statusChatId), Number(broadcast.statusMessageId), text)
          lastText.set(broadcast.id, text)
        }
        catch (error) {
          // Unchanged text is not an error; anything else is retried next round.
          if (!(error instanceof GrammyError && /not modified/.test(error.description)))
            deps.logger.warn({ err: error, broadcastId: broadcast.id }, 'could not edit broadcast status message')
          if (done)
            continue
        }
      }
      if (done) {
        const at = deps.clock()
        await deps.prisma.broadcast.update({ where: { id: broadcast.id }, data: { status: 'done', finishedAt: at, reportedAt: at } })
        lastText.delete(broadcast.id)
      }
    }
  }

  return {
    update,
    /** Rounds one interval apart (measured from the end of the last round), until stop(). */
    start() {
      running = true
      loop = (async () => {
        for (;;) {
          await pause()
          if (!running)
            break
          await update().catch(error => deps.logger.error({ err: error }, 'broadcast progress round failed'))
        }
      })()
    },
    async stop() {
      running = false
      clearTimeout(timer)
      wake?.()
      await loop
    },
  }
}
