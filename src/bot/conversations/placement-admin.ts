// A host coordinator adjusts a placement: its dates, its department, its
// mentor. The card is read at the start (refused for another hospital's), and
// the rights are read again when each flow commits.
import type { PlacementCard } from '../../domain/placement-admin.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import type { Kit } from './kit/questions.js'
import { departmentLimit, mentorNameLimit, mentorPositionLimit, readContact } from '../../domain/placement-admin.js'
import { formatDay } from '../../time/dates.js'
import { zoneOf } from '../helpers/format.js'
import { escapeHtml } from '../helpers/html.js'
import { renderPlacementCard } from '../helpers/placement-admin-view.js'
import { openFlow } from './kit/questions.js'

export const placementDatesId = 'placement-dates'
export const placementDepartmentId = 'placement-department'
export const placementMentorId = 'placement-mentor'

const cancelled = (c: ConversationContext) => c.t('coord-flow-cancelled')

/** The card as the flow opens, with the zone the coordinator reads times in; the flow ends (refused) when it is not theirs. */
async function open(kit: Kit, id: number) {
  return kit.commit(async (outer: BotContext, rights) => ({ card: await outer.domain.placementAdmin.card(rights, id), zone: zoneOf(outer) }))
}

async function done(kit: Kit, ctx: ConversationContext, zone: string, saved: string, card: PlacementCard) {
  const { text, reply_markup } = renderPlacementCard(ctx.t, kit.locale, zone, card)
  await ctx.reply(`${saved}\n\n${text}`, { reply_markup })
}

export async function placementDates(conversation: BotConversation, ctx: ConversationContext, id: number) {
  const kit = openFlow(conversation, ctx, { cancelled })
  const { card, zone } = await open(kit, id)
  const person = escapeHtml(card.person)
  const start = await kit.date({ code: 'start', question: kit.t('padm-ask-start', { person, current: formatDay(kit.locale, card.startsOn) }), cancelButton: true })
  const end = await kit.date({
    code: 'end',
    question: kit.t('padm-ask-end', { current: formatDay(kit.locale, card.endsOn), start: formatDay(kit.locale, start) }),
    cancelButton: true,
    check: day => day > start ? null : kit.t('padm-end-before-start', { start: formatDay(kit.locale, start) }),
  })
  const saved = await kit.commit((outer, rights) => outer.domain.placementAdmin.setDates(outer.user!.id, rights, id, start, end, outer.clock()))
  await done(kit, ctx, zone, kit.t('padm-dates-saved', { person }), saved)
}

export async function placementDepartment(conversation: BotConversation, ctx: ConversationContext, id: number) {
  const kit = openFlow(conversation, ctx, { cancelled })
  const { card, zone } = await open(kit, id)
  const department = await kit.text({ code: 'dept', question: kit.t('padm-ask-department', { person: escapeHtml(card.person) }), max: departmentLimit, current: card.department, cancelButton: true })
  const saved = await kit.commit((outer, rights) => outer.domain.placementAdmin.setDepartment(outer.user!.id, rights, id, department, outer.clock()))
  await done(kit, ctx, zone, kit.t('padm-department-saved'), saved)
}

export async function placementMentor(conversation: BotConversation, ctx: ConversationContext, id: number) {
  const kit = openFlow(conversation, ctx, { cancelled })
  const { card, zone } = await open(kit, id)
  const person = escapeHtml(card.person)
  const name = await kit.text({ code: 'm_name', question: kit.t('padm-ask-mentor-name', { person }), max: mentorNameLimit, current: card.mentorName, cancelButton: true })
  const position = await kit.text({ code: 'm_pos', question: kit.t('padm-ask-mentor-position'), max: mentorPositionLimit, current: card.mentorPosition, cancelButton: true })
  const contact = await kit.text({
    code: 'm_contact',
    question: kit.t('padm-ask-mentor-contact'),
    max: 64,
    skip: true,
    parse: text => readContact(text) === null ? { problem: kit.t('padm-bad-contact') } : { value: readContact(text)! },
  })
  const saved = await kit.commit((outer, rights) => outer.domain.placementAdmin.setMentor(outer.user!.id, rights, id, { name, position, contact }, outer.clock()))
  await done(kit, ctx, zone, kit.t('padm-mentor-saved', { person }), saved)
}
