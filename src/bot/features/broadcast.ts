// /broadcast for coordinators: the conversation does the asking; delivery goes through the outbox.
import type { I18n } from '@grammyjs/i18n'
import type { BotContext } from '../context.js'
import { createConversation } from '@grammyjs/conversations'
import { Composer } from 'grammy'
import { broadcast, broadcastId } from '../conversations/broadcast.js'
import { waitLimit } from '../conversations/coord-ask.js'
import { conversationPlugins } from '../conversations/plugins.js'
import { startFlow } from '../conversations/start-flow.js'
import { staffOnly } from '../helpers/coord-guard.js'
import { logHandle } from '../helpers/log-handle.js'

export function createBroadcastFeature(i18n: I18n<any>) {
  const feature = new Composer<BotContext>()
  feature.use(createConversation(broadcast, { id: broadcastId, plugins: conversationPlugins(i18n), maxMillisecondsToWait: waitLimit }))
  feature.chatType('private').command('broadcast', logHandle('broadcast'), staffOnly(ctx => startFlow(ctx, broadcastId)))
  return feature
}
