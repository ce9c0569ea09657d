// The render function the dispatcher gets in tests: the real locale files through @grammyjs/i18n.
import type { Render } from '../../src/delivery/dispatcher.js'
import { fileURLToPath } from 'node:url'
import { I18n } from '@grammyjs/i18n'

export const localesDir = fileURLToPath(new URL('../../locales', import.meta.url))

/** Renders keys from locales/<lang>/*.ftl without Unicode isolation marks. */
export function createTestRender(): Render {
  const i18n = new I18n({ defaultLocale: 'uk', directory: localesDir, fluentBundleOptions: { useIsolating: false } })
  return (locale, key, params) => i18n.t(locale, key, params)
}
