// What erasure removes beyond a person's own records: the messages to and
// about them, coordinators' free text about them, their sessions, and their
// Telegram id. A one-way marker remembers that the account was erased, so no
// later update brings the person back unless they send /start.
import type { Tx } from '../db/client.js'
import { createHash } from 'node:crypto'
import { Prisma } from '../generated/prisma/client.js'

/** The reason a withdrawal by erasure records; the one status-change reason kept. */
export const erasureReason = 'data-erasure'

/** The marker of an erased Telegram account: sha256 of a fixed prefix and the id, never the id itself. */
export function erasedMarker(telegramId: bigint | number): string {
  return createHash('sha256').update(`medtwin-erased:${BigInt(telegramId)}`).digest('hex')
}

/** The Telegram id an erased User row keeps: minus its own row id, unique and meaningless. */
export function anonymousTelegramId(userId: number): bigint {
  return -BigInt(userId)
}

/**
 * Messages to the person and staff notices about them: unsent ones are
 * cancelled, and every one loses its text, parameters and buttons; those to
 * them lose the chat id too.
 */
async function eraseOutbox(tx: Tx, user: { id: number, telegramId: bigint }) {
  const to = { OR: [{ userId: user.id }, { chatId: user.telegramId }] }
  const about = { aboutUserId: user.id }
  const empty = { text: null, params: Prisma.DbNull, replyMarkup: Prisma.DbNull }
  for (const where of [to, about]) {
    await tx.outboxMessage.updateMany({ where: { ...where, status: { in: ['pending', 'sending'] } }, data: { status: 'cancelled', lastError: 'personal data erased', lockedBy: null, lockedUntil: null } })
    await tx.outboxMessage.updateMany({ where, data: empty })
  }
  await tx.outboxMessage.updateMany({ where: to, data: { chatId: anonymousTelegramId(user.id) } })
}

/** Coordinators' free text about the person: decision reasons and audit details of their applications and of their user. */
async function eraseFreeText(tx: Tx, userId: number) {
  const apps = await tx.application.findMany({ where: { userId }, select: { id: true } })
  const ids = apps.map(a => a.id)
  await tx.application.updateMany({ where: { userId }, data: { answers: {}, endorsementReason: null, rejectionReason: null } })
  await tx.applicationStatusChange.updateMany({ where: { applicationId: { in: ids }, reason: { not: erasureReason } }, data: { reason: null } })
  await tx.auditLog.updateMany({
    where: { OR: [{ entityType: 'application', entityId: { in: ids.map(String) } }, { entityType: 'user', entityId: String(userId) }] },
    data: { details: {} },
  })
}

/** Everything outside the person's own rows; called inside the erasure's transaction, before new notices are written. */
export async function eraseTraces(tx: Tx, user: { id: number, telegramId: bigint }, now: Date) {
  await eraseOutbox(tx, user)
  await eraseFreeText(tx, user.id)
  const chat = String(user.telegramId)
  await tx.session.deleteMany({ where: { key: chat } })
  await tx.conversationState.deleteMany({ where: { OR: [{ key: chat }, { key: { startsWith: `${chat}/` } }] } })
  // The updates they sent, as received: handled ones and the one in hand (this erasure's own).
  // Ones not yet handled (sent after it) stay, to be answered as a stranger's.
  await tx.inboxUpdate.deleteMany({ where: { chatKey: chat, OR: [{ done: true }, { lockedBy: { not: null } }] } })
  await tx.broadcast.updateMany({ where: { statusChatId: user.telegramId }, data: { statusChatId: null, statusMessageId: null } })
  // Coordinator rights were the person's; the anonymous row keeps none.
  await tx.coordinatorAssignment.deleteMany({ where: { userId: user.id } })
  const hash = erasedMarker(user.telegramId)
  await tx.erasedAccount.upsert({ where: { hash }, create: { hash, erasedAt: now }, update: { erasedAt: now } })
}
