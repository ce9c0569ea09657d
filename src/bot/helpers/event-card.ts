// An event as people and staff read it, and the buttons under it. Times are
// shown in the reader's own zone, with its name; user text is escaped here.
import type { EventView, MyPlace } from '../../domain/events.js'
import { InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { formatDay, formatDeadline } from '../../time/dates.js'
import { todayIn } from '../../time/zones.js'
import { clip } from './fit.js'
import { escapeHtml } from './html.js'

type Translate = (key: string, params?: Record<string, string | number>) => string

/** The zone a person reads event times in: their own, else the programme's. */
export function zoneOf(ctx: { user?: { timezone: string }, config: { timezone: string } }) {
  return ctx.user?.timezone ?? ctx.config.timezone
}

/** When: the start in the reader's zone, and the last day of a multi-day event. */
export function eventWhen(locale: string, e: Pick<EventView, 'startsAt' | 'endsOn'>, zone: string) {
  const start = formatDeadline(locale, e.startsAt, zone)
  return e.endsOn && e.endsOn > todayIn(zone, new Date(e.startsAt)) ? `${start} – ${formatDay(locale, e.endsOn)}` : start
}

/** The event's card (HTML). */
export function renderEvent(t: Translate, locale: string, e: EventView, zone: string) {
  const free = Math.max(0, e.seats - e.registered)
  return [
    `${t(`events-icon-${e.kind}`)} <b>${escapeHtml(pick(locale, e, 'title'))}</b>`,
    `${t(`events-kind-${e.kind}`)} · ${escapeHtml(pick(locale, e.hospital, 'name'))}, ${escapeHtml(pick(locale, e.hospital, 'city'))}`,
    '',
    t('events-card-when', { when: eventWhen(locale, e, zone) }),
    ...(e.place ? [t('events-card-place', { place: escapeHtml(e.place) })] : []),
    ...(e.onlineUrl ? [t('events-card-online', { url: escapeHtml(e.onlineUrl) })] : []),
    t('events-card-language', { language: t(`events-language-${e.language}`) }),
    t('events-card-seats', { seats: e.seats, free, waitlisted: e.waitlisted }),
    '',
    escapeHtml(pick(locale, e, 'description')),
  ].join('\n')
}

/** What the person's place is, under the card. */
export function placeLine(t: Translate, mine: MyPlace | null) {
  if (!mine)
    return null
  if (mine.attended)
    return t('events-place-attended')
  if (mine.status === 'registered')
    return t('events-place-registered')
  if (mine.status === 'waitlisted')
    return t('events-place-waitlisted', { position: mine.position ?? 1 })
  return null
}

/** A person's buttons: register (or join the waitlist), give the place up, the certificate, back to the list. */
export function personKeyboard(t: Translate, e: EventView, mine: MyPlace | null, now: Date) {
  const rows: ReturnType<typeof InlineKeyboard.text>[][] = []
  const upcoming = e.status === 'open' && new Date(e.startsAt) > now
  if (mine?.attended)
    rows.push([InlineKeyboard.text(t('events-button-certificate'), `ev:f:${e.id}`)])
  else if (upcoming && (!mine || mine.status === 'cancelled'))
    rows.push([InlineKeyboard.text(t(e.registered < e.seats && e.waitlisted === 0 ? 'events-button-register' : 'events-button-waitlist'), `ev:r:${e.id}`)])
  else if (upcoming && mine)
    rows.push([InlineKeyboard.text(t(mine.status === 'registered' ? 'events-button-cancel' : 'events-button-leave'), `ev:c:${e.id}`)])
  rows.push([InlineKeyboard.text(t('events-button-list'), 'ev:l')])
  return InlineKeyboard.from(rows)
}

/** One line of a list of events: the day in the reader's zone and the title. */
export function eventButton(locale: string, e: EventView, zone: string, data: string, prefix = '') {
  const label = `${prefix}${formatDay(locale, todayIn(zone, new Date(e.startsAt)))} · ${pick(locale, e, 'title')}`
  return InlineKeyboard.text(clip(label, 60), data)
}
