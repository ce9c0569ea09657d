// After the /start greeting, a person without a completed profile is asked who
// they are; a returning person just gets the greeting and the menu.
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { onboardingId } from '../conversations/onboarding.js'
import { startFlow } from '../conversations/start-flow.js'
import { logHandle } from '../helpers/log-handle.js'

export function createOnboardingFeature() {
  const feature = new Composer<BotContext>()
  const privateChats = feature.chatType('private')

  // The greeting (start feature) goes first; the questions follow it.
  privateChats.command('start', logHandle('onboarding-check'), async (ctx, next) => {
    await next()
    // A deep link (a shared card, an invite) is what the person came for: no questions then.
    if (ctx.match || !ctx.user || Object.keys(ctx.conversation.active()).length > 0)
      return
    if (await ctx.domain.profiles.needsOnboarding(ctx.user.id))
      await startFlow(ctx, onboardingId)
  })
  return feature
}
