// /hospitals: the twinning by partner country, and a hospital's card with its
// partnerships and open internships (buttons open their cards).
import type { BotContext } from '../context.js'
import { hears } from '@grammyjs/i18n'
import { Composer, InlineKeyboard } from 'grammy'
import { flag } from '../../domain/countries.js'
import { pick } from '../../domain/localized.js'
import { formatDay } from '../../time/dates.js'
import { countryName } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { logHandle } from '../helpers/log-handle.js'
import { menuKeys } from '../keyboards/main-menu.js'

export const hospitalsFeature = new Composer<BotContext>()
const privateChats = hospitalsFeature.chatType('private')

async function showTwinning(ctx: BotContext) {
  const locale = await ctx.i18n.getLocale()
  const groups = await ctx.domain.hospitals.twinning()
  const lines = [ctx.t('hospitals-title')]
  const keyboard = new InlineKeyboard()
  for (const g of groups) {
    lines.push('', `<b>${countryName(ctx.t, g.country)}</b>`)
    for (const p of g.pairs) {
      lines.push(ctx.t('hospitals-pair', { partner: escapeHtml(pick(locale, p.partner, 'name')), ukrainian: escapeHtml(pick(locale, p.ukrainian, 'name')) }))
      if (keyboard.inline_keyboard.some(row => row.length))
        keyboard.row()
      keyboard.text(`${flag(p.partner.country)} ${pick(locale, p.partner, 'name')}`, `ho:${p.partner.id}`)
        .text(`${flag(p.ukrainian.country)} ${pick(locale, p.ukrainian, 'name')}`, `ho:${p.ukrainian.id}`)
    }
  }
  if (!groups.length)
    lines.push('', ctx.t('hospitals-none'))
  const text = lines.join('\n')
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery()
    await ctx.editMessageText(text, { reply_markup: keyboard })
  }
  else {
    await ctx.reply(text, { reply_markup: keyboard })
  }
}

privateChats.command('hospitals', logHandle('hospitals'), showTwinning)
privateChats.filter(hears(menuKeys.hospitals), logHandle('hospitals-menu'), showTwinning)
privateChats.callbackQuery('ho:l', logHandle('hospitals-list'), showTwinning)

privateChats.callbackQuery(/^ho:(\d{1,10})$/, logHandle('hospital-card'), async (ctx) => {
  const h = await ctx.domain.hospitals.card(Number(ctx.match[1]), ctx.clock())
  if (!h)
    return ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true })
  const locale = await ctx.i18n.getLocale()
  const place = [pick(locale, h, 'city'), locale === 'uk' ? h.regionUk : h.regionEn].filter(Boolean).map(escapeHtml).join(', ')
  const lines = [`<b>${escapeHtml(pick(locale, h, 'name'))}</b>`, `📍 ${place}, ${countryName(ctx.t, h.country)}`, '']
  lines.push(h.twins.length ? ctx.t('hospitals-twins') : ctx.t('hospitals-no-twins'))
  for (const tw of h.twins) {
    const signed = tw.signedOn ? ctx.t('hospitals-signed', { date: formatDay(locale, tw.signedOn) }) : ''
    lines.push(`• ${escapeHtml(pick(locale, tw.hospital, 'name'))}, ${escapeHtml(pick(locale, tw.hospital, 'city'))}, ${countryName(ctx.t, tw.hospital.country)}${signed}`)
  }
  lines.push('', h.opportunities.length ? ctx.t('hospitals-open', { count: h.opportunities.length }) : ctx.t('hospitals-open-none'))
  const keyboard = new InlineKeyboard()
  for (const o of h.opportunities)
    keyboard.text(`🔎 ${pick(locale, o, 'title')}`, `in:n:${o.id}`).row()
  keyboard.text(ctx.t('hospitals-back'), 'ho:l')
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(lines.join('\n'), { reply_markup: keyboard })
})

privateChats.callbackQuery(/^ho:/, logHandle('hospitals-stale'), ctx => ctx.answerCallbackQuery({ text: ctx.t('error-stale-button'), show_alert: true }))
