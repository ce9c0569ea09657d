// The bot's context: grammY's, with i18n, sessions, conversations and the
// process-wide dependencies each handler needs (never a database client).
import type { Conversation, ConversationFlavor } from '@grammyjs/conversations'
import type { I18nFlavor } from '@grammyjs/i18n'
import type { Context, LazySessionFlavor } from 'grammy'
import type { Config } from '../config.js'
import type { Domain } from '../domain/index.js'
import type { PersonKind } from '../domain/profiles.js'
import type { UserRecord } from '../domain/users.js'
import type { Logger } from '../logger.js'
import type { Clock } from '../time/clock.js'
import type { Render } from './i18n.js'

export interface SessionData {
  /** Filters of the internship list, kept between pages. */
  browse?: { specialty?: string, country?: string, audience?: string, month?: string }
}

export interface Deps {
  config: Config
  logger: Logger
  domain: Domain
  /** What time it is; handlers never read the wall clock themselves. */
  clock: Clock
}

interface ExtraFlavor {
  config: Config
  logger: Logger
  domain: Domain
  clock: Clock
  /** Renders a message in any locale (for messages to someone else, e.g. their command menu). */
  render: Render
  /** The person behind the update, loaded before any feature runs. */
  user?: UserRecord
  /** The person's kind and whether they finished onboarding, as the update began (read with the person; unset in flows). */
  profileBrief?: { kind: PersonKind | null, onboarded: boolean }
  /** The sender erased their data and has not sent /start since: they get one short answer, nothing else. */
  erased?: boolean
  /** Set once the update's callback query was answered (or an answer was tried): it is never answered twice. */
  callbackAnswered?: boolean
  isAdmin: boolean
}

export type BaseContext = Context & ExtraFlavor & I18nFlavor & LazySessionFlavor<SessionData>
export type BotContext = ConversationFlavor<BaseContext>
/** The context inside a conversation: no session and no clock (read them through `conversation.external`). */
export type ConversationContext = Context & I18nFlavor & Pick<ExtraFlavor, 'user' | 'isAdmin'>
export type BotConversation = Conversation<BotContext, ConversationContext>
