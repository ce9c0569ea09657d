// The clock tests run on: a fixed instant that moves only when a test moves it,
// so no test depends on today's date, the hour, or how fast the machine is.
import type { Clock } from '../../src/time/clock.js'

/** Tuesday 1 December 2026, 10:00 in Kyiv: a working day and hour, outside quiet hours, away from DST changes and year ends. */
export const testStart = '2026-12-01T08:00:00.000Z'
export const testStartMs = Date.parse(testStart)

export interface TestClock extends Clock {
  set: (at: string | Date | number) => void
  advance: (ms: number) => void
  /**
   * A dispatcher's `sleep`: yields one real millisecond, then moves the clock
   * to when the sleep ends (never back, when sleeps overlap).
   */
  sleep: (ms: number) => Promise<void>
}

export function createTestClock(start: string | Date | number = testStart): TestClock {
  let now = new Date(start).getTime()
  // Bumped by set(): a sleep begun before it (a test that is over) moves nothing.
  let epoch = 0
  const clock = (() => new Date(now)) as TestClock
  clock.set = (at) => {
    now = new Date(at).getTime()
    epoch++
  }
  clock.advance = (ms) => {
    now += ms
  }
  clock.sleep = async (ms) => {
    const [until, began] = [now + ms, epoch]
    await new Promise(resolve => setTimeout(resolve, 1))
    if (epoch === began)
      now = Math.max(now, until)
  }
  return clock
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The Kyiv calendar day `days` after the clock's now, as YYYY-MM-DD (what people type and the bot prints). */
export function kyivDay(clock: Clock, days = 0): string {
  return new Date(clock().getTime() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Kyiv' })
}

/** The same day as DD.MM.YYYY. */
export function dotted(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number)
  return `${pad(d)}.${pad(m)}.${y}`
}
