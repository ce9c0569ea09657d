import { describe, expect, it } from 'vitest'
import { createConfig } from '../src/config.js'

const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1'

function error(env: Record<string, string>) {
  try {
    createConfig(env)
  }
  catch (e) {
    return (e as Error).message
  }
  throw new Error('expected createConfig to throw')
}

describe('configuration', () => {
  it('when only the token is given, then the defaults are PGlite in ./data, polling, uk, Europe/Kyiv', () => {
    const config = createConfig({ BOT_TOKEN: token })
    expect(config).toMatchObject({
      mode: 'polling',
      databaseUrl: undefined,
      defaultLocale: 'uk',
      timezone: 'Europe/Kyiv',
      apiRoot: 'https://api.telegram.org',
      adminIds: [],
      logLevel: 'info',
    })
    expect(config.dataDir).toMatch(/\/data$/)
  })

  it('when everything is set, then it is parsed', () => {
    const config = createConfig({
      BOT_TOKEN: token,
      BOT_API_ROOT: 'http://127.0.0.1:8081/',
      DATABASE_URL: 'postgres://u:p@db:5432/medtwin',
      ADMIN_IDS: '111, 222',
      DEFAULT_LOCALE: 'en',
      TZ: 'Europe/Warsaw',
      LOG_LEVEL: 'debug',
      DATA_DIR: '/var/lib/medtwin',
    })
    expect(config).toMatchObject({ apiRoot: 'http://127.0.0.1:8081', databaseUrl: 'postgres://u:p@db:5432/medtwin', adminIds: [111, 222], defaultLocale: 'en', timezone: 'Europe/Warsaw', dataDir: '/var/lib/medtwin' })
  })

  it.each([
    [{}, 'Invalid config: BOT_TOKEN is required'],
    [{ BOT_TOKEN: 'not-a-token' }, 'Invalid config: BOT_TOKEN is not a Telegram bot token'],
    [{ BOT_TOKEN: token, ADMIN_IDS: '1,abc' }, 'Invalid config: ADMIN_IDS has "abc", which is not a Telegram user id'],
    [{ BOT_TOKEN: token, DATABASE_URL: 'mysql://x' }, 'Invalid config: DATABASE_URL must start with postgres://'],
    [{ BOT_TOKEN: token, BOT_MODE: 'carrier-pigeon' }, 'Invalid config: BOT_MODE must be polling or webhook'],
    [{ BOT_TOKEN: token, DEFAULT_LOCALE: 'ru' }, 'Invalid config: DEFAULT_LOCALE must be uk or en'],
    [{ BOT_TOKEN: token, TZ: 'Mars/Olympus' }, 'Invalid config: TZ is not a time zone name'],
    [{ BOT_TOKEN: token, LOG_LEVEL: 'loud' }, 'Invalid config: LOG_LEVEL must be one of'],
    [{ BOT_TOKEN: token, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org/hook' }, 'Invalid config: WEBHOOK_SECRET'],
    [{ BOT_TOKEN: token, SEND_RATE: '100' }, 'Invalid config: SEND_RATE is above 30, Telegram\'s free limit: set PAID_BROADCAST=true'],
    [{ BOT_TOKEN: token, SEND_RATE: '1001', PAID_BROADCAST: 'true' }, 'Invalid config: SEND_RATE must be at most 1000'],
    [{ BOT_TOKEN: token, PAID_BROADCAST: 'maybe' }, 'Invalid config: PAID_BROADCAST must be true or false'],
  ])('when the environment is %j, then one line names the variable', (env, message) => {
    const text = error(env as Record<string, string>)
    expect(text.startsWith(message)).toBe(true)
    expect(text).not.toContain('\n')
  })

  it('when the token is malformed, then the message does not repeat it', () => {
    expect(error({ BOT_TOKEN: '12345:short-secret-value' })).not.toContain('short-secret-value')
  })

  it('when PAID_BROADCAST is true and SEND_RATE above 30, then broadcasts are paid; at 30 or less they stay free', () => {
    expect(createConfig({ BOT_TOKEN: token })).toMatchObject({ sendRate: 25, paidBroadcast: false })
    expect(createConfig({ BOT_TOKEN: token, SEND_RATE: '1000', PAID_BROADCAST: 'true' })).toMatchObject({ sendRate: 1000, paidBroadcast: true })
    expect(createConfig({ BOT_TOKEN: token, SEND_RATE: '30', PAID_BROADCAST: 'true' })).toMatchObject({ sendRate: 30, paidBroadcast: false })
    expect(createConfig({ BOT_TOKEN: token, SEND_RATE: '20', PAID_BROADCAST: 'false' })).toMatchObject({ sendRate: 20, paidBroadcast: false })
  })

  it('when polling without METRICS_PORT or PORT, then no health and metrics server is configured', () => {
    expect(createConfig({ BOT_TOKEN: token }).ops).toBeUndefined()
  })

  it('when polling with METRICS_PORT (or PORT), then the health and metrics server listens there, on HOST', () => {
    expect(createConfig({ BOT_TOKEN: token, METRICS_PORT: '9464' }).ops).toEqual({ host: '127.0.0.1', port: 9464 })
    expect(createConfig({ BOT_TOKEN: token, PORT: '8080', HOST: '0.0.0.0' }).ops).toEqual({ host: '0.0.0.0', port: 8080 })
    expect(createConfig({ BOT_TOKEN: token, PORT: '8080', METRICS_PORT: '9464' }).ops).toEqual({ host: '127.0.0.1', port: 9464 })
    expect(error({ BOT_TOKEN: token, METRICS_PORT: 'abc' })).toBe('Invalid config: METRICS_PORT must be a port number')
    expect(error({ BOT_TOKEN: token, METRICS_PORT: '70000' })).toBe('Invalid config: METRICS_PORT must be 1-65535')
  })

  it('when in webhook mode, then the webhook server serves /healthz and /metrics unless METRICS_PORT names another port', () => {
    const webhook = { BOT_TOKEN: token, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org/hook', WEBHOOK_SECRET: 'a'.repeat(32) }
    expect(createConfig(webhook).ops).toBeUndefined()
    expect(createConfig({ ...webhook, METRICS_PORT: '8080' }).ops).toBeUndefined()
    expect(createConfig({ ...webhook, METRICS_PORT: '9464' }).ops).toEqual({ host: '127.0.0.1', port: 9464 })
  })
})
