// One application as a coordinator reads it, with the buttons of its stage.
// Every value from the database goes through escapeHtml.
import type { TranslateFunction } from '@grammyjs/i18n'
import type { ReviewCard } from '../../domain/review-queue.js'
import { InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { clipHtml, escapeHtml } from './html.js'

// Characters a person sees (Telegram allows 4096), leaving room to spare.
const limit = 3900

export function renderCard(t: TranslateFunction, card: ReviewCard, locale: 'uk' | 'en', position?: { index: number, total: number }) {
  const a = card.applicant
  const facts = [
    a.kind && t(`review-kind-${a.kind}`),
    a.specialty && t(`specialty-${a.specialty}`),
    a.experienceYears != null && t('review-experience', { years: a.experienceYears }),
    a.studyYear != null && t('review-study-year', { year: a.studyYear }),
    a.englishLevel && t('review-english', { level: a.englishLevel }),
  ].filter(Boolean).map(s => escapeHtml(s as string))
  const home = locale === 'en' ? a.homeEn : a.homeUk
  const lines = [
    t('review-card-title', { id: String(card.id), position: position ? t('review-position', { index: position.index, total: position.total }) : '' }).trim(),
    t('review-card-internship', { title: escapeHtml(pick(locale, card.opportunity, 'title')), taken: card.opportunity.taken, seats: card.opportunity.seats }),
    t('review-card-status', { status: t(`review-status-${card.status}`) }),
    card.stage === 'endorsement' ? t('review-card-endorsement') : null,
    '',
    `👤 <b>${escapeHtml(a.fullName ?? '—')}</b>${a.username ? ` @${escapeHtml(a.username)}` : ''}`,
    facts.length ? facts.join(' · ') : null,
    home ? t('review-card-home', { home: escapeHtml(home) }) : null,
    a.phone ? `📞 ${escapeHtml(a.phone)}` : null,
    card.submittedAt ? t('review-card-submitted', { date: card.submittedAt.slice(0, 10) }) : null,
    ...(card.answers.length ? ['', t('review-card-answers'), ...card.answers.map(([k, v]) => `<i>${escapeHtml(k)}</i>: ${escapeHtml(v)}`)] : []),
    '',
    t('review-card-documents', { count: card.documents.length }),
  ]
  const text = lines.filter(line => line !== null).join('\n')
  return clipHtml(text, limit)
}

/** The decision buttons of a card; `filter` is the internship the queue is narrowed to (0 = all). */
export function cardKeyboard(t: TranslateFunction, card: ReviewCard, filter: number) {
  const keyboard = new InlineKeyboard()
  const v = `${card.id}:${card.version}`
  const open = ['submitted', 'under_review', 'waitlisted'].includes(card.status)
  if (open && card.stage === 'endorsement') {
    keyboard.text(t('review-button-endorse'), `rv:e:${v}`).text(t('review-button-decline'), `rv:d:${v}`).row()
  }
  else if (open) {
    keyboard.text(t('review-button-offer'), `rv:o:${v}`).row()
    if (card.status !== 'waitlisted')
      keyboard.text(t('review-button-waitlist'), `rv:w:${v}`)
    keyboard.text(t('review-button-reject'), `rv:r:${v}`).row()
  }
  keyboard.text(t('review-button-next'), `rv:n:${filter}:${card.id}`).text(t('review-button-filter'), 'rv:f')
  if (card.stage === 'host')
    keyboard.row().text(t('review-button-chase'), `rv:c:${card.opportunity.id}`)
  return keyboard
}
