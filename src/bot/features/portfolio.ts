// /portfolio: the person's logbook by week of the placement, with counts by
// kind and review state; an entry opens (its photo by file_id), its text can
// be changed and it can be deleted. The logbook buttons (`lb:`) also serve the
// placement's mentor and the host hospital's coordinators: every press is
// checked again in the domain, so a forged button shows nothing.
import type { Who } from '../../domain/logbook.js'
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { logbookKinds } from '../../domain/logbook.js'
import { logbookEditId, logbookEntryId } from '../conversations/logbook-entry.js'
import { startFlow } from '../conversations/start-flow.js'
import { logHandle } from '../helpers/log-handle.js'
import { deleteKeyboard, entryKeyboard, entryText, logbookKeyboard, logbookText, pageOf, placementsKeyboard } from '../helpers/logbook-view.js'
import { asRefusal, refusalText } from '../helpers/refusals.js'

/** The viewer, with rights read afresh (never from the button). */
export async function whoIs(ctx: BotContext): Promise<Who> {
  return { userId: ctx.user!.id, rights: await ctx.domain.access.rightsOf(ctx.user!.id, ctx.isAdmin) }
}

/** Answers a button with a refusal (an entry or logbook that is not the person's to see). */
export async function refuseButton(ctx: BotContext, refusal: Parameters<typeof refusalText>[1]) {
  await ctx.answerCallbackQuery({ text: refusalText(ctx.t, refusal), show_alert: true })
}

const notFound = (ctx: BotContext) => refuseButton(ctx, { code: 'entry-not-found', params: {} })

async function showLogbook(ctx: BotContext, placementId: number, page: number, edit: boolean) {
  const result = await asRefusal(() => whoIs(ctx).then(who => ctx.domain.logbook.logbook(who, placementId)))
  if (!result.ok)
    return ctx.callbackQuery ? refuseButton(ctx, result) : ctx.reply(refusalText(ctx.t, result))
  const book = result.value
  const several = book.viewer === 'owner' && (await ctx.domain.logbook.ownPlacements(ctx.user!.id)).length > 1
  const at = pageOf(String(page), book.entries.length)
  const text = logbookText(ctx.t, ctx.user!.locale, book, at)
  const reply_markup = logbookKeyboard(ctx.t, ctx.user!.locale, book, at, several)
  if (ctx.callbackQuery && !ctx.callbackAnswered)
    await ctx.answerCallbackQuery()
  return edit ? ctx.editMessageText(text, { reply_markup }) : ctx.reply(text, { reply_markup })
}

export async function showEntry(ctx: BotContext, entryId: number, edit: boolean) {
  const result = await asRefusal(() => whoIs(ctx).then(who => ctx.domain.logbook.entry(who, entryId)))
  if (!result.ok)
    return refuseButton(ctx, result)
  await ctx.answerCallbackQuery()
  const view = result.value
  const text = entryText(ctx.t, ctx.user!.locale, view)
  const reply_markup = entryKeyboard(ctx.t, view)
  if (edit)
    return ctx.editMessageText(text, { reply_markup })
  if (view.entry.photoFileId)
    await ctx.replyWithPhoto(view.entry.photoFileId)
  return ctx.reply(text, { reply_markup })
}

async function showOwn(ctx: BotContext, edit: boolean) {
  const list = await ctx.domain.logbook.ownPlacements(ctx.user!.id)
  if (list.length === 0)
    return ctx.reply(ctx.t('logbook-none'))
  if (list.length === 1)
    return showLogbook(ctx, list[0].id, 0, edit)
  const reply_markup = placementsKeyboard(ctx.user!.locale, list)
  return edit ? ctx.editMessageText(ctx.t('logbook-choose'), { reply_markup }) : ctx.reply(ctx.t('logbook-choose'), { reply_markup })
}

export function createPortfolioFeature() {
  const feature = new Composer<BotContext>()
  const privateChats = feature.chatType('private').filter(ctx => ctx.user !== undefined)

  privateChats.command('portfolio', logHandle('portfolio'), ctx => showOwn(ctx, false))
  privateChats.callbackQuery('lb:l', logHandle('portfolio-list'), async (ctx) => {
    await ctx.answerCallbackQuery()
    await showOwn(ctx, true)
  })
  privateChats.callbackQuery(/^lb:p:(\d{1,9}):(\d{1,3})$/, logHandle('portfolio-open'), ctx => showLogbook(ctx, Number(ctx.match[1]), Number(ctx.match[2]), true))
  privateChats.callbackQuery(/^lb:e:(\d{1,9})$/, logHandle('portfolio-entry'), ctx => showEntry(ctx, Number(ctx.match[1]), false))
  privateChats.callbackQuery(/^lb:k:(\d{1,9})$/, logHandle('portfolio-entry'), ctx => showEntry(ctx, Number(ctx.match[1]), true))

  // Adding (optionally of one kind, from the placement card) and changing: the person's own only.
  privateChats.callbackQuery(new RegExp(`^lb:n:(\\d{1,9})(?::(${logbookKinds.join('|')}))?$`), logHandle('portfolio-add'), async (ctx) => {
    const id = Number(ctx.match![1])
    const own = await asRefusal(() => ctx.domain.logbook.entryStart(ctx.user!.id, id))
    if (!own.ok)
      return refuseButton(ctx, own)
    await ctx.answerCallbackQuery()
    await startFlow(ctx, logbookEntryId, id, ctx.match![2])
  })
  privateChats.callbackQuery(/^lb:t:(\d{1,9})$/, logHandle('portfolio-edit'), async (ctx) => {
    const id = Number(ctx.match[1])
    const found = await asRefusal(() => whoIs(ctx).then(who => ctx.domain.logbook.entry(who, id)))
    if (!found.ok || found.value.viewer !== 'owner')
      return notFound(ctx)
    await ctx.answerCallbackQuery()
    await startFlow(ctx, logbookEditId, id)
  })
  privateChats.callbackQuery(/^lb:x:(\d{1,9})$/, logHandle('portfolio-delete'), async (ctx) => {
    const id = Number(ctx.match[1])
    const found = await asRefusal(() => whoIs(ctx).then(who => ctx.domain.logbook.entry(who, id)))
    if (!found.ok || found.value.viewer !== 'owner')
      return notFound(ctx)
    await ctx.answerCallbackQuery()
    await ctx.editMessageText(`${entryText(ctx.t, ctx.user!.locale, found.value)}\n\n${ctx.t('logbook-delete-ask')}`, { reply_markup: deleteKeyboard(ctx.t, id) })
  })
  privateChats.callbackQuery(/^lb:y:(\d{1,9})$/, logHandle('portfolio-deleted'), async (ctx) => {
    const removed = await asRefusal(() => ctx.domain.logbook.remove(ctx.user!.id, Number(ctx.match[1])))
    if (!removed.ok)
      return refuseButton(ctx, removed)
    await ctx.answerCallbackQuery({ text: ctx.t('logbook-deleted') })
    await showLogbook(ctx, removed.value.placementId, 0, true)
  })
  privateChats.callbackQuery(/^lb:/, notFound)
  return feature
}
