// /consult: a doctor's request to the twin hospital (a flow); /consults: the
// person's requests, those waiting at the hospitals they coordinate, and
// those they answer as the specialist. Buttons `cs:` carry ids only; every
// press is checked again in the domain (role and hospital), and a forged or
// stale one gets a localized answer.
import type { BotContext } from '../context.js'
import type { Refusal } from '../helpers/refusals.js'
import { Composer, InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { consultAcceptId, consultDeclineId, consultOutcomeId, consultWriteId } from '../conversations/consult-steps.js'
import { consultId } from '../conversations/consult.js'
import { startFlow } from '../conversations/start-flow.js'
import { cardKeyboard, cardText, queueView } from '../helpers/consult-view.js'
import { localeOf } from '../helpers/coord-guard.js'
import { escapeHtml } from '../helpers/html.js'
import { logHandle } from '../helpers/log-handle.js'
import { asRefusal, refusalText } from '../helpers/refusals.js'

async function who(ctx: BotContext) {
  return { userId: ctx.user!.id, rights: await ctx.domain.access.rightsOf(ctx.user!.id, ctx.isAdmin) }
}

async function refused(ctx: BotContext, refusal: Refusal) {
  if (ctx.callbackQuery)
    return ctx.answerCallbackQuery({ text: refusalText(ctx.t, refusal), show_alert: true })
  return ctx.reply(refusalText(ctx.t, refusal))
}

async function showQueue(ctx: BotContext, edit: boolean) {
  const view = queueView(ctx.t, await ctx.domain.consultations.queue(await who(ctx)))
  if (ctx.callbackQuery)
    await ctx.answerCallbackQuery()
  const other = view.keyboard ? { reply_markup: view.keyboard } : undefined
  return edit ? ctx.editMessageText(view.text, other) : ctx.reply(view.text, other)
}

async function showCard(ctx: BotContext, id: number, edit: boolean) {
  const found = await asRefusal(async () => ctx.domain.consultations.card(await who(ctx), id))
  if (!found.ok)
    return refused(ctx, found)
  if (ctx.callbackQuery && !ctx.callbackAnswered)
    await ctx.answerCallbackQuery()
  const text = cardText(ctx.t, localeOf(ctx), found.value)
  const reply_markup = cardKeyboard(ctx.t, found.value)
  return edit ? ctx.editMessageText(text, { reply_markup }) : ctx.reply(text, { reply_markup })
}

/** A step that opens a flow once the card says the person may take it. */
function step(flow: string, allowed: (can: Awaited<ReturnType<BotContext['domain']['consultations']['card']>>['can']) => boolean) {
  return async (ctx: BotContext & { match: string | RegExpMatchArray }) => {
    const id = Number(ctx.match[1])
    const found = await asRefusal(async () => ctx.domain.consultations.card(await who(ctx), id))
    if (!found.ok)
      return refused(ctx, found)
    if (!allowed(found.value.can))
      return refused(ctx, { code: 'consult-state', params: {} })
    await ctx.answerCallbackQuery()
    await startFlow(ctx, flow, id)
  }
}

export function createConsultationsFeature() {
  const feature = new Composer<BotContext>()
  const chats = feature.chatType('private').filter(ctx => ctx.user !== undefined)

  chats.command('consult', logHandle('consult'), ctx => startFlow(ctx, consultId))
  chats.command('consults', logHandle('consults'), ctx => showQueue(ctx, false))
  chats.callbackQuery('cs:l', logHandle('consult-list'), ctx => showQueue(ctx, true))
  chats.callbackQuery(/^cs:o:(\d{1,9})$/, logHandle('consult-open'), ctx => showCard(ctx, Number(ctx.match[1]), false))

  chats.callbackQuery(/^cs:a:(\d{1,9})$/, logHandle('consult-candidates'), async (ctx) => {
    const id = Number(ctx.match[1])
    const found = await asRefusal(async () => {
      const w = await who(ctx)
      return { card: await ctx.domain.consultations.card(w, id), people: await ctx.domain.consultations.candidates(w, id) }
    })
    if (!found.ok)
      return refused(ctx, found)
    if (!found.value.card.can.assign)
      return refused(ctx, { code: 'consult-state', params: {} })
    await ctx.answerCallbackQuery()
    const hospital = escapeHtml(pick(localeOf(ctx), found.value.card.to, 'name'))
    if (found.value.people.length === 0)
      return ctx.reply(ctx.t('consult-no-candidates', { hospital }))
    const rows = found.value.people.map(p => [InlineKeyboard.text(ctx.t(`consult-candidate-${p.role}`, { name: p.name }).slice(0, 60), `cs:s:${id}:${p.userId}`)])
    await ctx.reply(ctx.t('consult-pick-specialist', { id, hospital }), { reply_markup: InlineKeyboard.from(rows) })
  })

  chats.callbackQuery(/^cs:s:(\d{1,9}):(\d{1,9})$/, logHandle('consult-assign'), async (ctx) => {
    const [id, specialistId] = [Number(ctx.match[1]), Number(ctx.match[2])]
    const done = await asRefusal(async () => {
      const w = await who(ctx)
      await ctx.domain.consultations.assign(w, id, specialistId)
      return (await ctx.domain.consultations.candidates(w, id)).find(p => p.userId === specialistId)
    })
    if (!done.ok)
      return refused(ctx, done)
    await ctx.answerCallbackQuery()
    await ctx.editMessageText(ctx.t('consult-assigned', { id, name: escapeHtml(done.value?.name ?? '—') }), { reply_markup: InlineKeyboard.from([[InlineKeyboard.text(ctx.t('consult-btn-open'), `cs:o:${id}`)]]) })
  })

  chats.callbackQuery(/^cs:y:(\d{1,9})$/, logHandle('consult-accept'), step(consultAcceptId, can => can.answer))
  chats.callbackQuery(/^cs:n:(\d{1,9})$/, logHandle('consult-decline'), step(consultDeclineId, can => can.answer))
  chats.callbackQuery(/^cs:m:(\d{1,9})$/, logHandle('consult-write'), step(consultWriteId, can => can.write))
  chats.callbackQuery(/^cs:r:(\d{1,9})$/, logHandle('consult-outcome'), step(consultOutcomeId, can => can.outcome))

  chats.callbackQuery(/^cs:x:(\d{1,9})$/, logHandle('consult-cancel'), async (ctx) => {
    const id = Number(ctx.match[1])
    const done = await asRefusal(async () => ctx.domain.consultations.cancel(await who(ctx), id))
    if (!done.ok)
      return refused(ctx, done)
    await ctx.answerCallbackQuery({ text: ctx.t('consult-withdrawn', { id }) })
    await showCard(ctx, id, true)
  })

  chats.callbackQuery(/^cs:f:(\d{1,9})$/, logHandle('consult-files'), async (ctx) => {
    const id = Number(ctx.match[1])
    const found = await asRefusal(async () => ctx.domain.consultations.attachments(await who(ctx), id))
    if (!found.ok)
      return refused(ctx, found)
    await ctx.answerCallbackQuery()
    if (found.value.length === 0)
      return ctx.reply(ctx.t('consult-no-files'))
    for (const file of found.value) {
      if (file.kind === 'photo')
        await ctx.replyWithPhoto(file.fileId)
      else
        await ctx.replyWithDocument(file.fileId)
    }
  })

  // Anything else under cs: is forged or from an older version of the bot.
  chats.callbackQuery(/^cs:/, ctx => ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true }))
  return feature
}
