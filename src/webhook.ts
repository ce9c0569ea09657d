import type { Api } from 'grammy'
import type { Update } from 'grammy/types'
// Webhook mode: a small http server in front of the inbox, with the health
// routes. The secret header is checked first, then the body is read with a cap
// and parsed here, so an oversized or broken request is answered 413 or 400
// and never reaches the inbox. A good update is written to the inbox, then
// answered 200 (a redelivered update_id too: it is already there); if the
// database does not take it, 503, and Telegram delivers it again later.
// Handling happens after, from the inbox (src/inbox/consumer.ts).
import type { IncomingMessage, Server } from 'node:http'
import type { Config } from './config.js'
import type { Inbox } from './inbox/consumer.js'
import type { Logger } from './logger.js'
import type { OpsRoutes } from './ops/http.js'
import { timingSafeEqual } from 'node:crypto'
import { createServer } from 'node:http'
import { allowedUpdates } from './inbox/poller.js'
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
export function createWebhookServer(inbox: Pick<Inbox, 'accept'>, secret: string, logger: Logger, ops?: OpsRoutes): Server {
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
    let body: BodyResult
    try {
      body = await readBody(req)
    }
    catch {
      return res.headersSent ? undefined : res.writeHead(400, { connection: 'close' }).end()
    }
    if ('status' in body)
      return res.writeHead(body.status, { connection: 'close' }).end()
    try {
      await inbox.accept([body.update])
      res.writeHead(200).end()
    }
    catch (error) {
      logger.error({ update_id: body.update.update_id, err: { message: String((error as Error)?.message ?? error).split('\n')[0] } }, 'webhook: the inbox did not take the update; answered 503 for Telegram to retry')
      if (!res.headersSent)
        res.writeHead(503).end()
    }
  })
}

export async function startWebhookServer(api: Api, inbox: Pick<Inbox, 'accept'>, config: Config & { mode: 'webhook' }, logger: Logger, ops?: OpsRoutes) {
  const server = createWebhookServer(inbox, config.webhook.secret, logger, ops)
  await new Promise<void>(resolve => server.listen(config.webhook.port, config.webhook.host, resolve))
  // Only after listening: Telegram starts posting at once.
  await api.setWebhook(config.webhook.url, { secret_token: config.webhook.secret, allowed_updates: [...allowedUpdates] })
  logger.info({ host: config.webhook.host, port: config.webhook.port }, 'webhook server listening')
  return () => new Promise<void>(resolve => server.close(() => resolve()))
}
