// The steps of a consultation after it is sent, each a short flow: the
// specialist accepts with a day and a time in their own zone, or declines
// with a reason; either side writes to the other; the requester records the
// outcome. Every commit is checked again in the domain (role and state).
import type { BotConversation, ConversationContext } from '../context.js'
import { InlineKeyboard } from 'grammy'
import { consultLimits, countryZones } from '../../domain/consultations.js'
import { formatDeadline } from '../../time/dates.js'
import { defaultTimezone, zonedTime } from '../../time/zones.js'
import { sideLabel } from '../helpers/consult-view.js'
import { askAnonymised } from './consult.js'
import { openFlow } from './kit/questions.js'

export const consultAcceptId = 'consult-accept'
export const consultDeclineId = 'consult-decline'
export const consultWriteId = 'consult-write'
export const consultOutcomeId = 'consult-outcome'

const cancelled = { cancelled: (c: ConversationContext) => c.t('consult-step-cancelled') }
const openButton = (t: ConversationContext['t'], id: number) => InlineKeyboard.from([[InlineKeyboard.text(t('consult-btn-open'), `cs:o:${id}`)]])

export async function consultAccept(conversation: BotConversation, ctx: ConversationContext, id: number) {
  const kit = openFlow(conversation, ctx, cancelled)
  const card = await kit.commit((outer, rights) => outer.domain.consultations.card({ userId: outer.user!.id, rights }, id))
  if (!card.can.answer)
    return void await kit.reply(kit.t('consult-refused-state'))
  let zone = card.zone
  // A specialist abroad still on the programme's zone picks their own once: every slot is read in it.
  const offered = countryZones[card.to.country] ?? []
  if (zone === defaultTimezone && offered.length) {
    zone = await kit.pick<string>({ code: 'zone', question: kit.t('consult-ask-zone'), options: [...offered, defaultTimezone].map(z => [z, z]), columns: 2, cancelButton: true })
    const chosen = zone
    await kit.commit(outer => outer.domain.consultations.setZone(outer.user!.id, chosen))
  }
  let slot: Date
  for (;;) {
    const day = await kit.date({ code: 'day', question: kit.t('consult-ask-day', { zone }), cancelButton: true })
    const time = await kit.text({
      code: 'time',
      question: kit.t('consult-ask-time', { zone }),
      max: 5,
      cancelButton: true,
      parse: text => /^(?:[01]?\d|2[0-3])[:.][0-5]\d$/.test(text) ? { value: text.replace('.', ':') } : { problem: kit.t('consult-bad-time') },
    })
    const [y, m, d] = day.split('-').map(Number)
    const [hh, mm] = time.split(':').map(Number)
    slot = zonedTime(zone, y, m, d, hh, mm)
    if (slot.getTime() > (await kit.now()).getTime())
      break
    await kit.reply(kit.t('consult-refused-slot-past'))
  }
  const at = slot.toISOString()
  const done = await kit.commit((outer, rights) => outer.domain.consultations.accept({ userId: outer.user!.id, rights }, id, new Date(at)))
  await kit.reply(kit.t('consult-scheduled', { slot: formatDeadline(kit.locale, done.slotAt, zone), other: formatDeadline(kit.locale, done.slotAt, done.requesterZone) }), { reply_markup: openButton(ctx.t, id) })
}

export async function consultDecline(conversation: BotConversation, ctx: ConversationContext, id: number) {
  const kit = openFlow(conversation, ctx, cancelled)
  const reason = await kit.text({ code: 'reason', question: kit.t('consult-ask-reason', { max: consultLimits.reason }), max: consultLimits.reason, cancelButton: true })
  await kit.commit((outer, rights) => outer.domain.consultations.decline({ userId: outer.user!.id, rights }, id, reason))
  await kit.reply(kit.t('consult-declined'), { reply_markup: openButton(ctx.t, id) })
}

export async function consultWrite(conversation: BotConversation, ctx: ConversationContext, id: number) {
  const kit = openFlow(conversation, ctx, cancelled)
  const card = await kit.commit((outer, rights) => outer.domain.consultations.card({ userId: outer.user!.id, rights }, id))
  if (!card.can.write)
    return void await kit.reply(kit.t('consult-refused-state'))
  const mine = card.roles.includes('requester') ? 'requester' : 'specialist'
  const to = sideLabel(ctx.t, kit.locale, card, mine === 'requester' ? 'specialist' : 'requester')
  const me = sideLabel(ctx.t, kit.locale, card, mine)
  const max = consultLimits.message
  const text = await askAnonymised(kit, 'message', kit.t('consult-ask-message', { to, me, max }), max)
  await kit.commit((outer, rights) => outer.domain.consultations.write({ userId: outer.user!.id, rights }, id, text))
  await kit.reply(kit.t('consult-message-sent', { to }), { reply_markup: openButton(ctx.t, id) })
}

export async function consultOutcome(conversation: BotConversation, ctx: ConversationContext, id: number) {
  const kit = openFlow(conversation, ctx, cancelled)
  const max = consultLimits.outcome
  const outcome = await kit.text({ code: 'outcome', question: kit.t('consult-ask-outcome', { max }), max, cancelButton: true })
  const followUp = await kit.confirm({ code: 'follow', question: kit.t('consult-ask-followup'), yes: kit.t('consult-yes'), no: kit.t('consult-no'), cancelButton: true })
  const rating = await kit.pick({ code: 'rate', question: kit.t('consult-ask-rating'), options: ['1', '2', '3', '4', '5'].map(s => [s, s]), columns: 5, cancelButton: true })
  await kit.commit((outer, rights) => outer.domain.consultations.complete({ userId: outer.user!.id, rights }, id, { outcome, followUp, rating: Number(rating) }))
  await kit.reply(kit.t('consult-done'), { reply_markup: openButton(ctx.t, id) })
}
