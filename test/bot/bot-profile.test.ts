// At start-up the bot describes itself (the empty chat, the profile, shared
// links) in every language with a default, keeps its command menu, and sets the
// menu button to the commands; a refused call is logged and start-up goes on.
import { Api, GrammyError } from 'grammy'
import { afterEach, describe, expect, it } from 'vitest'
import { syncBotProfile } from '../../src/bot/bot-profile.js'
import { publicCommands } from '../../src/bot/commands.js'
import { startBotApiServer } from '../helpers/bot-api-server.js'
import { testToken } from '../helpers/bot.js'
import { createTestRender } from '../helpers/render.js'

const render = createTestRender()
let server: Awaited<ReturnType<typeof startBotApiServer>> | undefined
afterEach(async () => { await server?.close() })

describe('the bot\'s profile at start-up', () => {
  it('when the bot starts, then the commands, description and short description are set per language with a default, and the menu button opens the commands', async () => {
    server = await startBotApiServer()
    const failures: string[] = []
    await syncBotProfile(new Api(testToken, { apiRoot: server.apiRoot }), render, 'uk', what => failures.push(what))
    expect(failures).toEqual([])
    const calls = server.calls.map(c => [c.method, c.payload.language_code ?? null])
    expect(calls).toEqual([
      ['setMyCommands', null],
      ['setMyCommands', 'uk'],
      ['setMyCommands', 'en'],
      ['setMyDescription', null],
      ['setMyDescription', 'uk'],
      ['setMyDescription', 'en'],
      ['setMyShortDescription', null],
      ['setMyShortDescription', 'uk'],
      ['setMyShortDescription', 'en'],
      ['setChatMenuButton', null],
    ])
    expect(server.calls.every(c => c.ok)).toBe(true)
    const of = (method: string, field: string) => server!.calls.filter(c => c.method === method).map(c => c.payload[field])
    const descriptions = of('setMyDescription', 'description')
    const shorts = of('setMyShortDescription', 'short_description')
    // The default is the default locale's text; each language reads its own.
    expect(descriptions[0]).toBe(descriptions[1])
    expect(descriptions[1]).toContain('Міжнародного медичного партнерства')
    expect(descriptions[2]).toContain('International Medical Partnership')
    expect(shorts[1]).toContain('Стажування та клінічні практики')
    expect(shorts[2]).toContain('Internships and clinical placements')
    // Telegram's limits (the server's validator refuses longer ones too).
    for (const d of descriptions)
      expect([...d].length).toBeLessThanOrEqual(512)
    for (const s of shorts)
      expect([...s].length).toBeLessThanOrEqual(120)
    expect(of('setMyCommands', 'commands')[2].map((c: { command: string }) => c.command)).toEqual([...publicCommands])
    expect(server.calls.at(-1)!.payload).toEqual({ menu_button: { type: 'commands' } })
  })

  it('when Telegram refuses the description, then it is reported and the other calls still run', async () => {
    server = await startBotApiServer()
    const api = new Api(testToken, { apiRoot: server.apiRoot })
    api.config.use((prev, method, payload, signal) => method === 'setMyDescription'
      ? Promise.reject(new GrammyError('Call to \'setMyDescription\' failed!', { ok: false, error_code: 400, description: 'Bad Request: oops' }, method, payload))
      : prev(method, payload, signal))
    const failures: Array<[string, unknown]> = []
    await syncBotProfile(api, render, 'en', (what, error) => failures.push([what, error]))
    expect(failures.map(([what]) => what)).toEqual(['description', 'description (uk)', 'description (en)'])
    expect(failures.every(([, error]) => error instanceof GrammyError)).toBe(true)
    expect(server.calls.map(c => c.method)).toEqual(['setMyCommands', 'setMyCommands', 'setMyCommands', 'setMyShortDescription', 'setMyShortDescription', 'setMyShortDescription', 'setChatMenuButton'])
  })
})
