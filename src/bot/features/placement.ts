// /placement: the person's placements; for one, the pre-departure checklist,
// the learning portfolio (entries) and feedback. The PDF: portfolio-pdf.ts.
import type { ChecklistKey } from '../../domain/placements.js'
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { NotFoundError } from '../../domain/errors.js'
import { checklistKeys, entryKinds } from '../../domain/placements.js'
import { logbookEntryId } from '../conversations/logbook-entry.js'
import { portfolioEntryId } from '../conversations/portfolio-entry.js'
import { startFlow } from '../conversations/start-flow.js'
import { logHandle } from '../helpers/log-handle.js'
import { loadPlacementView, placementListKeyboard, placementListText, renderPlacement } from '../helpers/placement-view.js'

const stale = (ctx: BotContext) => ctx.answerCallbackQuery({ text: ctx.t('placement-not-yours'), show_alert: true })

/** Runs a step on the person's own placement; someone else's or a missing one gets an alert and changes nothing. */
async function onOwn<T>(ctx: BotContext, step: () => Promise<T>): Promise<T | undefined> {
  try {
    return await step()
  }
  catch (error) {
    if (!(error instanceof NotFoundError))
      throw error
    await stale(ctx)
    return undefined
  }
}

async function showList(ctx: BotContext, edit: boolean) {
  const userId = ctx.user!.id
  const list = await ctx.domain.placements.listForUser(userId)
  if (list.length === 0)
    return ctx.reply(ctx.t('placement-none'))
  if (list.length === 1) {
    const { text, reply_markup } = renderPlacement(ctx.t, ctx.user!.locale, await loadPlacementView(ctx.domain, userId, list[0].id))
    return edit ? ctx.editMessageText(text, { reply_markup }) : ctx.reply(text, { reply_markup })
  }
  const text = placementListText(ctx.t, ctx.user!.locale, list)
  const reply_markup = placementListKeyboard(ctx.t, ctx.user!.locale, list)
  return edit ? ctx.editMessageText(text, { reply_markup }) : ctx.reply(text, { reply_markup })
}

export function createPlacementFeature() {
  const feature = new Composer<BotContext>()
  const privateChats = feature.chatType('private').filter(ctx => ctx.user !== undefined)

  privateChats.command('placement', logHandle('placement'), ctx => showList(ctx, false))
  privateChats.callbackQuery('pl:l', logHandle('placement-list'), async (ctx) => {
    await ctx.answerCallbackQuery()
    await showList(ctx, true)
  })
  privateChats.callbackQuery(/^pl:o:(\d{1,9})$/, logHandle('placement-open'), async (ctx) => {
    const view = await onOwn(ctx, () => loadPlacementView(ctx.domain, ctx.user!.id, Number(ctx.match[1])))
    if (!view)
      return
    await ctx.answerCallbackQuery()
    const { text, reply_markup } = renderPlacement(ctx.t, ctx.user!.locale, view)
    await ctx.editMessageText(text, { reply_markup })
  })
  const keys = checklistKeys.join('|')
  privateChats.callbackQuery(new RegExp(`^pl:t:(\\d{1,9}):(${keys})$`), logHandle('placement-check'), async (ctx) => {
    const userId = ctx.user!.id
    const id = Number(ctx.match![1])
    const view = await onOwn(ctx, async () => {
      await ctx.domain.placements.toggleChecklist(userId, id, ctx.match![2] as ChecklistKey)
      return loadPlacementView(ctx.domain, userId, id)
    })
    if (!view)
      return
    await ctx.answerCallbackQuery()
    const { text, reply_markup } = renderPlacement(ctx.t, ctx.user!.locale, view)
    await ctx.editMessageText(text, { reply_markup })
  })
  privateChats.callbackQuery(new RegExp(`^pl:(a|f):(\\d{1,9})(?::(${entryKinds.join('|')}))?$`), logHandle('placement-add'), async (ctx) => {
    const [, action, id, kind] = ctx.match!
    if ((action === 'a') !== (kind !== undefined))
      return stale(ctx)
    const detail = await onOwn(ctx, () => ctx.domain.placements.get(ctx.user!.id, Number(id)))
    if (!detail)
      return
    await ctx.answerCallbackQuery()
    await (action === 'f' ? startFlow(ctx, portfolioEntryId, detail.id) : startFlow(ctx, logbookEntryId, detail.id, kind))
  })
  privateChats.callbackQuery(/^pl:/, stale)
  return feature
}
