// Configuration as a schema: validated once, at start-up, from the environment.
// Only main.ts reads process.env; tests call createConfig({...}) directly.
import { resolve } from 'node:path'
import { z } from 'zod'

const telegramToken = /^\d{5,}:[\w-]{30,}$/
// Telegram takes 1-256 of these; fewer than 16 is guessable.
const webhookSecret = /^[\w-]{16,256}$/

const port = z.coerce.number({ error: 'must be a port number' }).int('must be a port number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535')

const base = z.object({
  BOT_TOKEN: z.string({ error: 'is required: the token @BotFather gave you' })
    .trim()
    .min(1, 'is required: the token @BotFather gave you')
    .regex(telegramToken, 'is not a Telegram bot token (expected digits, a colon and 35 characters, e.g. 123456:ABC-DEF…)'),
  BOT_API_ROOT: z.url({ error: 'must be a URL, e.g. https://api.telegram.org' }).default('https://api.telegram.org'),
  DATABASE_URL: z.string().trim().optional().transform(v => v || undefined).refine(v => v === undefined || /^postgres(?:ql)?:\/\//.test(v), 'must start with postgres:// (leave it unset to use the embedded PGlite database)'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  ADMIN_IDS: z.string().default('').transform((v, ctx) => {
    const ids: number[] = []
    for (const part of v.split(',').map(s => s.trim()).filter(Boolean)) {
      if (!/^\d{1,16}$/.test(part) || !Number.isSafeInteger(Number(part))) {
        ctx.addIssue({ code: 'custom', message: `has "${part.slice(0, 20)}", which is not a Telegram user id (a whole number)` })
        return z.NEVER
      }
      ids.push(Number(part))
    }
    return ids
  }),
  DEFAULT_LOCALE: z.enum(['uk', 'en'], { error: 'must be uk or en' }).default('uk'),
  TZ: z.string().default('Europe/Kyiv').refine(isTimeZone, 'is not a time zone name (e.g. Europe/Kyiv)'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  INBOX_WORKERS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(64).default(8),
  INBOX_LOCK_MS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1000, 'must be at least 1000').max(600_000).default(60_000),
  SEND_RATE: z.coerce.number({ error: 'must be a number' }).positive('must be positive').max(1000, 'must be at most 1000 (Telegram\'s limit, even for paid broadcasts)').default(25),
  PAID_BROADCAST: z.stringbool({ error: 'must be true or false' }).default(false),
  METRICS_PORT: port.optional(),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  OUTBOX_RETENTION_DAYS: z.coerce.number({ error: 'must be a number of days' }).int('must be a whole number of days').min(1, 'must be at least 1').max(3650, 'must be at most 3650').default(90),
})

const polling = base.extend({
  BOT_MODE: z.literal('polling').default('polling'),
  PORT: port.optional(),
})
const webhook = base.extend({
  BOT_MODE: z.literal('webhook'),
  WEBHOOK_URL: z.url({ error: 'must be the public https URL Telegram posts updates to' }),
  WEBHOOK_SECRET: z.string().regex(webhookSecret, 'must be 16-256 characters of A-Z, a-z, 0-9, _ and - (e.g. openssl rand -hex 32)'),
  PORT: port.default(8080),
})

// Above 30 a second Telegram refuses sends unless the bot pays for broadcasts.
const freeLimit = 30
const schema = z.discriminatedUnion('BOT_MODE', [polling, webhook], { error: 'must be polling or webhook' })
  .superRefine((env, ctx) => {
    if (env.SEND_RATE > freeLimit && !env.PAID_BROADCAST)
      ctx.addIssue({ code: 'custom', path: ['SEND_RATE'], message: `is above ${freeLimit}, Telegram's free limit: set PAID_BROADCAST=true (paid broadcasts, enabled in @BotFather) or lower it` })
  })

function isTimeZone(tz: string) {
  try {
    return Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone !== ''
  }
  catch {
    return false
  }
}

export type Config = ReturnType<typeof toConfig>

function toConfig(env: z.infer<typeof schema>) {
  const common = {
    botToken: env.BOT_TOKEN,
    apiRoot: env.BOT_API_ROOT.replace(/\/+$/, ''),
    databaseUrl: env.DATABASE_URL,
    dataDir: resolve(env.DATA_DIR),
    adminIds: env.ADMIN_IDS,
    defaultLocale: env.DEFAULT_LOCALE,
    timezone: env.TZ,
    logLevel: env.LOG_LEVEL,
    sendRate: env.SEND_RATE,
    inboxWorkers: env.INBOX_WORKERS,
    inboxLockMs: env.INBOX_LOCK_MS,
    // Broadcasts go out as paid broadcasts only when the rate needs it; other sends stay free.
    paidBroadcast: env.PAID_BROADCAST && env.SEND_RATE > freeLimit,
    outboxRetentionDays: env.OUTBOX_RETENTION_DAYS,
  }
  // A server of its own for /healthz and /metrics: in polling mode on
  // METRICS_PORT or PORT when one is set; in webhook mode on METRICS_PORT when
  // it differs from PORT (else the webhook server serves both).
  const opsPort = env.BOT_MODE === 'webhook' ? (env.METRICS_PORT !== env.PORT ? env.METRICS_PORT : undefined) : env.METRICS_PORT ?? env.PORT
  const ops: { host: string, port: number } | undefined = opsPort === undefined ? undefined : { host: env.HOST, port: opsPort }
  return env.BOT_MODE === 'webhook'
    ? { ...common, ops, mode: 'webhook' as const, webhook: { url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET, host: env.HOST, port: env.PORT } }
    : { ...common, ops, mode: 'polling' as const }
}

/** Validates the environment; throws `Error('Invalid config: …')` naming the first bad variable. */
export function createConfig(env: Record<string, string | undefined>): Config {
  // Empty strings count as unset, as they do in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const result = schema.safeParse(cleaned)
  if (!result.success) {
    const issue = result.error.issues[0]
    const name = String(issue.path[0] ?? 'BOT_MODE')
    throw new Error(`Invalid config: ${name} ${issue.message}`, { cause: result.error })
  }
  return toConfig(result.data)
}
