// A need as text: for a volunteer browsing (their language), and for a
// coordinator, who sees it the way both a Ukrainian and an English reader will.
import type { NeedView } from '../../domain/needs.js'
import { InlineKeyboard } from 'grammy'
import { flag } from '../../domain/countries.js'
import { pick } from '../../domain/localized.js'
import { formatDay } from '../../time/dates.js'
import { escapeHtml } from './html.js'

export type Translate = (key: string, params?: Record<string, string | number>) => string
type NeedLike = Omit<NeedView, 'id' | 'status'> & { id?: number, status?: string }

/** The need in one language: what, where, when, who speaks what, what is provided, security. */
export function renderNeed(t: Translate, locale: 'uk' | 'en', n: NeedLike) {
  const notes = locale === 'en' ? n.securityNotesEn : n.securityNotesUk
  return [
    t('vol-need-title', { specialty: t(`specialty-${n.specialty}`), department: escapeHtml(pick(locale, n, 'department')) }),
    `🏥 ${flag(n.hospital.country)} ${escapeHtml(pick(locale, n.hospital, 'name'))} · ${escapeHtml(pick(locale, n.hospital, 'city'))}`,
    t('vol-need-dates', { from: formatDay(locale, n.startsOn), to: formatDay(locale, n.endsOn) }),
    t('vol-need-languages', { languages: n.wardLanguages.map(l => t(`vol-lang-${l}`)).join(', ') }),
    t(n.accommodation ? 'vol-need-accommodation-yes' : 'vol-need-accommodation-no'),
    t(n.translator ? 'vol-need-translator-yes' : 'vol-need-translator-no'),
    ...(notes ? [t('vol-need-security', { notes: escapeHtml(notes) })] : []),
  ].join('\n')
}

/** The coordinator's view: a header, then the need as each language reads it. */
export function renderNeedBoth(header: string, uk: { t: Translate }, en: { t: Translate }, n: NeedLike) {
  return [header, '', `🇺🇦 ${renderNeed(uk.t, 'uk', n)}`, '', `🇬🇧 ${renderNeed(en.t, 'en', n)}`].join('\n')
}

/** The deep link that opens a need for volunteers (`/start v<id>`), to share where foreign specialists read. */
export function needLink(botUsername: string, id: number) {
  return `https://t.me/${botUsername}?start=v${id}`
}

/** What a coordinator may do with a need: publish a draft (or reopen it), close an open one and share its link. */
export function needActions(t: Translate, n: { id: number, status: string }, botUsername?: string) {
  const keyboard = new InlineKeyboard()
  if (n.status === 'open' && botUsername)
    keyboard.url(t('vol-button-share'), needLink(botUsername, n.id)).row()
  if (n.status === 'draft')
    keyboard.text(t('vol-button-publish'), `vn:p:${n.id}`)
  if (n.status === 'closed')
    keyboard.text(t('vol-button-reopen'), `vn:p:${n.id}`)
  if (n.status === 'open')
    keyboard.text(t('vol-button-close'), `vn:z:${n.id}`)
  return keyboard.row().text(t('vol-button-needs'), 'vn:l')
}

/** A volunteer's buttons under a need: apply, or back to the list. */
export function needApplyKeyboard(t: Translate, id: number) {
  return new InlineKeyboard().text(t('vol-button-apply'), `va:a:${id}`).row().text(t('vol-button-back-needs'), 'va:l')
}
