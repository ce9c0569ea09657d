// A person without a completed profile who sends /start is greeted by the
// onboarding flow (greeting and intro in one message, then the first question);
// a returning person gets the greeting and the menu from the start feature.
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { onboardingId } from '../conversations/onboarding.js'
import { startFlow } from '../conversations/start-flow.js'
import { logHandle } from '../helpers/log-handle.js'

export function createOnboardingFeature() {
  const feature = new Composer<BotContext>()
  const privateChats = feature.chatType('private')

  privateChats.command('start', logHandle('onboarding-check'), async (ctx, next) => {
    // A deep link (a shared card, an invite) is what the person came for: no questions then.
    if (ctx.match || !ctx.user || Object.keys(ctx.conversation.active()).length > 0)
      return next()
    if (ctx.profileBrief ? ctx.profileBrief.onboarded : !await ctx.domain.profiles.needsOnboarding(ctx.user.id))
      return next()
    await startFlow(ctx, onboardingId, { greet: true })
  })
  return feature
}
