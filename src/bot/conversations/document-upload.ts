// Adds a document (type, file, optional expiry) or replaces the file of one
// the person already has. PDF, JPG or PNG up to 20 MB; a photo counts as JPG.
import type { DocumentType, NewDocument } from '../../domain/documents.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { InlineKeyboard } from 'grammy'
import { checkFile, documentTypes, maxDocumentBytes, parseExpiry } from '../../domain/documents.js'
import { todayIn } from '../../time/zones.js'
import { documentsKeyboard, documentsText } from '../helpers/documents-list.js'
import { ask } from './ask.js'
import { conversationNow } from './now.js'

export const documentUploadId = 'document-upload'
const maxMb = maxDocumentBytes / 1024 / 1024

type UploadedFile = Omit<NewDocument, 'type' | 'expiresOn'>

/** The file in a message, if it is a document or a photo (its largest size, as JPG). */
function fileOf(ctx: ConversationContext): UploadedFile | undefined {
  const doc = ctx.message?.document
  if (doc)
    return { fileId: doc.file_id, fileUniqueId: doc.file_unique_id, fileName: doc.file_name ?? null, mimeType: doc.mime_type ?? null, fileSize: doc.file_size ?? null }
  const largest = ctx.message?.photo?.at(-1)
  if (largest)
    return { fileId: largest.file_id, fileUniqueId: largest.file_unique_id, fileName: null, mimeType: 'image/jpeg', fileSize: largest.file_size ?? null }
}

async function askType(conversation: BotConversation, ctx: ConversationContext): Promise<DocumentType> {
  await ctx.reply(ctx.t('documents-ask-type'), {
    reply_markup: InlineKeyboard.from(documentTypes.map(type => [InlineKeyboard.text(ctx.t(`documents-type-${type}`), `du:t:${type}`)])),
  })
  const { ctx: reply, value } = await ask(conversation, {
    prefix: 'du:',
    parse: c => documentTypes.find(type => c.callbackQuery?.data === `du:t:${type}`),
    reprompt: c => c.reply(ctx.t('profile-use-buttons')),
  })
  await reply.answerCallbackQuery()
  await reply.editMessageText(ctx.t('profile-chosen', { question: ctx.t('documents-ask-type'), answer: ctx.t(`documents-type-${value}`) }))
  return value
}

async function askFile(conversation: BotConversation, ctx: ConversationContext, type: DocumentType) {
  await ctx.reply(ctx.t('documents-ask-file', { type: ctx.t(`documents-type-${type}`), max: maxMb }))
  const { value } = await ask(conversation, {
    prefix: 'du:',
    parse: (c) => {
      const file = fileOf(c)
      return file && checkFile(file) === 'ok' ? file : undefined
    },
    reprompt: (c) => {
      const file = fileOf(c)
      const problem = file ? checkFile(file) : 'none'
      const key = problem === 'size' ? 'documents-too-large' : problem === 'kind' ? 'documents-wrong-kind' : 'documents-send-file'
      return c.reply(ctx.t(key, { max: maxMb }))
    },
  })
  return value
}

async function askExpiry(conversation: BotConversation, ctx: ConversationContext) {
  const today = todayIn(await conversation.external((outer: BotContext) => outer.config.timezone), await conversationNow(conversation))
  await ctx.reply(ctx.t('documents-ask-expiry'), { reply_markup: new InlineKeyboard().text(ctx.t('profile-skip'), 'du:x:skip') })
  const { ctx: reply, value } = await ask(conversation, {
    prefix: 'du:',
    parse: (c) => {
      if (c.callbackQuery?.data === 'du:x:skip')
        return { date: null }
      const parsed = c.message?.text ? parseExpiry(c.message.text, today) : undefined
      return parsed && 'date' in parsed ? parsed : undefined
    },
    reprompt: (c) => {
      const parsed = c.message?.text ? parseExpiry(c.message.text, today) : undefined
      return c.reply(ctx.t(parsed && 'error' in parsed && parsed.error === 'past' ? 'documents-expiry-past' : 'documents-expiry-invalid'))
    },
  })
  if (reply.callbackQuery) {
    await reply.answerCallbackQuery()
    await reply.editMessageText(ctx.t('profile-chosen', { question: ctx.t('documents-ask-expiry'), answer: ctx.t('profile-skipped') }))
  }
  return value.date
}

export async function documentUpload(conversation: BotConversation, ctx: ConversationContext, replaceId?: number, replaceType?: DocumentType) {
  const userId = ctx.user!.id
  const type = replaceType ?? await askType(conversation, ctx)
  const file = await askFile(conversation, ctx, type)
  const expiresOn = await askExpiry(conversation, ctx)
  const docs = await conversation.external(async (outer: BotContext) => {
    const repo = outer.domain.documents
    await (replaceId ? repo.replace(userId, replaceId, { ...file, expiresOn }) : repo.add(userId, { type, ...file, expiresOn }))
    return repo.listForUser(userId)
  })
  await ctx.reply(`${ctx.t('documents-saved')}\n\n${documentsText(ctx.t, await ctx.i18n.getLocale(), docs)}`, { reply_markup: documentsKeyboard(ctx.t, docs) })
}
