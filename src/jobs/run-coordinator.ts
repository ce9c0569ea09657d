// node-cron's RunCoordinator backed by the JobRun table: the instance whose insert wins runs the fire.
import type { RunCoordinator } from 'node-cron'
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'

/** node-cron keys a fire as `<task name>:<ISO time of the slot>`. */
export function parseRunKey(key: string): { name: string, scheduledAt: Date } {
  const match = /^(.*):(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)$/.exec(key)
  if (!match)
    throw new Error(`unexpected node-cron run key: ${key}`)
  return { name: match[1], scheduledAt: new Date(match[2]) }
}

/** Claims a fire in JobRun; true for exactly one caller per (name, scheduledAt). */
export async function claimRun(prisma: Db, name: string, scheduledAt: Date, holder: string): Promise<boolean> {
  const result = await prisma.jobRun.createMany({ data: [{ name, scheduledAt, holder }], skipDuplicates: true })
  return result.count === 1
}

export function createDbRunCoordinator(prisma: Db, holder: string, clock: Clock): RunCoordinator {
  return {
    async shouldRun(key) {
      const { name, scheduledAt } = parseRunKey(key)
      return claimRun(prisma, name, scheduledAt, holder)
    },
    async onComplete(key) {
      const { name, scheduledAt } = parseRunKey(key)
      await prisma.jobRun.updateMany({ where: { name, scheduledAt, holder }, data: { finishedAt: clock() } })
    },
  }
}
