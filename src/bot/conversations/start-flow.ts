// One flow at a time per chat: a button or command that starts a flow ends the
// one in progress (answers given so far are kept by each flow), instead of
// failing because another conversation is active.
import type { BotContext } from '../context.js'

export async function startFlow(ctx: BotContext, id: string, ...args: unknown[]) {
  await ctx.conversation.exitAll()
  await ctx.conversation.enter(id, ...args)
}
