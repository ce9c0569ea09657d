// Counts updates by kind and outcome, and the errors that reach the boundary.
// The outcome is `error` when the handler failed, whether the boundary caught it or not.
import type { Context, MiddlewareFn } from 'grammy'
import type { Update } from 'grammy/types'
import type { Metrics } from '../../ops/metrics.js'

/** The update's kind: message, callback_query, my_chat_member, … */
export function updateKind(update: Update) {
  return Object.keys(update).find(key => key !== 'update_id') ?? 'unknown'
}

export function updateMetrics(metrics: Metrics) {
  const failed = new WeakSet<Context>()
  const count: MiddlewareFn<Context> = async (ctx, next) => {
    let outcome = 'error'
    try {
      await next()
      outcome = failed.has(ctx) ? 'error' : 'ok'
    }
    finally {
      metrics.updates.inc({ kind: updateKind(ctx.update), outcome })
    }
  }
  return {
    /** First in the chain, outside the error boundary. */
    count,
    /** Called by the error boundary for each error it catches. */
    failed(ctx: Context) {
      failed.add(ctx)
      metrics.handlerErrors.inc()
    },
  }
}
