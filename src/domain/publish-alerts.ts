// Who hears about a newly published internship: active subscriptions of
// reachable people whose specialties and countries match (an empty list means
// any) and whose kind fits the audience.
import type { Tx } from '../db/client.js'
import type { OutboxInput as OutboxRow } from '../outbox/enqueue.js'
import { dayParam, deadlineParam } from '../outbox/enqueue.js'
import { pick } from './localized.js'

const kindsFor = { doctors: ['doctor', 'healthcare_worker'], students: ['student'], both: null } as const

/** The alert rows for an internship, one per matching subscriber (dedupe `alert:<opportunity>:<user>`). */
export async function alertRows(
  tx: Tx,
  o: { id: number, titleUk: string, titleEn: string, specialties: string[], audience: 'doctors' | 'students' | 'both', startsOn: Date, endsOn: Date, applicationDeadline: Date },
  hospital: { nameUk: string, nameEn: string, country: string },
  link: string,
): Promise<OutboxRow[]> {
  const kinds = kindsFor[o.audience]
  const subscribers = await tx.subscription.findMany({
    where: {
      active: true,
      user: { reachable: true, erasedAt: null, ...(kinds ? { profile: { kind: { in: [...kinds] } } } : {}) },
      OR: [{ specialties: { isEmpty: true } }, { specialties: { hasSome: o.specialties } }],
      AND: [{ OR: [{ countries: { isEmpty: true } }, { countries: { has: hospital.country } }] }],
    },
    include: { user: true },
    orderBy: { userId: 'asc' },
  })
  return subscribers.map(s => ({
    chatId: s.user.telegramId,
    userId: s.userId,
    kind: 'opportunity-alert',
    dedupeKey: `alert:${o.id}:${s.userId}`,
    template: 'coord-alert-published',
    locale: s.user.locale ?? 'uk',
    params: {
      title: pick(s.user.locale, o, 'title'),
      hospital: pick(s.user.locale, hospital, 'name'),
      starts: dayParam(o.startsOn),
      ends: dayParam(o.endsOn),
      deadline: deadlineParam(o.applicationDeadline),
      link,
    },
  }))
}
