// The twinning: Ukrainian hospitals and their partners abroad, and a
// hospital's card with its partnerships and open opportunities.
import type { Db } from '../db/client.js'
import type { HospitalRef } from './opportunities.js'
import { day } from './opportunities.js'

const ref = { id: true, nameUk: true, nameEn: true, cityUk: true, cityEn: true, country: true } as const

export function createHospitalRepository(db: Db) {
  return {
    /** Every partnership, grouped by the partner hospital's country (countries and pairs in a stable order). */
    async twinning() {
      const rows = await db.partnership.findMany({
        orderBy: [{ partnerHospital: { country: 'asc' } }, { partnerHospital: { nameEn: 'asc' } }, { id: 'asc' }],
        select: { memorandumSignedOn: true, partnerHospital: { select: ref }, ukrainianHospital: { select: ref } },
      })
      const groups: Array<{ country: string, pairs: Array<{ partner: HospitalRef, ukrainian: HospitalRef, signedOn: string | null }> }> = []
      for (const r of rows) {
        const pair = { partner: r.partnerHospital, ukrainian: r.ukrainianHospital, signedOn: r.memorandumSignedOn && day(r.memorandumSignedOn) }
        const group = groups.at(-1)
        if (group?.country === r.partnerHospital.country)
          group.pairs.push(pair)
        else
          groups.push({ country: r.partnerHospital.country, pairs: [pair] })
      }
      return groups
    },

    /** A hospital with its twins (memorandum dates) and the open opportunities it hosts; null when unknown. */
    async card(id: number, now: Date) {
      if (!Number.isSafeInteger(id) || id <= 0 || id > 2147483647)
        return null
      const h = await db.hospital.findUnique({
        where: { id },
        select: {
          ...ref,
          kind: true,
          regionUk: true,
          regionEn: true,
          ukrainianSide: { select: { memorandumSignedOn: true, partnerHospital: { select: ref } } },
          partnerSide: { select: { memorandumSignedOn: true, ukrainianHospital: { select: ref } } },
          opportunities: { where: { status: 'open', applicationDeadline: { gte: now } }, orderBy: { applicationDeadline: 'desc' }, select: { id: true, titleUk: true, titleEn: true } },
        },
      })
      if (!h)
        return null
      const { ukrainianSide, partnerSide, opportunities, ...hospital } = h
      const twins = [
        ...ukrainianSide.map(p => ({ hospital: p.partnerHospital, signedOn: p.memorandumSignedOn && day(p.memorandumSignedOn) })),
        ...partnerSide.map(p => ({ hospital: p.ukrainianHospital, signedOn: p.memorandumSignedOn && day(p.memorandumSignedOn) })),
      ]
      return { ...hospital, twins, opportunities }
    },
  }
}

export type HospitalRepository = ReturnType<typeof createHospitalRepository>
