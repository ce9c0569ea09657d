// The summary of an application before it is sent: every answer (shortened
// raw when the message would not fit, then escaped) with an Edit button each,
// then Send and Cancel.
import type { ApplyProfile } from '../../domain/apply.js'
import type { State, Step } from './apply-steps.js'
import { InlineKeyboard } from 'grammy'
import { fitMessage } from '../helpers/fit.js'
import { escapeHtml } from '../helpers/html.js'

type T = (key: string, params?: Record<string, string | number>) => string

const raw = (text: string | null | undefined) => text ?? ''

/** The answer of a step as plain text (escaped when the summary is rendered). */
function value(t: T, step: Step, p: Partial<ApplyProfile>, st: State): string {
  switch (step) {
    case 'kind': return p.kind ? t(`apply-kind-${p.kind}`) : ''
    case 'name': return raw(p.fullName)
    case 'home': return raw(p.homeInstitutionText)
    case 'specialty': return p.specialty ? t(`specialty-${p.specialty}`) : ''
    case 'years': return String(p.kind === 'student' ? p.studyYear ?? '' : p.experienceYears ?? '')
    case 'english': return p.englishLevel ?? ''
    case 'motivation': return raw(st.answers.motivation)
    case 'experience': return raw(st.answers.experience)
    case 'phone': return raw(st.answers.phone)
    case 'available': return st.answers.available ? t('apply-yes') : ''
  }
  const id = st.answers.documents?.[step.slice(4)]
  const name = st.choices[step.slice(4)]?.find(([d]) => d === id)?.[1]
  return id ? name || '📎' : ''
}

function label(t: T, step: Step, p: Partial<ApplyProfile>) {
  if (step.startsWith('doc:'))
    return t(`apply-doc-${step.slice(4)}`)
  if (step === 'years')
    return t(p.kind === 'student' ? 'apply-label-study-year' : 'apply-label-experience-years')
  return t(`apply-label-${step}`)
}

/** The summary; `title` is HTML already (escaped by the flow). */
export function renderSummary(t: T, title: string, steps: Step[], profile: Partial<ApplyProfile>, st: State) {
  const keyboard = new InlineKeyboard()
  steps.forEach((step, i) => {
    if (i > 0 && i % 2 === 0)
      keyboard.row()
    keyboard.text(`✏️ ${label(t, step, profile)}`, `aq:ed:${i}`)
  })
  keyboard.row().text(t('apply-send'), 'aq:ok').row().text(t('apply-cancel'), 'aq:x')
  const values = Object.fromEntries(steps.map((step, i) => [String(i), value(t, step, profile, st)]))
  const text = fitMessage(values, v => [
    t('apply-summary', { title }),
    '',
    ...steps.map((step, i) => `<b>${label(t, step, profile)}</b>: ${escapeHtml(v[String(i)])}`),
  ].join('\n'))
  return { text, keyboard }
}
