// The one place user text becomes HTML: every placeable from a person or the
// database goes through `escapeHtml` before it reaches a message (bot replies
// and outbox rows alike).
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"]/g, c => entities[c])
}
