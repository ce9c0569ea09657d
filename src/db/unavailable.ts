// Whether an error means the database could not be reached (down, restarting,
// connection lost, pool exhausted), as opposed to a query or a handler that is
// wrong. The first is worth retrying later; the second is not.

// Driver and Prisma words for a lost or refused connection (node-postgres, the pg
// adapter's error kinds, Prisma's P1xxx connection codes and P2024 pool timeout,
// SQLSTATE classes 08 and 57P0x, a closed PGlite).
const unreachable = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections|Connection terminated|connection (?:is )?closed|Can't reach database|server closed the connection|terminating connection|the database system is (?:starting up|shutting down)|PGlite is closed|\bP10(?:01|02|08|17)\b|\bP2024\b|\b57P0[123]\b|\b08(?:000|003|006|001|004)\b/i

/** True when `error` (or anything in its cause chain) says the database did not answer. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const e = current as { name?: unknown, message?: unknown, code?: unknown, meta?: unknown, cause?: unknown }
    if (e.name === 'PrismaClientInitializationError')
      return true
    const words = [e.message, e.code, safeJson(e.meta)].filter(word => typeof word === 'string').join(' ')
    if (unreachable.test(words))
      return true
    current = e.cause
  }
  return typeof error === 'string' && unreachable.test(error)
}

function safeJson(value: unknown) {
  if (value === undefined)
    return undefined
  try {
    return JSON.stringify(value)
  }
  catch {
    return undefined
  }
}
