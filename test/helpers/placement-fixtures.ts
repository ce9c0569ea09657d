// A confirmed application with its placement, the way acceptOffer leaves them.
import type { PrismaClient } from '../../src/generated/prisma/client.js'
import { createHospital, createOpportunity, utcDay } from './fixtures.js'

export async function createPlacement(prisma: PrismaClient, userId: number, options: { start?: number, end?: number, titleEn?: string, titleUk?: string, status?: 'upcoming' | 'cancelled' } = {}) {
  const hospital = await createHospital(prisma, { nameEn: 'Charité <Berlin>', nameUk: 'Шаріте', cityEn: 'Berlin', cityUk: 'Берлін', country: 'DE' })
  const startsOn = utcDay(options.start ?? 30)
  const endsOn = utcDay(options.end ?? 43)
  const opp = await createOpportunity(prisma, hospital.id, { startsOn, endsOn, ...(options.titleEn ? { titleEn: options.titleEn } : {}), ...(options.titleUk ? { titleUk: options.titleUk } : {}) })
  const app = await prisma.application.create({ data: { userId, opportunityId: opp.id, status: 'confirmed' } })
  return prisma.placement.create({ data: { applicationId: app.id, userId, startsOn, endsOn, status: options.status ?? 'upcoming' } })
}
