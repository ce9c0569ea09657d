// The apply flow: only what the profile lacks (the profile's own questions and
// limits), then the application's questions, a summary with Edit buttons and
// the final confirmation. Answers are saved after each step; Back and Cancel
// work throughout.
import type { ApplyAnswers, ApplyProfile } from '../../domain/apply.js'
import type { DocumentType } from '../../domain/documents.js'
import type { Domain } from '../../domain/index.js'
import type { BotConversation, ConversationContext } from '../context.js'
import type { Back, Kit } from './kit/questions.js'
import type { ProfileField } from './profile-questions.js'
import { Keyboard } from 'grammy'
import { admits } from '../../domain/audience.js'
import { pick } from '../../domain/localized.js'
import { formatDay } from '../../time/dates.js'
import { escapeHtml } from '../helpers/html.js'
import { asRefusal, refusalKey } from '../helpers/refusals.js'
import { mainMenu } from '../keyboards/main-menu.js'
import { renderSummary } from './apply-summary.js'
import { fileProblem } from './document-upload.js'
import { BACK, openFlow } from './kit/questions.js'
import { askProfileField, saveProfile } from './profile-questions.js'

export const applyId = 'apply'
export const answerLimits = { motivation: 1500, experience: 1500 }

/** A question of the application: a profile field, an answer, a document, or availability. */
export type Step = ProfileField | 'motivation' | 'cv_experience' | 'phone' | `doc:${DocumentType}`

export interface State {
  profile: Partial<ApplyProfile>
  answers: ApplyAnswers
  /** Stored documents offered at each document step: [id, file name]. */
  choices: Record<string, Array<[number, string]>>
}

function profileSteps(p: ApplyProfile): Step[] {
  const steps: Step[] = []
  if (!p.kind)
    steps.push('kind')
  if (!p.fullName)
    steps.push('name')
  if (!p.homeHospitalId && !p.homeInstitutionText)
    steps.push('institution')
  if (!p.specialty)
    steps.push('specialty')
  if (!p.kind || (p.kind === 'student' ? p.studyYear === null : p.experienceYears === null))
    steps.push('experience')
  if (!p.englishLevel)
    steps.push('english')
  return steps
}

/** Reads a phone number typed or shared as a contact: +digits, 7 to 15 of them. */
export function readPhone(ctx: ConversationContext): string | undefined {
  const raw = ctx.message?.contact?.phone_number ?? ctx.message?.text
  if (raw === undefined || (!ctx.message?.contact && !/^\+?[\d\s()-]+$/.test(raw.trim())))
    return undefined
  const digits = raw.replace(/\D/g, '')
  return digits.length >= 7 && digits.length <= 15 ? `+${digits}` : undefined
}

/** Asks one step and stores the answer in the state: true when answered, or BACK. */
async function askStep(kit: Kit, step: Step, st: State, back: boolean): Promise<true | Back> {
  const t = kit.t
  const nav = { back, cancelButton: true }
  if (step === 'motivation' || step === 'cv_experience') {
    const key = step === 'motivation' ? 'motivation' : 'experience'
    const answer = await kit.text({ code: step, question: t(`apply-ask-${key}`, { limit: answerLimits[key] }), max: answerLimits[key], current: st.answers[key], ...nav })
    if (answer === BACK)
      return BACK
    st.answers[key] = answer
    return true
  }
  if (step === 'phone') {
    const keyboard = new Keyboard().requestContact(t('apply-phone-share')).row()
    if (back)
      keyboard.text(t('flow-back'))
    keyboard.text(t('flow-cancel')).resized().oneTime()
    const phone = await kit.ask<string>({
      code: 'phone',
      text: t('apply-ask-phone'),
      keyboard: () => keyboard,
      replyNav: true,
      back,
      message: c => readPhone(c) ? { value: readPhone(c)! } : { problem: t('apply-bad-phone') },
    })
    if (phone === BACK)
      return BACK
    st.answers.phone = phone!
    await kit.reply(t('apply-phone-saved', { phone: phone! }), { reply_markup: mainMenu(kit.ctx.t) })
    return true
  }
  if (step.startsWith('doc:')) {
    const type = step.slice(4) as DocumentType
    const userId = kit.ctx.user!.id
    const docs = await kit.external(outer => outer.domain.apply.documents(userId, type))
    // An expired document is not offered: the person is told to upload a new one.
    const valid = docs.filter(d => !d.expired)
    const expired = docs.filter(d => d.expired)
    st.choices[type] = valid.map(d => [d.id, d.fileName])
    const doc = t(`apply-doc-${type}`)
    const question = [
      ...expired.map(d => t('apply-doc-expired', { doc, name: escapeHtml(d.fileName || doc), date: formatDay(kit.locale, d.expiresOn!) })),
      t(valid.length ? 'apply-ask-doc-or-stored' : 'apply-ask-doc', { doc }),
    ].join('\n')
    const answer = await kit.file({
      code: `doc_${type}`.slice(0, 24),
      question,
      stored: valid.map(d => [`📎 ${d.fileName || doc}`, d.id]),
      check: file => fileProblem(kit, file),
      reprompt: t('apply-need-document', { doc: t(`apply-doc-${type}`) }),
      ...nav,
    })
    if (answer === BACK)
      return BACK
    let id: number
    if ('stored' in answer) {
      id = answer.stored
    }
    else {
      const file = { type, ...answer.file, fileName: answer.file.fileName ?? 'photo.jpg' }
      id = await kit.external(outer => outer.domain.apply.addDocument(userId, { ...file, mimeType: file.mimeType ?? undefined, fileSize: file.fileSize ?? undefined }))
      st.choices[type] = [[id, file.fileName], ...st.choices[type]]
    }
    st.answers.documents = { ...st.answers.documents, [type]: id }
    return true
  }
  const answer = await askProfileField(kit, step as ProfileField, { ...nav, kind: st.profile.kind ?? null, currentName: st.profile.fullName })
  if (answer === BACK)
    return BACK
  const saved = await saveProfile(kit, answer!)
  Object.assign(st.profile, saved)
  return true
}

/** What `apply.start` found when the Apply button was pressed (the checks run once, there). */
export type Started = Awaited<ReturnType<Domain['apply']['start']>>

export async function apply(conversation: BotConversation, ctx: ConversationContext, opportunityId: number, checked?: Started) {
  const userId = ctx.user!.id
  let title = ''
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('apply-cancelled', { title }) })
  // A flow entered before the button's checks came along checks here, in the same two steps as then, so its replay matches.
  let started = checked
  if (!started) {
    const startedAt = await kit.now()
    started = await kit.external(outer => outer.domain.apply.start(userId, opportunityId, startedAt))
  }
  if (started.refusal !== null)
    return ctx.reply(ctx.t(`apply-refused-${started.refusal}`))
  const { target } = started
  title = escapeHtml(pick(kit.locale, target, 'title'))
  const st: State = { profile: { ...started.profile }, answers: started.answers, choices: {} }
  const dates = { start: formatDay(kit.locale, target.startsOn), end: formatDay(kit.locale, target.endsOn) }
  const steps: Step[] = [...profileSteps(started.profile), 'motivation', 'cv_experience', 'phone', ...target.requiredDocuments.map(d => `doc:${d}` as Step)]
  const answered = (s: Step) => {
    if (s === 'motivation')
      return Boolean(st.answers.motivation)
    if (s === 'cv_experience')
      return Boolean(st.answers.experience)
    if (s === 'phone')
      return Boolean(st.answers.phone)
    if (s.startsWith('doc:'))
      return Boolean(st.answers.documents?.[s.slice(4)])
    return false
  }
  const save = () => kit.external(outer => outer.domain.apply.saveDraft(userId, opportunityId, st.answers))
  const finish = (key: string) => ctx.reply(ctx.t(key, { title }), { reply_markup: mainMenu(ctx.t) })

  await ctx.reply(ctx.t(Object.keys(st.answers).length ? 'apply-resume' : 'apply-intro', { title }))
  let i = steps.findIndex(s => !answered(s))
  while (i >= 0 && i < steps.length) {
    const outcome = await askStep(kit, steps[i], st, i > 0)
    if (outcome === BACK) {
      i--
      continue
    }
    await save()
    if (steps[i] === 'kind' && !admits(target.audience, st.profile.kind))
      return finish('apply-refused-audience')
    i++
  }

  // The summary, with an Edit button per answer, until sent. Sending confirms
  // the dates (one tap fewer than a question of its own); "cannot attend" stops politely.
  for (;;) {
    const summary = renderSummary(kit.t, title, steps, st, dates)
    const choice = await kit.pick({ code: 'summary', question: summary.text, options: summary.options, columns: 2, wide: ['send', 'unavailable'], cancelButton: true, settle: false })
    if (choice === 'unavailable') {
      st.answers.available = false
      await save()
      return finish('apply-not-available')
    }
    if (choice !== 'send') {
      if (await askStep(kit, steps[Number(choice.slice(1))], st, true) === true)
        await save()
      continue
    }
    st.answers.available = true
    const at = await kit.now()
    // A refusal found at the last moment (closed, full...) is an answer; anything else reaches the boundary.
    const result = await kit.external(outer => asRefusal(() => outer.domain.apply.submit(userId, opportunityId, at, outer.config.adminIds, st.answers)))
    return finish(result.ok ? 'apply-submitted' : refusalKey(result.code))
  }
}
