// Plugins every conversation installs, once for all (create-bot.ts passes them
// to the conversations plugin). The person (and so the language) is read once
// from the outer context and pinned, so a `uk` user stays `uk` inside the flow
// and replays never touch the database.
import type { I18n } from '@grammyjs/i18n'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { installApiTransformers } from '../helpers/api-transformers.js'

export function conversationPlugins(i18n: I18n<any>) {
  return async (conversation: BotConversation) => {
    const pinned = await conversation.external((ctx: BotContext) => ({ user: ctx.user, isAdmin: ctx.isAdmin }))
    return [
      flowApiTransformers,
      async (ctx: ConversationContext, next: () => Promise<void>) => {
        ctx.user = pinned.user
        ctx.isAdmin = pinned.isAdmin
        await next()
      },
      i18n.middleware() as any,
    ]
  }
}

/**
 * The bot's API transformers inside flows. @grammyjs/conversations 2.x gives
 * each update in a flow a fresh Api with the bot's client options but not its
 * transformers, so without this a flow's HTML went out without parse_mode and
 * showed raw.
 *
 * The transformers wrap the conversation's own recording of calls, so on a
 * replay auto-retry sees a recorded 429 again and waits once more before the
 * recorded success: slower replays after a rare 429, rather than a flow that
 * fails on one.
 */
export function flowApiTransformers(ctx: ConversationContext, next: () => Promise<void>) {
  installApiTransformers(ctx.api)
  return next()
}
