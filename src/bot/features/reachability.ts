// A person who blocks the bot is unreachable until they unblock it: delivery
// skips them. (`my_chat_member` in a private chat is about the bot itself.)
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'

export const reachabilityFeature = new Composer<BotContext>()

reachabilityFeature.chatType('private').on('my_chat_member', async (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status
  const reachable = status === 'member' || status === 'administrator'
  await ctx.domain.users.setReachable(ctx.myChatMember.from.id, reachable)
  // Alerts stop for good; unblocking does not turn them back on unasked.
  if (!reachable)
    await ctx.domain.subscriptions.deactivateByTelegramId(ctx.myChatMember.from.id)
  ctx.logger.info({ reachable }, 'reachability changed')
})
