// Adds a document (type, file, optional expiry) or replaces the file of one
// the person already has. The file rules (PDF, JPG or PNG up to 20 MB; a photo
// counts as JPG) are the domain's, shared with the apply flow.
import type { DocumentType } from '../../domain/documents.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import type { Kit, UploadedFile } from './kit/questions.js'
import { checkDocument, documentTypes, maxDocumentBytes } from '../../domain/documents.js'
import { documentsKeyboard, documentsText } from '../helpers/documents-list.js'
import { refusalText } from '../helpers/refusals.js'
import { openFlow } from './kit/questions.js'

export const documentUploadId = 'document-upload'
const maxMb = maxDocumentBytes / 1024 / 1024

/** What is wrong with a file, told in the person's language; null when it may be stored. */
export function fileProblem(kit: Kit, file: UploadedFile): string | null {
  const problem = checkDocument(file)
  return problem && refusalText(kit.t, { code: problem, params: { max: maxMb } })
}

export async function documentUpload(conversation: BotConversation, ctx: ConversationContext, replaceId?: number, replaceType?: DocumentType) {
  const kit = openFlow(conversation, ctx)
  const userId = ctx.user!.id
  const type = replaceType ?? await kit.pick({
    code: 'type',
    question: kit.t('documents-ask-type'),
    options: documentTypes.map(type => [kit.t(`documents-type-${type}`), type]),
  })
  const answer = await kit.file({
    code: 'file',
    question: kit.t('documents-ask-file', { type: kit.t(`documents-type-${type}`), max: maxMb }),
    check: file => fileProblem(kit, file),
    reprompt: kit.t('documents-send-file', { max: maxMb }),
  })
  const file = 'file' in answer ? answer.file : undefined
  const today = await kit.today()
  const expiresOn = await kit.date({
    code: 'expiry',
    question: kit.t('documents-ask-expiry'),
    skip: true,
    check: day => day < today ? kit.t('documents-expiry-past') : null,
  })
  const docs = await conversation.external(async (outer: BotContext) => {
    const repo = outer.domain.documents
    await (replaceId ? repo.replace(userId, replaceId, { ...file!, expiresOn }) : repo.add(userId, { type, ...file!, expiresOn }))
    return repo.listForUser(userId)
  })
  await ctx.reply(`${ctx.t('documents-saved')}\n\n${documentsText(ctx.t, kit.locale, docs)}`, { reply_markup: documentsKeyboard(ctx.t, docs) })
}
