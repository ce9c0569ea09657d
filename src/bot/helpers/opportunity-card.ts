// An internship in both languages, as coordinators preview and manage it.
import type { TranslateFunction } from '@grammyjs/i18n'
import type { OpportunityView } from '../../domain/opportunity-admin.js'
import { InlineKeyboard } from 'grammy'
import { deadlineAt } from '../../domain/opportunity-admin.js'
import { formatDay, formatDeadline } from '../../time/dates.js'
import { localeOf } from './coord-guard.js'
import { escapeHtml } from './html.js'

/** How a coordinator's card is shown: their language, and the programme's zone, where deadline days end at 23:59. */
export interface CardView { locale: string, zone: string }

export function cardView(ctx: { user?: { locale: string }, config: { timezone: string } }): CardView {
  return { locale: localeOf(ctx), zone: ctx.config.timezone }
}

export function renderOpportunity(t: TranslateFunction, o: Omit<OpportunityView, 'id' | 'status'> & { id?: number, status?: string }, hospital: string, view: CardView) {
  const { locale, zone } = view
  return [
    o.id ? t('new-card-header', { id: String(o.id), status: t(`new-status-${o.status}`) }) : t('new-preview-header'),
    '',
    `🇺🇦 <b>${escapeHtml(o.titleUk)}</b>`,
    escapeHtml(o.descriptionUk),
    '',
    `🇬🇧 <b>${escapeHtml(o.titleEn)}</b>`,
    escapeHtml(o.descriptionEn),
    '',
    `🏥 ${escapeHtml(hospital)}`,
    `🩺 ${o.specialties.map(s => t(`specialty-${s}`)).join(', ')} · 👥 ${t(`new-audience-${o.audience}`)} · 📍 ${t(`new-format-${o.format}`)}`,
    t('new-card-dates', { starts: formatDay(locale, o.startsOn), ends: formatDay(locale, o.endsOn), deadline: formatDeadline(locale, deadlineAt(o.deadline, zone), zone) }),
    t('new-card-seats', { seats: o.seats }),
    t('new-card-language', { language: escapeHtml(o.languageRequirement ?? t('new-language-none')) }),
  ].join('\n')
}

/** The actions of an internship by status: drafts are edited and published; open ones closed; closed ones reopened. */
export function opportunityActions(t: TranslateFunction, o: Pick<OpportunityView, 'id' | 'status'>) {
  const keyboard = new InlineKeyboard()
  if (o.status === 'draft')
    keyboard.text(t('new-button-edit'), `dm:${o.id}`).text(t('new-button-publish'), `dp:${o.id}`).row()
  if (o.status === 'open')
    keyboard.text(t('new-button-close'), `dz:${o.id}`).row()
  if (o.status === 'closed')
    keyboard.text(t('new-button-reopen'), `dp:${o.id}`).row()
  return keyboard.text(t('new-button-copy'), `dy:${o.id}`)
}
