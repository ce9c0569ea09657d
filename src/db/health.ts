// The database's health: a `SELECT 1` that must answer within a short time.
import type { Db } from './client.js'

export type HealthCheck = () => Promise<boolean>

/** True when the database answers `SELECT 1` within `timeoutMs` (default 2 s); never throws. */
export function databaseCheck(prisma: Db, timeoutMs = 2000): HealthCheck {
  return async () => {
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(resolve, timeoutMs, false)
      timer.unref()
    })
    try {
      return await Promise.race([prisma.$queryRawUnsafe('SELECT 1').then(() => true), late])
    }
    catch {
      return false
    }
    finally {
      clearTimeout(timer)
    }
  }
}
