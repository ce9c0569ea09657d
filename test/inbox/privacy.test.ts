// The inbox keeps what people sent for a day: /mydata shows it, erasure
// deletes it (the handled updates and the erasure's own), and an update sent
// after the erasure is still answered.
import type { Database } from '../../src/db/client.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDomain } from '../../src/domain/index.js'
import { insertUpdates, settleAndClaim } from '../../src/inbox/store.js'
import { createTestClock } from '../helpers/clock.js'
import { createTestDatabase, testDatabaseKinds } from '../helpers/db.js'
import { createPerson } from '../helpers/fixtures.js'
import { person, text } from '../helpers/updates.js'

describe.each(testDatabaseKinds())('the inbox and personal data (%s)', (kind) => {
  let db: Database
  beforeAll(async () => {
    db = await createTestDatabase(kind)
  })
  afterAll(async () => {
    await db?.close()
  })

  it('when a person asks for their data, then the updates of the last day are in it; when they erase it, then those are gone but a later one waits to be answered', async () => {
    const clock = createTestClock()
    const domain = createDomain(db.prisma, { defaultLocale: 'en', clock })
    const user = await createPerson(db.prisma, 8701, { locale: 'en' })
    const u = person(8701, 'en', 'Olena')
    const [handled, erasing, later] = [text(u, 'my diagnosis is private'), text(u, '/forgetme'), text(u, '/start')]
    const other = text(person(8702, 'en'), 'not hers')
    await insertUpdates(db.prisma, [handled, erasing, later, other], clock())
    const until = new Date(clock().getTime() + 60_000)
    // The first is handled; the erasure is in hand when it runs; the last is still waiting.
    await settleAndClaim(db.prisma, 'w', [], 1, clock(), until)
    await settleAndClaim(db.prisma, 'w', [{ updateId: handled.update_id, outcome: 'ok' }], 1, clock(), until)

    const data = await domain.privacy.exportUserData(user.id) as { updatesReceived: Array<{ updateId: string, update: any, outcome: string | null }> }
    expect(data.updatesReceived.map(r => Number(r.updateId))).toEqual([handled.update_id, erasing.update_id, later.update_id])
    expect(data.updatesReceived[0]).toMatchObject({ outcome: 'ok', update: { message: { text: 'my diagnosis is private' } } })

    await domain.privacy.eraseUser(user.id)
    const left = await db.prisma.inboxUpdate.findMany({ orderBy: { updateId: 'asc' } })
    expect(left.map(r => Number(r.updateId))).toEqual([later.update_id, other.update_id])
  })
})
