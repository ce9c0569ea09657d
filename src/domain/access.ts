// Who may act as a coordinator, and on which hospitals. Administrators come
// from the configuration (ADMIN_IDS); coordinators from CoordinatorAssignment,
// where a null hospital means the whole programme.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import { enqueue } from '../outbox/enqueue.js'
import { recordAudit } from './audit.js'
import { NotFoundError } from './errors.js'

export interface Rights {
  isAdmin: boolean
  /** True for administrators and programme-wide coordinators. */
  programmeWide: boolean
  hospitalIds: number[]
}

export interface StaffMember {
  userId: number
  telegramId: number
  name: string
  programmeWide: boolean
  hospitalIds: number[]
}

export interface GrantScope { programmeWide: boolean, hospitalIds: number[] }

/** True when the rights make the person a coordinator (or an administrator). */
export function isStaff(rights: Rights): boolean {
  return rights.isAdmin || rights.programmeWide || rights.hospitalIds.length > 0
}

/** True when the rights cover the hospital (host or home hospital of a record). */
export function coversHospital(rights: Rights, hospitalId: number | null | undefined): boolean {
  return rights.programmeWide || (hospitalId != null && rights.hospitalIds.includes(hospitalId))
}

/** Gives a person coordinator rights in one transaction, with its audit entry (and, from an admin, a message). */
export async function applyGrant(db: Db, actorId: number | null, userId: number, scope: GrantScope, via: string, now: Date) {
  const ids = scope.programmeWide ? [null] : scope.hospitalIds
  await db.$transaction(async (tx) => {
    for (const hospitalId of ids) {
      const exists = await tx.coordinatorAssignment.findFirst({ where: { userId, hospitalId } })
      if (!exists)
        await tx.coordinatorAssignment.create({ data: { userId, hospitalId, assignedById: actorId } })
    }
    await tx.user.updateMany({ where: { id: userId, role: 'user' }, data: { role: 'coordinator' } })
    await recordAudit(tx, { actorId, action: 'coordinator-grant', entityType: 'user', entityId: userId, details: { ...scope, via } })
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } })
    if (via === 'admin') {
      await enqueue(tx, [{
        chatId: user.telegramId,
        userId,
        kind: 'coordinator-granted',
        dedupeKey: `coordinator-granted:${userId}:${scope.programmeWide ? 'all' : scope.hospitalIds.join('-')}`,
        template: 'coord-notify-granted',
        params: {},
        locale: user.locale ?? 'uk',
      }], now)
    }
  })
}

export function createAccessRepository(db: Db, clock: Clock) {
  return {
    /** The rights of a person; `isAdmin` comes from the configuration. */
    async rightsOf(userId: number | undefined, isAdmin: boolean): Promise<Rights> {
      if (isAdmin)
        return { isAdmin: true, programmeWide: true, hospitalIds: [] }
      if (userId === undefined)
        return { isAdmin: false, programmeWide: false, hospitalIds: [] }
      const rows = await db.coordinatorAssignment.findMany({ where: { userId }, select: { hospitalId: true } })
      return {
        isAdmin: false,
        programmeWide: rows.some(r => r.hospitalId === null),
        hospitalIds: rows.flatMap(r => r.hospitalId === null ? [] : [r.hospitalId]),
      }
    },

    /**
     * Makes a person a coordinator of the given hospitals (or of the whole
     * programme). Granting what they already have changes nothing; the person
     * is told through the outbox in their language.
     */
    async grant(actorId: number, userId: number, scope: GrantScope): Promise<StaffMember> {
      const user = await db.user.findUnique({ where: { id: userId } })
      if (!user)
        throw new NotFoundError('User')
      await applyGrant(db, actorId, user.id, scope, 'admin', clock())
      return (await this.staffMember(user.id))!
    },

    /** Takes all coordinator rights back from a person. */
    async revoke(actorId: number, userId: number): Promise<StaffMember> {
      const member = await this.staffMember(userId)
      if (!member)
        throw new NotFoundError('Coordinator')
      await db.$transaction(async (tx) => {
        await tx.coordinatorAssignment.deleteMany({ where: { userId } })
        await tx.user.updateMany({ where: { id: userId, role: 'coordinator' }, data: { role: 'user' } })
        await recordAudit(tx, { actorId, action: 'coordinator-revoke', entityType: 'user', entityId: userId })
      })
      return member
    },

    staffMember: (userId: number) => staffMemberOf(db, userId),

    /** Every coordinator, for the admin's list and the command menus at start-up. */
    async listStaff(): Promise<StaffMember[]> {
      const users = await db.user.findMany({ where: { coordinatorOf: { some: {} } }, include: { coordinatorOf: true }, orderBy: { id: 'asc' } })
      return users.map(toStaff)
    },
  }
}

/** A person's coordinator rights, or null when they have none. */
export async function staffMemberOf(db: Db, userId: number): Promise<StaffMember | null> {
  const user = await db.user.findUnique({ where: { id: userId }, include: { coordinatorOf: true } })
  if (!user || user.coordinatorOf.length === 0)
    return null
  return toStaff(user)
}

function toStaff(user: { id: number, telegramId: bigint, firstName: string | null, username: string | null, coordinatorOf: Array<{ hospitalId: number | null }> }): StaffMember {
  return {
    userId: user.id,
    telegramId: Number(user.telegramId),
    name: user.firstName ?? user.username ?? String(user.telegramId),
    programmeWide: user.coordinatorOf.some(a => a.hospitalId === null),
    hospitalIds: user.coordinatorOf.flatMap(a => a.hospitalId === null ? [] : [a.hospitalId]),
  }
}

export type AccessRepository = ReturnType<typeof createAccessRepository>
