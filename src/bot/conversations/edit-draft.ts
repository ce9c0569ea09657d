// Edits one field of a draft internship: asks the new value, has the domain
// check it against the other fields (dates, seats) and shows the draft again.
import type { EditableField, OpportunityView } from '../../domain/opportunity-admin.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import type { Kit } from './kit/questions.js'
import { DomainError } from '../../domain/errors.js'
import { pick } from '../../domain/localized.js'
import { cardView, opportunityActions, renderOpportunity } from '../helpers/opportunity-card.js'
import { openFlow } from './kit/questions.js'
import { internshipLimits as limits } from './new-internship.js'

export const editDraftId = 'edit-draft'

type Outcome = { ok: true, view: OpportunityView, hospital: string, card: ReturnType<typeof cardView> } | { ok: false, code: string }

async function askValue(kit: Kit, field: EditableField): Promise<string | number | null> {
  const question = kit.t('new-edit-ask', { field: kit.t(`new-field-${field}`) })
  const code = field
  if (field === 'seats')
    return kit.number({ code, question, min: 1, max: limits.seats })
  if (field === 'startsOn' || field === 'endsOn' || field === 'deadline')
    return kit.date({ code, question })
  if (field === 'languageRequirement')
    return kit.text({ code, question, max: limits.language, skip: true })
  return kit.text({ code, question, max: field.startsWith('title') ? limits.title : limits.description })
}

export async function editDraft(conversation: BotConversation, ctx: ConversationContext, args: { id: number, field: EditableField }) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('coord-flow-cancelled') })
  for (;;) {
    const value = await askValue(kit, args.field)
    const outcome: Outcome = await kit.external(async (outer: BotContext) => {
      const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
      try {
        const view = await outer.domain.opportunityAdmin.editDraft(outer.user!.id, rights, args.id, args.field, value)
        const [h] = await outer.domain.hospitalAdmin.list([view.hostHospitalId])
        return { ok: true as const, view, hospital: pick(outer.user?.locale, h, 'name'), card: cardView(outer) }
      }
      catch (error) {
        if (error instanceof DomainError)
          return { ok: false as const, code: error.code }
        throw error
      }
    })
    if (outcome.ok)
      return ctx.reply(renderOpportunity(ctx.t, outcome.view, outcome.hospital, outcome.card), { reply_markup: opportunityActions(ctx.t, outcome.view) })
    await ctx.reply(ctx.t(`new-refused-${outcome.code}`))
    if (!outcome.code.startsWith('invalid-'))
      return
  }
}
