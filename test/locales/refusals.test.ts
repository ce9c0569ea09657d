// Every refusal the domain can throw has a message in both languages, and only
// refusals are turned into answers: other errors go on to the error boundary.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { asRefusal, refusalKey } from '../../src/bot/helpers/refusals.js'
import { localesDir } from '../../src/bot/i18n.js'
import { allRefusalCodes, ConflictError, NotFoundError, StateError } from '../../src/domain/errors.js'

function ids(locale: string) {
  const text = readdirSync(join(localesDir, locale)).filter(f => f.endsWith('.ftl')).map(f => readFileSync(join(localesDir, locale, f), 'utf8')).join('\n')
  return new Set([...text.matchAll(/^([a-z][\w-]*) =/gm)].map(m => m[1]))
}

describe('refusals', () => {
  it('when the domain refuses with any code, then both locales have its message', () => {
    for (const locale of ['en', 'uk']) {
      const known = ids(locale)
      expect(allRefusalCodes.filter(code => !known.has(refusalKey(code))), locale).toEqual([])
    }
  })

  it('when a domain call refuses, then asRefusal returns the code and params as plain data', async () => {
    expect(await asRefusal(async () => 1)).toEqual({ ok: true, value: 1 })
    expect(await asRefusal(async () => { throw new StateError('seats-full', 'full', { seats: 3 }) })).toEqual({ ok: false, code: 'seats-full', params: { seats: 3 } })
    expect(await asRefusal(async () => { throw new NotFoundError('Application') })).toMatchObject({ ok: false, code: 'not-found' })
    expect(await asRefusal(async () => { throw new ConflictError('application-changed', 'changed') })).toMatchObject({ ok: false, code: 'application-changed' })
  })

  it('when a domain call fails for another reason (a database error with a code), then asRefusal rethrows it', async () => {
    const dbError = Object.assign(new Error('connection lost'), { code: 'P1001' })
    await expect(asRefusal(async () => { throw dbError })).rejects.toBe(dbError)
  })
})
