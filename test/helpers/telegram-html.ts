// A small local check of Telegram's HTML parse mode (a fuller validator is
// being written elsewhere): tags are known and balanced, every <, > and & that
// is not part of a tag is an entity, and the visible text fits the limit.
const tags = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'tg-spoiler', 'span', 'blockquote', 'tg-emoji'])
const entity = /^&(?:lt|gt|amp|quot|#\d{1,7}|#x[\da-f]{1,6});/i

/** Problems Telegram would refuse the text for; empty when it parses. */
export function telegramHtmlProblems(html: string, limit = 4096): string[] {
  const problems: string[] = []
  const open: string[] = []
  let visible = 0
  for (let i = 0; i < html.length;) {
    const c = html[i]
    if (c === '<') {
      const tag = /^<(\/?)([a-z-]+)(?:\s[^<>]*)?>/i.exec(html.slice(i))
      if (!tag || !tags.has(tag[2].toLowerCase())) {
        problems.push(`unexpected < at ${i}: ${JSON.stringify(html.slice(i, i + 12))}`)
        break
      }
      if (tag[1]) {
        if (open.pop() !== tag[2].toLowerCase())
          problems.push(`unbalanced </${tag[2]}> at ${i}`)
      }
      else {
        open.push(tag[2].toLowerCase())
      }
      i += tag[0].length
      continue
    }
    if (c === '&') {
      const found = entity.exec(html.slice(i))
      if (!found) {
        problems.push(`bare & at ${i}: ${JSON.stringify(html.slice(i, i + 8))}`)
        break
      }
      visible++
      i += found[0].length
      continue
    }
    if (c === '>')
      problems.push(`bare > at ${i}`)
    visible++
    i++
  }
  if (open.length)
    problems.push(`unclosed ${open.map(t => `<${t}>`).join('')}`)
  if (visible > limit)
    problems.push(`${visible} visible characters, more than ${limit}`)
  return problems
}
