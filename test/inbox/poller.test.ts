// Polling into the inbox, against the local Bot API server: a batch is
// confirmed (next offset) only once it is stored; while the database is down
// fetching waits and Telegram keeps the updates; once it is back they are
// stored and answered, each once, with the real answer.
import type { Update } from 'grammy/types'
import type { Database } from '../../src/db/client.js'
import type { BotApiServer } from '../helpers/bot-api-server.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPoller } from '../../src/inbox/poller.js'
import { createLogger } from '../../src/logger.js'
import { createPlainApi } from '../../src/telegram/scrub-errors.js'
import { startBotApiServer } from '../helpers/bot-api-server.js'
import { createTestBot, testToken } from '../helpers/bot.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { breakable, startTestInbox, untilDone } from '../helpers/inbox.js'
import { person, text } from '../helpers/updates.js'
import { until } from '../helpers/wait.js'

const silent = createLogger({ level: 'silent' })
const offsets = (server: BotApiServer) => server.calls.filter(c => c.method === 'getUpdates').map(c => Number(c.payload.offset ?? 0))

let server: BotApiServer
beforeAll(async () => {
  server = await startBotApiServer()
})
afterAll(async () => {
  await server?.close()
})

describe('the poller', () => {
  it('when the inbox does not take a batch, then it is not confirmed and nothing more is fetched until it does', async () => {
    server.reset()
    const ids = [1, 2, 3].map(() => server.pushUpdate(text(person(8401, 'en'), 'hi')))
    const tries: Update[][] = []
    let failLeft = 3
    const accept = async (updates: Update[]) => {
      tries.push(updates)
      if (failLeft-- > 0)
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
      return updates.length
    }
    const poller = startPoller({ api: createPlainApi(testToken, { apiRoot: server.apiRoot }), accept, logger: silent, timeoutSeconds: 1, backoffMs: () => 5 })
    await until(() => offsets(server).length >= 2, 'the fetch after the stored batch')
    await poller.stop()
    // One fetch while the database refused, from offset 0; the same batch tried four times; then offset = last + 1.
    expect(tries.map(batch => batch.map(u => u.update_id))).toEqual([ids, ids, ids, ids])
    const seen = offsets(server)
    expect(seen[0]).toBe(0)
    expect(seen.slice(1).every(offset => offset === ids[2] + 1)).toBe(true)
    expect(poller.offset()).toBe(ids[2] + 1)
  })
})

describe.each(testDatabaseKinds())('polling with the database down, then back (%s)', (kind) => {
  let db: Database
  beforeAll(async () => {
    db = await createTestDatabase(kind)
  })
  afterAll(async () => {
    await db?.close()
  })

  it('when the database is down, then updates stay with Telegram; once it is back, each person gets the real answer once', async () => {
    server.reset()
    const broken = breakable(db)
    const t = createTestBot(broken.db)
    const inbox = startTestInbox(broken.db, t.bot)
    let refused = 0
    const accept = async (updates: Update[]) => {
      try {
        return await inbox.accept(updates)
      }
      catch (error) {
        refused++
        throw error
      }
    }
    broken.down = true
    const poller = startPoller({ api: createPlainApi(testToken, { apiRoot: server.apiRoot }), accept, logger: silent, timeoutSeconds: 1, backoffMs: () => 20 })
    try {
      const ids = [server.pushUpdate(text(person(8411, 'en'), '/help')), server.pushUpdate(text(person(8412, 'uk'), '/help'))]
      await until(() => refused >= 3, 'refused inserts')
      expect(offsets(server).every(offset => offset === 0)).toBe(true)
      expect(t.calls).toEqual([])

      broken.down = false
      await untilDone(db, ids)
      await until(() => offsets(server).includes(ids[1] + 1), 'the confirming fetch')
      const answers = (chat: number) => t.calls.filter(c => c.method === 'sendMessage' && c.payload.chat_id === chat).map(c => c.payload.text)
      expect(answers(8411)).toEqual([t.i18n.t('en', 'help-text')])
      expect(answers(8412)).toEqual([t.i18n.t('uk', 'help-text')])
    }
    finally {
      broken.down = false
      await poller.stop()
      await inbox.stop()
    }
  })
})
