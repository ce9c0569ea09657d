// Who may act as staff, and on which hospitals. Rights are a set of roles with
// one source each: administrators come from the configuration (ADMIN_IDS);
// coordinators from CoordinatorAssignment, where a null hospital means the
// whole programme; mentors from Placement.mentorUserId. Callers ask the helpers below, never the shape of a role.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import { enqueue } from '../outbox/enqueue.js'
import { recordAudit } from './audit.js'
import { NotFoundError } from './errors.js'
import { tellMentorNamed } from './mentor-notice.js'

/** Which hospitals a right covers: every one, or the listed ones. */
export type HospitalScope = 'all' | number[]

/**
 * One role a person holds. A mentor (of the placements listed) is not staff
 * and covers no hospital.
 */
export type Role
  = | { kind: 'admin' }
    | { kind: 'coordinator', hospitals: HospitalScope }
    | { kind: 'mentor', placementIds: number[] }

/** The roles an administrator or an invite can give (administrators only come from ADMIN_IDS). */
export type GrantableRole = Extract<Role, { kind: 'coordinator' | 'mentor' }>

export interface Rights { roles: Role[] }

export interface StaffMember {
  userId: number
  telegramId: number
  name: string
  rights: Rights
}

/**
 * The rights behind ADMIN_IDS, a person's coordinator assignments (an
 * administrator needs no more) and the placements they mentor.
 */
export function rightsFrom(isAdmin: boolean, assignments: ReadonlyArray<{ hospitalId: number | null }>, mentoring: readonly number[] = []): Rights {
  const mentor: Role[] = mentoring.length ? [{ kind: 'mentor', placementIds: [...mentoring] }] : []
  if (isAdmin)
    return { roles: [{ kind: 'admin' }, ...mentor] }
  if (assignments.some(a => a.hospitalId === null))
    return { roles: [{ kind: 'coordinator', hospitals: 'all' }, ...mentor] }
  const hospitalIds = assignments.flatMap(a => a.hospitalId === null ? [] : [a.hospitalId])
  return { roles: [...(hospitalIds.length ? [{ kind: 'coordinator' as const, hospitals: hospitalIds }] : []), ...mentor] }
}

/** True when the rights include the administrator's. */
export function isAdmin(rights: Rights): boolean {
  return rights.roles.some(r => r.kind === 'admin')
}

/** True when the rights make the person a coordinator (or an administrator). */
export function isStaff(rights: Rights): boolean {
  return rights.roles.some(r => r.kind === 'admin' || r.kind === 'coordinator')
}

/** The hospitals the rights cover: `'all'` for administrators and programme-wide coordinators. */
export function hospitalScope(rights: Rights): HospitalScope {
  const ids = new Set<number>()
  for (const role of rights.roles) {
    if (role.kind === 'mentor')
      continue
    if (role.kind === 'admin' || role.hospitals === 'all')
      return 'all'
    role.hospitals.forEach(id => ids.add(id))
  }
  return [...ids]
}

/** True when the rights cover the hospital (host or home hospital of a record). */
export function coordinatesHospital(rights: Rights, hospitalId: number | null | undefined): boolean {
  const scope = hospitalScope(rights)
  return scope === 'all' || (hospitalId != null && scope.includes(hospitalId))
}

/** True when the rights make the person the mentor of this placement (a mentor is not staff). */
export function mentorsPlacement(rights: Rights, placementId: number): boolean {
  return rights.roles.some(r => r.kind === 'mentor' && r.placementIds.includes(placementId))
}

/** Gives a person a role in one transaction, with its audit entry (and, from an admin, a message). */
export async function applyGrant(db: Db, actorId: number | null, userId: number, role: GrantableRole, via: string, now: Date) {
  if (role.kind === 'mentor')
    return applyMentor(db, actorId, userId, role.placementIds, via, now)
  const ids = role.hospitals === 'all' ? [null] : role.hospitals
  const scope = role.hospitals === 'all' ? 'all' : role.hospitals.join('-')
  await db.$transaction(async (tx) => {
    for (const hospitalId of ids) {
      const exists = await tx.coordinatorAssignment.findFirst({ where: { userId, hospitalId } })
      if (!exists)
        await tx.coordinatorAssignment.create({ data: { userId, hospitalId, assignedById: actorId } })
    }
    // The audit keeps the details it always had, so older entries read the same.
    const details = { role: role.kind, programmeWide: role.hospitals === 'all', hospitalIds: role.hospitals === 'all' ? [] : role.hospitals, via }
    await recordAudit(tx, { actorId, action: 'coordinator-grant', entityType: 'user', entityId: userId, details })
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } })
    if (via === 'admin') {
      await enqueue(tx, [{
        chatId: user.telegramId,
        userId,
        kind: 'coordinator-granted',
        dedupeKey: `coordinator-granted:${userId}:${scope}`,
        template: 'coord-notify-granted',
        params: {},
        locale: user.locale ?? 'uk',
      }], now)
    }
  })
}

/**
 * Makes a person the mentor of placements (from a mentor invite): each
 * placement's mentorUserId (and its mentor's name, when the coordinator named
 * none), an audit entry, and the person on the placement told who their mentor is.
 */
async function applyMentor(db: Db, actorId: number | null, userId: number, placementIds: number[], via: string, now: Date) {
  await db.$transaction(async (tx) => {
    const mentor = await tx.user.findUniqueOrThrow({ where: { id: userId } })
    const name = [mentor.firstName, mentor.lastName].filter(Boolean).join(' ') || mentor.username || String(mentor.telegramId)
    for (const placementId of placementIds) {
      const placement = await tx.placement.findUniqueOrThrow({ where: { id: placementId } })
      await tx.placement.update({ where: { id: placementId }, data: { mentorUserId: userId, mentorName: placement.mentorName ?? name } })
      await recordAudit(tx, { actorId, action: 'mentor-grant', entityType: 'placement', entityId: placementId, details: { userId, via } })
      await tellMentorNamed(tx, placementId, now)
    }
  })
}

export function createAccessRepository(db: Db, clock: Clock) {
  return {
    /** The rights of a person, read afresh; `isAdmin` comes from the configuration. */
    async rightsOf(userId: number | undefined, isAdmin: boolean): Promise<Rights> {
      if (userId === undefined)
        return rightsFrom(isAdmin, [])
      const [assignments, mentoring] = await Promise.all([
        isAdmin ? [] : db.coordinatorAssignment.findMany({ where: { userId }, select: { hospitalId: true } }),
        db.placement.findMany({ where: { mentorUserId: userId, status: { not: 'cancelled' } }, select: { id: true } }),
      ])
      return rightsFrom(isAdmin, assignments, mentoring.map(p => p.id))
    },

    /**
     * Gives a person a role (a coordinator of the given hospitals, or of the
     * whole programme). Granting what they already have changes nothing; the
     * person is told through the outbox in their language.
     */
    async grant(actorId: number, userId: number, role: GrantableRole): Promise<StaffMember> {
      const user = await db.user.findUnique({ where: { id: userId } })
      if (!user)
        throw new NotFoundError('User')
      await applyGrant(db, actorId, user.id, role, 'admin', clock())
      return (await this.staffMember(user.id))!
    },

    /** Takes all coordinator rights back from a person. */
    async revoke(actorId: number, userId: number): Promise<StaffMember> {
      const member = await this.staffMember(userId)
      if (!member)
        throw new NotFoundError('Coordinator')
      await db.$transaction(async (tx) => {
        await tx.coordinatorAssignment.deleteMany({ where: { userId } })
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
    rights: rightsFrom(false, user.coordinatorOf),
  }
}

export type AccessRepository = ReturnType<typeof createAccessRepository>
