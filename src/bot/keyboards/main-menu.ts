// The main menu: a persistent reply keyboard, labelled in the person's language.
// Handlers match its buttons with i18n's `hears(key)`, so both languages work.
import type { TranslateFunction } from '@grammyjs/i18n'
import { Keyboard } from 'grammy'

export const menuKeys = {
  internships: 'menu-internships',
  hospitals: 'menu-hospitals',
  applications: 'menu-applications',
  alerts: 'menu-alerts',
  profile: 'menu-profile',
  help: 'menu-help',
} as const

export function mainMenu(t: TranslateFunction) {
  return new Keyboard()
    .text(t(menuKeys.internships))
    .text(t(menuKeys.hospitals))
    .row()
    .text(t(menuKeys.applications))
    .text(t(menuKeys.alerts))
    .row()
    .text(t(menuKeys.profile))
    .text(t(menuKeys.help))
    .resized()
    .persistent()
}
