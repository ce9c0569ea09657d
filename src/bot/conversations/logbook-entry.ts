// The logbook flows: a new entry in a few taps (the kind, a procedure's role,
// the specialty with the placement's first, Today, the text, an optional
// photo), a new text for an entry, and a mentor's note returning one. A text
// that looks like patient data is questioned before it is saved.
import type { LogbookKind, ProcedureRoleCode } from '../../domain/logbook.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import type { Kit } from './kit/questions.js'
import { InlineKeyboard } from 'grammy'
import { logbookKinds, maxEntryText, maxReviewNote, procedureRoles } from '../../domain/logbook.js'
import { findIdentifier } from '../../domain/patient-data.js'
import { specialties } from '../../domain/specialties.js'
import { formatDay, parseDay } from '../../time/dates.js'
import { entryKeyboard, entryText } from '../helpers/logbook-view.js'
import { openFlow } from './kit/questions.js'

export const logbookEntryId = 'logbook-entry'
export const logbookEditId = 'logbook-edit'
export const mentorReturnId = 'mentor-return'

const previousDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

/** Asks for the text until it has no look of patient data, or the person saves it anyway. */
async function askText(kit: Kit, question: string) {
  for (;;) {
    const text = await kit.text({ code: 'text', question, max: maxEntryText, cancelButton: true })
    const found = findIdentifier(text)
    if (!found)
      return text
    const save = await kit.confirm({ code: 'pii', question: kit.t(`logbook-pii-${found}`), yes: kit.t('logbook-pii-save'), no: kit.t('logbook-pii-edit') })
    if (save)
      return text
  }
}

export async function logbookEntry(conversation: BotConversation, ctx: ConversationContext, placementId: number, preset?: LogbookKind) {
  const kit = openFlow(conversation, ctx)
  const userId = ctx.user!.id
  const start = await kit.commit(outer => outer.domain.logbook.entryStart(userId, placementId))
  if (start.today < start.startsOn) {
    await kit.reply(kit.t('logbook-not-started', { start: formatDay(kit.locale, start.startsOn) }))
    return
  }
  const kind = preset && logbookKinds.includes(preset)
    ? preset
    : await kit.pick<LogbookKind>({ code: 'kind', question: kit.t('logbook-ask-kind'), options: logbookKinds.map(k => [kit.t(`logbook-kind-${k}`), k]), columns: 2, cancelButton: true })
  const procedureRole = kind === 'procedure'
    ? await kit.pick<ProcedureRoleCode>({ code: 'role', question: kit.t('logbook-ask-role'), options: procedureRoles.map(r => [kit.t(`logbook-role-${r}`), r]), columns: 3, cancelButton: true })
    : null
  const ordered = [start.specialty, ...specialties.filter(s => s !== start.specialty)]
  const specialty = await kit.pick<string>({ code: 'spec', question: kit.t('logbook-ask-specialty'), options: ordered.map(s => [s === start.specialty ? `✔️ ${kit.t(`specialty-${s}`)}` : kit.t(`specialty-${s}`), s]), columns: 2, perPage: 8, cancelButton: true })
  const yesterday = previousDay(start.today)
  const options: Array<[string, string]> = [[kit.t('logbook-today', { day: formatDay(kit.locale, start.today) }), start.today]]
  if (yesterday >= start.startsOn)
    options.push([kit.t('logbook-yesterday', { day: formatDay(kit.locale, yesterday) }), yesterday])
  const picked = await kit.choice<string>({
    code: 'day',
    question: kit.t('logbook-ask-day'),
    options,
    cancelButton: true,
    typed: {
      max: 20,
      parse: (typed) => {
        const parsed = parseDay(typed)
        if ('error' in parsed)
          return { problem: kit.t('logbook-bad-day') }
        if (parsed.day < start.startsOn)
          return { problem: kit.t('logbook-day-before-start', { start: formatDay(kit.locale, start.startsOn) }) }
        if (parsed.day > start.today)
          return { problem: kit.t('logbook-day-future') }
        return { value: parsed.day }
      },
    },
  })
  const day = typeof picked === 'string' ? picked : picked.typed
  // Once per placement (before its first entry) the whole notice; next to the text question, always a line.
  if (start.entryCount === 0)
    await kit.reply(kit.t('logbook-patient-notice'))
  const text = await askText(kit, kit.t('logbook-ask-text'))
  const photo = await kit.file({
    code: 'photo',
    question: kit.t('logbook-ask-photo'),
    skip: true,
    reprompt: kit.t('logbook-photo-only'),
    // A photo only (Telegram sends it as JPG sizes, without a file name): it is shown again by file_id.
    check: file => file.fileName === null && file.mimeType === 'image/jpeg' ? null : kit.t('logbook-photo-only'),
  })
  const photoFileId = photo && 'file' in photo ? photo.file.fileId : null
  await kit.commit(outer => outer.domain.logbook.add(userId, placementId, { kind, procedureRole, specialty, day, text, photoFileId }))
  await kit.reply(kit.t('logbook-saved'), {
    reply_markup: InlineKeyboard.from([[InlineKeyboard.text(kit.t('logbook-btn-another'), `lb:n:${placementId}`), InlineKeyboard.text(kit.t('logbook-btn-open'), `lb:p:${placementId}:0`)]]),
  })
}

export async function logbookEdit(conversation: BotConversation, ctx: ConversationContext, entryId: number) {
  const kit = openFlow(conversation, ctx)
  const userId = ctx.user!.id
  const before = await kit.commit((outer, rights) => outer.domain.logbook.entry({ userId, rights }, entryId))
  if (before.viewer !== 'owner')
    return
  const text = await askText(kit, kit.t('logbook-ask-edit'))
  const view = await kit.commit(async (outer: BotContext, rights) => {
    await outer.domain.logbook.editText(userId, entryId, text)
    return outer.domain.logbook.entry({ userId, rights }, entryId)
  })
  const saved = kit.t(before.entry.review === 'pending' ? 'logbook-edited' : 'logbook-edited-pending')
  await kit.reply(`${saved}\n\n${entryText(ctx.t, kit.locale, view)}`, { reply_markup: entryKeyboard(ctx.t, view) })
}

export async function mentorReturn(conversation: BotConversation, ctx: ConversationContext, entryId: number) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('mentor-cancelled') })
  const userId = ctx.user!.id
  const note = await kit.text({ code: 'note', question: kit.t('mentor-ask-note'), max: maxReviewNote, cancelButton: true })
  const view = await kit.commit(async (outer: BotContext, rights) => {
    await outer.domain.logbook.review(userId, entryId, 'returned', note)
    return outer.domain.logbook.entry({ userId, rights }, entryId)
  })
  await kit.reply(`${kit.t('mentor-returned')}\n\n${entryText(ctx.t, kit.locale, view)}`, {
    reply_markup: InlineKeyboard.from([[InlineKeyboard.text(kit.t('logbook-btn-open'), `lb:p:${view.entry.placementId}:0`), InlineKeyboard.text('🧑‍🏫 /mentor', 'mt:l:0')]]),
  })
}
