// Dates, names and durations in the person's language. Date-only values are
// ISO days (UTC); moments (deadlines) are shown in Kyiv time.
import type { HospitalSummary } from '../../domain/hospital-admin.js'
import { flag } from '../../domain/countries.js'
import { pick } from '../../domain/localized.js'

type T = (key: string, params?: Record<string, string | number>) => string

export function formatDay(locale: string, isoDay: string): string {
  return new Intl.DateTimeFormat(locale === 'uk' ? 'uk-UA' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(isoDay))
}

export function formatMoment(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale === 'uk' ? 'uk-UA' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Kyiv' }).format(new Date(iso))
}

export function formatMonth(locale: string, yearMonth: string): string {
  return new Intl.DateTimeFormat(locale === 'uk' ? 'uk-UA' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${yearMonth}-01`))
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
