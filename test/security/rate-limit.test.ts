// A per-person limit on commands and uploads: past it one "slow down" answer,
// then silence until the window ends; answers inside a flow never count.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commandRate } from '../../src/bot/rate-limit.js'
import { createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { callback, document, person, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

const slowDown = '⏳ That is a lot of commands at once. Please slow down: try again in a minute.'

describe('the command rate limit', () => {
  it(`answers ${commandRate.limit} commands a minute, then once "slow down" (en, uk), then nothing; others are not affected`, async () => {
    const t = createTestBot(db, { rateLimit: commandRate })
    const busy = person(7701, 'en')
    await t.send(...Array.from({ length: commandRate.limit + 5 }, () => text(busy, '/help')))
    const texts = t.texts()
    expect(texts).toHaveLength(commandRate.limit + 1)
    expect(texts.at(-1)).toBe(slowDown)
    expect(texts.filter(x => x === slowDown)).toHaveLength(1)
    await t.send(text(person(7702, 'en'), '/help'))
    expect(t.texts()).toHaveLength(1)
    const uk = person(7703, 'uk')
    await t.send(...Array.from({ length: commandRate.limit + 1 }, () => text(uk, '/help')))
    expect(t.texts().at(-1)).toBe('⏳ Забагато команд за короткий час. Будь ласка, повільніше: спробуйте знову за хвилину.')
  })

  it('never swallows an answer inside a flow, files and /cancel included; outside it, uploads count like commands', async () => {
    const t = createTestBot(db, { rateLimit: { timeFrame: 60_000, limit: 2 } })
    const user = person(7704, 'en')
    await t.send(text(user, '/documents'), callback(user, 'dc:add'), callback(user, 'k:type:v:cv'))
    t.take()
    const exe = () => document(user, { name: 'x.exe', mime: 'application/octet-stream', size: 1000 })
    await t.send(exe(), exe(), exe(), exe(), exe(), text(user, '/cancel'))
    const inFlow = t.texts()
    expect(inFlow).toHaveLength(6)
    expect(inFlow.slice(0, 5).every(x => x.startsWith('This kind of file is not accepted.'))).toBe(true)
    expect(inFlow).not.toContain(slowDown)
    // Outside the flow: /documents was one, this file is two, the next is refused once, then dropped.
    await t.send(exe(), exe(), text(user, '/help'), callback(user, 'dc:add'))
    const outside = t.take()
    expect(outside.filter(c => c.method === 'sendMessage').map(c => c.payload.text).slice(0, 2)).toEqual([expect.any(String), slowDown])
    expect(outside.filter(c => c.method === 'sendMessage' && c.payload.text === slowDown)).toHaveLength(1)
    // Buttons still work.
    expect(outside.some(c => c.method === 'answerCallbackQuery')).toBe(true)
  })
})
