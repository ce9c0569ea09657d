// The views of /my: the list of a person's applications and one application
// with its answers and dated history. Every stored text is escaped, after it
// is shortened (raw) so the view always fits one message.
import type { ApplicationRepository } from '../../domain/applications.js'
import { InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { formatDay, formatDeadline } from '../../time/dates.js'
import { fitMessage, listButtonLabel } from './fit.js'
import { placeOf } from './format.js'
import { escapeHtml } from './html.js'

type T = (key: string, params?: Record<string, string | number>) => string
type List = Awaited<ReturnType<ApplicationRepository['listForUser']>>
type One = Awaited<ReturnType<ApplicationRepository['get']>>

const inPlay = ['submitted', 'under_review', 'offered', 'confirmed', 'waitlisted']

export function renderMyList(t: T, locale: string, apps: List) {
  const keyboard = new InlineKeyboard()
  if (!apps.length)
    return { text: t('applications-none'), keyboard: keyboard.text(t('menu-internships'), 'in:p:0') }
  // A button starts with where (a phone cuts it at about 35 characters); the message holds each full title.
  apps.forEach((a, i) => {
    if (i > 0)
      keyboard.row()
    keyboard.text(listButtonLabel(t(`applications-icon-${a.status}`), placeOf(locale, a), pick(locale, a, 'title')), `my:o:${a.id}`)
  })
  const values = Object.fromEntries(apps.map((a, i) => [String(i), pick(locale, a, 'title')]))
  const text = fitMessage(values, v => [
    t('applications-title', { count: apps.length }),
    ...apps.map((a, i) => `\n${t(`applications-icon-${a.status}`)} <b>${escapeHtml(placeOf(locale, a))}</b>\n${escapeHtml(v[String(i)])}`),
  ].join('\n'))
  return { text, keyboard }
}

type Values = Record<string, string>

function applicationText(t: T, locale: string, zone: string, a: One, shown: readonly string[], v: Values) {
  const lines = [`<b>${escapeHtml(v.title)}</b>`, `${formatDay(locale, a.opportunity.startsOn)} – ${formatDay(locale, a.opportunity.endsOn)}`, '']
  lines.push(t('applications-status', { status: t(`applications-status-${a.status}`) }))
  if (a.status === 'rejected' && a.rejectionReason)
    lines.push(t('applications-reason', { reason: escapeHtml(v.reason) }))
  if (a.status === 'offered' && a.offerExpiresAt)
    lines.push(t('applications-offer-until', { until: formatDeadline(locale, a.offerExpiresAt, zone) }))
  if (shown.length || a.documents.length) {
    lines.push('', t('applications-answers'))
    for (const k of shown)
      lines.push(`${t(`applications-answer-${k}`)}: ${escapeHtml(v[k])}`)
    if (a.documents.length)
      lines.push(`${t('applications-answer-documents')}: ${a.documents.map((d, i) => `${t(`apply-doc-${d.type}`)} (${escapeHtml(v[`doc${i}`])})`).join(', ')}`)
  }
  if (a.history.length) {
    lines.push('', t('applications-history'))
    a.history.forEach((h, i) => lines.push(`${formatDeadline(locale, h.at, zone)}: ${t(`applications-status-${h.status}`)}${h.reason ? ` (${escapeHtml(v[`history${i}`])})` : ''}`))
  }
  return lines.join('\n')
}

/** One application; its moments (offer deadline, history) are shown in `zone`, the person's own. */
export function renderApplication(t: T, locale: string, zone: string, a: One) {
  const answers = a.answers as Record<string, unknown>
  const shown = (['motivation', 'experience', 'phone'] as const).filter(k => typeof answers[k] === 'string')
  // Raw values, shortened (when the message would not fit) before they are escaped.
  const values: Values = {
    title: pick(locale, a.opportunity, 'title'),
    reason: a.rejectionReason ?? '',
    ...Object.fromEntries(shown.map(k => [k, String(answers[k])])),
    ...Object.fromEntries(a.documents.map((d, i) => [`doc${i}`, d.fileName])),
    ...Object.fromEntries(a.history.map((h, i) => [`history${i}`, h.reason ?? ''])),
  }
  const text = fitMessage(values, v => applicationText(t, locale, zone, a, shown, v))
  const keyboard = new InlineKeyboard()
  if (a.status === 'draft')
    keyboard.text(t('applications-continue'), `ap:${a.opportunity.id}`).row()
  if (a.status === 'offered')
    keyboard.text(t('applications-accept'), `my:ac:${a.id}`).text(t('applications-decline'), `my:dc:${a.id}`).row()
  if (inPlay.includes(a.status) || a.status === 'draft')
    keyboard.text(t('applications-withdraw'), `my:w:${a.id}`).row()
  keyboard.text(t('applications-back'), 'my:l')
  return { text, keyboard }
}
