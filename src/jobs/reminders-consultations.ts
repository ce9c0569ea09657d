// Reminders of a scheduled consultation to both sides: the day before (when the
// slot is 1 to 24 hours away) and an hour before. Enqueue-only, every five
// minutes; the dedupe key holds the slot, so a new slot is reminded afresh and
// a tick that runs twice changes nothing. Not quiet: the hour is the slot's.
import type { Db } from '../db/client.js'
import type { OutboxInput } from '../outbox/enqueue.js'
import { deadlineParam, enqueue } from '../outbox/enqueue.js'
import { paged, reachable } from './reminder-windows.js'

export const consultReminderCron = '*/5 * * * *'
const hourMs = 3_600_000

export async function remindConsultations(prisma: Db, now: Date): Promise<number> {
  const person = { select: { id: true, telegramId: true, locale: true, reachable: true, erasedAt: true } } as const
  const names = { select: { nameEn: true, nameUk: true } } as const
  let count = 0
  for await (const page of paged((cursor, take) => prisma.consultation.findMany({
    where: { id: { gt: cursor }, status: 'scheduled', slotAt: { gt: now, lte: new Date(now.getTime() + 24 * hourMs) } },
    select: { id: true, slotAt: true, requester: person, specialist: person, fromHospital: names, toHospital: names },
    orderBy: { id: 'asc' },
    take,
  }))) {
    const rows: OutboxInput[] = []
    for (const c of page) {
      const stage = c.slotAt!.getTime() - now.getTime() <= hourMs ? 'hour' : 'day'
      for (const to of [c.requester, c.specialist]) {
        if (!to || to.reachable !== reachable.reachable || to.erasedAt !== null)
          continue
        rows.push({
          chatId: to.telegramId,
          userId: to.id,
          kind: `consult-reminder-${stage}`,
          template: `consult-notify-reminder-${stage}`,
          dedupeKey: `consult-reminder-${stage}:${c.id}:${c.slotAt!.toISOString()}:${to.id}`,
          params: { id: c.id, fromEn: c.fromHospital.nameEn, fromUk: c.fromHospital.nameUk, toEn: c.toHospital.nameEn, toUk: c.toHospital.nameUk, slot: deadlineParam(c.slotAt!) },
          locale: to.locale ?? 'uk',
          replyMarkup: { inline_keyboard: [[{ textKey: 'consult-btn-open', callback_data: `cs:o:${c.id}` }]] },
        })
      }
    }
    count += await enqueue(prisma, rows, now)
  }
  return count
}
