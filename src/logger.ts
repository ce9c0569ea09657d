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

export function createLogger(options: { level?: string, destination?: pino.DestinationStream } = {}): Logger {
  return pino({
    level: options.level ?? 'info',
    redact: { paths: redactPaths, censor: '[redacted]' },
    base: { app: 'medtwin' },
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
  return out.replace(/bot\d+:[\w-]{30,}/g, 'bot[redacted]').replace(/(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/g, '$1[redacted]@')
}
