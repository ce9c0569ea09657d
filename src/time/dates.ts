// The one way dates are read from people and shown to them. A day is an ISO
// string (YYYY-MM-DD, a calendar date without a zone); a deadline is an instant
// shown in a zone, with the zone's name, so nobody has to guess whose 23:59 it is.
import { localParts } from './zones.js'

/** What `parseDay` accepts, for the message that asks again. */
export const dayFormats = ['2027-03-01', '01.03.2027', '01/03/2027'] as const

export type ParsedDay = { day: string } | { error: 'invalid' }

/**
 * Reads a calendar day typed as ISO (2027-03-01), DD.MM.YYYY or DD/MM/YYYY.
 * Returns `{ day: 'YYYY-MM-DD' }`, or `{ error: 'invalid' }` for anything that
 * is not a real date between 1900 and 2100 (31.02.2027 is invalid).
 */
export function parseDay(text: string): ParsedDay {
  const value = text.trim()
  const iso = value.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/)
  const local = value.match(/^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/)
  const parts = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : local ? [Number(local[4]), Number(local[3]), Number(local[1])] : undefined
  if (!parts || parts[0] < 1900 || parts[0] > 2100)
    return { error: 'invalid' }
  const [year, month, day] = parts
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return { error: 'invalid' }
  return { day: date.toISOString().slice(0, 10) }
}

/** `parseDay` for callers that only need the day: YYYY-MM-DD, or null when it is not a date. */
export function readDay(text: string): string | null {
  const parsed = parseDay(text)
  return 'day' in parsed ? parsed.day : null
}

function intlLocale(locale: string) {
  return locale === 'uk' ? 'uk-UA' : 'en-GB'
}

/** A calendar day for people: "1 March 2027", "1 березня 2027 р.". */
export function formatDay(locale: string, day: string | Date): string {
  const date = typeof day === 'string' ? new Date(`${day.slice(0, 10)}T00:00:00Z`) : day
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}

/** A month for people: "March 2027", "березень 2027 р.". */
export function formatMonth(locale: string, yearMonth: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${yearMonth}-01T00:00:00Z`))
}

/** An instant with its time and zone: "1 March 2027, 23:59 (Europe/Kyiv)". */
export function formatDeadline(locale: string, instant: string | Date, zone: string): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant
  const local = localParts(at, zone)
  const day = formatDay(locale, new Date(Date.UTC(local.year, local.month - 1, local.day)))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${day}, ${pad(local.hour)}:${pad(local.minute)} (${zone})`
}
