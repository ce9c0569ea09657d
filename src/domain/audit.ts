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

export function createAuditRepository(db: Db) {
  return {
    record: (entry: AuditEntry) => recordAudit(db, entry),

    /** The latest entries, newest first, with the actor's name for display. */
    async latest(limit = 20): Promise<AuditRecord[]> {
      const rows = await db.auditLog.findMany({
        orderBy: { id: 'desc' },
        take: limit,
        include: { actor: { select: { firstName: true, username: true, telegramId: true } } },
      })
      return rows.map(r => ({
        id: r.id,
        actorId: r.actorId,
        actorName: r.actor ? (r.actor.firstName ?? r.actor.username ?? String(r.actor.telegramId)) : null,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        createdAt: r.createdAt.toISOString(),
      }))
    },
  }
}
