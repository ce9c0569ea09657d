// /review: the queue of applications for the coordinator's internships, oldest
// first, one card at a time, filterable by internship. Every button is checked
// again on the server: rights, hospital and the application's version.
import type { Rights } from '../../domain/access.js'
import type { BotContext } from '../context.js'
import type { Refusal } from '../helpers/refusals.js'
import { Composer, InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { reviewReasonId } from '../conversations/review-reason.js'
import { startFlow } from '../conversations/start-flow.js'
import { localeOf, refuse, staffOnly } from '../helpers/coord-guard.js'
import { zoneOf } from '../helpers/format.js'
import { logHandle } from '../helpers/log-handle.js'
import { asRefusal, refusalText } from '../helpers/refusals.js'
import { renderReviewCard, reviewCardKeyboard } from '../helpers/review-card.js'

async function showNext(ctx: BotContext, rights: Rights, filter: number, afterId = 0) {
  const ids = await ctx.domain.review.queue(rights, filter || undefined)
  if (ids.length === 0)
    return ctx.reply(ctx.t(filter ? 'review-empty-filtered' : 'review-empty'), { reply_markup: filter ? new InlineKeyboard().text(ctx.t('review-button-all'), 'rv:q:0') : undefined })
  const index = (ids.indexOf(afterId) + 1) % ids.length
  await ctx.domain.review.markUnderReview(ids[index], ctx.user!.id)
  const card = (await ctx.domain.review.card(rights, ids[index]))!
  for (const doc of card.documents)
    await ctx.replyWithDocument(doc.fileId, { caption: ctx.t(`review-document-${doc.type}`) })
  await ctx.reply(renderReviewCard(ctx.t, card, localeOf(ctx), zoneOf(ctx), { index: index + 1, total: ids.length }), { reply_markup: reviewCardKeyboard(ctx.t, card, filter) })
}

/** Answers a refused decision: the current status, a full internship, or another hospital's record. */
async function answerRefusal(ctx: BotContext, refusal: Refusal, applicationId: number) {
  if (refusal.code === 'not-yours')
    return refuse(ctx, 'coord-not-yours', applicationId)
  await ctx.answerCallbackQuery({ text: refusalText(ctx.t, refusal), show_alert: true })
}

export function createReviewFeature() {
  const feature = new Composer<BotContext>()
  const chats = feature.chatType('private')

  chats.command('review', logHandle('review'), staffOnly((ctx, rights) => showNext(ctx, rights, 0)))

  chats.callbackQuery(/^rv:n:(\d{1,9}):(\d{1,9})$/, logHandle('review-next'), staffOnly(async (ctx, rights) => {
    await ctx.answerCallbackQuery()
    await showNext(ctx, rights, Number(ctx.match[1]), Number(ctx.match[2]))
  }))

  chats.callbackQuery('rv:f', logHandle('review-filter'), staffOnly(async (ctx, rights) => {
    const list = await ctx.domain.review.queueOpportunities(rights)
    const keyboard = InlineKeyboard.from([
      [InlineKeyboard.text(ctx.t('review-button-all'), 'rv:q:0')],
      ...list.map(o => [InlineKeyboard.text(`${pick(localeOf(ctx), o, 'title')} (${o.waiting})`.slice(0, 60), `rv:q:${o.id}`)]),
    ])
    await ctx.answerCallbackQuery()
    await ctx.reply(ctx.t('review-filter-title'), { reply_markup: keyboard })
  }))

  chats.callbackQuery(/^rv:q:(\d{1,9})$/, logHandle('review-filtered'), staffOnly(async (ctx, rights) => {
    await ctx.answerCallbackQuery()
    await showNext(ctx, rights, Number(ctx.match[1]))
  }))

  chats.callbackQuery(/^rv:([owe]):(\d{1,9}):(\d{1,9})$/, logHandle('review-decide'), staffOnly(async (ctx, rights) => {
    const [kind, id, version] = [ctx.match[1], Number(ctx.match[2]), Number(ctx.match[3])]
    const result = await asRefusal(() => kind === 'e'
      ? ctx.domain.review.endorse(ctx.user!.id, rights, id, version, true, null)
      : ctx.domain.review.decide(ctx.user!.id, rights, id, version, kind === 'o' ? 'offer' : 'waitlist', null))
    if (!result.ok)
      await answerRefusal(ctx, result, id)
    else
      await ctx.answerCallbackQuery({ text: ctx.t(kind === 'e' ? 'review-endorsed-done' : `review-done-${result.value.status}`) })
    // Show the card as it is now, whoever decided it.
    const card = result.ok || result.code === 'already-decided' ? await ctx.domain.review.card(rights, id) : null
    if (card)
      await ctx.editMessageText(renderReviewCard(ctx.t, card, localeOf(ctx), zoneOf(ctx)), { reply_markup: reviewCardKeyboard(ctx.t, card, 0) })
  }))

  chats.callbackQuery(/^rv:([rd]):(\d{1,9}):(\d{1,9})$/, logHandle('review-reason'), staffOnly(async (ctx, rights) => {
    const [kind, id, version] = [ctx.match[1], Number(ctx.match[2]), Number(ctx.match[3])]
    const card = await ctx.domain.review.card(rights, id)
    if (!card)
      return refuse(ctx, 'coord-not-yours', id)
    if (card.version !== version)
      return answerRefusal(ctx, { code: 'already-decided', params: { status: card.status } }, id)
    await ctx.answerCallbackQuery()
    await startFlow(ctx, reviewReasonId, { applicationId: id, version, kind: kind === 'r' ? 'reject' : 'decline' })
  }))

  chats.callbackQuery(/^rv:c:(\d{1,9})$/, logHandle('review-chase'), staffOnly(async (ctx, rights) => {
    const id = Number(ctx.match[1])
    const result = await asRefusal(() => ctx.domain.review.chase(ctx.user!.id, rights, id))
    if (!result.ok && result.code === 'not-found')
      return refuse(ctx, 'coord-not-yours', id)
    if (!result.ok)
      return answerRefusal(ctx, result, id)
    await ctx.answerCallbackQuery({ text: ctx.t('review-chased', { offers: result.value.offers, documents: result.value.documents }), show_alert: true })
  }))

  return feature
}
