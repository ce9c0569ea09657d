// Time inside a conversation: the outer context's clock, read through
// `conversation.external`, so a replay gets the instant of the first run back.
import type { BotContext, BotConversation } from '../context.js'

/** The clock's "now" at this point of the flow (a number survives storage, a Date would not). */
export async function conversationNow(conversation: BotConversation): Promise<Date> {
  return new Date(await conversation.external((outer: BotContext) => outer.clock().getTime()))
}
