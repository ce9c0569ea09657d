// Wall-clock arithmetic in an IANA time zone with Intl only (no date library).

export const defaultTimezone = 'Europe/Kyiv'
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timezone: string) {
  let format = formatters.get(timezone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timezone, format)
  }
  return format
}

export interface LocalParts { year: number, month: number, day: number, hour: number, minute: number, second: number }

/** The wall-clock reading of `instant` in `timezone`; an unknown zone falls back to Europe/Kyiv. */
export function localParts(instant: Date, timezone: string): LocalParts {
  let format: Intl.DateTimeFormat
  try {
    format = formatter(timezone)
  }
  catch {
    format = formatter(defaultTimezone)
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map(part => [part.type, part.value]))
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

/** The instant at which the wall clock in `timezone` reads the given local time. */
export function zonedTime(timezone: string, year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute)
  let guess = wanted
  // Two corrections settle the offset, DST changes included.
  for (let i = 0; i < 2; i++) {
    const seen = localParts(new Date(guess), timezone)
    const seenUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute)
    guess += wanted - seenUtc
  }
  return new Date(guess)
}

export const quietFromHour = 21
export const quietUntilHour = 8

/** When a quiet message due at `instant` may go out: itself, or the next 08:00 local. */
export function afterQuietHours(instant: Date, timezone: string): Date {
  const local = localParts(instant, timezone)
  if (local.hour >= quietUntilHour && local.hour < quietFromHour)
    return instant
  const base = Date.UTC(local.year, local.month - 1, local.day + (local.hour >= quietFromHour ? 1 : 0))
  const next = new Date(base)
  return zonedTime(timezone, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), quietUntilHour)
}

/** The local calendar date of `instant` as a UTC midnight Date (how @db.Date values are read). */
export function localDate(instant: Date, timezone: string): Date {
  const local = localParts(instant, timezone)
  return new Date(Date.UTC(local.year, local.month - 1, local.day))
}

/** Whole days from local date `from` to date-only `to` (both UTC midnights). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000)
}

/** The calendar day of `now` in `timezone`, as YYYY-MM-DD (an unknown zone falls back to Europe/Kyiv). */
export function todayIn(timezone: string, now: Date): string {
  const local = localParts(now, timezone)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`
}
