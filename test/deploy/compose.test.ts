// compose.yaml and the Dockerfile, read as files: the production shape (webhook
// on PostgreSQL, health-gated start, a named volume, an optional replica) and
// an environment the program's own config accepts. `docker compose config`
// (or docker-compose) validates it too when installed.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
// yaml comes with the dev tools (eslint's YAML support); the program never reads YAML.
import { parse } from 'yaml'
import { createConfig } from '../../src/config.js'
import { root } from '../helpers/program.js'

const run = promisify(execFile)
const sample: Record<string, string> = { BOT_TOKEN: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1', WEBHOOK_URL: 'https://bot.example.org/telegram', WEBHOOK_SECRET: 'a'.repeat(32), POSTGRES_PASSWORD: 'pw' }

/** Compose's interpolation: ${X}, ${X:-default}, ${X:?error}. */
function interpolate(value: string, env: Record<string, string>) {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, op: string | undefined, arg: string) => {
    if (env[name])
      return env[name]
    if (op === '?')
      throw new Error(`${name}: ${arg}`)
    return op === '-' ? arg : ''
  })
}

async function compose() {
  return parse(await readFile(join(root, 'compose.yaml'), 'utf8'), { merge: true })
}

function composeCli(): string[] | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (existsSync(join(dir, 'docker-compose')))
      return [join(dir, 'docker-compose')]
  }
  return undefined
}

describe('compose.yaml', () => {
  it('when read, then the bot runs in webhook mode on the PostgreSQL service, starts once the database is healthy, and reports its health on /healthz', async () => {
    const file = await compose()
    expect(Object.keys(file.services).sort()).toEqual(['bot', 'bot-replica', 'db'])
    const { db, bot } = file.services
    expect(db.volumes).toEqual(['medtwin-pg:/var/lib/postgresql/data'])
    expect(file.volumes).toHaveProperty('medtwin-pg')
    expect(db.healthcheck.test.join(' ')).toContain('pg_isready')
    expect(bot.depends_on).toEqual({ db: { condition: 'service_healthy' } })
    expect(bot.environment).toMatchObject({ BOT_MODE: 'webhook', HOST: '0.0.0.0', PORT: '8080' })
    expect(bot.environment.DATABASE_URL).toMatch(/^postgres:\/\/medtwin:\$\{POSTGRES_PASSWORD:\?[^}]+\}@db:5432\/medtwin$/)
    expect(bot.healthcheck.test.join(' ')).toContain('http://127.0.0.1:8080/healthz')
    expect(bot.profiles).toBeUndefined()
  })

  it('when the replica profile is asked for, then a second bot with the same configuration and its own host port joins', async () => {
    const { bot, 'bot-replica': replica } = (await compose()).services
    expect(replica.profiles).toEqual(['replica'])
    expect(replica.environment).toEqual(bot.environment)
    expect(replica.depends_on).toEqual(bot.depends_on)
    expect(replica.ports).not.toEqual(bot.ports)
  })

  it('when its variables are filled in, then the program\'s config accepts the bot\'s environment; a required one missing is named', async () => {
    const { bot } = (await compose()).services
    const env = Object.fromEntries(Object.entries(bot.environment as Record<string, string>).map(([k, v]) => [k, interpolate(String(v), sample)]))
    const config = createConfig(env)
    expect(config).toMatchObject({ mode: 'webhook', databaseUrl: 'postgres://medtwin:pw@db:5432/medtwin', webhook: { url: sample.WEBHOOK_URL, host: '0.0.0.0', port: 8080 }, defaultLocale: 'uk', timezone: 'Europe/Kyiv' })
    expect(() => interpolate(bot.environment.WEBHOOK_SECRET, { ...sample, WEBHOOK_SECRET: '' })).toThrow(/WEBHOOK_SECRET: set WEBHOOK_SECRET/)
  })

  it.skipIf(!composeCli())('when docker-compose validates it (installed here), then it parses, with and without the replica profile', async () => {
    const [cli] = composeCli()!
    const env = { ...process.env, ...sample }
    const plain = await run(cli, ['-f', 'compose.yaml', 'config', '--services'], { cwd: root, env })
    // docker-compose 1.x lists every service here, profiles or not; the plugin only the default ones.
    expect(plain.stdout.trim().split('\n')).toEqual(expect.arrayContaining(['bot', 'db']))
    const replica = await run(cli, ['-f', 'compose.yaml', '--profile', 'replica', 'config', '--services'], { cwd: root, env })
    expect(replica.stdout.trim().split('\n').sort()).toEqual(['bot', 'bot-replica', 'db'])
  })
})

describe('the Dockerfile', () => {
  it('when read, then it has no syntax line, a HEALTHCHECK on /healthz, and PRISMA_SCHEMA_ENGINE_BINARY set before every npm ci', async () => {
    const text = await readFile(join(root, 'Dockerfile'), 'utf8')
    expect(text).not.toMatch(/^#\s*syntax=/m)
    expect(text).toMatch(/^HEALTHCHECK [^\n]*\\\n[^\n]*\/healthz/m)
    const stages = text.split(/^FROM /m).slice(1)
    for (const stage of stages.filter(s => s.includes('npm ci')))
      expect(stage.indexOf('ENV PRISMA_SCHEMA_ENGINE_BINARY=')).toBeGreaterThan(-1)
    for (const stage of stages.filter(s => s.includes('npm ci')))
      expect(stage.indexOf('ENV PRISMA_SCHEMA_ENGINE_BINARY=')).toBeLessThan(stage.indexOf('npm ci'))
  })
})
