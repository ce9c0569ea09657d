// How many people an audience selects: one count over the audience's SQL
// (src/domain/audience.ts), the same clause the broadcast rows are written from.
import type { Db } from '../db/client.js'
import type { AudienceQuery } from './audience.js'
import { audienceFrom } from './audience.js'

export async function countAudience(db: Db, query: AudienceQuery): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM ${audienceFrom(query)}`
  return Number(row.n)
}
