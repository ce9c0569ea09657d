// The person on a placement is told who their mentor is: when a host
// coordinator names the mentor, and when the mentor opens their invite. The
// same name for the same placement is told once (the dedupe key holds it).
import type { Tx } from '../db/client.js'
import { createHash } from 'node:crypto'
import { enqueue } from '../outbox/enqueue.js'

/** Enqueues "your mentor is …" to the placement's person, in their language. */
export async function tellMentorNamed(tx: Tx, placementId: number, now: Date): Promise<void> {
  const placement = await tx.placement.findUniqueOrThrow({ where: { id: placementId }, include: { user: true } })
  if (!placement.mentorName)
    return
  const said = createHash('sha256').update(`${placement.mentorName}\n${placement.mentorPosition ?? ''}`).digest('hex').slice(0, 16)
  await enqueue(tx, [{
    chatId: placement.user.telegramId,
    userId: placement.userId,
    kind: 'mentor-named',
    dedupeKey: `mentor-named:${placementId}:${said}`,
    template: 'padm-notify-mentor',
    params: { name: placement.mentorName, position: placement.mentorPosition ?? '—' },
    locale: placement.user.locale ?? 'uk',
  }], now)
}
