// What the sides of a consultation are told through the outbox: the twin's
// coordinators of a new request, the specialist of an assignment, the
// requester of a slot or a decline, and each side of the other's messages.
// A side is named by its hospital and role, never by its Telegram account;
// rows carry `aboutUserId` of whose words they hold, so erasure empties them.
import type { Tx } from '../db/client.js'
import type { OutboxInput, TemplateParams } from '../outbox/enqueue.js'
import { deadlineParam, enqueue } from '../outbox/enqueue.js'

export type ConsultSide = 'requester' | 'specialist'

export interface Recipient { id: number, telegramId: bigint, locale: string | null, erasedAt: Date | null, reachable: boolean }

const recipientSelect = { id: true, telegramId: true, locale: true, erasedAt: true, reachable: true } as const
export { recipientSelect as consultRecipientSelect }

interface Row { id: number, toHospitalId: number, kind: string, urgency: string, fromHospital: { nameEn: string, nameUk: string }, toHospital: { nameEn: string, nameUk: string } }

/** The buttons of a notice: open the request (and reply, for a relayed message). */
function buttons(id: number, reply: boolean) {
  const open = { textKey: 'consult-btn-open', callback_data: `cs:o:${id}` }
  return { inline_keyboard: [reply ? [{ textKey: 'consult-btn-reply', callback_data: `cs:m:${id}` }, open] : [open]] }
}

function message(to: Recipient, row: Row, what: string, key: string, params: TemplateParams, extra: Partial<OutboxInput> = {}): OutboxInput {
  return {
    chatId: to.telegramId,
    userId: to.id,
    kind: `consult-${what}`,
    template: `consult-notify-${what}`,
    params: { id: row.id, kind: row.kind, urgency: row.urgency, fromEn: row.fromHospital.nameEn, fromUk: row.fromHospital.nameUk, toEn: row.toHospital.nameEn, toUk: row.toHospital.nameUk, ...params },
    locale: to.locale ?? 'uk',
    dedupeKey: `consult-${what}:${row.id}:${to.id}:${key}`,
    replyMarkup: buttons(row.id, what === 'message'),
    ...extra,
  }
}

/** The coordinators who receive a hospital's requests: its own, else the programme-wide ones. */
export async function twinCoordinators(tx: Tx, hospitalId: number): Promise<Recipient[]> {
  const own = await tx.coordinatorAssignment.findMany({ where: { hospitalId, user: { erasedAt: null } }, select: { user: { select: recipientSelect } }, orderBy: { id: 'asc' } })
  const found = own.length ? own : await tx.coordinatorAssignment.findMany({ where: { hospitalId: null, user: { erasedAt: null } }, select: { user: { select: recipientSelect } }, orderBy: { id: 'asc' } })
  return [...new Map(found.map(a => [a.user.id, a.user])).values()]
}

// Nobody erased, nobody who blocked the bot (nor a demo account of the seed).
const live = (people: Array<Recipient | null | undefined>) => people.filter((p): p is Recipient => Boolean(p && !p.erasedAt && p.reachable))

/** Tells the twin's coordinators of a new request (or of one declined, to assign again). */
export async function tellCoordinators(tx: Tx, row: Row, what: 'new' | 'declined', requesterId: number, now: Date, params: TemplateParams = {}) {
  const to = await twinCoordinators(tx, row.toHospitalId)
  await enqueue(tx, live(to).map(c => message(c, row, what, now.toISOString(), params, { aboutUserId: requesterId })), now)
}

/** Tells one person of a step: assigned (to the specialist), scheduled or declined (to the requester)... */
export async function tellOne(tx: Tx, to: Recipient | null | undefined, row: Row, what: string, now: Date, params: TemplateParams = {}, aboutUserId?: number) {
  await enqueue(tx, live([to]).map(p => message(p, row, what, now.toISOString(), params, aboutUserId ? { aboutUserId } : {})), now)
}

/** The slot as a param each recipient reads in their own zone. */
export const slotParam = (slotAt: Date) => ({ slot: deadlineParam(slotAt) })

/** Relays a message to the other side, as a new message naming the writer's side by hospital and role. */
export async function relayMessage(tx: Tx, to: Recipient | null | undefined, row: Row, side: ConsultSide, text: string, messageId: number, fromUserId: number, now: Date) {
  const hospital = side === 'requester' ? row.fromHospital : row.toHospital
  await enqueue(tx, live([to]).map(p => message(p, row, 'message', String(messageId), { side, sideEn: hospital.nameEn, sideUk: hospital.nameUk, text }, { aboutUserId: fromUserId })), now)
}
