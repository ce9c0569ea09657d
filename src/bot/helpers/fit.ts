// Messages built from people's text must fit Telegram's limits and stay valid
// HTML. Values are shortened raw, before escaping, so a cut never lands inside
// a tag or an entity; the length that counts is what Telegram shows after
// parsing the HTML (tags removed, an entity one character).

/** Telegram's limit of a message text, after entity parsing. */
export const messageLimit = 4096
/** A caption's limit. */
export const captionLimit = 1024
/** Long button labels are cut by clients anyway; keep them readable. */
export const buttonLimit = 64

const ellipsis = '…'

/** Cuts raw text to at most `max` characters (whole code points), ending in "…" when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text)
  if (chars.length <= max)
    return text
  return max <= 1 ? ellipsis.slice(0, Math.max(0, max)) : `${chars.slice(0, max - 1).join('')}${ellipsis}`
}

/** A button label from raw text. */
export function buttonLabel(text: string): string {
  return clip(text, buttonLimit)
}

/** A phone shows about 30–40 characters of a full-width button; a list button says the most in that. */
export const listButtonLimit = 40

/**
 * A list entry's button: the icon, then what tells entries apart (`place`,
 * e.g. "Berlin · Charité"), then the title, at most `listButtonLimit` visible
 * characters (the icon and its space count as two). The full title goes in the
 * message text.
 */
export function listButtonLabel(icon: string, place: string, title: string): string {
  const text = place ? `${place} — ${title}` : title
  return `${icon} ${clip(text, listButtonLimit - 2)}`
}

/** The length Telegram counts for an HTML text (UTF-16 units, as Telegram counts). */
export function visibleLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:#\d+|#x[\da-f]+|[a-z]+);/gi, '_').length
}

/**
 * Renders a message from raw values, shortening the longest values until the
 * text fits `limit` visible characters. `render` gets the (possibly clipped,
 * still raw) values and escapes them itself.
 */
export function fitMessage<K extends string>(values: Record<K, string>, render: (values: Record<K, string>) => string, limit = messageLimit): string {
  const current = { ...values }
  for (let round = 0; round < 100; round++) {
    const text = render(current)
    const over = visibleLength(text) - limit
    if (over <= 0)
      return text
    const longest = (Object.keys(current) as K[]).reduce<K | undefined>((best, key) =>
      best === undefined || Array.from(current[key]).length > Array.from(current[best]).length ? key : best, undefined)
    const length = longest === undefined ? 0 : Array.from(current[longest]).length
    if (longest === undefined || length <= 1)
      break
    current[longest] = clip(current[longest], Math.max(1, length - over))
  }
  throw new Error('the fixed part of the message alone is longer than the limit')
}
