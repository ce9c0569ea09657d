// The questions of the apply flow: how each is asked and how its answer is
// checked. A check returns true (accepted), 'stop', or a re-prompt key.
import type { ApplyAnswers, ApplyProfile } from '../../domain/apply.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { InlineKeyboard, Keyboard } from 'grammy'
import { isSpecialty, specialties } from '../../domain/specialties.js'
import { formatDay } from '../../time/dates.js'
import { menuKeys } from '../keyboards/main-menu.js'
import { checkDocument } from './apply-documents.js'

export type Step = 'kind' | 'name' | 'home' | 'specialty' | 'years' | 'english' | 'motivation' | 'experience' | 'phone' | `doc:${string}` | 'available'

export interface State {
  profile: Partial<ApplyProfile>
  answers: ApplyAnswers
  /** Stored documents offered at each document step: [id, file name]. */
  choices: Record<string, Array<[number, string]>>
  startsOn: string
  endsOn: string
}

export const limits = { name: 100, home: 200, motivation: 1500, experience: 1500 }
const kinds = ['doctor', 'healthcare_worker', 'student']
const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']

export type Check = true | 'stop' | { key: string, params?: Record<string, string | number> }

function grid(keyboard: InlineKeyboard, items: Array<[string, string]>, perRow: number) {
  items.forEach(([label, data], i) => {
    if (i > 0 && i % perRow === 0)
      keyboard.row()
    keyboard.text(label, data)
  })
  return keyboard
}

/** Sends the question of a step, with Back (unless first) and Cancel. */
export async function askStep(conversation: BotConversation, ctx: ConversationContext, step: Step, st: State, back: boolean) {
  const t = ctx.t.bind(ctx)
  const nav = (k: InlineKeyboard) => {
    if (k.inline_keyboard.some(row => row.length))
      k.row()
    return (back ? k.text(t('apply-back'), 'aq:b') : k).text(t('apply-cancel'), 'aq:x')
  }
  if (step === 'phone') {
    const keyboard = new Keyboard().requestContact(t('apply-phone-share')).row()
    if (back)
      keyboard.text(t('apply-back'))
    keyboard.text(t('apply-cancel')).resized().oneTime()
    return ctx.reply(t('apply-ask-phone'), { reply_markup: keyboard })
  }
  if (step.startsWith('doc:')) {
    const type = step.slice(4)
    const docs = await conversation.external((outer: BotContext) => outer.domain.apply.documents(outer.user!.id, type as any))
    st.choices[type] = docs.map(d => [d.id, d.fileName])
    const keyboard = grid(new InlineKeyboard(), docs.map(d => [`📎 ${d.fileName || t(`apply-doc-${type}`)}`, `aq:d:${d.id}`]), 1)
    return ctx.reply(t(docs.length ? 'apply-ask-doc-or-stored' : 'apply-ask-doc', { doc: t(`apply-doc-${type}`) }), { reply_markup: nav(keyboard) })
  }
  const keyboard = new InlineKeyboard()
  if (step === 'kind')
    grid(keyboard, kinds.map(k => [t(`apply-kind-${k}`), `aq:k:${k}`]), 1)
  if (step === 'specialty')
    grid(keyboard, specialties.map(s => [t(`specialty-${s}`), `aq:s:${s}`]), 2)
  if (step === 'english')
    grid(keyboard, levels.map(l => [l, `aq:e:${l}`]), 3)
  if (step === 'available')
    keyboard.text(t('apply-yes'), 'aq:y').text(t('apply-no'), 'aq:n')
  const student = st.profile.kind === 'student'
  const key = step === 'years' ? (student ? 'apply-ask-study-year' : 'apply-ask-experience-years') : `apply-ask-${step}`
  const locale = await ctx.i18n.getLocale()
  const params = { limit: String(limits[step as keyof typeof limits] ?? 0), start: formatDay(locale, st.startsOn), end: formatDay(locale, st.endsOn) }
  return ctx.reply(t(key, params), { reply_markup: nav(keyboard) })
}

/** Text typed as an answer, or why it cannot be one. */
function typed(c: ConversationContext, limit: number): string | Exclude<Check, true | 'stop'> {
  const text = c.message?.text
  if (text === undefined)
    return { key: 'apply-need-text' }
  if (text.startsWith('/') || Object.values(menuKeys).some(k => c.t(k) === text))
    return { key: 'apply-in-progress' }
  if (text.trim().length === 0)
    return { key: 'apply-need-text' }
  if (text.length > limit)
    // Strings, so Fluent does not group digits (1,500).
    return { key: 'apply-too-long', params: { limit: String(limit), length: String(text.length) } }
  return text.trim()
}

/** Checks the answer in `c` for a step and stores it in the state. */
export async function checkStep(conversation: BotConversation, c: ConversationContext, step: Step, st: State): Promise<Check> {
  const data = c.callbackQuery?.data ?? ''
  const chosen = (prefix: string) => data.startsWith(`aq:${prefix}:`) ? data.slice(prefix.length + 4) : undefined
  const buttonsOnly = { key: 'apply-use-buttons' }
  switch (step) {
    case 'kind': {
      const v = chosen('k')
      return v && kinds.includes(v) ? (st.profile.kind = v as any, true) : buttonsOnly
    }
    case 'specialty': {
      const v = chosen('s')
      return v && isSpecialty(v) ? (st.profile.specialty = v, true) : buttonsOnly
    }
    case 'english': {
      const v = chosen('e')
      return v && levels.includes(v) ? (st.profile.englishLevel = v, true) : buttonsOnly
    }
    case 'available':
      return data === 'aq:y' ? (st.answers.available = true, true) : data === 'aq:n' ? 'stop' : buttonsOnly
    case 'name':
    case 'home':
    case 'motivation':
    case 'experience': {
      const v = typed(c, limits[step])
      if (typeof v !== 'string')
        return v
      if (step === 'name')
        st.profile.fullName = v
      else if (step === 'home')
        st.profile.homeInstitutionText = v
      else
        st.answers[step] = v
      return true
    }
    case 'years': {
      const v = typed(c, 10)
      const student = st.profile.kind === 'student'
      const n = typeof v === 'string' && /^\d{1,2}$/.test(v) ? Number(v) : Number.NaN
      if (typeof v !== 'string' && v.key !== 'apply-too-long')
        return v
      if (!(student ? n >= 1 && n <= 7 : n >= 0 && n <= 60))
        return { key: student ? 'apply-bad-study-year' : 'apply-bad-years' }
      return student ? (st.profile.studyYear = n, true) : (st.profile.experienceYears = n, true)
    }
    case 'phone': {
      const raw = c.message?.contact?.phone_number ?? c.message?.text
      if (raw === undefined)
        return { key: 'apply-bad-phone' }
      const digits = raw.replace(/\D/g, '')
      if (!c.message?.contact && !/^\+?[\d\s()-]+$/.test(raw.trim()))
        return raw.startsWith('/') ? { key: 'apply-in-progress' } : { key: 'apply-bad-phone' }
      if (digits.length < 7 || digits.length > 15)
        return { key: 'apply-bad-phone' }
      st.answers.phone = `+${digits}`
      return true
    }
  }
  return checkDocument(conversation, c, step.slice(4), st)
}
