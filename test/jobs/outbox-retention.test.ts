// Finished outbox rows are deleted after the retention period; pending ones and
// recent ones stay. Both databases.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConfig } from '../../src/config.js'
import { outboxRetentionCron, purgeOutbox } from '../../src/jobs/outbox-retention.js'
import { enqueue } from '../../src/outbox/enqueue.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'

const now = new Date('2027-06-01T03:30:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000)

describe.each(testDatabaseKinds())('outbox retention on %s', (kind) => {
  let db: Database
  beforeAll(async () => { db = await createTestDatabase(kind) })
  afterAll(async () => { await db?.close() })

  it('deletes sent, cancelled and failed rows older than the retention period, and nothing else', async () => {
    const row = (key: string, dueAt: Date) => ({ chatId: 1, kind: 't', text: `text ${key}`, dedupeKey: key, dueAt })
    await enqueue(db.prisma, [
      row('sent-old', daysAgo(120)),
      row('sent-late', daysAgo(120)),
      row('sent-recent', daysAgo(10)),
      row('cancelled-old', daysAgo(91)),
      row('failed-old', daysAgo(100)),
      row('failed-recent', daysAgo(89)),
      row('pending-old', daysAgo(200)),
    ], daysAgo(0))
    const set = (key: string, data: object) => db.prisma.outboxMessage.update({ where: { dedupeKey: key }, data })
    await set('sent-old', { status: 'sent', sentAt: daysAgo(119) })
    // Due long ago, but sent only last week (it waited for quiet hours or a retry).
    await set('sent-late', { status: 'sent', sentAt: daysAgo(7) })
    await set('sent-recent', { status: 'sent', sentAt: daysAgo(10) })
    await set('cancelled-old', { status: 'cancelled' })
    await set('failed-old', { status: 'failed' })
    await set('failed-recent', { status: 'failed' })

    expect(await purgeOutbox(db.prisma, now, 90)).toBe(3)
    const left = await db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } })
    expect(left.map(r => r.dedupeKey)).toEqual(['sent-late', 'sent-recent', 'failed-recent', 'pending-old'])
    expect(await purgeOutbox(db.prisma, now, 90)).toBe(0)
    expect(await purgeOutbox(db.prisma, now, 5)).toBe(3)
  })
})

describe('oUTBOX_RETENTION_DAYS', () => {
  const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1'
  it('defaults to 90 days, takes a whole number of days, refuses anything else; the job runs nightly', () => {
    expect(createConfig({ BOT_TOKEN: token }).outboxRetentionDays).toBe(90)
    expect(createConfig({ BOT_TOKEN: token, OUTBOX_RETENTION_DAYS: '30' }).outboxRetentionDays).toBe(30)
    for (const bad of ['0', '-1', '2.5', 'soon', '99999'])
      expect(() => createConfig({ BOT_TOKEN: token, OUTBOX_RETENTION_DAYS: bad })).toThrow(/^Invalid config: OUTBOX_RETENTION_DAYS /)
    expect(outboxRetentionCron).toBe('30 3 * * *')
  })
})
