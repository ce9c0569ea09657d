// The placement screens: the list of a person's placements and one placement
// with its checklist toggles, portfolio counts and actions.
import type { TranslateFunction } from '@grammyjs/i18n'
import type { Domain } from '../../domain/index.js'
import type { ChecklistItemRecord, PlacementDetail, PlacementSummary } from '../../domain/placements.js'
import type { SurveyStatus } from '../../domain/survey.js'
import { InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { entryKinds } from '../../domain/placements.js'
import { personPlacementLines, placementParams } from './placement-admin-view.js'

function heading(t: TranslateFunction, locale: string, p: PlacementSummary) {
  return t('placement-heading', placementParams(t, locale, p))
}

export function placementListText(t: TranslateFunction, locale: string, list: PlacementSummary[]) {
  return [t('placement-list-title', { count: list.length }), ...list.map(p => heading(t, locale, p))].join('\n\n')
}

export function placementListKeyboard(t: TranslateFunction, locale: string, list: PlacementSummary[]) {
  return InlineKeyboard.from(list.map(p => [InlineKeyboard.text(`${t(`placement-phase-${p.phase}`)} ${pick(locale, p, 'title').slice(0, 40)}`, `pl:o:${p.id}`)]))
}

export function placementText(t: TranslateFunction, locale: string, p: PlacementDetail, host?: PlacementView['host']) {
  const counts = entryKinds.map(kind => t(`placement-count-${kind}`, { count: p.counts[kind] })).join('\n')
  const feedback = p.feedback ? t('placement-feedback-given') : t('placement-feedback-none')
  const where = host ? `\n${personPlacementLines(t, locale === 'en' ? 'en' : 'uk', host.zone, host)}` : ''
  return [heading(t, locale, p) + where, t('placement-checklist-title'), `${t('placement-portfolio-title')}\n${counts}`, feedback].join('\n\n')
}

/** Checklist toggles, ➕ per entry kind, the document, feedback, and back to the list when there are several. */
export function placementKeyboard(t: TranslateFunction, p: PlacementDetail, checklist: ChecklistItemRecord[], several: boolean, canGiveArrival = false, survey?: SurveyStatus) {
  const kb = new InlineKeyboard()
  for (const item of checklist)
    kb.text(`${item.done ? '✅' : '⬜'} ${t(`placement-check-${item.key}`)}`, `pl:t:${p.id}:${item.key}`).row()
  entryKinds.forEach((kind, i) => {
    kb.text(t(`placement-add-${kind}`), `pl:a:${p.id}:${kind}`)
    if (i % 2 === 1)
      kb.row()
  })
  if (canGiveArrival)
    kb.text(t('padm-arrival-button'), `pa:a:${p.id}`).row()
  // The PDF and, from the last day until answered, the survey (portfolio-pdf feature).
  kb.text(t('placement-document'), `pdf:${p.id}`).row()
  if (survey?.open && !survey.answered)
    kb.text(t('survey-button'), `srv:${p.id}`).row()
  kb.text(t('placement-feedback'), `pl:f:${p.id}`)
  if (several)
    kb.row().text(t('placement-back'), 'pl:l')
  return kb
}

/** Everything one placement screen shows, as plain JSON (safe inside conversations). */
export async function loadPlacementView(domain: Domain, userId: number, id: number) {
  const detail = await domain.placements.get(userId, id)
  const checklist = await domain.placements.ensureChecklist(userId, id)
  const several = (await domain.placements.listForUser(userId)).length > 1
  const host = await domain.placementAdmin.forPerson(userId, id)
  const survey = await domain.survey.status(userId, id)
  return { detail, checklist, several, host, survey }
}

export type PlacementView = Awaited<ReturnType<typeof loadPlacementView>>

export function renderPlacement(t: TranslateFunction, locale: string, view: PlacementView) {
  return { text: placementText(t, locale, view.detail, view.host), reply_markup: placementKeyboard(t, view.detail, view.checklist, view.several, view.host.canGiveArrival, view.survey) }
}
