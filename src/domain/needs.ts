// Needs: a Ukrainian hospital's call for foreign specialists, drafted with /needs,
// previewed in both languages, published, closed. Only a coordinator of that
// Ukrainian hospital (or a programme-wide coordinator, or an administrator)
// may change one; each change is checked again here, at commit.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import { defaultTimezone, todayIn } from '../time/zones.js'
import { coordinatesHospital, hospitalScope } from './access.js'
import { recordAudit } from './audit.js'
import { ForbiddenError, NotFoundError, StateError, ValidationError } from './errors.js'
import { day } from './opportunities.js'
import { isSpecialty } from './specialties.js'

/** Languages a ward may speak (ISO 639-1); names live in locales (`vol-lang-<code>`). */
export const wardLanguages = ['uk', 'en', 'pl', 'de', 'fr', 'es', 'it', 'ru'] as const
export const needLimits = { department: 120, securityNotes: 800 }

export interface NeedInput {
  hospitalId: number
  specialty: string
  departmentUk: string
  departmentEn: string
  /** YYYY-MM-DD */
  startsOn: string
  endsOn: string
  wardLanguages: string[]
  accommodation: boolean
  translator: boolean
  securityNotesUk: string | null
  securityNotesEn: string | null
}

export interface NeedView extends NeedInput {
  id: number
  status: 'draft' | 'open' | 'closed'
  hospital: { nameUk: string, nameEn: string, cityUk: string, cityEn: string, country: string }
}

const include = { hospital: { select: { nameUk: true, nameEn: true, cityUk: true, cityEn: true, country: true } } } as const

export function toNeedView(n: any): NeedView {
  return {
    id: n.id,
    status: n.status,
    hospitalId: n.hospitalId,
    specialty: n.specialty,
    departmentUk: n.departmentUk,
    departmentEn: n.departmentEn,
    startsOn: day(n.startsOn),
    endsOn: day(n.endsOn),
    wardLanguages: n.wardLanguages,
    accommodation: n.accommodation,
    translator: n.translator,
    securityNotesUk: n.securityNotesUk,
    securityNotesEn: n.securityNotesEn,
    hospital: n.hospital,
  }
}

/** The period's problem, or null: the first day after today, the last day after the first. */
export function checkNeedDates(startsOn: string, endsOn: string | undefined, today: string): 'need-dates' | null {
  if (startsOn <= today || (endsOn !== undefined && endsOn <= startsOn))
    return 'need-dates'
  return null
}

function checkInput(input: NeedInput, today: string) {
  if (!isSpecialty(input.specialty))
    throw new ValidationError('volunteer-invalid', 'specialty', 'Unknown specialty')
  if (checkNeedDates(input.startsOn, input.endsOn, today))
    throw new ValidationError('need-dates', 'startsOn', 'The period must start after today and end after it starts')
  const texts = [input.departmentUk, input.departmentEn]
  if (texts.some(t => !t.trim() || t.length > needLimits.department) || [input.securityNotesUk, input.securityNotesEn].some(t => (t?.length ?? 0) > needLimits.securityNotes))
    throw new ValidationError('volunteer-invalid', 'department', 'A text is empty or too long')
  if (input.wardLanguages.length === 0 || input.wardLanguages.some(l => !(wardLanguages as readonly string[]).includes(l)))
    throw new ValidationError('volunteer-invalid', 'wardLanguages', 'Unknown ward language')
}

export function createNeeds(db: Db, clock: Clock, timezone = defaultTimezone) {
  /** A need the rights cover; another hospital's is `not-yours`. */
  async function load(rights: Rights, id: number) {
    const n = await db.need.findUnique({ where: { id }, include })
    if (!n)
      throw new NotFoundError('Need')
    if (!coordinatesHospital(rights, n.hospitalId))
      throw new ForbiddenError('not-yours', 'The need belongs to another hospital')
    return n
  }

  async function setStatus(actorId: number, rights: Rights, id: number, from: string[], status: 'open' | 'closed', now: Date) {
    const n = await load(rights, id)
    if (!from.includes(n.status))
      throw new StateError('need-status', `The need is ${n.status}`, { status: n.status })
    return db.$transaction(async (tx) => {
      const data = status === 'open' ? { status, publishedAt: n.publishedAt ?? now, closedAt: null } : { status, closedAt: now }
      const updated = await tx.need.update({ where: { id }, data, include })
      await recordAudit(tx, { actorId, action: `need-${status === 'open' ? 'publish' : 'close'}`, entityType: 'need', entityId: id })
      return toNeedView(updated)
    })
  }

  return {
    /** The Ukrainian hospitals a coordinator may publish needs for. */
    async hospitals(rights: Rights) {
      const scope = hospitalScope(rights)
      return db.hospital.findMany({
        where: { kind: 'ukrainian', ...(scope === 'all' ? {} : { id: { in: scope } }) },
        select: { id: true, nameUk: true, nameEn: true, cityUk: true, cityEn: true, country: true },
        orderBy: { id: 'asc' },
      })
    },

    /** The needs a coordinator manages, newest first. */
    async list(rights: Rights): Promise<NeedView[]> {
      const scope = hospitalScope(rights)
      const rows = await db.need.findMany({ where: scope === 'all' ? {} : { hospitalId: { in: scope } }, include, orderBy: { id: 'desc' }, take: 30 })
      return rows.map(toNeedView)
    },

    get: async (rights: Rights, id: number) => toNeedView(await load(rights, id)),

    /**
     * Saves a draft need. Throws ForbiddenError `not-yours` unless the rights
     * cover the hospital and it is a Ukrainian one, and ValidationError for a
     * period that does not start after today or ends before it starts.
     */
    async createDraft(actorId: number, rights: Rights, input: NeedInput, now = clock()): Promise<NeedView> {
      const hospital = await db.hospital.findUnique({ where: { id: input.hospitalId } })
      if (!hospital || hospital.kind !== 'ukrainian' || !coordinatesHospital(rights, hospital.id))
        throw new ForbiddenError('not-yours', 'Needs are published by a coordinator of that Ukrainian hospital')
      checkInput(input, todayIn(timezone, now))
      return db.$transaction(async (tx) => {
        const n = await tx.need.create({
          data: { ...input, startsOn: new Date(input.startsOn), endsOn: new Date(input.endsOn), status: 'draft', createdById: actorId },
          include,
        })
        await recordAudit(tx, { actorId, action: 'need-create', entityType: 'need', entityId: n.id })
        return toNeedView(n)
      })
    },

    /** Publishes a draft (or reopens a closed need). */
    publish: (actorId: number, rights: Rights, id: number, now = clock()) => setStatus(actorId, rights, id, ['draft', 'closed'], 'open', now),
    close: (actorId: number, rights: Rights, id: number, now = clock()) => setStatus(actorId, rights, id, ['open'], 'closed', now),

    /** Open needs that have not started yet, soonest first (what volunteers browse). */
    async listOpen(now = clock()): Promise<NeedView[]> {
      const rows = await db.need.findMany({ where: { status: 'open', startsOn: { gt: new Date(todayIn(timezone, now)) } }, include, orderBy: [{ startsOn: 'asc' }, { id: 'asc' }], take: 30 })
      return rows.map(toNeedView)
    },

    /** One open need, for its card; null when it is not open (any more). */
    async openNeed(id: number): Promise<NeedView | null> {
      const n = await db.need.findFirst({ where: { id, status: 'open' }, include })
      return n && toNeedView(n)
    },
  }
}

export type Needs = ReturnType<typeof createNeeds>
