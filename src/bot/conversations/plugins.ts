// Plugins every conversation installs. The person (and so the language) is
// read once from the outer context and pinned, so a `uk` user stays `uk`
// inside the flow and replays never touch the database.
import type { I18n } from '@grammyjs/i18n'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'

export function conversationPlugins(i18n: I18n<any>) {
  return async (conversation: BotConversation) => {
    const pinned = await conversation.external((ctx: BotContext) => ({ user: ctx.user, isAdmin: ctx.isAdmin }))
    return [
      async (ctx: ConversationContext, next: () => Promise<void>) => {
        ctx.user = pinned.user
        ctx.isAdmin = pinned.isAdmin
        await next()
      },
      i18n.middleware() as any,
    ]
  }
}
