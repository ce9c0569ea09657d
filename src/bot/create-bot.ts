// The composition root of the bot. One chat's updates come here in order, one
// at a time: the inbox (src/inbox/) sees to that, across instances, so there is
// no sequentialize here. Middleware order, and why:
//  1. API transformers - auto-retry on 429/5xx, HTML parse mode for every reply,
//     errors without the bot token (and the same ones inside every conversation:
//     flowApiTransformers)
//  2. deps + a child logger per update
//  3. error boundary around everything below: a failing handler never stops the
//     bot; a database failure of an inbox update is retried (error-boundary.ts)
//  4. i18n (Telegram's language), then the person behind the update (database),
//     whose stored language then wins; a person who erased their data gets one
//     short answer and goes no further. A database that cannot be read still
//     gets the person a localized apology.
//  5. session and conversations, both stored in the database, and every flow
//     (registry.ts); then the per-person limit on commands and uploads outside a flow
//  6. features, one Composer each; `unhandled` last
import type { BotConfig } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import type { Db } from '../db/client.js'
import type { Metrics } from '../ops/metrics.js'
import type { BotContext, Deps, SessionData } from './context.js'
import type { RateLimit } from './rate-limit.js'
import { conversations } from '@grammyjs/conversations'
import { Bot, lazySession } from 'grammy'
import { createPrismaStorage } from '../db/storage.js'
import { conversationPlugins } from './conversations/plugins.js'
import { flowsComposer } from './conversations/registry.js'
import { onBotError } from './error-boundary.js'
import { alertsFeature } from './features/alerts.js'
import { createApplyFeature } from './features/apply.js'
import { auditFeature } from './features/audit.js'
import { createBroadcastFeature } from './features/broadcast.js'
import { createCoordinatorInviteFeature } from './features/coordinator-invite.js'
import { createCoordinatorsFeature } from './features/coordinators.js'
import { deepLinkFeature } from './features/deep-link.js'
import { createDocumentsFeature } from './features/documents.js'
import { createDraftsFeature } from './features/drafts.js'
import { erasedGate, isStartCommand } from './features/erased.js'
import { helpFeature } from './features/help.js'
import { createHospitalsAdminFeature } from './features/hospitals-admin.js'
import { hospitalsFeature } from './features/hospitals.js'
import { internshipsFeature } from './features/internships.js'
import { invitesAdminFeature } from './features/invites-admin.js'
import { languageFeature } from './features/language.js'
import { createMentorFeature } from './features/mentor.js'
import { myApplicationsFeature } from './features/my-applications.js'
import { createOnboardingFeature } from './features/onboarding.js'
import { createPlacementAdminFeature } from './features/placement-admin.js'
import { createPlacementFeature } from './features/placement.js'
import { createPortfolioPdfFeature } from './features/portfolio-pdf.js'
import { createPortfolioFeature } from './features/portfolio.js'
import { privacyFeature } from './features/privacy.js'
import { createProfileFeature } from './features/profile.js'
import { reachabilityFeature } from './features/reachability.js'
import { createReviewFeature } from './features/review.js'
import { startFeature } from './features/start.js'
import { statsFeature } from './features/stats.js'
import { unhandledFeature } from './features/unhandled.js'
import { installApiTransformers } from './helpers/api-transformers.js'
import { updateMetrics } from './helpers/update-metrics.js'
import { createI18n, createRender } from './i18n.js'
import { commandRateLimit } from './rate-limit.js'

export interface CreateBotOptions {
  db: Db
  /** Set in tests so the bot need not call getMe. */
  botInfo?: UserFromGetMe
  client?: BotConfig<BotContext>['client']
  /** Commands and uploads a person may send per window (default `commandRate`). */
  rateLimit?: RateLimit
  /** Counts updates by kind and outcome, and handler errors (main.ts passes the process's). */
  metrics?: Metrics
}

export function createBot(deps: Deps, options: CreateBotOptions) {
  const { config, logger } = deps
  const bot = new Bot<BotContext>(config.botToken, {
    botInfo: options.botInfo,
    client: { apiRoot: config.apiRoot, ...options.client },
  })
  const i18n = createI18n<BotContext>(config.defaultLocale)
  const render = createRender(i18n)

  installApiTransformers(bot.api)
  const counted = options.metrics ? updateMetrics(options.metrics) : undefined
  if (counted)
    bot.use(counted.count)

  bot.use((ctx, next) => {
    ctx.config = config
    ctx.domain = deps.domain
    ctx.clock = deps.clock
    ctx.render = render
    ctx.logger = logger.child({ update_id: ctx.update.update_id, user_id: ctx.from?.id, chat_id: ctx.chat?.id })
    ctx.isAdmin = ctx.from ? config.adminIds.includes(ctx.from.id) : false
    // This update's Api is its own: remember whether its callback query got an answer.
    if (ctx.callbackQuery) {
      ctx.api.config.use((prev, method, payload, signal) => {
        if (method === 'answerCallbackQuery')
          ctx.callbackAnswered = true
        return prev(method, payload, signal)
      })
    }
    return next()
  })

  const onError: typeof onBotError = (error) => {
    counted?.failed(error.ctx)
    return onBotError(error)
  }
  const protectedBot = bot.errorBoundary(onError)
  // i18n first, from Telegram's language: if the database cannot be read, the
  // apology still comes in the person's language. Their stored one wins once read.
  protectedBot.use(i18n)
  protectedBot.use(async (ctx, next) => {
    if (ctx.from && !ctx.from.is_bot) {
      const user = await deps.domain.users.touch(ctx.from, { start: isStartCommand(ctx) })
      if (user) {
        ctx.user = user
        await ctx.i18n.renegotiateLocale()
      }
      else {
        ctx.erased = true
      }
    }
    return next()
  })
  protectedBot.use(erasedGate)
  // Lazy: read only by the updates that use it (the internship filters), written back only when changed.
  protectedBot.use(lazySession({
    initial: (): SessionData => ({}),
    getSessionKey: ctx => ctx.chat?.id.toString(),
    storage: createPrismaStorage<SessionData>(options.db, 'session'),
  }))
  protectedBot.use(conversations<BotContext, any>({
    storage: { type: 'key', version: 1, adapter: createPrismaStorage(options.db, 'conversationState') as any },
    plugins: conversationPlugins(i18n),
  }))
  // Every flow, once, right after the plugin: an open flow sees the chat's
  // updates before any feature, whatever the features' order below.
  protectedBot.use(flowsComposer())
  // Commands and uploads outside a flow, per person; answers inside a flow never count.
  protectedBot.use(commandRateLimit(options.rateLimit))

  protectedBot.use(reachabilityFeature)
  protectedBot.use(createApplyFeature())
  protectedBot.use(createOnboardingFeature())
  protectedBot.use(createProfileFeature())
  protectedBot.use(createDocumentsFeature())
  protectedBot.use(createCoordinatorsFeature(i18n))
  protectedBot.use(createReviewFeature())
  protectedBot.use(createDraftsFeature())
  protectedBot.use(createHospitalsAdminFeature())
  protectedBot.use(createBroadcastFeature())
  // `/portfolio pdf` before the logbook's /portfolio; /verify; the survey and PDF buttons.
  protectedBot.use(createPortfolioPdfFeature())
  protectedBot.use(createPlacementFeature())
  protectedBot.use(createPlacementAdminFeature())
  protectedBot.use(createPortfolioFeature())
  protectedBot.use(createMentorFeature())
  // Deep links (/start i<id> a card, /start c<token> an invite) before the plain /start.
  protectedBot.use(createCoordinatorInviteFeature(i18n))
  protectedBot.use(invitesAdminFeature)
  protectedBot.use(deepLinkFeature)
  protectedBot.use(startFeature)
  protectedBot.use(helpFeature)
  protectedBot.use(languageFeature)
  protectedBot.use(internshipsFeature)
  protectedBot.use(hospitalsFeature)
  protectedBot.use(myApplicationsFeature)
  protectedBot.use(alertsFeature)
  protectedBot.use(privacyFeature)
  protectedBot.use(auditFeature)
  protectedBot.use(statsFeature)
  protectedBot.use(unhandledFeature)

  // Errors outside the boundary (there should be none) still never crash the process.
  bot.catch(onError)
  return { bot, i18n }
}
