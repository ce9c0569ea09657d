// A Ukrainian hospital reviews volunteers: a queue of submitted applications
// (to its needs, and offers of general availability), the credentials with the
// licence and CV files, then: licence verified with a note, an invitation with
// dates, or a decline with a reason. No one is invited without a verified
// licence. Every step is checked here against role and hospital.
import type { Db, Tx } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import { dayParam, enqueue } from '../outbox/enqueue.js'
import { defaultTimezone, todayIn } from '../time/zones.js'
import { coordinatesHospital, hospitalScope } from './access.js'
import { recordAudit } from './audit.js'
import { ForbiddenError, NotFoundError, StateError, ValidationError } from './errors.js'
import { checkNeedDates, toNeedView } from './needs.js'
import { day } from './opportunities.js'

const cardInclude = {
  user: { select: { id: true, telegramId: true, locale: true, firstName: true, lastName: true, volunteerProfile: true } },
  need: { include: { hospital: { select: { nameUk: true, nameEn: true, cityUk: true, cityEn: true, country: true } } } },
  hospital: { select: { id: true, nameUk: true, nameEn: true } },
} as const

/** The Ukrainian hospitals the rights cover: `'all'`, or their ids. */
export async function ukrainianScope(db: Db | Tx, rights: Rights): Promise<'all' | number[]> {
  const scope = hospitalScope(rights)
  if (scope === 'all')
    return 'all'
  const rows = await db.hospital.findMany({ where: { id: { in: scope }, kind: 'ukrainian' }, select: { id: true } })
  return rows.map(h => h.id)
}

/** Applications the rights cover: of their Ukrainian hospitals, and general availability while no hospital took it. */
function reviewWhere(scope: 'all' | number[]) {
  if (scope === 'all')
    return {}
  return { OR: [{ hospitalId: { in: scope } }, ...(scope.length ? [{ hospitalId: null }] : [])] }
}

/**
 * The foreign specialists who worked in Ukraine in [from, to): accepted
 * volunteers whose stay began in the period, by licence country and specialty,
 * for the hospitals listed (null: the whole programme). One GROUP BY each.
 */
export async function volunteerCounts(db: Db, from: Date, to: Date, hospitalIds: number[] | null) {
  const where = { status: 'accepted' as const, invitedFrom: { gte: from, lt: to }, ...(hospitalIds ? { hospitalId: { in: hospitalIds } } : {}) }
  const [byCountry, bySpecialty, total] = await Promise.all([
    db.volunteerApplication.groupBy({ by: ['licenceCountry'], where, _count: { _all: true } }),
    db.volunteerApplication.groupBy({ by: ['specialty'], where, _count: { _all: true } }),
    db.volunteerApplication.count({ where }),
  ])
  const sorted = (rows: Array<[string, number]>) => Object.fromEntries(rows.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
  return {
    total,
    byCountry: sorted(byCountry.map(r => [r.licenceCountry, r._count._all])),
    bySpecialty: sorted(bySpecialty.map(r => [r.specialty, r._count._all])),
  }
}

export type VolunteerCounts = Awaited<ReturnType<typeof volunteerCounts>>

export function createVolunteerReview(db: Db, clock: Clock, timezone = defaultTimezone) {
  /** An application the rights cover; another hospital's is `not-yours`. */
  async function load(rights: Rights, id: number, from?: string[]) {
    const a = await db.volunteerApplication.findUnique({ where: { id }, include: cardInclude })
    if (!a)
      throw new NotFoundError('Volunteer application')
    const scope = await ukrainianScope(db, rights)
    const covered = a.hospitalId === null ? scope === 'all' || scope.length > 0 : coordinatesHospital(rights, a.hospitalId)
    if (!covered)
      throw new ForbiddenError('not-yours', 'The volunteer applied to another hospital')
    if (from && !from.includes(a.status))
      throw new StateError('volunteer-status', `The application is ${a.status}`, { status: a.status })
    return a
  }

  /** A message to the volunteer, in their language, with buttons labelled at send time. */
  function tell(tx: Tx, a: { id: number, user: { id: number, telegramId: bigint, locale: string | null } }, what: string, params: Record<string, any>, now: Date, buttons?: Array<[string, string]>) {
    return enqueue(tx, [{
      chatId: a.user.telegramId,
      userId: a.user.id,
      kind: `volunteer-${what}`,
      dedupeKey: `volunteer-${what}:${a.id}`,
      template: `vol-notify-${what}`,
      params: { id: a.id, ...params },
      locale: a.user.locale ?? 'en',
      replyMarkup: buttons ? { inline_keyboard: [buttons.map(([textKey, data]) => ({ textKey, callback_data: data }))] } : undefined,
    }], now)
  }

  return {
    /** Submitted applications the coordinator may review, oldest first. */
    async queue(rights: Rights): Promise<number[]> {
      const scope = await ukrainianScope(db, rights)
      if (scope !== 'all' && scope.length === 0)
        return []
      const rows = await db.volunteerApplication.findMany({ where: { status: 'submitted', ...reviewWhere(scope) }, select: { id: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 200 })
      return rows.map(r => r.id)
    },

    /** The review card: the volunteer's credentials and files, the need, the licence check. */
    async card(rights: Rights, id: number) {
      const a = await load(rights, id)
      const p = a.user.volunteerProfile
      const docs = await db.document.findMany({ where: { id: { in: [p?.licenceDocumentId, p?.cvDocumentId].filter((x): x is number => x != null) }, userId: a.userId }, orderBy: { id: 'asc' } })
      return {
        id: a.id,
        status: a.status,
        name: [a.user.firstName, a.user.lastName].filter(Boolean).join(' '),
        need: a.need ? toNeedView(a.need) : null,
        hospital: a.hospital,
        profile: p && { ...p, availableFrom: day(p.availableFrom), availableTo: day(p.availableTo) },
        documents: docs.map(d => ({ type: d.type, fileId: d.fileId, expiresOn: d.expiresOn ? day(d.expiresOn) : null })),
        licenceVerified: a.licenceVerifiedAt !== null,
        licenceNote: a.licenceNote,
      }
    },

    /** Marks the volunteer's licence verified, with the coordinator's note; the volunteer is told. */
    async verifyLicence(actorId: number, rights: Rights, id: number, note: string, now = clock()) {
      const a = await load(rights, id, ['submitted'])
      if (a.licenceVerifiedAt)
        return
      await db.$transaction(async (tx) => {
        await tx.volunteerApplication.update({ where: { id }, data: { licenceVerifiedAt: now, licenceVerifiedById: actorId, licenceNote: note } })
        await recordAudit(tx, { actorId, action: 'volunteer-licence-verified', entityType: 'volunteer-application', entityId: id })
        await tell(tx, a, 'verified', {}, now)
      })
    },

    /**
     * Invites a volunteer for the dates given, to the need's hospital (or, for
     * general availability, to `hospitalId`, one of the coordinator's Ukrainian
     * hospitals). Throws StateError `volunteer-unverified` while the licence is
     * not verified, and ValidationError `need-dates` for a bad period.
     */
    async invite(actorId: number, rights: Rights, id: number, input: { from: string, to: string, hospitalId?: number }, now = clock()) {
      const a = await load(rights, id, ['submitted'])
      if (!a.licenceVerifiedAt)
        throw new StateError('volunteer-unverified', 'A volunteer is invited only once their licence is verified')
      if (checkNeedDates(input.from, input.to, todayIn(timezone, now)))
        throw new ValidationError('need-dates', 'invitedFrom', 'The stay must start after today and end after it starts')
      const hospitalId = a.hospitalId ?? input.hospitalId
      const scope = await ukrainianScope(db, rights)
      if (hospitalId == null || (scope !== 'all' && !scope.includes(hospitalId)))
        throw new ForbiddenError('not-yours', 'Invite to one of your Ukrainian hospitals')
      const hospital = await db.hospital.findFirst({ where: { id: hospitalId, kind: 'ukrainian' } })
      if (!hospital)
        throw new ForbiddenError('not-yours', 'Invite to a Ukrainian hospital')
      await db.$transaction(async (tx) => {
        const { count } = await tx.volunteerApplication.updateMany({ where: { id, status: 'submitted' }, data: { status: 'invited', hospitalId, invitedFrom: new Date(input.from), invitedTo: new Date(input.to), decidedById: actorId, decidedAt: now } })
        if (count === 0)
          throw new StateError('volunteer-status', 'The application changed meanwhile')
        await recordAudit(tx, { actorId, action: 'volunteer-invite', entityType: 'volunteer-application', entityId: id })
        await tell(tx, a, 'invited', { hospitalUk: hospital.nameUk, hospitalEn: hospital.nameEn, from: dayParam(input.from), to: dayParam(input.to) }, now, [['vol-button-accept', `va:y:${id}`], ['vol-button-withdraw', `va:w:${id}`]])
      })
    },

    /** Declines a volunteer (submitted or invited) with a reason the volunteer receives. */
    async decline(actorId: number, rights: Rights, id: number, reason: string, now = clock()) {
      const a = await load(rights, id, ['submitted', 'invited'])
      await db.$transaction(async (tx) => {
        const { count } = await tx.volunteerApplication.updateMany({ where: { id, status: a.status }, data: { status: 'declined', declineReason: reason, decidedById: actorId, decidedAt: now } })
        if (count === 0)
          throw new StateError('volunteer-status', 'The application changed meanwhile')
        await recordAudit(tx, { actorId, action: 'volunteer-decline', entityType: 'volunteer-application', entityId: id })
        await tell(tx, a, 'declined', { reason }, now)
      })
    },

    /** The coordinator's Ukrainian hospitals, to pick where a general-availability volunteer is invited. */
    async hospitals(rights: Rights) {
      const scope = await ukrainianScope(db, rights)
      return db.hospital.findMany({ where: { kind: 'ukrainian', ...(scope === 'all' ? {} : { id: { in: scope } }) }, select: { id: true, nameUk: true, nameEn: true, country: true }, orderBy: { id: 'asc' } })
    },
  }
}

export type VolunteerReview = ReturnType<typeof createVolunteerReview>
