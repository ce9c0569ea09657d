// One application as a coordinator reads it, with the buttons of its stage.
// Every value from the database goes through escapeHtml, after it is
// shortened (raw) so that the card always fits one message.
import type { TranslateFunction } from '@grammyjs/i18n'
import type { ReviewCard } from '../../domain/review-queue.js'
import { InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { formatDeadline } from '../../time/dates.js'
import { fitMessage } from './fit.js'
import { escapeHtml } from './html.js'

type Values = Record<string, string>

// The answers a coordinator reads, in the order the form asks them, with the
// labels the applicant saw; other stored keys (documents, internal ones) stay out.
const answerOrder = ['motivation', 'experience', 'phone', 'available'] as const
type Answer = [typeof answerOrder[number], string]

function shownAnswers(card: ReviewCard): Answer[] {
  const byKey = new Map(card.answers)
  return answerOrder.filter(k => byKey.has(k)).map(k => [k, byKey.get(k)!] as Answer)
}

/** A stored yes/no reads as the form's buttons did. */
function answerValue(t: TranslateFunction, key: Answer[0], value: string) {
  if (key !== 'available')
    return value
  return value === 'true' ? t('apply-yes') : t('apply-no')
}

function cardText(t: TranslateFunction, card: ReviewCard, answers: Answer[], locale: 'uk' | 'en', zone: string, position: { index: number, total: number } | undefined, v: Values) {
  const a = card.applicant
  const facts = [
    a.kind && t(`review-kind-${a.kind}`),
    a.specialty && t(`specialty-${a.specialty}`),
    a.experienceYears != null && t('review-experience', { years: a.experienceYears }),
    a.studyYear != null && t('review-study-year', { year: a.studyYear }),
    a.englishLevel && t('review-english', { level: a.englishLevel }),
  ].filter(Boolean).map(s => escapeHtml(s as string))
  const lines = [
    t('review-card-title', { id: String(card.id), position: position ? t('review-position', { index: position.index, total: position.total }) : '' }).trim(),
    t('review-card-internship', { title: escapeHtml(v.title), taken: card.opportunity.taken, seats: card.opportunity.seats }),
    t('review-card-status', { status: t(`review-status-${card.status}`) }),
    card.stage === 'endorsement' ? t('review-card-endorsement') : null,
    '',
    `👤 <b>${escapeHtml(v.name)}</b>${v.username ? ` @${escapeHtml(v.username)}` : ''}`,
    facts.length ? facts.join(' · ') : null,
    v.home ? t('review-card-home', { home: escapeHtml(v.home) }) : null,
    v.phone ? `📞 ${escapeHtml(v.phone)}` : null,
    card.submittedAt ? t('review-card-submitted', { date: formatDeadline(locale, card.submittedAt, zone) }) : null,
    ...(answers.length ? ['', t('review-card-answers'), ...answers.map(([k], i) => `<i>${t(`apply-label-${k}`)}</i>: ${escapeHtml(v[`answer${i}`])}`)] : []),
    '',
    t('review-card-documents', { count: card.documents.length }),
  ]
  return lines.filter(line => line !== null).join('\n')
}

/**
 * The card's text: every value from the database escaped, long ones shortened (raw) so it fits one message.
 * Moments are shown in `zone`, the coordinator's own, as the applicant sees them in theirs.
 */
export function renderReviewCard(t: TranslateFunction, card: ReviewCard, locale: 'uk' | 'en', zone: string, position?: { index: number, total: number }) {
  const a = card.applicant
  const answers = shownAnswers(card)
  const values: Values = {
    title: pick(locale, card.opportunity, 'title'),
    name: a.fullName ?? '—',
    username: a.username ?? '',
    home: (locale === 'en' ? a.homeEn : a.homeUk) ?? '',
    phone: a.phone ?? '',
    ...Object.fromEntries(answers.map(([key, value], i) => [`answer${i}`, answerValue(t, key, value)])),
  }
  return fitMessage(values, v => cardText(t, card, answers, locale, zone, position, v))
}

/** The decision buttons of a card; `filter` is the internship the queue is narrowed to (0 = all). */
export function reviewCardKeyboard(t: TranslateFunction, card: ReviewCard, filter: number) {
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
