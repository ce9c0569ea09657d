import type { InlineKeyboardButton } from 'grammy/types'
// A volunteer's side as text: their credentials, their applications with the
// pre-arrival checklist; and the hospital's side: the review card.
import type { VolunteerReview } from '../../domain/volunteer-review.js'
import type { VolunteerApplicationView } from '../../domain/volunteers.js'
import type { Translate } from './need-card.js'
import { InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { checklistKeys } from '../../domain/volunteers.js'
import { formatDay } from '../../time/dates.js'
import { countryName } from './format.js'
import { escapeHtml } from './html.js'

export interface ProfileLike {
  profession: string
  specialty: string
  licenceCountry: string
  licenceNumber: string
  licenceIssuer: string
  experienceYears: number
  languages: string[]
  availableFrom: string
  availableTo: string
}

/** The credentials, one per line (user text escaped). */
export function renderCredentials(t: Translate, locale: 'uk' | 'en', p: ProfileLike) {
  return [
    t('vol-profile-who', { profession: t(`vol-profession-${p.profession}`), specialty: t(`specialty-${p.specialty}`), years: p.experienceYears }),
    t('vol-profile-licence', { country: countryName(t, p.licenceCountry), number: escapeHtml(p.licenceNumber), issuer: escapeHtml(p.licenceIssuer) }),
    t('vol-profile-languages', { languages: p.languages.map(l => t(`vol-lang-${l}`)).join(', ') }),
    t('vol-profile-available', { from: formatDay(locale, p.availableFrom), to: formatDay(locale, p.availableTo) }),
  ].join('\n')
}

/** The volunteer's home: their credentials and what they can do next. */
export function volunteerHome(t: Translate, locale: 'uk' | 'en', p: ProfileLike) {
  const text = `${t('vol-home-title')}\n\n${renderCredentials(t, locale, p)}`
  const keyboard = new InlineKeyboard()
    .text(t('vol-button-needs-open'), 'va:l')
    .row()
    .text(t('vol-button-general'), 'va:g')
    .row()
    .text(t('vol-button-mine'), 'va:m')
    .row()
    .text(t('vol-button-update'), 'va:e')
  return { text, keyboard }
}

function where(t: Translate, locale: 'uk' | 'en', a: VolunteerApplicationView) {
  if (a.need)
    return `${t(`specialty-${a.need.specialty}`)} · ${escapeHtml(pick(locale, a.need.hospital, 'name'))}`
  return a.hospital ? `${t('vol-general')} · ${escapeHtml(pick(locale, a.hospital, 'name'))}` : t('vol-general')
}

/** One application as its volunteer sees it, with the buttons its status allows. */
export function renderMyApplication(t: Translate, locale: 'uk' | 'en', a: VolunteerApplicationView) {
  const lines = [t('vol-app-title', { id: a.id, where: where(t, locale, a) }), t('vol-app-status', { status: t(`vol-status-${a.status}`) })]
  if (a.invitedFrom && a.invitedTo && (a.status === 'invited' || a.status === 'accepted'))
    lines.push(t('vol-app-invited-dates', { from: formatDay(locale, a.invitedFrom), to: formatDay(locale, a.invitedTo) }))
  if (a.status === 'declined' && a.declineReason)
    lines.push(t('vol-app-reason', { reason: escapeHtml(a.declineReason) }))
  const rows: InlineKeyboardButton[][] = []
  if (a.status === 'accepted') {
    lines.push('', t('vol-checklist-title'))
    for (const item of a.checklist)
      rows.push([InlineKeyboard.text(`${item.done ? '✅' : '⬜'} ${t(`vol-checklist-${item.key}`)}`, `va:t:${a.id}:${checklistKeys.indexOf(item.key as typeof checklistKeys[number])}`)])
  }
  if (a.status === 'invited')
    rows.push([InlineKeyboard.text(t('vol-button-accept'), `va:y:${a.id}`)])
  if (a.status === 'invited' || a.status === 'submitted')
    rows.push([InlineKeyboard.text(t('vol-button-withdraw'), `va:w:${a.id}`)])
  const keyboard = InlineKeyboard.from(rows)
  return { text: lines.join('\n'), keyboard }
}

export type ReviewCard = Awaited<ReturnType<VolunteerReview['card']>>

/** The review card: who, for what, the credentials and the licence check. */
export function renderVolunteerCard(t: Translate, locale: 'uk' | 'en', c: ReviewCard, position?: { index: number, total: number }) {
  const target = c.need
    ? t('vol-card-need', { id: c.need.id, specialty: t(`specialty-${c.need.specialty}`), hospital: escapeHtml(pick(locale, c.need.hospital, 'name')) })
    : t('vol-card-general')
  return [
    t('vol-card-title', { id: c.id, name: escapeHtml(c.name || '—'), position: position ? ` · ${position.index}/${position.total}` : '' }),
    target,
    t('vol-app-status', { status: t(`vol-status-${c.status}`) }),
    '',
    c.profile ? renderCredentials(t, locale, c.profile) : t('vol-card-no-profile'),
    t('vol-card-documents', { count: c.documents.length }),
    ...c.documents.filter(d => d.expiresOn).map(d => t('vol-card-expires', { type: t(`review-document-${d.type}`), date: formatDay(locale, d.expiresOn!) })),
    '',
    c.licenceVerified ? t('vol-card-verified', { note: escapeHtml(c.licenceNote ?? '') }) : t('vol-card-unverified'),
  ].join('\n')
}

/** Verify the licence first; invite only once it is verified; decline; next. */
export function volunteerCardKeyboard(t: Translate, c: Pick<ReviewCard, 'id' | 'status' | 'licenceVerified'>) {
  const keyboard = new InlineKeyboard()
  if (c.status === 'submitted') {
    if (c.licenceVerified)
      keyboard.text(t('vol-button-invite'), `vr:i:${c.id}`)
    else
      keyboard.text(t('vol-button-verify'), `vr:v:${c.id}`)
    keyboard.text(t('vol-button-decline'), `vr:d:${c.id}`).row()
  }
  return keyboard.text(t('vol-button-next'), `vr:n:${c.id}`)
}
