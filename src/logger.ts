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
  'caption',
  '*.caption',
  'update.message.text',
  'update.message.caption',
  // A Bot API call's payload: in GrammyError (err.payload) and wherever it is nested.
  'payload.text',
  'payload.caption',
  'payload.reply_markup',
  '*.payload.text',
  '*.payload.caption',
  '*.payload.reply_markup',
  '*.*.payload.text',
  '*.*.payload.caption',
  // Prisma query arguments (query events, hand-logged arguments).
  'params',
  '*.params',
  'args',
  '*.args',
]

/** A Prisma error's message renders the query's arguments (names, answers): keep its reason only. */
function serializeError(error: unknown) {
  const out = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>
  if (!out || typeof out.type !== 'string' || !out.type.startsWith('PrismaClient'))
    return out
  const reason = String(out.message ?? '').trim().split('\n').filter(line => line.trim()).at(-1) ?? ''
  const frames = String(out.stack ?? '').split('\n').filter(line => /^\s+at /.test(line))
  return { ...out, message: reason, stack: [`${out.type}: ${reason}`, ...frames].join('\n') }
}

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
    serializers: { err: serializeError },
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
