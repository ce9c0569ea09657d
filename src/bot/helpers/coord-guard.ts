// The server-side check behind every coordinator command and button: rights are
// read from the database on each update, never trusted from callback data.
import type { Rights } from '../../domain/access.js'
import type { BotContext } from '../context.js'
import { isAdmin, isStaff } from '../../domain/access.js'

export type StaffHandler<C extends BotContext> = (ctx: C, rights: Rights) => Promise<unknown>

/** Refuses plainly, logs the attempt (ids only) and writes it to the audit log (rate-limited per person). */
export async function refuse(ctx: BotContext, key: 'coord-only' | 'admin-only' | 'coord-not-yours', entityId?: string | number) {
  // At most a few refusals per person are stored every ten minutes; every one is logged.
  const stored = await ctx.domain.audit.recordRefusal({ actorId: ctx.user?.id ?? null, action: `refused:${key}`, entityType: ctx.callbackQuery ? 'callback' : 'command', entityId: entityId ?? null }, ctx.clock())
  ctx.logger.warn({ update_id: ctx.update.update_id, user_id: ctx.from?.id, refusal: key, entity_id: entityId, stored }, 'coordinator action refused')
  if (ctx.callbackQuery && !ctx.callbackAnswered)
    await ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true })
  else
    await ctx.reply(ctx.t(key))
}

// Each gate: who passes it, and the refusal the others see.
const gates = {
  coordinator: { allows: isStaff, refusal: 'coord-only' },
  admin: { allows: isAdmin, refusal: 'admin-only' },
} as const

/** Wraps a handler so only coordinators (or, with `admin`, administrators) reach it. */
export function staffOnly<C extends BotContext>(handler: StaffHandler<C>, gate: keyof typeof gates = 'coordinator') {
  return async (ctx: C) => {
    const rights = await ctx.domain.access.rightsOf(ctx.user?.id, ctx.isAdmin)
    if (!gates[gate].allows(rights))
      return refuse(ctx, gates[gate].refusal)
    await handler(ctx, rights)
  }
}

/** The person's stored language, for picking `nameUk` or `nameEn`. */
export function localeOf(ctx: { user?: { locale: string } }): 'uk' | 'en' {
  return ctx.user?.locale === 'en' ? 'en' : 'uk'
}
