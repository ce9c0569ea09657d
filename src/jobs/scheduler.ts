// Recurring jobs with node-cron: in the programme's time zone, never overlapping, one instance per fire.
import type { ScheduledTask } from 'node-cron'
import type { Db } from '../db/client.js'
import type { Logger } from '../logger.js'
import type { Clock } from '../time/clock.js'
import { createTask } from 'node-cron'
import { defaultTimezone } from '../time/zones.js'
import { createDbRunCoordinator } from './run-coordinator.js'

export interface SchedulerDeps {
  prisma: Db
  logger: Logger
  /** Unique per process; recorded in JobRun.holder. */
  instanceId: string
  /** IANA zone the cron expressions are read in: the programme's (config TZ; default Europe/Kyiv). */
  timezone?: string
  /** Stamps JobRun.finishedAt. */
  clock: Clock
}

export type Job = (firedAt: Date) => Promise<unknown>

export interface Scheduler {
  /** Registers a job; `name` must be unique and is the JobRun key. */
  add: (name: string, cron: string, job: Job) => void
  start: () => void
  /** Stops every task and waits for runs in progress. */
  stop: () => Promise<void>
  /** The registered node-cron tasks, by name (tests, inspection). */
  tasks: Map<string, ScheduledTask>
}

/** Builds a scheduler; nothing fires until `start()`. */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const coordinator = createDbRunCoordinator(deps.prisma, deps.instanceId, deps.clock)
  const tasks = new Map<string, ScheduledTask>()
  const running = new Set<Promise<unknown>>()
  return {
    tasks,
    add(name, cron, job) {
      if (tasks.has(name))
        throw new Error(`job ${name} is already scheduled`)
      const task = createTask(cron, (context) => {
        // A duration, not a time of day: the monotonic timer, not the clock.
        const started = performance.now()
        const run = job(context.date).then(
          result => deps.logger.info({ job: name, firedAt: context.date, ms: Math.round(performance.now() - started), result }, 'job finished'),
          (error) => {
            deps.logger.error({ err: error, job: name, firedAt: context.date }, 'job failed')
            throw error
          },
        )
        running.add(run)
        return run.finally(() => running.delete(run))
      }, {
        name,
        timezone: deps.timezone ?? defaultTimezone,
        noOverlap: true,
        distributed: true,
        runCoordinator: coordinator,
        logger: {
          info: message => deps.logger.debug({ job: name }, message),
          warn: message => deps.logger.warn({ job: name }, message),
          error: (message, err) => deps.logger.error({ job: name, err }, String(message)),
          debug: message => deps.logger.debug({ job: name }, String(message)),
        },
      })
      tasks.set(name, task)
    },
    start() {
      for (const task of tasks.values())
        task.start()
    },
    async stop() {
      for (const task of tasks.values())
        await task.destroy()
      tasks.clear()
      await Promise.allSettled([...running])
    },
  }
}
