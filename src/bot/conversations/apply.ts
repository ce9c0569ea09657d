// The apply flow: only what the profile lacks, then the application's own
// questions, a summary with Edit buttons and the final confirmation. The
// answers are saved as a draft after each step; Back and Cancel work throughout.
import type { ApplyProfile } from '../../domain/apply.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import type { State, Step } from './apply-steps.js'
import { admits } from '../../domain/audience.js'
import { pick } from '../../domain/localized.js'
import { escapeHtml } from '../helpers/html.js'
import { asRefusal, refusalKey } from '../helpers/refusals.js'
import { mainMenu } from '../keyboards/main-menu.js'
import { askStep, checkStep } from './apply-steps.js'
import { renderSummary } from './apply-summary.js'
import { conversationNow } from './now.js'

export const applyConversationId = 'apply'
/** An abandoned application ends after a day; its draft stays. */
export const applyMaxWait = 24 * 60 * 60 * 1000

type Outcome = 'done' | 'back' | 'cancel' | 'stop'

function profileSteps(p: ApplyProfile): Step[] {
  const steps: Step[] = []
  if (!p.kind)
    steps.push('kind')
  if (!p.fullName)
    steps.push('name')
  if (!p.homeHospitalId && !p.homeInstitutionText)
    steps.push('home')
  if (!p.specialty)
    steps.push('specialty')
  if (!p.kind || (p.kind === 'student' ? p.studyYear === null : p.experienceYears === null))
    steps.push('years')
  if (!p.englishLevel)
    steps.push('english')
  return steps
}

/** Asks one step until it is answered, or the person goes back, cancels or stops. */
async function ask(conversation: BotConversation, ctx: ConversationContext, step: Step, st: State, back: boolean): Promise<Outcome> {
  await askStep(conversation, ctx, step, st, back)
  for (;;) {
    const c = await conversation.wait()
    const data = c.callbackQuery?.data
    if (data)
      await c.answerCallbackQuery()
    if (c.hasCommand('cancel') || data === 'aq:x' || c.message?.text === c.t('apply-cancel'))
      return 'cancel'
    if (back && (data === 'aq:b' || c.message?.text === c.t('apply-back')))
      return 'back'
    const check = await checkStep(conversation, c, step, st)
    if (check === true || check === 'stop')
      return check === true ? 'done' : 'stop'
    await c.reply(c.t(check.key, check.params ?? {}))
  }
}

export function applyConversation(adminIds: () => number[]) {
  return async function apply(conversation: BotConversation, ctx: ConversationContext, opportunityId: number) {
    const userId = ctx.user!.id
    const now = () => conversationNow(conversation)
    const startedAt = await now()
    const started = await conversation.external((outer: BotContext) => outer.domain.apply.start(userId, opportunityId, startedAt))
    if (started.refusal !== null)
      return ctx.reply(ctx.t(`apply-refused-${started.refusal}`))
    const { target } = started
    const title = escapeHtml(pick(await ctx.i18n.getLocale(), target, 'title'))
    const st: State = { profile: {}, answers: started.answers, choices: {}, startsOn: target.startsOn, endsOn: target.endsOn }
    const steps: Step[] = [...profileSteps(started.profile), 'motivation', 'experience', 'phone', ...target.requiredDocuments.map(d => `doc:${d}` as Step), 'available']
    const answered = (s: Step) => s === 'motivation' || s === 'experience' || s === 'phone' ? Boolean(st.answers[s]) : s.startsWith('doc:') ? Boolean(st.answers.documents?.[s.slice(4)]) : s === 'available' ? Boolean(st.answers.available) : false
    const save = () => conversation.external(async (outer: BotContext) => {
      if (Object.keys(st.profile).length)
        await outer.domain.apply.patchProfile(userId, st.profile)
      await outer.domain.apply.saveDraft(userId, opportunityId, st.answers)
    })
    const finish = (key: string) => ctx.reply(ctx.t(key, { title }), { reply_markup: mainMenu(ctx.t.bind(ctx)) })

    await ctx.reply(ctx.t(Object.keys(st.answers).length ? 'apply-resume' : 'apply-intro', { title }))
    let i = steps.findIndex(s => !answered(s))
    while (i >= 0 && i < steps.length) {
      const outcome = await ask(conversation, ctx, steps[i], st, i > 0)
      if (outcome === 'cancel')
        return finish('apply-cancelled')
      if (outcome === 'back') {
        i--
        continue
      }
      await save()
      if (outcome === 'stop')
        return finish('apply-not-available')
      if (steps[i] === 'kind' && !admits(target.audience, st.profile.kind))
        return finish('apply-refused-audience')
      if (steps[i] === 'phone')
        await ctx.reply(ctx.t('apply-phone-saved', { phone: st.answers.phone! }), { reply_markup: mainMenu(ctx.t.bind(ctx)) })
      i++
    }
    return summary(conversation, ctx, { steps, st, title, opportunityId, adminIds, finish, save, now })
  }
}

interface SummaryArgs {
  steps: Step[]
  st: State
  title: string
  opportunityId: number
  adminIds: () => number[]
  finish: (key: string) => Promise<unknown>
  save: () => Promise<void>
  now: () => Promise<Date>
}

/** The summary with Edit buttons per answer, until confirmed or cancelled. */
async function summary(conversation: BotConversation, ctx: ConversationContext, a: SummaryArgs) {
  const profile = await conversation.external((outer: BotContext) => outer.domain.apply.profile(outer.user!.id))
  for (;;) {
    const view = renderSummary(ctx.t.bind(ctx), a.title, a.steps, { ...profile, ...a.st.profile }, a.st)
    await ctx.reply(view.text, { reply_markup: view.keyboard })
    const c = await conversation.wait()
    const data = c.callbackQuery?.data
    if (data)
      await c.answerCallbackQuery()
    if (c.hasCommand('cancel') || data === 'aq:x')
      return a.finish('apply-cancelled')
    const edit = /^aq:ed:(\d{1,2})$/.exec(data ?? '')
    if (edit && Number(edit[1]) < a.steps.length) {
      const outcome = await ask(conversation, ctx, a.steps[Number(edit[1])], a.st, true)
      if (outcome === 'cancel')
        return a.finish('apply-cancelled')
      if (outcome === 'stop')
        return a.finish('apply-not-available')
      if (outcome === 'done')
        await a.save()
      continue
    }
    if (data !== 'aq:ok') {
      await c.reply(c.t('apply-use-buttons'))
      continue
    }
    const at = await a.now()
    // A refusal found at the last moment (closed, full...) is an answer; any other error reaches the boundary.
    const result = await conversation.external((outer: BotContext) => asRefusal(() => outer.domain.apply.submit(outer.user!.id, a.opportunityId, at, a.adminIds())))
    return result.ok ? a.finish('apply-submitted') : a.finish(refusalKey(result.code))
  }
}
