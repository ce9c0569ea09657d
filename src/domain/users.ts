// People who talk to the bot: created on first contact, their language remembered.
import type { Db } from '../db/client.js'
import type { PersonRow } from '../db/update-read.js'
import type { Clock } from '../time/clock.js'
import { erasedMarker } from './erasure.js'

export type Locale = 'uk' | 'en'
export const locales: readonly Locale[] = ['uk', 'en']

export interface UserRecord {
  id: number
  telegramId: number
  locale: Locale
  reachable: boolean
  /** IANA zone their deadlines and notices are shown in (Europe/Kyiv unless they have another). */
  timezone: string
}

export interface TelegramUser {
  id: number
  username?: string
  first_name?: string
  last_name?: string
  language_code?: string
}

/**
 * The locale for a Telegram `language_code`: `uk` and `en` are spoken, anything
 * else (or nothing) falls back to the programme's default locale.
 */
export function negotiateLocale(languageCode: string | undefined, fallback: Locale): Locale {
  const code = languageCode?.toLowerCase().split('-')[0]
  return code === 'uk' || code === 'en' ? code : fallback
}

export function isLocale(value: unknown): value is Locale {
  return value === 'uk' || value === 'en'
}

function toRecord(row: { id: number, telegramId: bigint, locale: string | null, reachable: boolean, timezone: string }, fallback: Locale): UserRecord {
  return {
    id: row.id,
    telegramId: Number(row.telegramId),
    locale: isLocale(row.locale) ? row.locale : fallback,
    reachable: row.reachable,
    timezone: row.timezone,
  }
}

const select = { id: true, telegramId: true, locale: true, reachable: true, timezone: true } as const

export function createUserRepository(db: Db, defaultLocale: Locale, clock: Clock) {
  return {
    /**
     * Finds or creates the person behind an update. A new person's language is
     * taken from Telegram's `language_code`; later it only changes by `/language`.
     * Someone who writes to the bot is reachable again, even after blocking it.
     * An account whose person erased their data is nobody (null) until an
     * explicit `/start` (`start: true`), which makes a new person. `known` is the
     * person's row when the caller already read it (null: there is none).
     */
    async touch(from: TelegramUser, options: { start?: boolean, known?: PersonRow | null } = {}): Promise<UserRecord | null> {
      const telegramId = BigInt(from.id)
      const names = { username: from.username ?? null, firstName: from.first_name ?? null, lastName: from.last_name ?? null }
      // Most updates come from a known person whose names did not change: one read, no write.
      const known = options.known !== undefined ? options.known : await db.user.findUnique({ where: { telegramId }, select: { ...select, username: true, firstName: true, lastName: true } })
      if (known) {
        const changed = !known.reachable || known.username !== names.username || known.firstName !== names.firstName || known.lastName !== names.lastName
        const row = changed ? await db.user.update({ where: { telegramId }, data: { ...names, reachable: true, unreachableAt: null }, select }) : known
        return toRecord(row, defaultLocale)
      }
      const hash = erasedMarker(telegramId)
      if (await db.erasedAccount.findUnique({ where: { hash } })) {
        if (!options.start)
          return null
        await db.erasedAccount.deleteMany({ where: { hash } })
      }
      const row = await db.user.upsert({
        where: { telegramId },
        create: { telegramId, ...names, locale: negotiateLocale(from.language_code, defaultLocale) },
        update: { ...names, reachable: true, unreachableAt: null },
        select,
      })
      return toRecord(row, defaultLocale)
    },

    async setLocale(userId: number, locale: Locale): Promise<void> {
      await db.user.update({ where: { id: userId }, data: { locale } })
    },

    async findByTelegramId(telegramId: number | bigint): Promise<UserRecord | null> {
      const row = await db.user.findUnique({
        where: { telegramId: BigInt(telegramId) },
        select,
      })
      return row && toRecord(row, defaultLocale)
    },

    /** Marks whether the bot may write to the person (a `my_chat_member` block or unblock). */
    async setReachable(telegramId: number, reachable: boolean): Promise<void> {
      await db.user.updateMany({
        where: { telegramId: BigInt(telegramId) },
        data: { reachable, unreachableAt: reachable ? null : clock() },
      })
    },
  }
}

export type UserRepository = ReturnType<typeof createUserRepository>
