// Names and durations in the person's language. Dates are shown by the one
// formatter in src/time/dates.ts.
import type { HospitalSummary } from '../../domain/hospital-admin.js'
import { flag } from '../../domain/countries.js'
import { pick } from '../../domain/localized.js'

type T = (key: string, params?: Record<string, string | number>) => string

/** The zone a person's deadlines are shown in: their own, else the programme's (config `TZ`). */
export function zoneOf(ctx: { user?: { timezone: string }, config: { timezone: string } }): string {
  return ctx.user?.timezone ?? ctx.config.timezone
}

/** Where an internship is, shortest first: "Berlin · Charité" (raw; escape it before it goes into HTML). */
export function placeOf(locale: string, o: { cityUk: string, cityEn: string, hospitalUk: string, hospitalEn: string }): string {
  return `${pick(locale, o, 'city')} · ${pick(locale, o, 'hospital')}`
}

/** "2 weeks" when the length is whole weeks, else "10 days" (first and last day included). */
export function formatDuration(t: T, startsOn: string, endsOn: string): string {
  const days = Math.round((Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000) + 1
  return days % 7 === 0 ? t('internships-weeks', { count: days / 7 }) : t('internships-days', { count: days })
}

export function countryName(t: T, code: string): string {
  return `${flag(code)} ${t(`country-${code}`)}`
}

/** A hospital as one line: its country's flag and its name in the reader's language. */
export function hospitalName(h: Pick<HospitalSummary, 'nameUk' | 'nameEn' | 'country'>, locale: 'uk' | 'en') {
  return `${flag(h.country)} ${pick(locale, h, 'name')}`
}
