// The command menu Telegram shows, per language. Descriptions are the
// `command-<name>` messages; the list grows with the features.
import type { Api } from 'grammy'
import type { Rights } from '../domain/access.js'
import type { Render } from './i18n.js'
import { isAdmin, isStaff, rightsFrom } from '../domain/access.js'
import { locales } from '../domain/users.js'

export const publicCommands = ['start', 'internships', 'hospitals', 'my', 'placement', 'portfolio', 'events', 'mentor', 'consult', 'consults', 'alerts', 'volunteer', 'profile', 'documents', 'language', 'privacy', 'mydata', 'deletedata', 'help'] as const

function describe(render: Render, locale: string, commands: readonly string[]) {
  return commands.map(command => ({ command, description: render(locale, `command-${command}`) }))
}

/** Sets the command menu for every locale (and the default menu in the default locale). */
export async function syncCommands(api: Api, render: Render, defaultLocale: string, commands: readonly string[] = publicCommands) {
  const list = (locale: string) => describe(render, locale, commands)
  await api.setMyCommands(list(defaultLocale))
  for (const locale of locales)
    await api.setMyCommands(list(locale), { language_code: locale })
}

export const coordinatorCommands = [...publicCommands, 'review', 'new', 'drafts', 'export', 'stats', 'broadcast', 'newevent', 'placements', 'arrivals', 'needs', 'verify', 'coordinator_help'] as const
export const adminCommands = [...coordinatorCommands, 'coordinators', 'grant', 'invite', 'invites', 'hospital_new', 'hospital_edit', 'twin_new', 'audit'] as const

/** The menu a person's rights call for; null for the public one. */
export function staffCommandsFor(rights: Rights): readonly string[] | null {
  if (isAdmin(rights))
    return adminCommands
  return isStaff(rights) ? coordinatorCommands : null
}

/**
 * Shows the commands a person's rights give them in their own chat only
 * (scope `chat`), in every locale. Rights without a staff role remove them,
 * so the person falls back to the public menu.
 */
export async function syncStaffCommands(api: Api, render: Render, chatId: number, rights: Rights) {
  const scope = { type: 'chat' as const, chat_id: chatId }
  const commands = staffCommandsFor(rights)
  if (commands === null) {
    await api.deleteMyCommands({ scope })
    for (const locale of locales)
      await api.deleteMyCommands({ scope, language_code: locale })
    return
  }
  const list = (locale: string) => describe(render, locale, commands)
  await api.setMyCommands(list(locales[0]), { scope })
  for (const locale of locales)
    await api.setMyCommands(list(locale), { scope, language_code: locale })
}

/** At start-up: the staff menus of every administrator and coordinator. */
export async function syncAllStaffCommands(api: Api, render: Render, adminIds: readonly number[], staff: ReadonlyArray<{ telegramId: number, rights: Rights }>) {
  for (const id of adminIds)
    await syncStaffCommands(api, render, id, rightsFrom(true, []))
  for (const member of staff.filter(m => !adminIds.includes(m.telegramId)))
    await syncStaffCommands(api, render, member.telegramId, member.rights)
}
