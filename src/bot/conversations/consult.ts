// /consult: a doctor asks the twin of their home hospital for a
// tele-consultation on a case or for a mentor: the twin (when there are
// several), the kind, the specialty, the urgency, the question (questioned
// when it looks like patient data), preferred times in their own zone, up to
// five photos or documents, and, before anything is sent, their confirmation
// that the case is anonymised.
import type { ConsultAttachmentInput, ConsultKind, ConsultUrgency } from '../../domain/consultations.js'
import type { BotConversation, ConversationContext } from '../context.js'
import type { Kit } from './kit/questions.js'
import { InlineKeyboard } from 'grammy'
import { consultKinds, consultLimits, consultUrgencies } from '../../domain/consultations.js'
import { pick } from '../../domain/localized.js'
import { findIdentifier } from '../../domain/patient-data.js'
import { specialties } from '../../domain/specialties.js'
import { escapeHtml } from '../helpers/html.js'
import { mainMenu } from '../keyboards/main-menu.js'
import { openFlow } from './kit/questions.js'

export const consultId = 'consult'

const maxFileBytes = 20 * 1024 * 1024

/** Asks for a text until it has no look of patient data, or the person says it is anonymised. */
export async function askAnonymised(kit: Kit, code: string, question: string, max: number) {
  for (;;) {
    const text = await kit.text({ code, question, max, cancelButton: true })
    const found = findIdentifier(text)
    if (!found)
      return text
    const keep = await kit.confirm({ code: `${code}-pii`, question: kit.t(`consult-pii-${found}`), yes: kit.t('consult-pii-keep'), no: kit.t('consult-pii-edit') })
    if (keep)
      return text
  }
}

async function askAttachments(kit: Kit): Promise<ConsultAttachmentInput[]> {
  const files: ConsultAttachmentInput[] = []
  while (files.length < consultLimits.attachments) {
    const question = files.length === 0 ? kit.t('consult-ask-file') : kit.t('consult-ask-file-more', { count: files.length, max: consultLimits.attachments })
    const answer = await kit.file({
      code: `file${files.length}`,
      question,
      skip: true,
      reprompt: kit.t('consult-file-reprompt'),
      check: file => (file.fileSize ?? 0) > maxFileBytes ? kit.t('consult-file-too-large') : null,
    })
    if (answer === null || !('file' in answer))
      break
    const f = answer.file
    // Telegram sends a photo as JPG sizes without a file name; anything else came as a document.
    const kind = f.fileName === null && f.mimeType === 'image/jpeg' ? 'photo' : 'document'
    files.push({ kind, fileId: f.fileId, fileUniqueId: f.fileUniqueId, fileName: f.fileName, mimeType: f.mimeType, fileSize: f.fileSize })
  }
  return files
}

export async function consult(conversation: BotConversation, ctx: ConversationContext) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('consult-cancelled') })
  const userId = ctx.user!.id
  const start = await kit.external(outer => outer.domain.consultations.start(userId))
  if (!start.home)
    return void await kit.reply(kit.t('consult-no-home'))
  if (start.twins.length === 0)
    return void await kit.reply(kit.t('consult-no-twin', { hospital: escapeHtml(pick(kit.locale, start.home, 'name')) }))
  const twinId = start.twins.length === 1
    ? String(start.twins[0].id)
    : await kit.pick<string>({ code: 'twin', question: kit.t('consult-ask-twin'), options: start.twins.map(h => [pick(kit.locale, h, 'name'), String(h.id)]), cancelButton: true })
  const twin = start.twins.find(h => String(h.id) === twinId)!
  const twinName = pick(kit.locale, twin, 'name')
  const kind = await kit.pick<ConsultKind>({ code: 'kind', question: kit.t('consult-ask-kind', { hospital: escapeHtml(twinName) }), options: consultKinds.map(k => [kit.t(`consult-kind-${k}`), k]), cancelButton: true })
  const specialty = await kit.pick<string>({ code: 'spec', question: kit.t('consult-ask-specialty'), options: specialties.map(s => [kit.t(`specialty-${s}`), s]), columns: 2, perPage: 8, cancelButton: true })
  const urgency = await kit.pick<ConsultUrgency>({ code: 'urg', question: kit.t('consult-ask-urgency'), options: consultUrgencies.map(u => [kit.t(`consult-urgency-${u}`), u]), columns: 2, cancelButton: true })
  await kit.reply(kit.t('consult-anonymise-notice'))
  const max = consultLimits.question
  const question = await askAnonymised(kit, 'question', kit.t(kind === 'consultation' ? 'consult-ask-question' : 'consult-ask-question-mentoring', { max }), max)
  const preferredSlots = await kit.text({ code: 'slots', question: kit.t('consult-ask-slots', { zone: start.zone, max: consultLimits.slots }), max: consultLimits.slots, skip: true, cancelButton: true })
  const attachments = await askAttachments(kit)
  const anonymised = await kit.confirm({ code: 'confirm', question: kit.t('consult-ask-confirm'), yes: kit.t('consult-confirm-yes'), no: kit.t('consult-confirm-no') })
  if (!anonymised)
    return void await kit.reply(kit.t('consult-not-sent'), { reply_markup: mainMenu(ctx.t) })
  const created = await kit.commit(outer => outer.domain.consultations.create(userId, { toHospitalId: twin.id, kind, specialty, question, urgency, preferredSlots, attachments, anonymised }))
  await kit.reply(kit.t('consult-sent', { id: created.id, hospital: escapeHtml(twinName) }), {
    reply_markup: InlineKeyboard.from([[InlineKeyboard.text(kit.t('consult-btn-open'), `cs:o:${created.id}`)]]),
  })
}
