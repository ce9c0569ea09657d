// How a consultation request reads: its card (in the reader's language and
// time zone), the /consults queue, and the report's line. Sides are named by
// hospital and role, never by a Telegram account.
import type { TranslateFunction } from '@grammyjs/i18n'
import type { ConsultationCounts } from '../../domain/consultation-data.js'
import type { Consultations } from '../../domain/consultations.js'
import type { HospitalRef } from '../../domain/opportunities.js'
import { InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { formatDeadline } from '../../time/dates.js'
import { escapeHtml } from './html.js'
import { cellText } from './report-text.js'

type Card = Awaited<ReturnType<Consultations['card']>>
type Queue = Awaited<ReturnType<Consultations['queue']>>

const name = (locale: string, h: HospitalRef) => escapeHtml(pick(locale, h, 'name'))

/** "Kyiv City Hospital No. 1 — requester": a side as the other one reads it. */
export function sideLabel(t: TranslateFunction, locale: string, card: Pick<Card, 'from' | 'to'>, side: string) {
  return side === 'requester'
    ? t('consult-side-requester', { hospital: name(locale, card.from) })
    : t('consult-side-specialist', { hospital: name(locale, card.to) })
}

/** The card of a request for one reader: the slot in their own zone, and in the other side's too. */
export function cardText(t: TranslateFunction, locale: string, card: Card) {
  const lines = [
    t('consult-title', { kind: card.kind, id: card.id }),
    t('consult-route', { from: name(locale, card.from), to: name(locale, card.to) }),
    t('consult-line-specialty', { specialty: t(`specialty-${card.specialty}`) }),
    t('consult-line-urgency', { urgency: t(`consult-urgency-${card.urgency}`) }),
    t('consult-line-status', { status: t(`consult-status-${card.status}`) }),
    '',
    t('consult-line-question', { text: escapeHtml(card.question) }),
  ]
  if (card.preferredSlots)
    lines.push(t('consult-line-slots', { zone: card.requesterZone, text: escapeHtml(card.preferredSlots) }))
  if (card.slotAt) {
    lines.push('', t('consult-line-slot', { slot: formatDeadline(locale, card.slotAt, card.zone) }))
    const other = card.roles.includes('requester') ? card.specialistZone : card.requesterZone
    if (other && other !== card.zone)
      lines.push(t('consult-line-slot-other', { slot: formatDeadline(locale, card.slotAt, other) }))
  }
  if (card.status === 'declined' && card.declineReason)
    lines.push(t('consult-line-declined', { reason: escapeHtml(card.declineReason) }))
  if (card.outcome) {
    lines.push('', t('consult-line-outcome', { text: escapeHtml(card.outcome) }))
    lines.push(t('consult-line-followup', { followUp: card.followUp ? 'yes' : 'no', rating: card.rating ?? 0 }))
  }
  if (card.attachments)
    lines.push(t('consult-line-attachments', { count: card.attachments }))
  if (card.messages.length) {
    lines.push('', t('consult-thread'))
    for (const m of card.messages)
      lines.push(`<i>${sideLabel(t, locale, card, m.side)}:</i> ${escapeHtml(m.text.length > 300 ? `${m.text.slice(0, 299)}…` : m.text)}`)
  }
  return lines.join('\n')
}

/** What the reader may do with the request, as buttons (ids only). */
export function cardKeyboard(t: TranslateFunction, card: Card) {
  const id = card.id
  const rows: ReturnType<typeof InlineKeyboard.text>[][] = []
  if (card.can.assign)
    rows.push([InlineKeyboard.text(t('consult-btn-assign'), `cs:a:${id}`)])
  if (card.can.answer)
    rows.push([InlineKeyboard.text(t('consult-btn-accept'), `cs:y:${id}`), InlineKeyboard.text(t('consult-btn-decline'), `cs:n:${id}`)])
  if (card.can.write)
    rows.push([InlineKeyboard.text(t('consult-btn-write'), `cs:m:${id}`)])
  if (card.can.outcome)
    rows.push([InlineKeyboard.text(t('consult-btn-outcome'), `cs:r:${id}`)])
  if (card.attachments)
    rows.push([InlineKeyboard.text(t('consult-btn-files', { count: card.attachments }), `cs:f:${id}`)])
  const last = [InlineKeyboard.text(t('consult-btn-list'), 'cs:l')]
  if (card.can.cancel)
    last.push(InlineKeyboard.text(t('consult-btn-cancel'), `cs:x:${id}`))
  rows.push(last)
  return InlineKeyboard.from(rows)
}

const kindIcon = (kind: string) => kind === 'consultation' ? '🩺' : '🧑‍🏫'

/** /consults: the person's requests, those to assign, and those they answer. */
export function queueView(t: TranslateFunction, queue: Queue) {
  const sections: Array<[string, Queue['asked']]> = [
    ['consult-queue-assign', queue.toAssign],
    ['consult-queue-given', queue.given],
    ['consult-queue-asked', queue.asked],
  ]
  const shown = sections.filter(([, items]) => items.length)
  if (shown.length === 0)
    return { text: t('consult-queue-none'), keyboard: undefined }
  const lines = [t('consult-queue-title')]
  const rows: ReturnType<typeof InlineKeyboard.text>[][] = []
  const seen = new Set<number>()
  for (const [title, items] of shown) {
    lines.push('', t(title))
    for (const c of items) {
      const item = `${kindIcon(c.kind)} ${t('consult-queue-item', { id: c.id, specialty: t(`specialty-${c.specialty}`), status: t(`consult-status-${c.status}`) })}${c.urgency === 'within_72h' ? ' ⏱' : ''}`
      lines.push(item)
      if (!seen.has(c.id)) {
        seen.add(c.id)
        rows.push([InlineKeyboard.text(item.length > 60 ? `${item.slice(0, 59)}…` : item, `cs:o:${c.id}`)])
      }
    }
  }
  return { text: lines.join('\n'), keyboard: InlineKeyboard.from(rows) }
}

/** The report's line: consultations held in the month, as an experience exchange. */
export function consultReportLine(t: TranslateFunction, counts: ConsultationCounts) {
  return t('consult-report-line', { consultations: cellText(counts.consultation), mentoring: cellText(counts.mentoring) })
}
