// The audit log: who did what to which record, and when. Written in the same
// transaction as the change it describes.
import type { Db, Tx } from '../db/client.js'

export interface AuditEntry {
  actorId: number | null
  action: string
  entityType: string
  entityId?: string | number | null
  details?: Record<string, unknown>
}

export interface AuditRecord {
  id: number
  actorId: number | null
  actorName: string | null
  action: string
  entityType: string
  entityId: string | null
  createdAt: string
}

/** Records one entry of the audit log, inside the caller's transaction when one is given. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      details: (entry.details ?? {}) as object,
    },
  })
}

/** Refused attempts stored per person in a window; more are logged, not stored (a flood fills no table). */
export const refusalLimit = { count: 5, windowMs: 10 * 60_000 }
export const refusalPrefix = 'refused:'

export type AuditFilter = 'all' | 'refusals' | 'actions'

function filterWhere(filter: AuditFilter) {
  if (filter === 'refusals')
    return { action: { startsWith: refusalPrefix } }
  if (filter === 'actions')
    return { NOT: { action: { startsWith: refusalPrefix } } }
  return {}
}

export function createAuditRepository(db: Db) {
  return {
    record: (entry: AuditEntry) => recordAudit(db, entry),

    /**
     * Records a refused attempt (`action` is `refused:<why>`), unless the person
     * already has `refusalLimit.count` of them in the last ten minutes.
     * Returns whether it was stored.
     */
    async recordRefusal(entry: AuditEntry & { actorId: number | null }, now: Date): Promise<boolean> {
      const since = new Date(now.getTime() - refusalLimit.windowMs)
      const recent = await db.auditLog.count({ where: { actorId: entry.actorId, action: { startsWith: refusalPrefix }, createdAt: { gt: since } } })
      if (recent >= refusalLimit.count)
        return false
      await db.auditLog.create({
        data: { actorId: entry.actorId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId == null ? null : String(entry.entityId), details: (entry.details ?? {}) as object, createdAt: now },
      })
      return true
    },

    /** The latest entries (newest first), by kind, one page at a time, with the actor's name for display. */
    async page(filter: AuditFilter, page: number, size = 15): Promise<{ entries: AuditRecord[], hasMore: boolean }> {
      const rows = await db.auditLog.findMany({
        where: filterWhere(filter),
        orderBy: { id: 'desc' },
        skip: Math.max(0, page) * size,
        take: size + 1,
        include: { actor: { select: { firstName: true, username: true, telegramId: true } } },
      })
      return { entries: rows.slice(0, size).map(toRecord), hasMore: rows.length > size }
    },

    /** The latest entries, newest first. */
    async latest(limit = 20): Promise<AuditRecord[]> {
      return (await this.page('all', 0, limit)).entries
    },
  }
}

interface Row { id: number, actorId: number | null, action: string, entityType: string, entityId: string | null, createdAt: Date, actor: { firstName: string | null, username: string | null, telegramId: bigint } | null }

function toRecord(r: Row): AuditRecord {
  return {
    id: r.id,
    actorId: r.actorId,
    actorName: r.actor ? (r.actor.firstName ?? r.actor.username ?? String(r.actor.telegramId)) : null,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    createdAt: r.createdAt.toISOString(),
  }
}
