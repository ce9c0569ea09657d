// What a person wants to hear about. Empty lists mean "any"; the audience
// (doctors or students) is implied by their profile. Who is selected from
// these choices is decided in one place: src/domain/audience.ts.
import type { Db } from '../db/client.js'

export interface SubscriptionRecord {
  active: boolean
  specialties: string[]
  countries: string[]
}

export function createSubscriptionRepository(db: Db) {
  return {
    /** The person's subscription, or null when they never set one. */
    async get(userId: number): Promise<SubscriptionRecord | null> {
      return db.subscription.findUnique({ where: { userId }, select: { active: true, specialties: true, countries: true } })
    },

    /** Sets what the person hears about; creating a subscription turns alerts on. */
    async set(userId: number, choice: { specialties?: string[], countries?: string[] }): Promise<SubscriptionRecord> {
      return db.subscription.upsert({
        where: { userId },
        create: { userId, active: true, specialties: choice.specialties ?? [], countries: choice.countries ?? [] },
        update: choice,
        select: { active: true, specialties: true, countries: true },
      })
    },

    /** Turns alerts on or off, keeping the choice of specialties and countries. */
    async setActive(userId: number, active: boolean): Promise<SubscriptionRecord> {
      return db.subscription.upsert({
        where: { userId },
        create: { userId, active, specialties: [], countries: [] },
        update: { active },
        select: { active: true, specialties: true, countries: true },
      })
    },

    /** Stops alerts to a person who blocked the bot (nothing happens if they had none). */
    async deactivateByTelegramId(telegramId: number): Promise<void> {
      await db.subscription.updateMany({ where: { user: { telegramId: BigInt(telegramId) } }, data: { active: false } })
    },
  }
}

export type SubscriptionRepository = ReturnType<typeof createSubscriptionRepository>
