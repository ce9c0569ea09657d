// Main-menu entries whose features are not built yet answer honestly.
import { Composer } from 'grammy'
import { hears } from '@grammyjs/i18n'
import type { BotContext } from '../context.js'
import { menuKeys } from '../keyboards/main-menu.js'

export const comingSoonFeature = new Composer<BotContext>()

// These entries have their own features now (internships, hospitals, my applications).
const built = new Set<string>([menuKeys.internships, menuKeys.hospitals, menuKeys.applications])

for (const key of Object.values(menuKeys).filter(k => !built.has(k))) {
  comingSoonFeature.chatType('private').filter(hears(key), ctx => ctx.reply(ctx.t('coming-soon')))
}
