// Administrators make people coordinators and take it back: by Telegram id
// (/grant, the grant flow), by a forwarded message, or by a one-time invite
// link (/invite).
import type { I18n } from '@grammyjs/i18n'
import type { GrantableRole, HospitalScope } from '../../domain/access.js'
import type { BotContext } from '../context.js'
import { Composer, InlineKeyboard } from 'grammy'
import { hospitalScope } from '../../domain/access.js'
import { syncStaffCommands } from '../commands.js'
import { grantId } from '../conversations/grant.js'
import { startFlow } from '../conversations/start-flow.js'
import { localeOf, staffOnly } from '../helpers/coord-guard.js'
import { hospitalName } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { logHandle } from '../helpers/log-handle.js'
import { createRender } from '../i18n.js'
import { hospitalPicker } from '../keyboards/hospital-picker.js'

const telegramIdText = /^[1-9]\d{0,14}$/

// The picker's hospital id: 0 is "the whole programme".
function coordinatorOf(hospitalId: number): GrantableRole {
  return { kind: 'coordinator', hospitals: hospitalId === 0 ? 'all' : [hospitalId] }
}

export function createCoordinatorsFeature(i18n: I18n<any>) {
  const render = createRender(i18n)
  const feature = new Composer<BotContext>()
  const chats = feature.chatType('private')

  async function scopeText(ctx: BotContext, scope: HospitalScope) {
    if (scope === 'all')
      return ctx.t('coord-whole-programme')
    const hospitals = await ctx.domain.hospitalAdmin.list(scope)
    return hospitals.map(h => escapeHtml(hospitalName(h, localeOf(ctx)))).join(', ')
  }

  chats.command('grant', logHandle('coord-grant'), staffOnly(async (ctx) => {
    const arg = ctx.match.trim()
    // Telegram ids have at most 15 digits here; parsed exactly, as BigInt.
    if (!telegramIdText.test(arg))
      return ctx.reply(ctx.t('coord-grant-usage'))
    await startFlow(ctx, grantId, arg)
  }, 'admin'))

  // An administrator forwards any message of the person to make them a coordinator.
  chats.on('message:forward_origin', async (ctx, next) => {
    if (!ctx.isAdmin)
      return next()
    const origin = ctx.message.forward_origin
    if (origin.type !== 'user')
      return ctx.reply(ctx.t('coord-forward-hidden'))
    await startFlow(ctx, grantId, String(origin.sender_user.id))
  })

  chats.command('coordinators', logHandle('coord-list'), staffOnly(async (ctx) => {
    await showList(ctx, false)
  }, 'admin'))

  async function showList(ctx: BotContext, edit: boolean) {
    const staff = await ctx.domain.access.listStaff()
    const lines = [ctx.t('coord-list-title', { count: staff.length })]
    const rows = []
    for (const member of staff) {
      lines.push(`• <b>${escapeHtml(member.name)}</b> (${member.telegramId}): ${await scopeText(ctx, hospitalScope(member.rights))}`)
      rows.push([InlineKeyboard.text(ctx.t('coord-revoke-button', { name: member.name.slice(0, 40) }), `ar:${member.userId}`)])
    }
    const keyboard = InlineKeyboard.from(rows)
    if (staff.length === 0)
      lines.push(ctx.t('coord-list-empty'))
    const text = lines.join('\n')
    return edit ? ctx.editMessageText(text, { reply_markup: keyboard }) : ctx.reply(text, { reply_markup: keyboard })
  }

  chats.callbackQuery(/^ar:(\d{1,9})$/, logHandle('coord-revoke'), staffOnly(async (ctx) => {
    const member = await ctx.domain.access.staffMember(Number(ctx.match[1]))
    if (!member)
      return ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
    await ctx.domain.access.revoke(ctx.user!.id, member.userId)
    await syncStaffCommands(ctx.api, render, member.telegramId, await ctx.domain.access.rightsOf(member.userId, ctx.config.adminIds.includes(member.telegramId)))
    await ctx.answerCallbackQuery({ text: ctx.t('coord-revoked', { name: member.name }) })
    await showList(ctx, true)
  }, 'admin'))

  chats.command('invite', logHandle('coord-invite'), staffOnly(async (ctx) => {
    const hospitals = await ctx.domain.hospitalAdmin.list()
    await ctx.reply(ctx.t('coord-invite-choose'), {
      reply_markup: hospitalPicker(ctx.t, hospitals, { locale: localeOf(ctx), page: 0, programmeWide: true, pick: id => `ai:${id}`, turn: p => `aip:${p}` }),
    })
  }, 'admin'))

  chats.callbackQuery(/^aip:(\d{1,3})$/, staffOnly(async (ctx) => {
    const hospitals = await ctx.domain.hospitalAdmin.list()
    await ctx.answerCallbackQuery()
    await ctx.editMessageReplyMarkup({
      reply_markup: hospitalPicker(ctx.t, hospitals, { locale: localeOf(ctx), page: Number(ctx.match[1]), programmeWide: true, pick: id => `ai:${id}`, turn: p => `aip:${p}` }),
    })
  }, 'admin'))

  chats.callbackQuery(/^ai:(\d{1,9})$/, logHandle('coord-invite-create'), staffOnly(async (ctx) => {
    const hospitalId = Number(ctx.match[1])
    if (hospitalId !== 0 && (await ctx.domain.hospitalAdmin.list([hospitalId])).length !== 1)
      return ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
    const role = coordinatorOf(hospitalId)
    const token = await ctx.domain.access.createInvite(ctx.user!.id, role)
    await ctx.answerCallbackQuery()
    await ctx.editMessageText(ctx.t('coord-invite-link', {
      link: `https://t.me/${ctx.me.username}?start=c${token}`,
      scope: await scopeText(ctx, hospitalScope({ roles: [role] })),
    }))
  }, 'admin'))

  return feature
}
