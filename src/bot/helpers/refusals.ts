// The one mapping from a refusal of the domain (a DomainError's code) to what
// the person reads: `error-<code>`, or the generic apology for a code without
// its own message.
import type { ConversationContext } from '../context.js'

export function refusalText(ctx: Pick<ConversationContext, 't'>, code: string, params: Record<string, string | number> = {}) {
  const key = `error-${code}`
  const text = ctx.t(key, params)
  return text.startsWith(key) ? ctx.t('error-generic') : text
}
