// The logbook screens: a placement's entries by week with counts by kind and
// review state, one entry (for the person, its mentor or a coordinator), and
// the mentor's queue. People's text is escaped here.
import type { TranslateFunction } from '@grammyjs/i18n'
import type { EntryRecord, Logbook, LogbookPlacement, QueueItem, Viewer } from '../../domain/logbook.js'
import { InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { logbookKinds, reviewStates } from '../../domain/logbook.js'
import { formatDay } from '../../time/dates.js'
import { clip } from './fit.js'
import { escapeHtml } from './html.js'

export const entriesPerPage = 8
const marks = { pending: '⏳', confirmed: '✅', returned: '↩️' } as const

export const reviewMark = (e: { review: EntryRecord['review'] }) => marks[e.review]
/** A day without its year: "2 Jan", "2 січ.". */
const short = (locale: string, day: string) => new Intl.DateTimeFormat(locale === 'uk' ? 'uk-UA' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))

/** The kind, and for a procedure how the person took part. */
export function kindLabel(t: TranslateFunction, e: { kind: EntryRecord['kind'], procedureRole: EntryRecord['procedureRole'] }) {
  const kind = t(`logbook-kind-${e.kind}`)
  return e.procedureRole ? `${kind} (${t(`logbook-role-${e.procedureRole}`).replace(/^\S+ /, '')})` : kind
}

const oneLine = (text: string, max: number) => clip(text.replace(/\s+/g, ' '), max)

function pages(count: number) {
  return Math.max(1, Math.ceil(count / entriesPerPage))
}

export function logbookText(t: TranslateFunction, locale: string, book: Logbook, page: number) {
  const p = book.placement
  const head = t('logbook-title', { title: escapeHtml(pick(locale, p, 'title')), person: escapeHtml(p.personName), from: formatDay(locale, p.startsOn), to: formatDay(locale, p.endsOn) })
  const counts = t('logbook-counts', Object.fromEntries(logbookKinds.map(k => [k, book.counts[k]])))
  const reviews = t('logbook-reviews', Object.fromEntries(reviewStates.map(s => [s, book.reviews[s]])))
  const lines: string[] = []
  let week = 0
  for (const e of book.entries.slice(page * entriesPerPage, (page + 1) * entriesPerPage)) {
    if (e.week !== week) {
      week = e.week
      lines.push(`\n${t('logbook-week', { week })}`)
    }
    lines.push(t('logbook-line', { mark: reviewMark(e), day: short(locale, e.day), kind: kindLabel(t, e), excerpt: escapeHtml(oneLine(e.text, 60)) }))
  }
  const body = book.entries.length ? lines.join('\n').trim() : t('logbook-empty')
  const paging = pages(book.entries.length) > 1 ? `\n\n${t('logbook-page', { page: page + 1, pages: pages(book.entries.length) })}` : ''
  return `${head}\n\n${counts}\n${reviews}\n\n${body}${paging}`
}

export function logbookKeyboard(t: TranslateFunction, locale: string, book: Logbook, page: number, several: boolean) {
  const rows = book.entries.slice(page * entriesPerPage, (page + 1) * entriesPerPage)
    .map(e => [InlineKeyboard.text(`${reviewMark(e)} ${short(locale, e.day)} · ${oneLine(kindLabel(t, e), 40)}`, `lb:e:${e.id}`)])
  const count = pages(book.entries.length)
  const paging = []
  if (page > 0)
    paging.push(InlineKeyboard.text('◀️', `lb:p:${book.placement.id}:${page - 1}`))
  if (page < count - 1)
    paging.push(InlineKeyboard.text('▶️', `lb:p:${book.placement.id}:${page + 1}`))
  if (paging.length)
    rows.push(paging)
  if (book.viewer === 'owner')
    rows.push([InlineKeyboard.text(t('logbook-btn-add'), `lb:n:${book.placement.id}`)])
  if (several)
    rows.push([InlineKeyboard.text(t('logbook-btn-placements'), 'lb:l')])
  return InlineKeyboard.from(rows)
}

export function placementsKeyboard(locale: string, list: LogbookPlacement[]) {
  return InlineKeyboard.from(list.map(p => [InlineKeyboard.text(`📓 ${oneLine(pick(locale, p, 'title'), 40)}`, `lb:p:${p.id}:0`)]))
}

export function entryText(t: TranslateFunction, locale: string, view: { entry: EntryRecord, viewer: Viewer, placement: LogbookPlacement }) {
  const e = view.entry
  const specialty = e.specialty ? t(`specialty-${e.specialty}`) : '—'
  const review = e.review === 'confirmed'
    ? t('logbook-review-confirmed', { day: formatDay(locale, (e.reviewedAt ?? e.day).slice(0, 10)) })
    : e.review === 'returned' ? t('logbook-review-returned', { note: escapeHtml(e.reviewNote ?? '') }) : t('logbook-review-pending')
  const who = view.viewer === 'owner' ? [] : [t('logbook-entry-person', { person: escapeHtml(view.placement.personName) })]
  return [
    t('logbook-entry-head', { mark: reviewMark(e), kind: kindLabel(t, e), specialty }),
    ...who,
    t('logbook-entry-when', { day: formatDay(locale, e.day), week: e.week }),
    '',
    escapeHtml(e.text),
    '',
    review,
  ].join('\n')
}

export function entryKeyboard(t: TranslateFunction, view: { entry: EntryRecord, viewer: Viewer }) {
  const e = view.entry
  const rows = []
  if (view.viewer === 'owner')
    rows.push([InlineKeyboard.text(t('logbook-btn-edit'), `lb:t:${e.id}`), InlineKeyboard.text(t('logbook-btn-delete'), `lb:x:${e.id}`)])
  if (view.viewer === 'mentor' && e.review === 'pending')
    rows.push([InlineKeyboard.text(t('logbook-btn-confirm'), `mt:c:${e.id}`), InlineKeyboard.text(t('logbook-btn-return'), `mt:r:${e.id}`)])
  rows.push([InlineKeyboard.text(t('logbook-btn-open'), `lb:p:${e.placementId}:0`)])
  return InlineKeyboard.from(rows)
}

export function deleteKeyboard(t: TranslateFunction, entryId: number) {
  return InlineKeyboard.from([[InlineKeyboard.text(t('logbook-btn-delete-yes'), `lb:y:${entryId}`), InlineKeyboard.text(t('logbook-btn-delete-no'), `lb:k:${entryId}`)]])
}

export function mentorText(t: TranslateFunction, locale: string, queue: { items: QueueItem[] }, page: number) {
  const pending = queue.items.filter(i => i.review === 'pending').length
  const items = queue.items.slice(page * entriesPerPage, (page + 1) * entriesPerPage)
  const lines = items.map(i => t('mentor-line', { mark: reviewMark(i), person: escapeHtml(oneLine(i.personName, 40)), day: short(locale, i.day), kind: kindLabel(t, i), excerpt: escapeHtml(oneLine(i.text, 50)) }))
  const paging = pages(queue.items.length) > 1 ? `\n\n${t('logbook-page', { page: page + 1, pages: pages(queue.items.length) })}` : ''
  return `${t('mentor-title', { pending })}\n\n${lines.length ? lines.join('\n') : t('mentor-empty')}${paging}`
}

export function mentorKeyboard(t: TranslateFunction, locale: string, queue: { items: QueueItem[] }, page: number) {
  const rows = queue.items.slice(page * entriesPerPage, (page + 1) * entriesPerPage)
    .map(i => [InlineKeyboard.text(`${reviewMark(i)} ${oneLine(i.personName, 20)} · ${short(locale, i.day)} · ${oneLine(kindLabel(t, i), 24)}`, `lb:e:${i.id}`)])
  const count = pages(queue.items.length)
  const paging = []
  if (page > 0)
    paging.push(InlineKeyboard.text('◀️', `mt:l:${page - 1}`))
  if (page < count - 1)
    paging.push(InlineKeyboard.text('▶️', `mt:l:${page + 1}`))
  if (paging.length)
    rows.push(paging)
  return InlineKeyboard.from(rows)
}

export function pageOf(raw: string | undefined, count: number) {
  const page = Number(raw ?? 0)
  return Math.min(Math.max(0, page), pages(count) - 1)
}
