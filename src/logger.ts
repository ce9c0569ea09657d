// pino, with secrets and message text redacted wherever they appear.
import type { Logger } from 'pino'
import pino from 'pino'

export type { Logger }

export const redactPaths = [
  'token',
  'botToken',
  'config.botToken',
  'webhookSecret',
  'config.webhookSecret',
  'databaseUrl',
  'config.databaseUrl',
  'text',
  '*.text',
  'payload.text',
  'update.message.text',
]

// Telegram bot tokens (with or without the /bot prefix of API URLs).
const tokenShaped = /bot\d+:[\w-]{30,}/g
const bareToken = /\b\d{5,}:[\w-]{30,}/g

/** Removes anything shaped like a bot token from a text. */
export function scrubTokens(text: string): string {
  return text.replace(tokenShaped, 'bot[redacted]').replace(bareToken, '[redacted]')
}

export function createLogger(options: { level?: string, destination?: pino.DestinationStream } = {}): Logger {
  return pino({
    level: options.level ?? 'info',
    redact: { paths: redactPaths, censor: '[redacted]' },
    base: { app: 'medtwin' },
    // The last line of defence: whatever a line holds, no token leaves the process.
    hooks: { streamWrite: scrubTokens },
  }, options.destination)
}

/** Removes credentials from anything that may end up in a log line or error. */
export function scrubSecrets(text: string, secrets: Array<string | undefined>): string {
  let out = text
  for (const secret of secrets) {
    if (secret)
      out = out.split(secret).join('[redacted]')
  }
  // Telegram tokens in URLs (…/bot123:ABC/…) and passwords in connection strings.
  return scrubTokens(out).replace(/(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/g, '$1[redacted]@')
}
