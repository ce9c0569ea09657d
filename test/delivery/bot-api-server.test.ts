import type { BotApiServer } from '../helpers/bot-api-server.js'
import { Api, Bot, GrammyError } from 'grammy'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startBotApiServer } from '../helpers/bot-api-server.js'
import { token } from './setup.js'

describe('local Bot API server', () => {
  let server: BotApiServer
  beforeEach(async () => {
    server = await startBotApiServer({ token })
  })
  afterEach(async () => {
    await server.close()
  })

  it('drives a real long-polling bot end to end', async () => {
    const bot = new Bot(token, { client: { apiRoot: server.apiRoot } })
    bot.command('start', ctx => ctx.reply(`hi ${ctx.from!.first_name}`))
    const started = new Promise<void>(resolve => void bot.start({ timeout: 1, onStart: () => resolve() }))
    await started
    server.pushUpdate({ message: { message_id: 1, date: 0, chat: { id: 7, type: 'private', first_name: 'Olena' }, from: { id: 7, is_bot: false, first_name: 'Olena' }, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] } })
    await server.waitFor(() => server.sentTo(7).length === 1)
    await bot.stop()
    expect(server.sentTo(7)[0].text).toBe('hi Olena')
    expect(server.calls.some(c => c.method === 'getUpdates' && Number(c.payload.offset) === 2)).toBe(true)
  })

  it('injects faults per chat and enforces limits on request', async () => {
    const api = new Api(token, { apiRoot: server.apiRoot })
    server.fail(1, { kind: 'rate-limit', retryAfter: 3 }, 2)
    for (let i = 0; i < 2; i++) {
      const error = await api.sendMessage(1, 'x').catch(e => e)
      expect(error).toBeInstanceOf(GrammyError)
      expect(error.parameters.retry_after).toBe(3)
    }
    expect((await api.sendMessage(1, 'x')).message_id).toBe(1)
    expect(await new Api('1:wrong', { apiRoot: server.apiRoot }).getMe().catch(e => e.error_code)).toBe(401)
    const limited = await startBotApiServer({ globalLimit: 3, perChatIntervalMs: 1000 })
    const limitedApi = new Api(token, { apiRoot: limited.apiRoot })
    const answers = await Promise.all([1, 2, 3, 4].map(chat => limitedApi.sendMessage(chat, 'x').then(() => 200, e => e.error_code)))
    expect(answers.sort()).toEqual([200, 200, 200, 429])
    expect(await limitedApi.sendMessage(1, 'again').catch(e => e.error_code)).toBe(429)
    expect([...limited.sendsPerSecond().values()].reduce((a, b) => a + b)).toBe(3)
    await limited.close()
  })
})
