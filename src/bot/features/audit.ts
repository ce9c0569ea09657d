// /audit: the latest entries of the audit log, for administrators.
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { staffOnly } from '../helpers/coord-guard.js'
import { escapeHtml } from '../helpers/html.js'
import { logHandle } from '../helpers/log-handle.js'

export const auditFeature = new Composer<BotContext>()

auditFeature.chatType('private').command('audit', logHandle('audit'), staffOnly(async (ctx) => {
  const entries = await ctx.domain.audit.latest(15)
  if (entries.length === 0)
    return ctx.reply(ctx.t('audit-empty'))
  const lines = entries.map(e => ctx.t('audit-line', {
    id: String(e.id),
    when: e.createdAt.slice(0, 16).replace('T', ' '),
    actor: escapeHtml(e.actorName ?? '—'),
    action: escapeHtml(e.action),
    entity: escapeHtml(`${e.entityType}${e.entityId ? ` #${e.entityId}` : ''}`),
  }))
  await ctx.reply([ctx.t('audit-title'), ...lines].join('\n'))
}, 'admin'))

auditFeature.chatType('private').command('coordinator_help', logHandle('coord-help'), staffOnly(async (ctx, rights) => {
  await ctx.reply(rights.isAdmin ? ctx.t('coord-help-admin') : ctx.t('coord-help'))
}))
