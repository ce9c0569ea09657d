// Edits one field of a draft internship: asks the new value, checks it against
// the other fields (dates, seats) and shows the draft again.
import type { EditableField, OpportunityView } from '../../domain/opportunity-admin.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { DomainError } from '../../domain/errors.js'
import { pick } from '../../domain/localized.js'
import { cardView, opportunityActions, renderOpportunity } from '../helpers/opportunity-card.js'
import { askDate, askInt, askText } from './coord-ask.js'
import { limits } from './new-internship.js'

export const editDraftId = 'edit-draft'

type Outcome = { ok: true, view: OpportunityView, hospital: string } | { ok: false, code: string }

async function askValue(conversation: BotConversation, ctx: ConversationContext, field: EditableField): Promise<string | number | null> {
  const prompt = ctx.t('new-edit-ask', { field: ctx.t(`new-field-${field}`) })
  if (field === 'seats')
    return askInt(conversation, ctx, prompt, 1, limits.seats)
  if (field === 'startsOn' || field === 'endsOn' || field === 'deadline')
    return askDate(conversation, ctx, prompt, () => null)
  if (field === 'languageRequirement')
    return askText(conversation, ctx, prompt, limits.language, ctx.t('new-button-skip'))
  return askText(conversation, ctx, prompt, field.startsWith('title') ? limits.title : limits.description)
}

export async function editDraft(conversation: BotConversation, ctx: ConversationContext, args: { id: number, field: EditableField }) {
  for (;;) {
    const value = await askValue(conversation, ctx, args.field)
    const outcome: Outcome = await conversation.external(async (outer: BotContext) => {
      const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
      try {
        const view = await outer.domain.opportunityAdmin.editDraft(outer.user!.id, rights, args.id, args.field, value)
        const [h] = await outer.domain.hospitalAdmin.list([view.hostHospitalId])
        return { ok: true as const, view, hospital: pick(outer.user?.locale, h, 'name') }
      }
      catch (error) {
        if (error instanceof DomainError)
          return { ok: false as const, code: error.code }
        throw error
      }
    })
    if (outcome.ok)
      return ctx.reply(renderOpportunity(ctx.t, outcome.view, outcome.hospital, await conversation.external((outer: BotContext) => cardView(outer))), { reply_markup: opportunityActions(ctx.t, outcome.view) })
    await ctx.reply(ctx.t(`new-refused-${outcome.code}`))
    if (!outcome.code.startsWith('invalid-'))
      return
  }
}
