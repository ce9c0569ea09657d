// The programme report as a message, in the Ministry of Health's wording,
// with correct plurals and month and country names in the reader's language.
import type { TranslateFunction } from '@grammyjs/i18n'
import type { Cell, PeriodReport, ProgrammeReport } from '../../domain/stats.js'
import { smallCell } from '../../domain/stats.js'
import { escapeHtml } from './html.js'

/** A count as text: "<3" (escaped for HTML) for a small cell. */
export function cellText(cell: Cell): string {
  return cell === smallCell ? escapeHtml('<3') : String(cell)
}

function joinList(t: TranslateFunction, items: string[]) {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${t('report-and')} ${items.at(-1)}`
}

function summary(t: TranslateFunction, period: string, r: PeriodReport) {
  if (r.participants === 0)
    return t('report-summary-none', { period })
  return t('report-summary', {
    period,
    participants: r.participants,
    doctors: r.doctors,
    institutions: r.institutions,
    kinds: joinList(t, Object.keys(r.byKind).map(k => t(`report-kind-in-${k}`))),
    countries: joinList(t, r.countries.map(c => t(`report-country-in-${c}`))),
  })
}

function breakdown(entries: Record<string, Cell>, name: (key: string) => string) {
  return Object.entries(entries).map(([k, n]) => `${name(k)} — ${cellText(n)}`).join(' · ') || '—'
}

/** Attendance at joint events by the Ministry's category, when anyone attended one. */
function eventLine(t: TranslateFunction, counts: Record<string, Cell> = {}) {
  const events = Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0))
  return Object.keys(events).length ? [`${t('report-by-event')} ${breakdown(events, c => t(`report-event-${c}`))}`] : []
}

/** Foreign specialists who worked in Ukraine: a line when there were any. */
function volunteerLines(t: TranslateFunction, v: ProgrammeReport['volunteers'] | undefined) {
  if (!v || v.total === 0)
    return []
  return [t('vol-report-line', { total: cellText(v.total), countries: breakdown(v.byCountry, c => t(`country-${c}`)), specialties: breakdown(v.bySpecialty, s => t(`specialty-${s}`)) })]
}

/** The report; `hospitals` names the hospitals of a limited report (escaped here). */
export function renderReport(t: TranslateFunction, report: ProgrammeReport, hospitals: string[] = []) {
  const [year, month] = report.month.split('-').map(Number)
  const m = report.monthReport
  return [
    t('report-title', { month: t(`report-month-${month}`), year: String(year) }),
    ...(report.hospitalIds ? [t('report-scope', { hospitals: hospitals.map(escapeHtml).join(', ') || '—' })] : []),
    '',
    summary(t, t('report-in-month', { month: t(`report-month-in-${month}`), year: String(year) }), m),
    '',
    `${t('report-by-kind')} ${breakdown(m.byKind, k => t(`report-kind-${k}`))}`,
    `${t('report-by-specialty')} ${breakdown(m.bySpecialty, s => t(`specialty-${s}`))}`,
    `${t('report-by-status')} ${breakdown(m.applicationsByStatus, s => t(`review-status-${s}`))}`,
    ...eventLine(t, report.events?.month),
    ...volunteerLines(t, report.volunteers),
    '',
    t('report-ytd-title', { year: String(year) }),
    summary(t, t('report-since', { year: String(year) }), report.yearReport),
    `${t('report-by-status')} ${breakdown(report.yearReport.applicationsByStatus, s => t(`review-status-${s}`))}`,
    ...eventLine(t, report.events?.year),
  ].join('\n')
}
