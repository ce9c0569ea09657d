// What nearly every update needs before any feature runs, in one round trip:
// the person behind it (by Telegram id) with two facts of their profile, and the chat's stored session and
// conversation state (by chat key). Rows that are not there come back as null.
import type { Db } from './client.js'

/** The person's row as `users.touch` compares it (names, to write only a change). */
export interface PersonRow {
  id: number
  telegramId: bigint
  locale: string | null
  reachable: boolean
  timezone: string
  username: string | null
  firstName: string | null
  lastName: string | null
}

export interface UpdateRows {
  /** Undefined when no person was asked for. */
  person?: PersonRow | null
  /** From the person's profile (null fields when there is none). */
  profile: { kind: string | null, onboardedAt: Date | null }
  /** The raw JSON values, as the storages keep them. */
  session: string | null
  conversationState: string | null
}

export async function readForUpdate(db: Db, telegramId: number | undefined, chatKey: string | undefined): Promise<UpdateRows> {
  // `(SELECT 1)` keeps one row whichever of the three is missing.
  const [row] = await db.$queryRaw<Array<Omit<PersonRow, 'id'> & { id: number | null, kind: string | null, onboardedAt: Date | null, session: string | null, conversationState: string | null }>>`
    SELECT u."id", u."telegramId", u."locale", u."reachable", u."timezone", u."username", u."firstName", u."lastName",
           p."kind"::text, p."onboardedAt", s."value" AS "session", c."value" AS "conversationState"
    FROM (SELECT 1) AS "one"
    LEFT JOIN "User" u ON u."telegramId" = ${telegramId === undefined ? null : BigInt(telegramId)}
    LEFT JOIN "Profile" p ON p."userId" = u."id"
    LEFT JOIN "Session" s ON s."key" = ${chatKey ?? null}
    LEFT JOIN "ConversationState" c ON c."key" = ${chatKey ?? null}`
  const { session, conversationState, kind, onboardedAt, ...person } = row
  return {
    person: telegramId === undefined ? undefined : person.id === null ? null : person as PersonRow,
    profile: { kind, onboardedAt },
    session,
    conversationState,
  }
}
