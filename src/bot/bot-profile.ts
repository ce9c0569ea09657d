// What Telegram shows about the bot before anyone writes to it: the description
// in the empty chat, the short description on its profile and in shared links,
// per language with a default, the command menu, and the menu button opening it.
import type { Api } from 'grammy'
import type { LanguageCode } from 'grammy/types'
import type { Render } from './i18n.js'
import { locales } from '../domain/users.js'
import { syncCommands } from './commands.js'

type Step = [what: string, run: () => Promise<unknown>]

/** A text of the profile in the default locale (no language_code), then in each locale. */
function everyLocale(what: string, render: Render, defaultLocale: string, key: string, set: (text: string, other?: { language_code: LanguageCode }) => Promise<unknown>): Step[] {
  return [
    [what, () => set(render(defaultLocale, key))],
    ...locales.map((locale): Step => [`${what} (${locale})`, () => set(render(locale, key), { language_code: locale })]),
  ]
}

/**
 * At start-up: the public command menu, the bot's description and short
 * description (every locale, and the default in `defaultLocale`), and the
 * default chat menu button (the command menu). A call that fails is passed to
 * `failed` and the others still run: start-up must not stop for the profile.
 */
export async function syncBotProfile(api: Api, render: Render, defaultLocale: string, failed: (what: string, error: unknown) => void) {
  const steps: Step[] = [
    ['command menu', () => syncCommands(api, render, defaultLocale)],
    ...everyLocale('description', render, defaultLocale, 'bot-description', (text, other) => api.setMyDescription(text, other)),
    ...everyLocale('short description', render, defaultLocale, 'bot-short-description', (text, other) => api.setMyShortDescription(text, other)),
    ['menu button', () => api.setChatMenuButton({ menu_button: { type: 'commands' } })],
  ]
  for (const [what, run] of steps)
    await run().catch(error => failed(what, error))
}
