// /invites: the invite links that can still be used, each with a Revoke
// button (administrators only). The links are not shown again: only their
// hashes are stored.
import type { HospitalScope } from '../../domain/access.js'
import type { OpenInvite } from '../../domain/invites.js'
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard } from 'grammy'
import { hospitalScope } from '../../domain/access.js'
import { formatDeadline } from '../../time/dates.js'
import { localeOf, staffOnly } from '../helpers/coord-guard.js'
import { hospitalName, zoneOf } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { logHandle } from '../helpers/log-handle.js'
import { asRefusal } from '../helpers/refusals.js'

export const invitesAdminFeature = new Composer<BotContext>()
const chats = invitesAdminFeature.chatType('private')

const hospitalsOf = (invite: OpenInvite) => hospitalScope({ roles: [invite.role] })
const ids = (scope: HospitalScope) => scope === 'all' ? [] : scope

async function showInvites(ctx: BotContext, edit: boolean) {
  const invites = await ctx.domain.access.openInvites(ctx.clock())
  const hospitals = await ctx.domain.hospitalAdmin.list([...new Set(invites.flatMap(i => ids(hospitalsOf(i))))])
  const names = new Map(hospitals.map(h => [h.id, hospitalName(h, localeOf(ctx))]))
  const lines = [ctx.t('coord-invites-title')]
  const rows = []
  for (const invite of invites) {
    const hospitals = hospitalsOf(invite)
    const scope = invite.role.kind === 'mentor'
      ? ctx.t('padm-invite-scope', { id: String(invite.role.placementIds[0] ?? '—') })
      : hospitals === 'all' ? ctx.t('coord-whole-programme') : hospitals.map(id => escapeHtml(names.get(id) ?? `#${id}`)).join(', ')
    lines.push(ctx.t('coord-invites-line', { id: String(invite.id), scope, by: escapeHtml(invite.createdBy ?? '—'), until: formatDeadline(localeOf(ctx), invite.expiresAt, zoneOf(ctx)) }))
    rows.push([InlineKeyboard.text(ctx.t('coord-invites-revoke', { id: String(invite.id) }), `iv:x:${invite.id}`)])
  }
  if (invites.length === 0)
    lines.push(ctx.t('coord-invites-empty'))
  const text = lines.join('\n')
  const keyboard = InlineKeyboard.from(rows)
  return edit ? ctx.editMessageText(text, { reply_markup: keyboard }) : ctx.reply(text, { reply_markup: keyboard })
}

chats.command('invites', logHandle('coord-invites'), staffOnly(ctx => showInvites(ctx, false), 'admin'))

chats.callbackQuery(/^iv:x:(\d{1,9})$/, logHandle('coord-invite-revoke'), staffOnly(async (ctx) => {
  const id = Number(ctx.match![1])
  const revoked = await asRefusal(() => ctx.domain.access.revokeInvite(ctx.user!.id, id, ctx.clock()))
  if (!revoked.ok) {
    await ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
    return showInvites(ctx, true)
  }
  await ctx.answerCallbackQuery({ text: ctx.t('coord-invites-revoked', { id: String(id) }) })
  await showInvites(ctx, true)
}, 'admin'))
