// Every /command a message tells people to send is one the bot answers: it is
// in a command menu (or is /cancel, which every flow and the idle bot answer)
// and a feature registers a handler for it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FluentResource } from '@fluent/bundle'
import { describe, expect, it } from 'vitest'
import { adminCommands } from '../../src/bot/commands.js'
import { localesDir } from '../../src/bot/i18n.js'

// The literal text of a message: its strings, whatever the variant.
function strings(node: unknown, into: string[]): string[] {
  if (typeof node === 'string')
    into.push(node)
  else if (Array.isArray(node))
    node.forEach(child => strings(child, into))
  else if (node && typeof node === 'object')
    Object.values(node).forEach(child => strings(child, into))
  return into
}

/** `key → commands named` for one locale; tags, "01/03/2027" and "and/or" are not commands. */
function namedCommands(locale: string): Array<[string, string]> {
  const found: Array<[string, string]> = []
  for (const file of readdirSync(join(localesDir, locale)).filter(f => f.endsWith('.ftl'))) {
    const resource = new FluentResource(readFileSync(join(localesDir, locale, file), 'utf8'))
    for (const entry of resource.body as any[]) {
      const text = strings([entry.value, entry.attributes], []).join('\n').replace(/<[^>]*>/g, ' ')
      for (const m of text.matchAll(/(?<![\p{L}\p{N}/])\/([a-z]\w*)/gu))
        found.push([`${locale}/${entry.id}`, m[1]])
    }
  }
  return found
}

// Handlers are registered as `.command('name', …)` in the features.
function handledCommands(): Set<string> {
  const dir = join(localesDir, '../src/bot/features')
  const source = readdirSync(dir).filter(f => f.endsWith('.ts')).map(f => readFileSync(join(dir, f), 'utf8')).join('\n')
  return new Set([...source.matchAll(/\.command\('(\w+)'/g)].map(m => m[1]))
}

describe('commands named in messages', () => {
  const menu = new Set<string>([...adminCommands, 'cancel'])
  const handled = handledCommands()

  it('when a message names a /command, then the bot has that command in a menu and handles it', () => {
    const named = [...namedCommands('en'), ...namedCommands('uk')]
    expect(named.length).toBeGreaterThan(20)
    expect(named.filter(([, command]) => !menu.has(command)).map(([key, command]) => `${key}: /${command} is in no menu`)).toEqual([])
    expect(named.filter(([, command]) => !handled.has(command)).map(([key, command]) => `${key}: /${command} has no handler`)).toEqual([])
  })

  it('when reading messages, then a tag, a date or "and/or" is not taken for a command, and a real one is', () => {
    expect([...'01/03/2027 and/or /my, <b>/coordinator_help</b>.'.replace(/<[^>]*>/g, ' ').matchAll(/(?<![\p{L}\p{N}/])\/([a-z]\w*)/gu)].map(m => m[1])).toEqual(['my', 'coordinator_help'])
    expect(handled).toContain('cancel')
    expect(handled).toContain('my')
  })
})
