// Webhook mode: grammY's own adapter behind a small http server with a health
// route. Requests without the secret header are refused by webhookCallback.
import type { Bot } from 'grammy'
import type { BotContext } from './bot/context.js'
import type { Config } from './config.js'
import type { Logger } from './logger.js'
import { createServer } from 'node:http'
import { webhookCallback } from 'grammy'

export async function startWebhookServer(bot: Bot<BotContext>, config: Config & { mode: 'webhook' }, logger: Logger) {
  const handle = webhookCallback(bot, 'http', { secretToken: config.webhook.secret, onTimeout: 'return' })
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      res.writeHead(200).end('ok')
      return
    }
    if (req.method !== 'POST') {
      res.writeHead(404).end()
      return
    }
    handle(req, res).catch((error) => {
      logger.error({ err: { message: String(error) } }, 'webhook request failed')
      if (!res.headersSent)
        res.writeHead(500).end()
    })
  })
  await new Promise<void>(resolve => server.listen(config.webhook.port, resolve))
  // Only after listening: Telegram starts posting at once.
  await bot.api.setWebhook(config.webhook.url, { secret_token: config.webhook.secret, allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'] })
  logger.info({ port: config.webhook.port }, 'webhook server listening')
  return () => new Promise<void>(resolve => server.close(() => resolve()))
}
