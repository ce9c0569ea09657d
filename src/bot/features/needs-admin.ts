// /needs: a Ukrainian hospital's coordinators publish needs for foreign
// specialists (draft, preview in both languages, publish, close) and review the
// volunteers who answered: the licence verified with a note, then an invitation
// or a decline. Every button is checked again on the server.
import type { Rights } from '../../domain/access.js'
import type { BotContext } from '../context.js'
import type { Refusal } from '../helpers/refusals.js'
import { Composer, InlineKeyboard } from 'grammy'
import { needNewId } from '../conversations/need-new.js'
import { startFlow } from '../conversations/start-flow.js'
import { volunteerDecisionId } from '../conversations/volunteer-decision.js'
import { localeOf, refuse, staffOnly } from '../helpers/coord-guard.js'
import { logHandle } from '../helpers/log-handle.js'
import { needActions, renderNeedBoth } from '../helpers/need-card.js'
import { asRefusal, refusalText } from '../helpers/refusals.js'
import { renderVolunteerCard, volunteerCardKeyboard } from '../helpers/volunteer-view.js'

function needCard(ctx: BotContext, n: Awaited<ReturnType<BotContext['domain']['needs']['get']>>) {
  const as = (locale: 'uk' | 'en') => ({ t: (key: string, params?: Record<string, string | number>) => ctx.render(locale, key, params) })
  return renderNeedBoth(ctx.t('vol-need-card-header', { id: n.id, status: ctx.t(`vol-need-status-${n.status}`) }), as('uk'), as('en'), n)
}

/** A refusal on a button: another hospital's record is refused and audited; anything else is the button's answer. */
async function answerRefusal(ctx: BotContext, refusal: Refusal, id: number) {
  if (refusal.code === 'not-yours')
    return refuse(ctx, 'coord-not-yours', id)
  await ctx.answerCallbackQuery({ text: refusalText(ctx.t, refusal.code === 'not-found' ? { code: 'stale', params: {} } : refusal), show_alert: true })
}

async function showNext(ctx: BotContext, rights: Rights, afterId = 0) {
  const ids = await ctx.domain.volunteerReview.queue(rights)
  if (ids.length === 0)
    return ctx.reply(ctx.t('vol-review-empty'))
  const index = (ids.indexOf(afterId) + 1) % ids.length
  const card = await ctx.domain.volunteerReview.card(rights, ids[index])
  for (const doc of card.documents)
    await ctx.replyWithDocument(doc.fileId, { caption: ctx.t(`review-document-${doc.type}`) })
  await ctx.reply(renderVolunteerCard(ctx.t, localeOf(ctx), card, { index: index + 1, total: ids.length }), { reply_markup: volunteerCardKeyboard(ctx.t, card) })
}

async function listNeeds(ctx: BotContext, rights: Rights) {
  const [needs, queue] = await Promise.all([ctx.domain.needs.list(rights), ctx.domain.volunteerReview.queue(rights)])
  const locale = localeOf(ctx)
  const keyboard = InlineKeyboard.from(needs.map(n => [InlineKeyboard.text(`${ctx.t(`vol-need-status-icon-${n.status}`)} #${n.id} ${ctx.t(`specialty-${n.specialty}`)} · ${locale === 'en' ? n.hospital.cityEn : n.hospital.cityUk}`.slice(0, 60), `vn:v:${n.id}`)]))
  keyboard.row().text(ctx.t('vol-button-new-need'), 'vn:n').row().text(ctx.t('vol-button-review', { count: queue.length }), 'vr:n:0')
  await ctx.reply(ctx.t(needs.length ? 'vol-needs-admin-title' : 'vol-needs-admin-none'), { reply_markup: keyboard })
}

export function createNeedsAdminFeature() {
  const feature = new Composer<BotContext>()
  const chats = feature.chatType('private')

  chats.command('needs', logHandle('needs'), staffOnly(listNeeds))
  chats.callbackQuery('vn:l', logHandle('needs-list'), staffOnly(async (ctx, rights) => {
    await ctx.answerCallbackQuery()
    await listNeeds(ctx, rights)
  }))
  chats.callbackQuery('vn:n', logHandle('need-new'), staffOnly(async (ctx) => {
    await ctx.answerCallbackQuery()
    await startFlow(ctx, needNewId)
  }))

  // View (v), publish (p), close (z) a need: the hospital is checked again by the domain.
  chats.callbackQuery(/^vn:([vpz]):(\d{1,9})$/, logHandle('need-action'), staffOnly(async (ctx, rights) => {
    const [op, id] = [ctx.match[1], Number(ctx.match[2])]
    const actorId = ctx.user!.id
    const result = await asRefusal(() => op === 'p' ? ctx.domain.needs.publish(actorId, rights, id) : op === 'z' ? ctx.domain.needs.close(actorId, rights, id) : ctx.domain.needs.get(rights, id))
    if (!result.ok)
      return answerRefusal(ctx, result, id)
    await ctx.answerCallbackQuery(op === 'v' ? undefined : { text: ctx.t(op === 'p' ? 'vol-need-published' : 'vol-need-closed') })
    const text = needCard(ctx, result.value)
    const options = { reply_markup: needActions(ctx.t, result.value, ctx.me.username) }
    await (op === 'v' ? ctx.reply(text, options) : ctx.editMessageText(text, options))
  }))

  chats.callbackQuery(/^vr:n:(\d{1,9})$/, logHandle('volunteer-review-next'), staffOnly(async (ctx, rights) => {
    await ctx.answerCallbackQuery()
    await showNext(ctx, rights, Number(ctx.match[1]))
  }))

  // Verify (v), invite (i), decline (d): the card is read with the rights first, so a
  // forged id or another hospital's volunteer goes no further; the domain checks again at commit.
  chats.callbackQuery(/^vr:([vid]):(\d{1,9})$/, logHandle('volunteer-review-decide'), staffOnly(async (ctx, rights) => {
    const [op, id] = [ctx.match[1], Number(ctx.match[2])]
    const found = await asRefusal(() => ctx.domain.volunteerReview.card(rights, id))
    if (!found.ok)
      return answerRefusal(ctx, found, id)
    const card = found.value
    const refusal: Refusal | null = card.status !== 'submitted'
      ? { code: 'volunteer-status', params: { status: card.status } }
      : op === 'i' && !card.licenceVerified
        ? { code: 'volunteer-unverified', params: {} }
        : op === 'v' && card.licenceVerified ? { code: 'stale', params: {} } : null
    if (refusal)
      return answerRefusal(ctx, refusal, id)
    await ctx.answerCallbackQuery()
    await startFlow(ctx, volunteerDecisionId, { id, kind: op === 'v' ? 'verify' : op === 'i' ? 'invite' : 'decline', general: card.hospital === null })
  }))

  return feature
}
