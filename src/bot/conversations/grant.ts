// /grant <telegram id> (or a forwarded message of the person): an
// administrator picks the hospital the person will coordinate, or the whole
// programme. The grant reads the rights again when it commits: an
// administrator removed from ADMIN_IDS meanwhile cannot finish it.
import type { BotConversation, ConversationContext } from '../context.js'
import { hospitalScope, isAdmin } from '../../domain/access.js'
import { ForbiddenError, NotFoundError } from '../../domain/errors.js'
import { syncStaffCommands } from '../commands.js'
import { hospitalName } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { openFlow } from './kit/questions.js'

export const grantId = 'grant'

export async function grant(conversation: BotConversation, ctx: ConversationContext, telegramId: string) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('coord-flow-cancelled') })
  const { locale, t } = kit
  const found = await kit.external(async (outer) => {
    const target = await outer.domain.users.findByTelegramId(BigInt(telegramId))
    return target && { id: target.id, hospitals: await outer.domain.hospitalAdmin.list() }
  })
  if (!found)
    return ctx.reply(t('coord-user-unknown', { id: telegramId }))
  // Tick one or more hospitals, then Done; "the whole programme" answers on its own.
  const chosen = await kit.many({
    code: 'scope',
    question: t('coord-grant-choose', { id: telegramId }),
    options: [[t('coord-whole-programme'), '0'], ...found.hospitals.map(h => [hospitalName(h, locale), String(h.id)] as [string, string])],
    columns: 1,
    alone: ['0'],
  })
  const hospitalIds = chosen.map(Number)
  const member = await kit.commit(async (outer, rights) => {
    if (!isAdmin(rights))
      throw new ForbiddenError()
    const granted = await outer.domain.access.grant(outer.user!.id, found.id, { kind: 'coordinator', hospitals: hospitalIds.includes(0) ? 'all' : hospitalIds })
    if (!granted)
      throw new NotFoundError('User')
    await syncStaffCommands(outer.api, outer.render, granted.telegramId, await outer.domain.access.rightsOf(granted.userId, outer.config.adminIds.includes(granted.telegramId)))
    return { name: granted.name, hospitals: hospitalScope(granted.rights) }
  })
  const { hospitals } = member
  const scope = hospitals === 'all'
    ? t('coord-whole-programme')
    : found.hospitals.filter(h => hospitals.includes(h.id)).map(h => escapeHtml(hospitalName(h, locale))).join(', ')
  await ctx.reply(t('coord-granted', { name: escapeHtml(member.name), scope, id: telegramId }))
}
