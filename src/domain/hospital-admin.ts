// Hospitals as administrators and coordinators see them: plain records for pickers.
import type { Db } from '../db/client.js'

export interface HospitalSummary {
  id: number
  kind: 'ukrainian' | 'partner'
  nameUk: string
  nameEn: string
  country: string
}

export function createHospitalAdminRepository(db: Db) {
  return {
    /** Every hospital, Ukrainian first, then by English name; `ids` narrows the list. */
    async list(ids?: number[]): Promise<HospitalSummary[]> {
      return db.hospital.findMany({
        where: ids ? { id: { in: ids } } : undefined,
        orderBy: [{ kind: 'desc' }, { nameEn: 'asc' }],
        select: { id: true, kind: true, nameUk: true, nameEn: true, country: true },
      })
    },
  }
}
