// Whatever arrives, the bot answers and never fails: commands from people
// without the right, forged and stale callback data, wrong kinds of messages,
// over-long texts, in any order (a deterministic pseudo-random walk).
import type { Update } from 'grammy/types'
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminCommands } from '../../src/bot/commands.js'
import { seed } from '../../src/db/seed.js'
import { createTestBot } from '../helpers/bot.js'
import { testStart } from '../helpers/clock.js'
import { createTestDatabase } from '../helpers/db.js'
import { callback, contact, document, person, photo, sticker, text, voice } from '../helpers/updates.js'

let db: Database
beforeAll(async () => {
  db = await createTestDatabase()
  // Dated from the bots' clock: their open internships are open for them.
  await seed(db.prisma, new Date(testStart))
})
afterAll(async () => { await db?.close() })

function prng(seed: number) {
  let state = seed
  return (n: number) => {
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % n
  }
}

const prefixes = ['in:o:', 'in:p:', 'in:s:', 'in:fs', 'in:sh:', 'ap:', 'k:summary:v:', 'my:o:', 'my:w:', 'my:wy:', 'my:ac:', 'my:dc:', 'ho:', 'al:s:', 'al:c:', 'k:kind:v:', 'pe:', 'dc:', 'dc:d:', 'pv:del', 'rv:o:', 'rv:r:', 'rv:n:', 'rv:q:', 'dp:', 'dz:', 'dy:', 'de:', 'k:scope:v:', 'ai:', 'ex:o:', 'ex:m:', 'he:', 'pl:o:', 'pl:t:', 'pl:a:', 'pl:d:', 'lang:', 'k:host:v:', 'pa:o:', 'pa:d:', 'pa:i:', 'pa:a:', 'lb:p:', 'lb:e:', 'lb:x:', 'lb:y:', 'mt:c:', 'mt:r:', 'pdf:', 'srv:', 'zz:']

describe('robustness', () => {
  it('when 400 random updates arrive from people with no rights, then every one is answered and nothing fails', async () => {
    const t = createTestBot(db)
    const next = prng(2026)
    const people = [person(9101, 'uk'), person(9102, 'en'), person(9103, 'de'), person(9104, undefined)]
    const commands = [...adminCommands, 'cancel', 'start i1', 'start c-forged-token', 'start zzz', 'stats 2026-13', 'export 1999-01']
    const long = 'Ж'.repeat(5000)
    let callbacks = 0
    for (let i = 0; i < 400; i++) {
      const who = people[next(people.length)]
      const id = [0, 1, 2, 7, 999999999][next(5)]
      const kind = next(10)
      let update: Update
      if (kind < 4) {
        callbacks++
        update = callback(who, `${prefixes[next(prefixes.length)]}${id}${next(2) ? `:${next(3)}` : ''}`)
      }
      else if (kind < 6) {
        update = text(who, `/${commands[next(commands.length)]}`)
      }
      else {
        update = [text(who, long), text(who, 'hello <b>'), photo(who), sticker(who), voice(who), contact(who, '+380501234567'), document(who, { name: 'x.exe', mime: 'application/octet-stream', size: 30_000_000 })][next(7)]
      }
      await t.send(update)
    }
    const calls = t.take()
    expect(t.logs.filter(l => l.level >= 50).map(l => l.msg)).toEqual([])
    expect(calls.filter(c => c.method === 'answerCallbackQuery')).toHaveLength(callbacks)
    expect(calls.every(c => typeof c.payload.text !== 'string' || (c.payload.text.length > 0 && c.payload.text.length <= 4096))).toBe(true)
    expect(await db.prisma.coordinatorAssignment.count()).toBe(0)
    expect(await db.prisma.opportunity.count({ where: { status: { not: 'open' } } })).toBe(0)
  }, 300_000)
})
