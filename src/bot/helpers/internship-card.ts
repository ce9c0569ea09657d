// The card of one opportunity: text (≤ 4096 characters, the description cut
// if needed) and its Apply / Share buttons.
import type { OpportunityCard } from '../../domain/opportunities.js'
import { InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { formatDay, formatDeadline } from '../../time/dates.js'
import { countryName, formatDuration } from './format.js'
import { escapeHtml } from './html.js'

type T = (key: string, params?: Record<string, string | number>) => string

const maxText = 4096

export function hospitalLine(t: T, locale: string, h: OpportunityCard['host']) {
  return `${escapeHtml(pick(locale, h, 'name'))}, ${escapeHtml(pick(locale, h, 'city'))}, ${countryName(t, h.country)}`
}

/**
 * The card as a person reads it; the deadline is shown in `zone`, theirs, with
 * its name. `eligible: false` (the reader's kind is not in the audience) says so
 * on the card, and the keyboard then offers no Apply.
 */
export function renderOpportunityCard(t: T, locale: string, zone: string, o: OpportunityCard, eligible = true): string {
  const lines = [
    `<b>${escapeHtml(pick(locale, o, 'title'))}</b>`,
    '',
    t('internships-card-host', { host: hospitalLine(t, locale, o.host) }),
  ]
  if (o.twins.length)
    lines.push(t('internships-card-twins', { count: o.twins.length, twins: o.twins.map(h => escapeHtml(pick(locale, h, 'name'))).join('; ') }))
  lines.push(
    t('internships-card-dates', { start: formatDay(locale, o.startsOn), end: formatDay(locale, o.endsOn), duration: formatDuration(t, o.startsOn, o.endsOn) }),
    t('internships-card-format', { format: t(`internships-format-${o.format}`) }),
    t('internships-card-audience', { audience: t(`internships-audience-${o.audience}`) }),
  )
  if (o.specialties.length)
    lines.push(t('internships-card-specialties', { specialties: o.specialties.map(s => t(`specialty-${s}`)).join(', ') }))
  lines.push(
    t('internships-card-seats', { left: o.seatsLeft, seats: o.seats }),
    t('internships-card-deadline', { deadline: formatDeadline(locale, o.applicationDeadline, zone) }),
  )
  if (o.languageRequirement)
    lines.push(t('internships-card-language', { language: escapeHtml(o.languageRequirement) }))
  if (!o.available)
    lines.push('', t('internships-card-closed'))
  else if (!eligible)
    lines.push('', t('internships-card-not-for-you', { audience: t(`internships-audience-${o.audience}`) }))
  const head = `${lines.join('\n')}\n\n`
  return head + fitDescription(pick(locale, o, 'description'), maxText - head.length)
}

// Cut the raw text (never an HTML entity) until its escaped form fits.
function fitDescription(raw: string, room: number) {
  if (escapeHtml(raw).length <= room)
    return escapeHtml(raw)
  let n = room - 1
  while (n > 0 && escapeHtml(raw.slice(0, n)).length > room - 1)
    n -= Math.max(1, escapeHtml(raw.slice(0, n)).length - (room - 1))
  return `${escapeHtml(raw.slice(0, Math.max(0, n)))}…`
}

/** Apply (when open) and Share; `back` is the callback that returns to where the card was opened. */
export function opportunityCardKeyboard(t: T, o: OpportunityCard, back?: string, eligible = true) {
  const keyboard = new InlineKeyboard()
  if (o.available && eligible)
    keyboard.text(t('internships-apply'), `ap:${o.id}`)
  keyboard.text(t('internships-share'), `in:sh:${o.id}`)
  if (back)
    keyboard.row().text(t('internships-back'), back)
  return keyboard
}
