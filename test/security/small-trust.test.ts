// Smaller trust findings: exact Telegram ids in /grant, one answer per
// callback query (forged buttons, failing handlers), and no message text in
// the error log.
import type { Database } from '../../src/db/client.js'
import { Writable } from 'node:stream'
import { GrammyError } from 'grammy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logger.js'
import { createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { assignCoordinator, createHospital, createOpportunity, createPerson, februaryInternship } from '../helpers/fixtures.js'
import { callback, person, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => { db = await createTestDatabase() })
afterAll(async () => { await db?.close() })

const admin = person(9000, 'en', 'Admin')
const usage = 'Send <code>/grant 123456789</code> with the person\'s Telegram id, forward me any message of theirs, or create an invite link with /invite.'

describe('/grant', () => {
  it('answers the usage text for more than 15 digits, and reads 15 digits exactly (no float rounding)', async () => {
    const t = createTestBot(db)
    // 9007199254740993 is not a double: Number() made it ...992 and looked up someone else.
    await t.send(text(admin, '/grant 9007199254740993'), text(admin, '/grant 1234567890123456'), text(admin, '/grant 0'), text(admin, '/grant 999999999999999'))
    expect(t.texts()).toEqual([
      usage,
      usage,
      usage,
      'I do not know the Telegram user 999999999999999 yet. Ask them to open the bot and press Start, or send them an invite link with /invite.',
    ])
    await createPerson(db.prisma, 999_999_999_999_999, { firstName: 'Big' })
    await t.send(text(admin, '/grant 999999999999999'))
    expect(t.texts()[0]).toContain('999999999999999')
    expect(t.take()).toEqual([])
  })
})

describe('callback queries get one answer', () => {
  it('a forged dv: button (unknown or another hospital\'s internship) is answered once, with no apology after it', async () => {
    const mine = await createHospital(db.prisma)
    const theirs = await createHospital(db.prisma)
    const coordinator = await createPerson(db.prisma, 6101)
    await assignCoordinator(db.prisma, coordinator.id, mine.id)
    const other = await createOpportunity(db.prisma, theirs.id, { ...februaryInternship, status: 'draft' })
    const t = createTestBot(db)
    for (const data of [`dv:${other.id}`, 'dv:999999999']) {
      await t.send(callback(person(6101, 'en'), data))
      const calls = t.take()
      expect(calls.map(c => c.method), data).toEqual(['answerCallbackQuery'])
      expect(calls[0].payload.show_alert).toBe(true)
    }
  })

  it('when a handler fails after answering its button, the error boundary apologises without answering it again', async () => {
    const host = await createHospital(db.prisma)
    const coordinator = await createPerson(db.prisma, 6102)
    await assignCoordinator(db.prisma, coordinator.id, host.id)
    const draft = await createOpportunity(db.prisma, host.id, { ...februaryInternship, status: 'draft' })
    // The card is sent, then Telegram refuses the next call of the flow.
    const t = createTestBot(db, { answer: call => call.method === 'sendMessage' ? { ok: false, error_code: 400, description: 'Bad Request: message is too long' } : undefined })
    await t.send(callback(person(6102, 'en'), `dm:${draft.id}`))
    const calls = t.take()
    expect(calls.filter(c => c.method === 'answerCallbackQuery')).toHaveLength(1)
    expect(calls.map(c => c.method)).toEqual(['answerCallbackQuery', 'sendMessage', 'sendMessage'])
    expect(t.logs.some(l => l.msg === 'Bot API refused a call')).toBe(true)
  })
})

describe('the error log carries no message texts', () => {
  function captured() {
    const lines: string[] = []
    const logger = createLogger({
      level: 'debug',
      destination: new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk))
          done()
        },
      }),
    })
    return { logger, lines }
  }

  it('redacts payload text, captions and buttons of a refused call, nested or not, and Prisma\'s rendered query arguments', async () => {
    const { logger, lines } = captured()
    const refused = new GrammyError('Call to \'sendMessage\' failed!', { ok: false, error_code: 400, description: 'Bad Request' }, 'sendMessage', { chat_id: 1, text: 'SECRET-text', caption: 'SECRET-caption', reply_markup: { inline_keyboard: [[{ text: 'SECRET-button', callback_data: 'x' }]] } })
    logger.warn({ err: refused }, 'could not send the apology')
    logger.error({ call: { payload: { text: 'SECRET-nested', caption: 'SECRET-nested-caption' } }, deep: { call: { payload: { text: 'SECRET-deeper' } } } }, 'nested')
    logger.info({ update: { message: { text: 'SECRET-update', caption: 'SECRET-update-caption' } } }, 'update')
    logger.debug({ query: 'SELECT 1', params: '["SECRET-param"]', args: { data: { firstName: 'SECRET-arg' } } }, 'query')
    const prismaError = await db.prisma.user.create({ data: { telegramId: 'not a number' as any, firstName: 'SECRET-prisma' } }).catch((error: unknown) => error) as Error
    expect(prismaError.message).toContain('SECRET-prisma')
    logger.error({ err: prismaError }, 'handler failed')
    const all = lines.join('\n')
    expect(all).not.toContain('SECRET')
    const last = JSON.parse(lines.at(-1)!)
    expect(last.err).toMatchObject({ type: 'PrismaClientValidationError', message: expect.stringContaining('Invalid value for argument `telegramId`') })
    expect(JSON.parse(lines[0]).err).toMatchObject({ method: 'sendMessage', error_code: 400, payload: { chat_id: 1, text: '[redacted]' } })
  })

  it('through the bot: a reply Telegram refuses is logged without its text', async () => {
    const t = createTestBot(db, { answer: call => call.method === 'sendMessage' ? { ok: false, error_code: 400, description: 'Bad Request: can\'t parse entities' } : undefined })
    await t.send(text(person(6103, 'en', 'Olena-SECRET'), '/start'))
    expect(t.logs.length).toBeGreaterThan(0)
    expect(JSON.stringify(t.logs)).not.toContain('SECRET')
  })
})
