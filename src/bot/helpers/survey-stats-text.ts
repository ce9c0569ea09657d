// The end-of-placement survey in /stats: per host hospital, the average of
// each rating; a hospital with fewer than three answers shows "<3 answers".
import type { TranslateFunction } from '@grammyjs/i18n'
import type { HospitalSurveyRow } from '../../domain/survey.js'
import { pick } from '../../domain/localized.js'
import { surveyAspects } from '../../domain/survey.js'
import { escapeHtml } from './html.js'

export function renderSurveyStats(t: TranslateFunction, locale: string, rows: HospitalSurveyRow[]) {
  const number = (n: number) => n.toLocaleString(locale === 'en' ? 'en-GB' : 'uk-UA', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const lines = rows.map((r) => {
    const name = escapeHtml(pick(locale, r, 'name'))
    if (!r.averages)
      return t('survey-stats-small', { hospital: name })
    const scores = surveyAspects.map(a => `${t(`survey-aspect-${a}`)} ${number(r.averages![a])}`).join(' · ')
    return t('survey-stats-row', { hospital: name, answers: r.answers, scores })
  })
  return [t('survey-stats-title'), ...lines].join('\n')
}
