// /broadcast: the message, an optional internship card, the audience, a
// preview with the number of recipients, then confirmation. The messages go
// through the outbox; the reply to the confirmation is the status message
// the dispatcher edits as it goes.
import type { Audience } from '../../domain/broadcast-audience.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { countries, flag } from '../../domain/countries.js'
import { pick } from '../../domain/localized.js'
import { specialties } from '../../domain/specialties.js'
import { hospitalName } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { askChoice, askMany, askText } from './coord-ask.js'

export const broadcastId = 'broadcast'
export const broadcastLimit = 3500

export async function broadcast(conversation: BotConversation, ctx: ConversationContext) {
  const locale = ctx.user?.locale === 'en' ? 'en' : 'uk'
  const message = (await askText(conversation, ctx, ctx.t('bc-ask-text', { limit: broadcastLimit }), broadcastLimit))!
  const data = await conversation.external(async (outer: BotContext) => {
    const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
    return {
      internships: (await outer.domain.opportunityAdmin.list(rights)).filter(o => o.status === 'open').slice(0, 10),
      hospitals: await outer.domain.hospitalAdmin.list(undefined, 'ukrainian'),
    }
  })
  const attach = data.internships.length === 0
    ? 'none'
    : await askChoice(conversation, ctx, ctx.t('bc-ask-internship'), [
        ...data.internships.map(o => [pick(locale, o, 'title').slice(0, 60), String(o.id)] as [string, string]),
        [ctx.t('bc-no-internship'), 'none'],
      ])
  const opportunity = data.internships.find(o => String(o.id) === attach) ?? null
  const kind = await askChoice(conversation, ctx, ctx.t('bc-ask-audience'), (['all', 'specialties', 'countries', 'doctors', 'students', 'hospitals'] as const).map(k => [ctx.t(`bc-audience-${k}`), k]))
  let audience: Audience
  if (kind === 'specialties')
    audience = { kind, codes: await askMany(conversation, ctx, ctx.t('bc-ask-specialties'), specialties.map(s => [ctx.t(`specialty-${s}`), s])) }
  else if (kind === 'countries')
    audience = { kind, codes: await askMany(conversation, ctx, ctx.t('bc-ask-countries'), countries.map(c => [`${flag(c)} ${c}`, c]), 4) }
  else if (kind === 'hospitals')
    audience = { kind, hospitalIds: (await askMany(conversation, ctx, ctx.t('bc-ask-hospitals'), data.hospitals.map(h => [hospitalName(h, locale), String(h.id)]), 1)).map(Number) }
  else
    audience = { kind: kind as 'all' | 'doctors' | 'students' }
  const total = await conversation.external((outer: BotContext) => outer.domain.broadcasts.count(audience))
  const html = escapeHtml(message)
  const card = opportunity ? `\n\n📌 <b>${escapeHtml(pick(locale, opportunity, 'title'))}</b>` : ''
  await ctx.reply(`${html}${card}`)
  if (total === 0)
    return ctx.reply(ctx.t('bc-nobody'))
  const confirm = await askChoice(conversation, ctx, ctx.t('bc-confirm', { total }), [[ctx.t('bc-button-send'), 'send'], [ctx.t('bc-button-cancel'), 'cancel']], 2)
  if (confirm === 'cancel')
    return ctx.reply(ctx.t('coord-flow-cancelled'))
  const status = await ctx.reply(ctx.t('bc-status', { sent: 0, blocked: 0, failed: 0, left: total }))
  const applyLabel = { uk: ctx.t('bc-apply-label-uk'), en: ctx.t('bc-apply-label-en') }
  const created = await conversation.external(async (outer: BotContext) => outer.domain.broadcasts.create(outer.user!.id, {
    html,
    opportunityId: opportunity?.id ?? null,
    audience,
    statusChatId: status.chat.id,
    statusMessageId: status.message_id,
    applyLabel,
    botUsername: outer.me.username,
  }))
  await ctx.reply(ctx.t('bc-queued', { id: String(created.id), total: created.total }))
}
