// /broadcast: the message, an optional internship card, the audience, a
// preview with the number of recipients, then confirmation. The messages go
// through the outbox; the reply to the confirmation is the status message
// the dispatcher edits as it goes. The rights are read again when it is sent.
import type { BroadcastAudience } from '../../domain/broadcast-audience.js'
import type { BotConversation, ConversationContext } from '../context.js'
import { countries } from '../../domain/countries.js'
import { pick } from '../../domain/localized.js'
import { specialties } from '../../domain/specialties.js'
import { countryName, hospitalName } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { openFlow } from './kit/questions.js'

export const broadcastId = 'broadcast'
export const broadcastLimit = 3500

const audienceKinds = ['all', 'specialties', 'countries', 'doctors', 'students', 'hospitals'] as const

export async function broadcast(conversation: BotConversation, ctx: ConversationContext) {
  const kit = openFlow(conversation, ctx, { cancelled: c => c.t('coord-flow-cancelled') })
  const { locale, t } = kit
  const message = await kit.text({ code: 'text', question: t('bc-ask-text', { limit: broadcastLimit }), max: broadcastLimit })
  const data = await kit.external(async (outer) => {
    const rights = await outer.domain.access.rightsOf(outer.user?.id, outer.isAdmin)
    return {
      internships: (await outer.domain.opportunityAdmin.list(rights)).filter(o => o.status === 'open').slice(0, 10),
      hospitals: await outer.domain.broadcasts.hospitalsInReach(rights),
    }
  })
  const attach = data.internships.length === 0
    ? 'none'
    : await kit.pick({
        code: 'card',
        question: t('bc-ask-internship'),
        options: [
          ...data.internships.map(o => [pick(locale, o, 'title').slice(0, 60), String(o.id)] as [string, string]),
          [t('bc-no-internship'), 'none'],
        ],
      })
  const opportunity = data.internships.find(o => String(o.id) === attach) ?? null
  // The audience, with the count on each simple choice; one that reaches nobody is asked again (the message is kept).
  let audience: BroadcastAudience
  let total: number
  for (;;) {
    const counts = await kit.commit(async (outer, rights) => Object.fromEntries(await Promise.all(
      (['all', 'doctors', 'students'] as const).map(async k => [k, await outer.domain.broadcasts.count(rights, { kind: k })] as const),
    )) as Record<string, number>)
    const label = (k: typeof audienceKinds[number]) => k in counts ? t('bc-audience-count', { label: t(`bc-audience-${k}`), count: counts[k] }) : t(`bc-audience-${k}`)
    const kind = await kit.pick({ code: 'aud', question: t('bc-ask-audience'), options: audienceKinds.map(k => [label(k), k]) })
    if (kind === 'specialties') {
      audience = { kind, codes: await kit.many({ code: 'specs', question: t('bc-ask-specialties'), options: specialties.map(s => [t(`specialty-${s}`), s]) }) }
    }
    else if (kind === 'countries') {
      audience = { kind, codes: await kit.many({ code: 'countries', question: t('bc-ask-countries'), options: countries.map(c => [countryName(t, c), c]), columns: 2 }) }
    }
    else if (kind === 'hospitals' && data.hospitals.length > 0) {
      audience = { kind, hospitalIds: (await kit.many({ code: 'hosps', question: t('bc-ask-hospitals'), options: data.hospitals.map(h => [hospitalName(h, locale), String(h.id)]), columns: 1 })).map(Number) }
    }
    else if (kind === 'hospitals') {
      // No Ukrainian hospital is in the coordinator's reach: nobody to pick.
      await ctx.reply(t('bc-nobody-again'))
      continue
    }
    else {
      audience = { kind }
    }
    const chosen = audience
    total = await kit.commit((outer, rights) => outer.domain.broadcasts.count(rights, chosen))
    if (total > 0)
      break
    await ctx.reply(t('bc-nobody-again'))
  }
  const html = escapeHtml(message)
  const card = opportunity ? `\n\n📌 <b>${escapeHtml(pick(locale, opportunity, 'title'))}</b>` : ''
  await ctx.reply(`${html}${card}`)
  const send = await kit.confirm({ code: 'send', question: t('bc-confirm', { total }), yes: t('bc-button-send'), no: t('bc-button-cancel') })
  if (!send)
    return ctx.reply(t('coord-flow-cancelled'))
  const status = await ctx.reply(t('bc-status', { sent: 0, blocked: 0, failed: 0, left: total }))
  const applyLabel = { uk: t('bc-apply-label-uk'), en: t('bc-apply-label-en') }
  const created = await kit.commit(async (outer, rights) => {
    return outer.domain.broadcasts.create(outer.user!.id, rights, {
      html,
      opportunityId: opportunity?.id ?? null,
      audience,
      statusChatId: status.chat.id,
      statusMessageId: status.message_id,
      applyLabel,
      botUsername: outer.me.username,
    })
  })
  await ctx.reply(t('bc-queued', { id: String(created.id), total: created.total }))
}
