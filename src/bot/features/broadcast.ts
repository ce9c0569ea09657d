// /broadcast for coordinators: the conversation does the asking; delivery goes through the outbox.
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { broadcastId } from '../conversations/broadcast.js'
import { startFlow } from '../conversations/start-flow.js'
import { staffOnly } from '../helpers/coord-guard.js'
import { logHandle } from '../helpers/log-handle.js'

export function createBroadcastFeature() {
  const feature = new Composer<BotContext>()
  feature.chatType('private').command('broadcast', logHandle('broadcast'), staffOnly(ctx => startFlow(ctx, broadcastId)))
  return feature
}
