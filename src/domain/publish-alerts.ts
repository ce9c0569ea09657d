// The alerts for a newly published internship, one per person the audience
// rules select (src/domain/audience.ts): active subscribers whose specialties
// and countries match (an empty list means any) and whose kind fits. Written by
// the database as INSERT … SELECT over ranges of user ids: no person goes
// through the client.
import type { Tx } from '../db/client.js'
import type { Audience } from '../generated/prisma/client.js'
import { userIdRange } from '../delivery/broadcast.js'
import { Prisma } from '../generated/prisma/client.js'
import { dayParam, deadlineParam, encodeParams } from '../outbox/enqueue.js'
import { audienceFrom } from './audience.js'
import { pick } from './localized.js'

/** User ids per statement. */
const pageSize = 20_000

interface Published { id: number, titleUk: string, titleEn: string, specialties: string[], audience: Audience, startsOn: Date, endsOn: Date, applicationDeadline: Date }

/**
 * Enqueues the alerts for an internship in `tx`, one per matching subscriber
 * (dedupe `alert:<opportunity>:<user>`, so a second publish adds nobody twice),
 * due at `now`, in the subscriber's locale ('uk' when none). Returns how many rows were inserted.
 */
export async function enqueueAlerts(
  tx: Tx,
  o: Published,
  hospital: { nameUk: string, nameEn: string, country: string },
  link: string,
  now: Date,
): Promise<number> {
  const audience = audienceFrom({ subscribed: true, audience: o.audience, specialties: o.specialties, countries: [hospital.country] })
  const paramsFor = (locale: string | null) => JSON.stringify(encodeParams({
    title: pick(locale, o, 'title'),
    hospital: pick(locale, hospital, 'name'),
    starts: dayParam(o.startsOn),
    ends: dayParam(o.endsOn),
    deadline: deadlineParam(o.applicationDeadline),
    link,
  }))
  // The params per locale the people have ('' for none); a locale that appears meanwhile gets those of none.
  const locales = await tx.$queryRaw<Array<{ locale: string }>>`SELECT DISTINCT coalesce(locale, '') AS locale FROM "User"`
  const table = Prisma.join([{ locale: '' }, ...locales.filter(l => l.locale !== '')].map(({ locale }) => Prisma.sql`(${locale}::text, ${paramsFor(locale || null)}::jsonb)`))
  const { first, last } = await userIdRange(tx)
  let inserted = 0
  for (let from = first; from <= last; from += pageSize) {
    inserted += await tx.$executeRaw`
      INSERT INTO "OutboxMessage" ("chatId", "userId", kind, "dedupeKey", template, params, locale, "parseMode", "dueAt", quiet)
      SELECT r."telegramId", r.id, 'opportunity-alert', ${`alert:${o.id}:`} || r.id, 'coord-alert-published',
        coalesce(m.params, ${paramsFor(null)}::jsonb), coalesce(r.locale, 'uk'), 'HTML', ${now}, false
      FROM (SELECT u.id, u."telegramId", u.locale FROM ${audience}) r
        LEFT JOIN (VALUES ${table}) AS m(locale, params) ON m.locale = coalesce(r.locale, '')
      WHERE r.id >= ${from}::int AND r.id < ${from + pageSize}::int
      ON CONFLICT ("dedupeKey") DO NOTHING`
  }
  return inserted
}
