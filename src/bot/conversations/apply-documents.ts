// A document step of the apply flow: a stored document chosen by button, or a
// new PDF/JPG/PNG under 20 MB, stored as the person's document for later use.
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import type { Check, State } from './apply-steps.js'

const fileTypes = ['application/pdf', 'image/jpeg', 'image/png']
// Bots can only download files up to 20 MB from Telegram.
const maxFileSize = 20 * 1024 * 1024

export async function checkDocument(conversation: BotConversation, c: ConversationContext, type: string, st: State): Promise<Check> {
  const data = c.callbackQuery?.data ?? ''
  const store = (id: number) => {
    st.answers.documents = { ...st.answers.documents, [type]: id }
    return true as const
  }
  if (data.startsWith('aq:d:')) {
    const id = Number(data.slice(5))
    return st.choices[type]?.some(([d]) => d === id) ? store(id) : { key: 'apply-use-buttons' }
  }
  const doc = c.message?.document
  const photo = c.message?.photo?.at(-1)
  if (!doc && !photo)
    return { key: 'apply-need-document', params: { doc: c.t(`apply-doc-${type}`) } }
  const mime = doc ? doc.mime_type ?? '' : 'image/jpeg'
  const size = (doc ?? photo)!.file_size ?? 0
  if (!fileTypes.includes(mime))
    return { key: 'apply-bad-file-type' }
  if (size > maxFileSize)
    return { key: 'apply-file-too-big' }
  const file = { type: type as any, fileId: (doc ?? photo)!.file_id, fileUniqueId: (doc ?? photo)!.file_unique_id, fileName: doc?.file_name ?? 'photo.jpg', mimeType: mime, fileSize: size || undefined }
  const id = await conversation.external((outer: BotContext) => outer.domain.apply.addDocument(outer.user!.id, file))
  st.choices[type] = [[id, file.fileName], ...(st.choices[type] ?? [])]
  return store(id)
}
