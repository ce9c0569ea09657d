// One i18n instance per process. Locales load from locales/<lang>/*.ftl (a
// folder per language, a file per feature). It also renders messages that have
// no update behind them (outbox rows), in the recipient's stored language.
import type { Context } from 'grammy'
import type { Render } from '../delivery/dispatcher-send.js'
import type { Locale } from '../domain/users.js'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { I18n } from '@grammyjs/i18n'
import { negotiateLocale } from '../domain/users.js'

export type { Render }

export const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../locales')

export function createI18n<C extends Context & { user?: { locale: Locale } }>(defaultLocale: Locale) {
  return new I18n<C>({
    defaultLocale,
    directory: localesDir,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    // The stored language wins; a person we have not stored yet gets theirs from Telegram.
    localeNegotiator: ctx => ctx.user?.locale ?? negotiateLocale(ctx.from?.language_code, defaultLocale),
  })
}

/** Renders a message without an update (outbox rows), in the recipient's language. */
export function createRender(i18n: I18n<any>): Render {
  return (locale, key, params) => i18n.t(locale, key, params)
}
