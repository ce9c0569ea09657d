// /audit: the audit log for administrators, newest first, a page at a time,
// all entries or only refusals or only actions.
import type { AuditFilter } from '../../domain/audit.js'
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard } from 'grammy'
import { isAdmin } from '../../domain/access.js'
import { formatDeadline } from '../../time/dates.js'
import { localeOf, staffOnly } from '../helpers/coord-guard.js'
import { zoneOf } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { logHandle } from '../helpers/log-handle.js'

export const auditFeature = new Composer<BotContext>()
const chats = auditFeature.chatType('private')

const filters: Record<string, AuditFilter> = { a: 'all', r: 'refusals', x: 'actions' }
const pageSize = 15

async function showAudit(ctx: BotContext, code: string, page: number) {
  const filter = filters[code]
  const { entries, hasMore } = await ctx.domain.audit.page(filter, page, pageSize)
  const lines = entries.map(e => ctx.t('audit-line', {
    id: String(e.id),
    when: formatDeadline(localeOf(ctx), e.createdAt, zoneOf(ctx)),
    actor: escapeHtml(e.actorName ?? '—'),
    action: escapeHtml(e.action),
    entity: escapeHtml(`${e.entityType}${e.entityId ? ` #${e.entityId}` : ''}`),
  }))
  const keyboard = new InlineKeyboard()
  for (const [c, f] of Object.entries(filters))
    keyboard.text(`${c === code ? '• ' : ''}${ctx.t(`audit-filter-${f}`)}`, `au:${c}:0`)
  keyboard.row()
  if (page > 0)
    keyboard.text(ctx.t('audit-newer'), `au:${code}:${page - 1}`)
  if (hasMore)
    keyboard.text(ctx.t('audit-older'), `au:${code}:${page + 1}`)
  const text = [ctx.t('audit-title-filtered', { filter: ctx.t(`audit-filter-${filter}`), page: page + 1 }), ...(lines.length ? lines : [ctx.t('audit-empty')])].join('\n')
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery()
    return ctx.editMessageText(text, { reply_markup: keyboard })
  }
  return ctx.reply(text, { reply_markup: keyboard })
}

chats.command('audit', logHandle('audit'), staffOnly(async (ctx) => {
  const arg = ctx.match.trim()
  const code = arg === 'refusals' ? 'r' : arg === 'actions' ? 'x' : 'a'
  await showAudit(ctx, code, 0)
}, 'admin'))

chats.callbackQuery(/^au:([arx]):(\d{1,4})$/, logHandle('audit-page'), staffOnly(ctx => showAudit(ctx, ctx.match![1], Number(ctx.match![2])), 'admin'))

chats.command('coordinator_help', logHandle('coord-help'), staffOnly(async (ctx, rights) => {
  await ctx.reply(isAdmin(rights) ? ctx.t('coord-help-admin') : ctx.t('coord-help'))
}))
