// Both languages say the same things: every message (and attribute) exists in
// en and uk, and each uses the same variables, so no placeable is lost in translation.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FluentResource } from '@fluent/bundle'
import { describe, expect, it } from 'vitest'
import { localesDir } from '../../src/bot/i18n.js'

type Messages = Map<string, Set<string>>

function variables(node: unknown, into: Set<string>) {
  if (Array.isArray(node)) {
    node.forEach(child => variables(child, into))
  }
  else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>
    if (n.type === 'var')
      into.add(String(n.name))
    Object.values(n).forEach(child => variables(child, into))
  }
  return into
}

function load(locale: string): Messages {
  const messages: Messages = new Map()
  for (const file of readdirSync(join(localesDir, locale)).filter(f => f.endsWith('.ftl'))) {
    const resource = new FluentResource(readFileSync(join(localesDir, locale, file), 'utf8'))
    for (const entry of resource.body as any[]) {
      expect(messages.has(entry.id), `${locale}/${file}: ${entry.id} is defined twice`).toBe(false)
      messages.set(entry.id, variables(entry.value, new Set()))
      for (const [name, value] of Object.entries(entry.attributes ?? {}))
        messages.set(`${entry.id}.${name}`, variables(value, new Set()))
    }
  }
  return messages
}

// The one intended difference: a bilingual field is passed as both `titleEn`
// and `titleUk`, and each language reads its own.
function normalized(names: Set<string>, suffix: 'En' | 'Uk') {
  return [...names].map(name => name.endsWith(suffix) ? `${name.slice(0, -2)}(lang)` : name).sort().join(',')
}

describe('locales', () => {
  const en = load('en')
  const uk = load('uk')

  it('when a message exists in one language, then it exists in the other', () => {
    expect([...en.keys()].filter(key => !uk.has(key)), 'only in en').toEqual([])
    expect([...uk.keys()].filter(key => !en.has(key)), 'only in uk').toEqual([])
  })

  it('when a message uses a variable in one language, then it uses it in the other', () => {
    const differ = [...en.keys()].filter(key => uk.has(key)).flatMap((key) => {
      const a = normalized(en.get(key)!, 'En')
      const b = normalized(uk.get(key)!, 'Uk')
      return a === b ? [] : [`${key}: en {${a}} uk {${b}}`]
    })
    expect(differ).toEqual([])
  })
})
