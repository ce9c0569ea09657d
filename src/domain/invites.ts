// One-time invite links that give their opener the role the invite carries:
// coordinator of hospitals, or mentor of one placement. Only a token's sha256 is stored, so the database alone
// opens no invite; administrators list the open ones and revoke them.
import type { Db } from '../db/client.js'
import type { InviteRole } from '../generated/prisma/client.js'
import type { Clock } from '../time/clock.js'
import type { GrantableRole, StaffMember } from './access.js'
import { createHash, randomBytes } from 'node:crypto'
import { applyGrant, staffMemberOf } from './access.js'
import { recordAudit } from './audit.js'
import { NotFoundError, StateError } from './errors.js'

const inviteDays = 7

/** The stored form of an invite token. */
export function inviteHash(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export interface OpenInvite {
  id: number
  role: GrantableRole
  createdBy: string | null
  createdAt: string
  expiresAt: string
}

export function createInviteRepository(db: Db, clock: Clock) {
  return {
    /** Creates a one-time invite token (valid for 7 days) for a deep link `?start=c<token>`; returns the token, stores its hash. */
    async createInvite(actorId: number, role: GrantableRole, now = clock()): Promise<string> {
      const token = randomBytes(12).toString('base64url')
      await db.$transaction(async (tx) => {
        const invite = await tx.coordinatorInvite.create({
          data: { tokenHash: inviteHash(token), ...toRow(role), createdById: actorId, expiresAt: new Date(now.getTime() + inviteDays * 86_400_000) },
        })
        const { hospitalIds, programmeWide, placementId } = toRow(role)
        const details = placementId === null ? { role: role.kind, programmeWide, hospitalIds } : { role: role.kind, placementId }
        await recordAudit(tx, { actorId, action: 'invite-create', entityType: 'invite', entityId: invite.id, details })
      })
      return token
    },

    /**
     * Redeems an invite for a person. An unknown, used, revoked or expired token
     * throws `invite-invalid`; it is marked used in the same statement that checks it.
     */
    async redeemInvite(token: string, userId: number, now = clock()): Promise<{ role: GrantableRole, member: StaffMember | null }> {
      const tokenHash = inviteHash(token)
      const claimed = await db.coordinatorInvite.updateMany({
        where: { tokenHash, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now, usedById: userId },
      })
      if (claimed.count === 0)
        throw new StateError('invite-invalid', 'This invite is unknown, used, revoked or expired')
      const invite = (await db.coordinatorInvite.findUnique({ where: { tokenHash } }))!
      const role = fromRow(invite)
      await applyGrant(db, invite.createdById, userId, role, `invite:${invite.id}`, now)
      return { role, member: await staffMemberOf(db, userId) }
    },

    /** Invites that can still be used, newest first. */
    async openInvites(now = clock()): Promise<OpenInvite[]> {
      const rows = await db.coordinatorInvite.findMany({
        where: { usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        orderBy: { id: 'desc' },
        take: 30,
        include: { createdBy: { select: { firstName: true, username: true } } },
      })
      return rows.map(r => ({
        id: r.id,
        role: fromRow(r),
        createdBy: r.createdBy ? r.createdBy.firstName ?? r.createdBy.username : null,
        createdAt: r.createdAt.toISOString(),
        expiresAt: r.expiresAt.toISOString(),
      }))
    },

    /** Revokes an open invite; NotFoundError when it is unknown, used, expired or revoked already. */
    async revokeInvite(actorId: number, id: number, now = clock()): Promise<void> {
      await db.$transaction(async (tx) => {
        const done = await tx.coordinatorInvite.updateMany({ where: { id, usedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { revokedAt: now } })
        if (done.count === 0)
          throw new NotFoundError('Invite')
        await recordAudit(tx, { actorId, action: 'invite-revoke', entityType: 'invite', entityId: id })
      })
    },
  }
}

// The invite's row keeps the role's kind and its hospitals (an empty list with
// `programmeWide` for the whole programme), or for a mentor the one placement.
interface InviteRow { role: InviteRole, programmeWide: boolean, hospitalIds: number[], placementId: number | null }

function toRow(role: GrantableRole): InviteRow {
  if (role.kind === 'mentor') {
    if (role.placementIds.length !== 1)
      throw new Error('a mentor invite is for exactly one placement')
    return { role: 'mentor', programmeWide: false, hospitalIds: [], placementId: role.placementIds[0] }
  }
  return { role: role.kind, programmeWide: role.hospitals === 'all', hospitalIds: role.hospitals === 'all' ? [] : role.hospitals, placementId: null }
}

function fromRow(row: InviteRow): GrantableRole {
  if (row.role === 'mentor')
    return { kind: 'mentor', placementIds: row.placementId === null ? [] : [row.placementId] }
  return { kind: row.role, hospitals: row.programmeWide ? 'all' : row.hospitalIds }
}
