// The summary of an application before it is sent: every answer (escaped,
// long ones shortened) with an Edit button each, then Send and Cancel.
import type { ApplyProfile } from '../../domain/apply.js'
import type { State, Step } from './apply-steps.js'
import { InlineKeyboard } from 'grammy'
import { escapeHtml } from '../helpers/html.js'

type T = (key: string, params?: Record<string, string | number>) => string

const short = (text: string | null | undefined) => escapeHtml(text && text.length > 600 ? `${text.slice(0, 600)}…` : text)

function value(t: T, step: Step, p: Partial<ApplyProfile>, st: State): string {
  switch (step) {
    case 'kind': return p.kind ? t(`apply-kind-${p.kind}`) : ''
    case 'name': return short(p.fullName)
    case 'home': return short(p.homeInstitutionText)
    case 'specialty': return p.specialty ? t(`specialty-${p.specialty}`) : ''
    case 'years': return String(p.kind === 'student' ? p.studyYear ?? '' : p.experienceYears ?? '')
    case 'english': return p.englishLevel ?? ''
    case 'motivation': return short(st.answers.motivation)
    case 'experience': return short(st.answers.experience)
    case 'phone': return short(st.answers.phone)
    case 'available': return st.answers.available ? t('apply-yes') : ''
  }
  const id = st.answers.documents?.[step.slice(4)]
  const name = st.choices[step.slice(4)]?.find(([d]) => d === id)?.[1]
  return id ? short(name || '📎') : ''
}

function label(t: T, step: Step, p: Partial<ApplyProfile>) {
  if (step.startsWith('doc:'))
    return t(`apply-doc-${step.slice(4)}`)
  if (step === 'years')
    return t(p.kind === 'student' ? 'apply-label-study-year' : 'apply-label-experience-years')
  return t(`apply-label-${step}`)
}

export function renderSummary(t: T, title: string, steps: Step[], profile: Partial<ApplyProfile>, st: State) {
  const lines = [t('apply-summary', { title }), '']
  const keyboard = new InlineKeyboard()
  steps.forEach((step, i) => {
    lines.push(`<b>${label(t, step, profile)}</b>: ${value(t, step, profile, st)}`)
    if (i > 0 && i % 2 === 0)
      keyboard.row()
    keyboard.text(`✏️ ${label(t, step, profile)}`, `aq:ed:${i}`)
  })
  keyboard.row().text(t('apply-send'), 'aq:ok').row().text(t('apply-cancel'), 'aq:x')
  return { text: lines.join('\n'), keyboard }
}
