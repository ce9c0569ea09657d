import { describe, expect, it } from 'vitest'
import { reminderStage } from '../../src/jobs/reminder-windows.js'
import { afterQuietHours, zonedTime } from '../../src/time/zones.js'

describe('quiet hours and reminder windows', () => {
  it('moves night-time instants to 08:00 local, across DST changes', () => {
    expect(afterQuietHours(new Date('2026-07-01T10:00:00Z'), 'Europe/Kyiv').toISOString()).toBe('2026-07-01T10:00:00.000Z')
    // 23:30 Kyiv in summer (UTC+3) → 08:00 next day = 05:00 UTC.
    expect(afterQuietHours(new Date('2026-07-01T20:30:00Z'), 'Europe/Kyiv').toISOString()).toBe('2026-07-02T05:00:00.000Z')
    // 03:00 Kyiv on the night clocks go back (25 Oct 2026) → 08:00 in winter time = 06:00 UTC.
    expect(afterQuietHours(new Date('2026-10-25T01:00:00Z'), 'Europe/Kyiv').toISOString()).toBe('2026-10-25T06:00:00.000Z')
    expect(afterQuietHours(new Date('2026-12-01T05:00:00Z'), 'Asia/Tokyo').toISOString()).toBe('2026-12-01T05:00:00.000Z')
    expect(afterQuietHours(new Date('2026-12-01T13:00:00Z'), 'Asia/Tokyo').toISOString()).toBe('2026-12-01T23:00:00.000Z')
    expect(afterQuietHours(new Date('2026-12-01T20:59:00Z'), 'Not/AZone').toISOString()).toBe('2026-12-02T06:00:00.000Z')
    expect(zonedTime('America/New_York', 2026, 3, 8, 8).toISOString()).toBe('2026-03-08T12:00:00.000Z')
  })

  it('picks the stage whose window holds the days left', () => {
    expect(reminderStage(3, [3, 1])).toBe(3)
    expect(reminderStage(1.5, [3, 1])).toBe(3)
    expect(reminderStage(1, [3, 1])).toBe(1)
    expect(reminderStage(0.2, [3, 1])).toBe(1)
    expect(reminderStage(0, [3, 1])).toBeUndefined()
    expect(reminderStage(3.1, [3, 1])).toBeUndefined()
  })
})
