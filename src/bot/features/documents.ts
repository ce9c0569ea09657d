// /documents: the person's documents, kept once; add, replace, delete (confirmed).
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard } from 'grammy'
import { NotFoundError } from '../../domain/errors.js'
import { documentUploadId } from '../conversations/document-upload.js'
import { startFlow } from '../conversations/start-flow.js'
import { documentLine, documentsKeyboard, documentsText } from '../helpers/documents-list.js'
import { logHandle } from '../helpers/log-handle.js'

async function list(ctx: BotContext, edit: boolean) {
  const docs = await ctx.domain.documents.listForUser(ctx.user!.id)
  const text = documentsText(ctx.t, await ctx.i18n.getLocale(), docs)
  const reply_markup = documentsKeyboard(ctx.t, docs)
  await (edit ? ctx.editMessageText(text, { reply_markup }) : ctx.reply(text, { reply_markup }))
}

/** The person's own document named in callback data, or null (answered with an alert). */
async function ownDocument(ctx: BotContext, id: string) {
  try {
    return await ctx.domain.documents.get(ctx.user!.id, Number(id))
  }
  catch (error) {
    if (!(error instanceof NotFoundError))
      throw error
    await ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
    return null
  }
}

export function createDocumentsFeature() {
  const feature = new Composer<BotContext>()
  const privateChats = feature.chatType('private').filter(ctx => ctx.user !== undefined)

  privateChats.command('documents', logHandle('documents'), ctx => list(ctx, false))
  // dc:show opens the list in a new message (from the profile); dc:list puts it back in place.
  privateChats.callbackQuery(['dc:show', 'dc:list'], logHandle('documents-list'), async (ctx) => {
    await ctx.answerCallbackQuery()
    await list(ctx, ctx.callbackQuery.data === 'dc:list')
  })
  privateChats.callbackQuery('dc:add', logHandle('documents-add'), async (ctx) => {
    await ctx.answerCallbackQuery()
    await startFlow(ctx, documentUploadId)
  })
  privateChats.callbackQuery(/^dc:r:(\d{1,9})$/, logHandle('documents-replace'), async (ctx) => {
    const doc = await ownDocument(ctx, ctx.match[1])
    if (!doc)
      return
    await ctx.answerCallbackQuery()
    await startFlow(ctx, documentUploadId, doc.id, doc.type)
  })
  privateChats.callbackQuery(/^dc:d:(\d{1,9})$/, logHandle('documents-delete'), async (ctx) => {
    const doc = await ownDocument(ctx, ctx.match[1])
    if (!doc)
      return
    await ctx.answerCallbackQuery()
    await ctx.editMessageText(ctx.t('documents-delete-confirm', { line: documentLine(ctx.t, await ctx.i18n.getLocale(), doc) }), {
      reply_markup: new InlineKeyboard().text(ctx.t('documents-delete-yes'), `dc:x:${doc.id}`).text(ctx.t('documents-delete-no'), 'dc:list'),
    })
  })
  privateChats.callbackQuery(/^dc:x:(\d{1,9})$/, logHandle('documents-deleted'), async (ctx) => {
    if (!await ctx.domain.documents.remove(ctx.user!.id, Number(ctx.match[1]))) {
      await ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
      return
    }
    await ctx.answerCallbackQuery({ text: ctx.t('documents-deleted') })
    await list(ctx, true)
  })
  privateChats.callbackQuery(/^dc:/, ctx => ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true }))
  return feature
}
