// A named lease in the Lease table: one holder at a time, taken over once it expires.
import type { Db } from '../db/client.js'

/** Takes or renews `name` for `holder` until now + ttlMs; true when `holder` holds it. */
export async function acquireLease(prisma: Db, name: string, holder: string, ttlMs: number, now: Date): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs)
  const rows = await prisma.$queryRaw<Array<{ holder: string }>>`
    INSERT INTO "Lease" (name, holder, "expiresAt") VALUES (${name}, ${holder}, ${expiresAt})
    ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, "expiresAt" = EXCLUDED."expiresAt"
    WHERE "Lease".holder = EXCLUDED.holder OR "Lease"."expiresAt" < ${now}
    RETURNING holder`
  return rows.length === 1 && rows[0].holder === holder
}

/** Gives the lease up, if `holder` still has it, so another instance can take it at once. */
export async function releaseLease(prisma: Db, name: string, holder: string): Promise<void> {
  await prisma.lease.deleteMany({ where: { name, holder } })
}
