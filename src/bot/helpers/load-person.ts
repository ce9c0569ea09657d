// The person behind the update, with the chat's session and open flows read in
// the same round trip (readForUpdate): the storages serve their next read from
// it, so an update outside any flow costs one query. Whatever was primed and not
// read is dropped when the update ends.
import type { NextFunction } from 'grammy'
import type { Db } from '../../db/client.js'
import type { PrismaStorage } from '../../db/storage.js'
import type { PersonKind } from '../../domain/profiles.js'
import type { BotContext } from '../context.js'
import { readForUpdate } from '../../db/update-read.js'
import { isStartCommand } from '../features/erased.js'

export function loadPerson(db: Db, storages: { session: Pick<PrismaStorage<unknown>, 'prime' | 'forget'>, conversationState: Pick<PrismaStorage<unknown>, 'prime' | 'forget'> }) {
  return async (ctx: BotContext, next: NextFunction) => {
    const from = ctx.from && !ctx.from.is_bot ? ctx.from : undefined
    const key = ctx.chat?.id.toString()
    if (!from && !key)
      return next()
    const rows = await readForUpdate(db, from?.id, key)
    if (key) {
      storages.session.prime(key, rows.session)
      storages.conversationState.prime(key, rows.conversationState)
    }
    try {
      if (from) {
        const user = await ctx.domain.users.touch(from, { start: isStartCommand(ctx), known: rows.person })
        if (user) {
          ctx.user = user
          ctx.profileBrief = { kind: rows.profile.kind as PersonKind | null, onboarded: rows.profile.onboardedAt !== null }
          await ctx.i18n.renegotiateLocale()
        }
        else {
          ctx.erased = true
        }
      }
      await next()
    }
    finally {
      if (key) {
        storages.session.forget(key)
        storages.conversationState.forget(key)
      }
    }
  }
}
