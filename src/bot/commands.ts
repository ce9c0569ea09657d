// The command menu Telegram shows, per language. Descriptions are the
// `command-<name>` messages; the list grows with the features.
import type { Api } from 'grammy'
import type { Render } from './i18n.js'
import { locales } from '../domain/users.js'

export const publicCommands = ['start', 'internships', 'hospitals', 'my', 'alerts', 'profile', 'documents', 'language', 'privacy', 'mydata', 'deletedata', 'help'] as const

/** Sets the command menu for every locale (and the default menu in the default locale). */
export async function syncCommands(api: Api, render: Render, defaultLocale: string, commands: readonly string[] = publicCommands) {
  const list = (locale: string) => commands.map(command => ({ command, description: render(locale, `command-${command}`) }))
  await api.setMyCommands(list(defaultLocale))
  for (const locale of locales)
    await api.setMyCommands(list(locale), { language_code: locale })
}
