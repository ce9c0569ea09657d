// The host's placement screens (/placements: the list and one card; /arrivals)
// and the lines /placement adds for the person: where, the mentor, the days to
// go and the arrival. Every text from people or the database is escaped here.
import type { TranslateFunction } from '@grammyjs/i18n'
import type { PlacementAdmin, PlacementCard } from '../../domain/placement-admin.js'
import type { PlacementSummary } from '../../domain/placements.js'
import type { BotContext } from '../context.js'
import { InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { formatDay, formatDeadline } from '../../time/dates.js'
import { localeOf } from './coord-guard.js'
import { countryName } from './format.js'
import { escapeHtml } from './html.js'

export type PersonPlacement = Awaited<ReturnType<PlacementAdmin['forPerson']>>

function transportText(t: TranslateFunction, c: Pick<PlacementCard, 'arrivalTransport' | 'arrivalNote'>) {
  const kind = t(`padm-transport-${c.arrivalTransport ?? 'other'}`)
  return c.arrivalNote ? `${kind} (${escapeHtml(c.arrivalNote)})` : kind
}

/** The arrival as the reader sees it: in their own zone, with the zone's name. */
function arrivalWhen(locale: string, zone: string, at: string) {
  return escapeHtml(formatDeadline(locale, at, zone))
}

/** The params every placement line shares (the person's heading, the host's card): phase, title, place, dates, escaped. */
export function placementParams(t: TranslateFunction, locale: string, p: PlacementSummary) {
  return {
    phase: t(`placement-phase-${p.phase}`),
    title: escapeHtml(pick(locale, p, 'title')),
    hospital: escapeHtml(pick(locale, p, 'hospital')),
    city: escapeHtml(pick(locale, p, 'city')),
    from: formatDay(locale, p.startsOn),
    to: formatDay(locale, p.endsOn),
  }
}

export function placementCardText(t: TranslateFunction, locale: 'uk' | 'en', zone: string, c: PlacementCard) {
  const person = c.username ? `${escapeHtml(c.person)} (@${escapeHtml(c.username)})` : escapeHtml(c.person)
  const lines = [
    t('padm-card-person', { person }),
    t('padm-card-placement', { ...placementParams(t, locale, c), country: countryName(t, c.country) }),
    c.department ? t('padm-card-department', { department: escapeHtml(c.department) }) : t('padm-card-department-none'),
  ]
  if (c.mentorName) {
    lines.push(t('padm-card-mentor', { name: escapeHtml(c.mentorName), position: escapeHtml(c.mentorPosition ?? '—') }))
    if (c.mentorContact)
      lines.push(t('padm-card-mentor-contact', { contact: escapeHtml(c.mentorContact) }))
  }
  else {
    lines.push(t('padm-card-mentor-none'))
  }
  lines.push(t(c.mentorLinked ? 'padm-card-mentor-linked' : 'padm-card-mentor-unlinked'))
  lines.push(c.arrivalAt ? t('padm-card-arrival', { when: arrivalWhen(locale, zone, c.arrivalAt), transport: transportText(t, c) }) : t('padm-card-arrival-none'))
  return lines.join('\n')
}

export function placementCardKeyboard(t: TranslateFunction, c: PlacementCard) {
  return new InlineKeyboard()
    .text(t('padm-btn-dates'), `pa:d:${c.id}`)
    .text(t('padm-btn-department'), `pa:p:${c.id}`)
    .row()
    .text(t('padm-btn-mentor'), `pa:m:${c.id}`)
    .text(t('padm-btn-invite'), `pa:i:${c.id}`)
    .row()
    // The logbook (portfolio feature) and the portfolio PDF (portfolio-pdf feature), as the host sees them.
    .text(t('padm-btn-logbook'), `lb:p:${c.id}:0`)
    .text(t('padm-btn-pdf'), `pdf:${c.id}`)
    .row()
    .text(t('padm-btn-list'), 'pa:l')
}

export function renderPlacementCard(t: TranslateFunction, locale: 'uk' | 'en', zone: string, c: PlacementCard) {
  return { text: placementCardText(t, locale, zone, c), reply_markup: placementCardKeyboard(t, c) }
}

/** The list: a button per placement (at most 50; the soonest first). */
export function renderPlacementList(t: TranslateFunction, locale: 'uk' | 'en', list: PlacementCard[]) {
  const rows = list.slice(0, 50).map(c => [InlineKeyboard.text(
    t('padm-list-button', { phase: t(`placement-phase-${c.phase}`), person: c.person.slice(0, 40), from: formatDay(locale, c.startsOn) }),
    `pa:o:${c.id}`,
  )])
  return { text: t('padm-list-title'), reply_markup: InlineKeyboard.from(rows) }
}

export function renderArrivals(t: TranslateFunction, locale: 'uk' | 'en', zone: string, list: PlacementCard[]) {
  if (list.length === 0)
    return { text: t('padm-arrivals-empty'), reply_markup: undefined }
  const lines = list.map(c => t('padm-arrivals-line', {
    when: arrivalWhen(locale, zone, c.arrivalAt!),
    person: escapeHtml(c.person),
    hospital: escapeHtml(pick(locale, c, 'hospital')),
    transport: transportText(t, c),
  }))
  const rows = list.map(c => [InlineKeyboard.text(c.person.slice(0, 60), `pa:o:${c.id}`)])
  return { text: [t('padm-arrivals-title'), ...lines].join('\n'), reply_markup: InlineKeyboard.from(rows) }
}

/** What /placement adds under its heading: the country and department, the mentor, the days to go and the arrival. */
export function personPlacementLines(t: TranslateFunction, locale: 'uk' | 'en', zone: string, p: PersonPlacement) {
  const lines = [t('padm-person-country', { country: countryName(t, p.country) })]
  if (p.department)
    lines.push(t('padm-person-department', { department: escapeHtml(p.department) }))
  lines.push(p.mentorName ? t('padm-person-mentor', { name: escapeHtml(p.mentorName), position: escapeHtml(p.mentorPosition ?? '—') }) : t('padm-person-mentor-none'))
  if (p.phase === 'upcoming')
    lines.push(t('padm-person-starts-in', { days: p.days }))
  if (p.phase === 'active')
    lines.push(t('padm-person-days-left', { days: p.days }))
  if (p.arrivalAt)
    lines.push(t('padm-person-arrival', { when: arrivalWhen(locale, zone, p.arrivalAt), transport: transportText(t, p) }))
  else if (p.canGiveArrival)
    lines.push(t('padm-person-arrival-none'))
  return lines.join('\n')
}

/** Tells the opener of a mentor invite whose mentor they now are. */
export async function replyMentorWelcome(ctx: BotContext, placementIds: number[]) {
  const locale = localeOf(ctx)
  const cards = await ctx.domain.placementAdmin.mentored(placementIds, ctx.clock())
  for (const c of cards) {
    await ctx.reply(ctx.t('padm-mentor-welcome', {
      person: escapeHtml(c.person),
      title: escapeHtml(pick(locale, c, 'title')),
      from: formatDay(locale, c.startsOn),
      to: formatDay(locale, c.endsOn),
      hospital: escapeHtml(pick(locale, c, 'hospital')),
    }))
  }
}
