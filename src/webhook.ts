import type { Bot } from 'grammy'
import type { Update } from 'grammy/types'
// Webhook mode: grammY's own adapter behind a small http server with a health
// route. The secret header is checked first, then the body is read with a cap
// and parsed here, so an oversized or broken request is answered 413 or 400
// and never reaches the bot.
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { BotContext } from './bot/context.js'
import type { Config } from './config.js'
import type { Logger } from './logger.js'
import type { OpsRoutes } from './ops/http.js'
import { timingSafeEqual } from 'node:crypto'
import { createServer } from 'node:http'
import { webhookCallback } from 'grammy'
import { serveOps } from './ops/http.js'

/** Telegram's updates are small; anything larger is not one. */
export const maxBodyBytes = 1024 * 1024
const secretHeader = 'x-telegram-bot-api-secret-token'

type BodyResult = { update: Update } | { status: 400 | 413 }

function readBody(req: IncomingMessage): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > maxBodyBytes) {
      req.resume()
      return resolve({ status: 413 })
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBodyBytes) {
        req.removeAllListeners('data')
        req.resume()
        resolve({ status: 413 })
        return
      }
      chunks.push(chunk)
    })
    req.once('end', () => {
      try {
        const update = JSON.parse(Buffer.concat(chunks).toString('utf8'))
        resolve(update && typeof update === 'object' && Number.isSafeInteger(update.update_id) ? { update } : { status: 400 })
      }
      catch {
        resolve({ status: 400 })
      }
    })
    req.once('error', reject)
  })
}

function sameSecret(given: string | string[] | undefined, secret: string) {
  const value = Buffer.from(Array.isArray(given) ? given[0] ?? '' : given ?? '')
  const expected = Buffer.from(secret)
  return value.length === expected.length && timingSafeEqual(value, expected)
}

/**
 * The webhook's request handler, without listening: tests drive it on a port of their own.
 * With `ops`, GET /healthz checks the database and GET /metrics is served; without, /healthz answers `ok`.
 */
export function createWebhookServer(bot: Bot<BotContext>, secret: string, logger: Logger, ops?: OpsRoutes): Server {
  // The body is already parsed: a tiny adapter hands it to grammY's callback.
  const adapter = (update: Update, res: ServerResponse) => ({
    update: Promise.resolve(update),
    header: secret,
    end: () => res.end(),
    respond: (json: string) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(json),
    unauthorized: () => res.writeHead(401).end(),
  })
  const handle = webhookCallback(bot, adapter, { secretToken: secret, onTimeout: 'return' })
  return createServer(async (req, res) => {
    if (ops && await serveOps(req, res, ops, logger))
      return
    if (!ops && req.method === 'GET' && req.url === '/healthz')
      return res.writeHead(200).end('ok')
    if (req.method !== 'POST')
      return res.writeHead(404).end()
    if (!sameSecret(req.headers[secretHeader], secret)) {
      req.resume()
      return res.writeHead(401).end()
    }
    try {
      const body = await readBody(req)
      if ('status' in body)
        return res.writeHead(body.status, { connection: 'close' }).end()
      await handle(body.update, res)
    }
    catch (error) {
      logger.error({ err: { message: String((error as Error)?.message ?? error) } }, 'webhook request failed')
      if (!res.headersSent)
        res.writeHead(500).end()
    }
  })
}

export async function startWebhookServer(bot: Bot<BotContext>, config: Config & { mode: 'webhook' }, logger: Logger, ops?: OpsRoutes) {
  const server = createWebhookServer(bot, config.webhook.secret, logger, ops)
  await new Promise<void>(resolve => server.listen(config.webhook.port, config.webhook.host, resolve))
  // Only after listening: Telegram starts posting at once.
  await bot.api.setWebhook(config.webhook.url, { secret_token: config.webhook.secret, allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'] })
  logger.info({ host: config.webhook.host, port: config.webhook.port }, 'webhook server listening')
  return () => new Promise<void>(resolve => server.close(() => resolve()))
}
