// When the database cannot be read, the person still gets a short apology in
// their language (i18n does not wait for the database), and the error is logged.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestBot } from '../helpers/bot.js'
import { createTestDatabase } from '../helpers/db.js'
import { createPerson } from '../helpers/fixtures.js'
import { person, text } from '../helpers/updates.js'

let db: Database
beforeAll(async () => {
  db = await createTestDatabase()
  await createPerson(db.prisma, 9801, { locale: 'en' })
})
afterAll(async () => { await db?.close() })

describe('the database is down', () => {
  it('when the person cannot be read, then they get the apology in their Telegram language, and it is logged', async () => {
    const t = createTestBot(db)
    t.domain.users.touch = async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:5432') }
    await t.send(text(person(9802, 'uk'), '/help'), text(person(9803, 'en'), '/help'))
    expect(t.texts()).toEqual([
      '😔 Вибачте, у нас щось пішло не так. Спробуйте ще раз за хвилину.',
      '😔 Sorry, something went wrong on our side. Please try again in a minute.',
    ])
    expect(t.logs.filter(l => l.msg === 'handler failed')).toHaveLength(2)
  })

  it('when the database answers, a stored language still wins over Telegram\'s', async () => {
    const t = createTestBot(db)
    await t.send(text(person(9801, 'uk'), '/help'))
    expect(t.texts()).toEqual([t.i18n.t('en', 'help-text')])
  })
})
