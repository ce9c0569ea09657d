// Runs before every test file (vitest `setupFiles`): a test fails when the
// bot made a Bot API call Telegram would refuse or show wrongly, even when
// the bot's error boundary swallowed the 400 and nothing else noticed.
import { afterEach } from 'vitest'
import { takeUnreported, TelegramViolationError } from './telegram-validate.js'

afterEach(() => {
  const violations = takeUnreported()
  if (violations.length > 0)
    throw new TelegramViolationError(violations, 'Bot API calls Telegram would refuse or show wrongly, recorded during this test')
})
