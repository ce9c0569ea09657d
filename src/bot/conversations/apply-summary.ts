// The summary of an application before it is sent: every answer (shortened
// raw when the message would not fit, then escaped) with an Edit button each,
// then Send (and Cancel, added by the kit).
import type { State, Step } from './apply.js'
import { fitMessage } from '../helpers/fit.js'
import { escapeHtml } from '../helpers/html.js'

type T = (key: string, params?: Record<string, string | number>) => string

const raw = (text: string | null | undefined) => text ?? ''

/** The answer of a step as plain text (escaped when the summary is rendered). */
function value(t: T, step: Step, st: State): string {
  const p = st.profile
  switch (step) {
    case 'kind': return p.kind ? t(`profile-kind-${p.kind}`) : ''
    case 'name': return raw(p.fullName)
    case 'institution': return raw(p.homeInstitutionText) || (p.homeHospitalId ? `#${p.homeHospitalId}` : '')
    case 'specialty': return p.specialty ? t(`specialty-${p.specialty}`) : ''
    case 'experience': return String(p.kind === 'student' ? p.studyYear ?? '' : p.experienceYears ?? '')
    case 'english': return p.englishLevel ?? ''
    case 'motivation': return raw(st.answers.motivation)
    case 'cv_experience': return raw(st.answers.experience)
    case 'phone': return raw(st.answers.phone)
  }
  const id = st.answers.documents?.[step.slice(4)]
  const name = st.choices[step.slice(4)]?.find(([d]) => d === id)?.[1]
  return id ? name || '📎' : ''
}

function label(t: T, step: Step, st: State) {
  if (step.startsWith('doc:'))
    return t(`apply-doc-${step.slice(4)}`)
  if (step === 'experience')
    return t(st.profile.kind === 'student' ? 'apply-label-study-year' : 'apply-label-experience-years')
  if (step === 'cv_experience')
    return t('apply-label-experience')
  if (step === 'institution')
    return t('apply-label-home')
  return t(`apply-label-${step}`)
}

/**
 * The summary; `title` is HTML already (escaped by the flow). Options: `e<i>`
 * edits step i, `send` sends (and confirms the dates), `unavailable` stops.
 */
export function renderSummary(t: T, title: string, steps: Step[], st: State, dates: { start: string, end: string }) {
  const options: Array<[string, string]> = steps.map((step, i) => [`✏️ ${label(t, step, st)}`, `e${i}`])
  options.push([t('apply-send'), 'send'], [t('apply-cannot-attend'), 'unavailable'])
  const values = Object.fromEntries(steps.map((step, i) => [String(i), value(t, step, st)]))
  const text = fitMessage(values, v => [
    t('apply-summary', { title }),
    '',
    ...steps.map((step, i) => `<b>${label(t, step, st)}</b>: ${escapeHtml(v[String(i)])}`),
    '',
    t('apply-summary-dates', dates),
  ].join('\n'))
  return { text, options }
}
