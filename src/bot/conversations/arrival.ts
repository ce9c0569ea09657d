// The person's arrival details, before the start: the day (from today to the
// last day), the time in their own zone, the transport and an optional note.
// Stored as an instant; the host sees it on the card and in /arrivals.
import type { Transport } from '../../domain/placement-admin.js'
import type { BotConversation, ConversationContext } from '../context.js'
import { readTime, transportNoteLimit, transports } from '../../domain/placement-admin.js'
import { formatDay } from '../../time/dates.js'
import { loadPlacementView, renderPlacement } from '../helpers/placement-view.js'
import { openFlow } from './kit/questions.js'

export const arrivalId = 'placement-arrival'

/** 30.12.2026: a day as people type it. */
function dotted(day: string) {
  const [y, m, d] = day.split('-')
  return `${d}.${m}.${y}`
}

export async function arrival(conversation: BotConversation, ctx: ConversationContext, id: number) {
  const kit = openFlow(conversation, ctx)
  const userId = ctx.user!.id
  const p = await kit.commit(outer => outer.domain.placementAdmin.forPerson(userId, id, outer.clock()))
  const example = p.startsOn > p.today ? p.startsOn : p.today
  const day = await kit.date({
    code: 'a_day',
    question: kit.t('padm-ask-arrival-day', { from: formatDay(kit.locale, p.today), to: formatDay(kit.locale, p.endsOn), example: dotted(example) }),
    cancelButton: true,
    check: d => d < p.today ? kit.t('padm-arrival-day-past') : d > p.endsOn ? kit.t('padm-arrival-day-late', { to: formatDay(kit.locale, p.endsOn) }) : null,
  })
  const time = await kit.text({
    code: 'a_time',
    question: kit.t('padm-ask-arrival-time', { zone: p.zone }),
    max: 8,
    cancelButton: true,
    parse: text => readTime(text) ? { value: text } : { problem: kit.t('padm-bad-time') },
  })
  const [hour, minute] = readTime(time)!
  const transport = await kit.pick<Transport>({ code: 'a_how', question: kit.t('padm-ask-transport'), options: transports.map(k => [kit.t(`padm-transport-${k}`), k]), columns: 3, cancelButton: true })
  const note = await kit.text({ code: 'a_note', question: kit.t('padm-ask-transport-note'), max: transportNoteLimit, skip: true })
  const view = await kit.commit(async (outer) => {
    await outer.domain.placementAdmin.setArrival(userId, id, { day, hour, minute, zone: p.zone, transport, note }, outer.clock())
    return loadPlacementView(outer.domain, userId, id)
  })
  const { text, reply_markup } = renderPlacement(ctx.t, kit.locale, view)
  await ctx.reply(`${kit.t('padm-arrival-saved')}\n\n${text}`, { reply_markup })
}
