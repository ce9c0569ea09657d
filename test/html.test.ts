// src/html.ts: the escaper, and clipHtml, which shortens HTML the way
// Telegram counts it and never leaves HTML Telegram would refuse.
import { describe, expect, it } from 'vitest'
import { clipHtml, escapeHtml } from '../src/html.js'
import { parseTelegramHtml, telegramLength } from './helpers/telegram-validate.js'

describe('clipHtml', () => {
  it('when the HTML fits (tags do not count, an entity is one character), then it is returned as it is', () => {
    const html = `<b>${escapeHtml('<&>'.repeat(1000))}</b>`
    expect(html.length).toBeGreaterThan(4096)
    expect(clipHtml(html, 3000)).toBe(html)
  })

  it('when it is too long, then it is cut to the limit between entities, with … and the open tags closed', () => {
    expect(clipHtml('<b>Tom &amp; Jerry</b> and <i>more</i>', 8)).toBe('<b>Tom &amp; J…</b>')
    expect(clipHtml('ab<i>cd</i>ef', 4)).toBe('ab<i>c…</i>')
    expect(clipHtml('🩺🩺🩺🩺', 3)).toBe('🩺🩺…')
  })

  it('when user text full of < & > is cut anywhere, then what is left parses as Telegram\'s HTML and fits', () => {
    const html = [`<b>${escapeHtml('Title <ICU> & "co"')}</b>`, `<i>motivation</i>: ${escapeHtml('<&>"ж🩺'.repeat(300))}`, `<blockquote>${escapeHtml('&'.repeat(50))}</blockquote>`].join('\n')
    for (let max = 1; max <= telegramLength(parseTelegramHtml(html)) + 1; max += 7) {
      const clipped = clipHtml(html, max)
      expect(telegramLength(parseTelegramHtml(clipped))).toBeLessThanOrEqual(max)
    }
  })
})
