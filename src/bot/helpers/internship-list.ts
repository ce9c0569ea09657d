// The internship list and its filter pickers. Callback data is short ASCII
// (`in:p:2`, `in:s:cardiology`); filters live in the session, never in the data.
import type { BrowseFilters, OpportunityListItem } from '../../domain/opportunities.js'
import { InlineKeyboard } from 'grammy'
import { flag } from '../../domain/countries.js'
import { pick } from '../../domain/localized.js'
import { specialties } from '../../domain/specialties.js'
import { formatMonth } from '../../time/dates.js'
import { fitMessage, listButtonLabel } from './fit.js'
import { countryName, placeOf } from './format.js'
import { escapeHtml } from './html.js'

type T = (key: string, params?: Record<string, string | number>) => string

export const pageSize = 5

export function hasFilters(f: BrowseFilters) {
  return Boolean(f.specialty || f.country || f.audience || f.month)
}

export function filterSummary(t: T, locale: string, f: BrowseFilters): string {
  const parts: string[] = []
  if (f.specialty)
    parts.push(t('internships-filter-specialty-is', { value: t(`specialty-${f.specialty}`) }))
  if (f.country)
    parts.push(t('internships-filter-country-is', { value: countryName(t, f.country) }))
  if (f.audience)
    parts.push(t('internships-filter-audience-is', { value: t(`internships-audience-${f.audience}`) }))
  if (f.month)
    parts.push(t('internships-filter-month-is', { value: formatMonth(locale, f.month) }))
  return parts.length ? t('internships-filters', { filters: parts.join(' · ') }) : t('internships-filters-none')
}

export interface ListView { total: number, items: OpportunityListItem[], page: number }

export function renderList(t: T, locale: string, f: BrowseFilters, view: ListView) {
  const pages = Math.max(1, Math.ceil(view.total / pageSize))
  const keyboard = new InlineKeyboard()
  const summary = filterSummary(t, locale, f)
  if (view.total === 0) {
    const text = [t('internships-title'), summary, '', hasFilters(f) ? t('internships-empty-filtered') : t('internships-empty')].join('\n')
    // An alert can only hold specialties and countries.
    if (f.specialty || f.country)
      keyboard.text(t('internships-make-alert'), 'in:al').row()
    return { text, keyboard: filterRows(t, f, keyboard) }
  }
  // A button starts with where (a phone cuts it at about 35 characters); the message holds each full title.
  for (const item of view.items)
    keyboard.text(listButtonLabel(flag(item.country), placeOf(locale, item), pick(locale, item, 'title')), `in:o:${item.id}:${view.page}`).row()
  if (pages > 1) {
    if (view.page > 0)
      keyboard.text('◀️', `in:p:${view.page - 1}`)
    keyboard.text(`${view.page + 1}/${pages}`, `in:p:${view.page}`)
    if (view.page < pages - 1)
      keyboard.text('▶️', `in:p:${view.page + 1}`)
    keyboard.row()
  }
  const head = [t('internships-title'), summary, t('internships-found', { count: view.total, page: view.page + 1, pages })].join('\n')
  const values = Object.fromEntries(view.items.map((item, i) => [String(i), pick(locale, item, 'title')]))
  const text = fitMessage(values, v => [head, ...view.items.map((item, i) => `\n${flag(item.country)} <b>${escapeHtml(placeOf(locale, item))}</b>\n${escapeHtml(v[String(i)])}`)].join('\n'))
  return { text, keyboard: filterRows(t, f, keyboard) }
}

function filterRows(t: T, f: BrowseFilters, keyboard: InlineKeyboard) {
  keyboard
    .text(t('internships-filter-specialty'), 'in:fs')
    .text(t('internships-filter-country'), 'in:fc')
    .row()
    .text(t('internships-filter-audience'), 'in:fa')
    .text(t('internships-filter-month'), 'in:fm')
  if (hasFilters(f))
    keyboard.row().text(t('internships-clear'), 'in:x')
  return keyboard
}

/** A picker for one filter: its values two per row, then "Any" and Back. */
export function picker(t: T, locale: string, kind: 's' | 'c' | 'a' | 'm', values: readonly string[]) {
  const keyboard = new InlineKeyboard()
  const label = (v: string) => kind === 's' ? t(`specialty-${v}`) : kind === 'c' ? countryName(t, v) : kind === 'a' ? t(`internships-audience-${v}`) : formatMonth(locale, v)
  values.forEach((v, i) => {
    if (i > 0 && i % 2 === 0)
      keyboard.row()
    keyboard.text(label(v), `in:${kind}:${v}`)
  })
  return keyboard.row().text(t('internships-any'), `in:${kind}:*`).text(t('internships-back'), 'in:p:0')
}

export const specialtyValues = specialties
export const audienceValues = ['doctors', 'students'] as const

export function pickerTitle(t: T, kind: 's' | 'c' | 'a' | 'm') {
  return t({ s: 'internships-pick-specialty', c: 'internships-pick-country', a: 'internships-pick-audience', m: 'internships-pick-month' }[kind])
}
