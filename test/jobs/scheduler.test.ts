import type { Fixture } from '../delivery/setup.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { registerReminderJobs } from '../../src/jobs/reminder-jobs.js'
import { claimRun, createDbRunCoordinator, parseRunKey } from '../../src/jobs/run-coordinator.js'
import { createScheduler } from '../../src/jobs/scheduler.js'
import { createFixture, silent } from '../delivery/setup.js'
import { testDatabaseKinds } from '../helpers/db.js'

describe.each(testDatabaseKinds())('scheduler on %s', (kind) => {
  let f: Fixture
  beforeAll(async () => {
    f = await createFixture(kind)
  }, 60_000)
  beforeEach(async () => {
    await f.reset()
  })
  afterAll(async () => {
    await f.close()
  })

  it('reads node-cron run keys', () => {
    expect(parseRunKey('reminder-sweep:2026-12-01T09:05:00.000Z')).toEqual({ name: 'reminder-sweep', scheduledAt: new Date('2026-12-01T09:05:00.000Z') })
  })

  it('lets exactly one instance claim each fire', async () => {
    const at = new Date('2026-12-01T07:00:00Z')
    const claims = await Promise.all(['a', 'b', 'c'].map(holder => claimRun(f.db.prisma, 'digest', at, holder)))
    expect(claims.filter(Boolean)).toHaveLength(1)
    const a = createDbRunCoordinator(f.db.prisma, 'a', f.clock)
    const b = createDbRunCoordinator(f.db.prisma, 'b', f.clock)
    const key = 'digest:2026-12-02T07:00:00.000Z'
    expect(await a.shouldRun(key, 1000)).toBe(true)
    expect(await b.shouldRun(key, 1000)).toBe(false)
    await a.onComplete!(key)
    expect((await f.db.prisma.jobRun.findFirstOrThrow({ where: { holder: 'a', scheduledAt: new Date('2026-12-02T07:00:00Z') } })).finishedAt).toEqual(f.clock())
  })

  it('runs each fire on one of two schedulers sharing the database, then stops', async () => {
    const runs: string[] = []
    const schedulers = ['one', 'two'].map((instanceId) => {
      const scheduler = createScheduler({ prisma: f.db.prisma, logger: silent, instanceId, clock: f.clock })
      scheduler.add('tick', '* * * * * *', async (firedAt) => {
        runs.push(`${instanceId}@${firedAt.toISOString()}`)
      })
      return scheduler
    })
    schedulers.forEach(s => s.start())
    await new Promise(resolve => setTimeout(resolve, 2500))
    await Promise.all(schedulers.map(s => s.stop()))
    const fires = runs.map(run => run.split('@')[1])
    expect(fires.length).toBeGreaterThanOrEqual(2)
    expect(new Set(fires).size).toBe(fires.length)
    expect(await f.db.prisma.jobRun.count({ where: { name: 'tick' } })).toBe(fires.length)
  })

  it('registers the reminder sweep hourly and the digest at 09:00 Kyiv time', () => {
    const scheduler = createScheduler({ prisma: f.db.prisma, logger: silent, instanceId: 'x', clock: f.clock })
    registerReminderJobs(scheduler, f.db.prisma, f.clock)
    const digest = scheduler.tasks.get('coordinator-digest')!
    // 09:00 in Kyiv is 07:00 UTC in winter.
    expect(digest.match(new Date('2026-12-01T07:00:00Z'))).toBe(true)
    expect(digest.match(new Date('2026-12-01T09:00:00Z'))).toBe(false)
    const sweep = scheduler.tasks.get('reminder-sweep')!
    expect(sweep.match(new Date('2026-12-01T13:05:00Z'))).toBe(true)
    expect(sweep.match(new Date('2026-12-01T13:00:00Z'))).toBe(false)
    return scheduler.stop()
  })
})
