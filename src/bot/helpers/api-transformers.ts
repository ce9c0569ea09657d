// The bot's API transformers, installed in one place on every Api the bot
// talks through: bot.api, and the fresh Api that @grammyjs/conversations 2.x
// builds for each update inside a flow (it copies the client options, not the
// transformers, so without this a flow's messages went out without HTML mode).
import type { Api } from 'grammy'
import { autoRetry } from '@grammyjs/auto-retry'
import { scrubErrorsTransformer } from '../../telegram/scrub-errors.js'
import { recordCallbackAnswers } from './callback-answers.js'
import { htmlMode } from './html-mode.js'

/** Retry on 429/5xx, HTML parse mode for every text and caption, answered buttons remembered, errors without the token. */
export function installApiTransformers(api: Api) {
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }))
  api.config.use(htmlMode)
  api.config.use(recordCallbackAnswers)
  // Last installed runs outermost: whatever fails below comes out without the token.
  api.config.use(scrubErrorsTransformer(api.token))
  return api
}
