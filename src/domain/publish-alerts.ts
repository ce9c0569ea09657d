// The alerts for a newly published internship, one per person the audience
// rules select (src/domain/audience.ts): active subscribers whose specialties
// and countries match (an empty list means any) and whose kind fits.
import type { Tx } from '../db/client.js'
import type { Audience } from '../generated/prisma/client.js'
import type { OutboxInput as OutboxRow } from '../outbox/enqueue.js'
import { dayParam, deadlineParam } from '../outbox/enqueue.js'
import { audienceWhere } from './audience.js'
import { pick } from './localized.js'

/** The alert rows for an internship, one per matching subscriber (dedupe `alert:<opportunity>:<user>`). */
export async function alertRows(
  tx: Tx,
  o: { id: number, titleUk: string, titleEn: string, specialties: string[], audience: Audience, startsOn: Date, endsOn: Date, applicationDeadline: Date },
  hospital: { nameUk: string, nameEn: string, country: string },
  link: string,
): Promise<OutboxRow[]> {
  const people = await tx.user.findMany({
    where: audienceWhere({ subscribed: true, audience: o.audience, specialties: o.specialties, countries: [hospital.country] }),
    select: { id: true, telegramId: true, locale: true, timezone: true },
    orderBy: { id: 'asc' },
  })
  return people.map(user => ({
    chatId: user.telegramId,
    userId: user.id,
    kind: 'opportunity-alert',
    dedupeKey: `alert:${o.id}:${user.id}`,
    template: 'coord-alert-published',
    locale: user.locale ?? 'uk',
    params: {
      title: pick(user.locale, o, 'title'),
      hospital: pick(user.locale, hospital, 'name'),
      starts: dayParam(o.startsOn),
      ends: dayParam(o.endsOn),
      deadline: deadlineParam(o.applicationDeadline),
      link,
    },
  }))
}
