// Hospitals and twinning partnerships as administrators manage them from the
// chat, so a bot started on an empty database can be filled without SQL.
import type { Db } from '../db/client.js'
import type { HospitalScope } from './access.js'
import { recordAudit } from './audit.js'
import { isCountry } from './countries.js'
import { NotFoundError, ValidationError } from './errors.js'

export interface HospitalSummary {
  id: number
  kind: 'ukrainian' | 'partner'
  nameUk: string
  nameEn: string
  country: string
}

export interface HospitalInput {
  kind: 'ukrainian' | 'partner'
  nameUk: string
  nameEn: string
  cityUk: string
  cityEn: string
  country: string
}

export const hospitalFields = ['nameUk', 'nameEn', 'cityUk', 'cityEn', 'country'] as const
export type HospitalField = typeof hospitalFields[number]

const select = { id: true, kind: true, nameUk: true, nameEn: true, country: true } as const

/** A URL-safe slug from the English name, made unique with a short suffix. */
function slugOf(nameEn: string) {
  const base = nameEn.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'hospital'
  return `${base}-${Math.random().toString(36).slice(2, 6)}`
}

export function createHospitalAdminRepository(db: Db) {
  return {
    /** Every hospital, Ukrainian first, then by English name; `ids` narrows the list. */
    async list(ids?: HospitalScope, kind?: 'ukrainian' | 'partner'): Promise<HospitalSummary[]> {
      return db.hospital.findMany({
        where: { ...(ids && ids !== 'all' ? { id: { in: ids } } : {}), ...(kind ? { kind } : {}) },
        orderBy: [{ kind: 'desc' }, { nameEn: 'asc' }],
        select,
      })
    },

    /** Adds a hospital. Throws `invalid-country` for a country outside the programme's list. */
    async create(actorId: number, input: HospitalInput): Promise<HospitalSummary> {
      if (!isCountry(input.country))
        throw new ValidationError('invalid-country', 'country', `Unknown country ${input.country}`)
      return db.$transaction(async (tx) => {
        const h = await tx.hospital.create({ data: { ...input, slug: slugOf(input.nameEn) }, select })
        await recordAudit(tx, { actorId, action: 'hospital-create', entityType: 'hospital', entityId: h.id })
        return h
      })
    },

    /** Changes one field of a hospital. */
    async update(actorId: number, id: number, field: HospitalField, value: string): Promise<HospitalSummary> {
      if (field === 'country' && !isCountry(value))
        throw new ValidationError('invalid-country', 'country', `Unknown country ${value}`)
      if (!await db.hospital.findUnique({ where: { id } }))
        throw new NotFoundError('Hospital')
      return db.$transaction(async (tx) => {
        const h = await tx.hospital.update({ where: { id }, data: { [field]: value }, select })
        await recordAudit(tx, { actorId, action: 'hospital-edit', entityType: 'hospital', entityId: id, details: { field } })
        return h
      })
    },

    /**
     * Twins a Ukrainian hospital with a partner abroad, or updates the
     * memorandum date of an existing twinning. `memorandum` is YYYY-MM-DD or null.
     */
    async twin(actorId: number, ukrainianHospitalId: number, partnerHospitalId: number, memorandum: string | null): Promise<{ id: number, created: boolean }> {
      const [uk, partner] = await Promise.all([db.hospital.findUnique({ where: { id: ukrainianHospitalId } }), db.hospital.findUnique({ where: { id: partnerHospitalId } })])
      if (uk?.kind !== 'ukrainian' || partner?.kind !== 'partner')
        throw new ValidationError('invalid-twinning', 'partner', 'A twinning pairs a Ukrainian hospital with a partner hospital')
      return db.$transaction(async (tx) => {
        const key = { ukrainianHospitalId_partnerHospitalId: { ukrainianHospitalId, partnerHospitalId } }
        const existing = await tx.partnership.findUnique({ where: key })
        const date = memorandum ? new Date(memorandum) : null
        const p = existing
          ? await tx.partnership.update({ where: key, data: { memorandumSignedOn: date } })
          : await tx.partnership.create({ data: { ukrainianHospitalId, partnerHospitalId, memorandumSignedOn: date } })
        await recordAudit(tx, { actorId, action: existing ? 'partnership-edit' : 'partnership-create', entityType: 'partnership', entityId: p.id, details: { memorandum } })
        return { id: p.id, created: !existing }
      })
    },
  }
}
