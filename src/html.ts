// The one place user text becomes HTML: every placeable from a person or the
// database goes through `escapeHtml` before it reaches a message (bot replies
// and outbox rows alike).
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"]/g, c => entities[c])
}

const token = /<[^<>]+>|&(?:[a-z]+|#\d+|#x[\da-f]+);|[\s\S]/giu

/**
 * Shortens HTML to at most `max` characters as Telegram counts them (tags do
 * not count, an entity is one character), never inside a tag or an entity,
 * closing the tags left open; `…` marks the cut. HTML that fits is returned
 * as it is. (Cutting the string itself could leave `&am` or an unclosed `<b>`,
 * and Telegram refuses the whole message.)
 */
export function clipHtml(html: string, max: number): string {
  const tokens = html.match(token) ?? []
  const visible = (t: string) => t.startsWith('<') && t.length > 1 ? 0 : 1
  if (tokens.reduce((n, t) => n + visible(t), 0) <= max)
    return html
  const open: string[] = []
  let out = ''
  let shown = 0
  for (const t of tokens) {
    const tag = /^<(\/?)([a-z][\w-]*)/i.exec(t)
    if (!tag && shown + 1 > max - 1)
      break
    out += t
    if (!tag)
      shown++
    else if (tag[1])
      open.pop()
    else
      open.push(tag[2].toLowerCase())
  }
  return `${out}…${open.reverse().map(name => `</${name}>`).join('')}`
}
