// ✏️ on a draft event's card: one field asked again (a title, a description,
// the place, the link, the seats), saved with the rights and the rules checked
// at that moment, then the card shown as it now is.
import type { EditableEventField } from '../../domain/events-admin.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { eventLimits, isEventUrl } from '../../domain/events-admin.js'
import { staffCard } from '../helpers/event-staff-card.js'
import { openFlow } from './kit/questions.js'

export const editEventId = 'edit-event'

const textLimits: Record<Exclude<EditableEventField, 'seats'>, number> = {
  titleUk: eventLimits.title,
  titleEn: eventLimits.title,
  descriptionUk: eventLimits.description,
  descriptionEn: eventLimits.description,
  place: eventLimits.place,
  onlineUrl: eventLimits.url,
}

export async function editEvent(conversation: BotConversation, ctx: ConversationContext, args: { id: number, field: EditableEventField }) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('coord-flow-cancelled') })
  const { t } = kit
  const { id, field } = args
  const question = t(`events-edit-ask-${field}`, { limit: field === 'seats' ? eventLimits.seats : textLimits[field] })
  const value = field === 'seats'
    ? await kit.number({ code: 'value', question, min: 1, max: eventLimits.seats, cancelButton: true })
    : await kit.text({
        code: 'value',
        question,
        max: textLimits[field],
        // The place or the link may be emptied (the rules then ask for the other).
        skip: field === 'place' || field === 'onlineUrl',
        cancelButton: true,
        parse: text => field !== 'onlineUrl' || isEventUrl(text) ? { value: text } : { problem: t('events-refused-url') },
      })
  const view = await kit.commit((outer, rights) => outer.domain.eventsAdmin.editDraft(outer.user!.id, rights, id, field, value, outer.clock()))
  const card = await kit.external((outer: BotContext) => staffCard(outer, view))
  await ctx.reply(`${t('events-edited')}\n\n${card.text}`, { reply_markup: card.reply_markup })
}
