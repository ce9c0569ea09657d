// Main-menu entries whose features are not built yet answer honestly.
import { Composer } from 'grammy'
import { hears } from '@grammyjs/i18n'
import type { BotContext } from '../context.js'
import { menuKeys } from '../keyboards/main-menu.js'

export const comingSoonFeature = new Composer<BotContext>()

// Built elsewhere: profile (features/profile.ts), alerts (features/alerts.ts).
const built: string[] = [menuKeys.profile, menuKeys.alerts]

for (const key of Object.values(menuKeys).filter(key => !built.includes(key))) {
  comingSoonFeature.chatType('private').filter(hears(key), ctx => ctx.reply(ctx.t('coming-soon')))
}
