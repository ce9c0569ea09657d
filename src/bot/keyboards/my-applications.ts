// The views of /my: the list of a person's applications and one application
// with its answers and dated history. Every stored text is escaped.
import type { ApplicationRepository } from '../../domain/applications.js'
import { InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { formatDay, formatMoment } from '../helpers/format.js'
import { clipHtml, escapeHtml } from '../helpers/html.js'

type T = (key: string, params?: Record<string, string | number>) => string
type List = Awaited<ReturnType<ApplicationRepository['listForUser']>>
type One = Awaited<ReturnType<ApplicationRepository['get']>>

const inPlay = ['submitted', 'under_review', 'offered', 'confirmed', 'waitlisted']

export function renderMyList(t: T, locale: string, apps: List) {
  const keyboard = new InlineKeyboard()
  if (!apps.length)
    return { text: t('applications-none'), keyboard: keyboard.text(t('menu-internships'), 'in:p:0') }
  apps.forEach((a, i) => {
    if (i > 0)
      keyboard.row()
    keyboard.text(`${t(`applications-icon-${a.status}`)} ${pick(locale, a, 'title')}`, `my:o:${a.id}`)
  })
  return { text: t('applications-title', { count: apps.length }), keyboard }
}

export function renderApplication(t: T, locale: string, a: One) {
  const lines = [`<b>${escapeHtml(pick(locale, a.opportunity, 'title'))}</b>`, `${formatDay(locale, a.opportunity.startsOn)} – ${formatDay(locale, a.opportunity.endsOn)}`, '']
  lines.push(t('applications-status', { status: t(`applications-status-${a.status}`) }))
  if (a.status === 'rejected' && a.rejectionReason)
    lines.push(t('applications-reason', { reason: escapeHtml(a.rejectionReason) }))
  if (a.status === 'offered' && a.offerExpiresAt)
    lines.push(t('applications-offer-until', { until: formatMoment(locale, a.offerExpiresAt) }))
  const answers = a.answers as Record<string, unknown>
  const shown = (['motivation', 'experience', 'phone'] as const).filter(k => typeof answers[k] === 'string')
  if (shown.length || a.documents.length) {
    lines.push('', t('applications-answers'))
    for (const k of shown)
      lines.push(`${t(`applications-answer-${k}`)}: ${escapeHtml(String(answers[k]))}`)
    if (a.documents.length)
      lines.push(`${t('applications-answer-documents')}: ${a.documents.map(d => `${t(`apply-doc-${d.type}`)} (${escapeHtml(d.fileName)})`).join(', ')}`)
  }
  if (a.history.length) {
    lines.push('', t('applications-history'))
    for (const h of a.history)
      lines.push(`${formatMoment(locale, h.at)}: ${t(`applications-status-${h.status}`)}${h.reason ? ` (${escapeHtml(h.reason)})` : ''}`)
  }
  const keyboard = new InlineKeyboard()
  if (a.status === 'draft')
    keyboard.text(t('applications-continue'), `ap:${a.opportunity.id}`).row()
  if (a.status === 'offered')
    keyboard.text(t('applications-accept'), `my:ac:${a.id}`).text(t('applications-decline'), `my:dc:${a.id}`).row()
  if (inPlay.includes(a.status) || a.status === 'draft')
    keyboard.text(t('applications-withdraw'), `my:w:${a.id}`).row()
  keyboard.text(t('applications-back'), 'my:l')
  const text = lines.join('\n')
  return { text: clipHtml(text, 4096), keyboard }
}
