// A paged inline list of hospitals. Callback data carries ids only, so it stays
// far below Telegram's 64 bytes whatever the names are.
import type { TranslateFunction } from '@grammyjs/i18n'
import type { HospitalSummary } from '../../domain/hospital-admin.js'
import { InlineKeyboard } from 'grammy'
import { hospitalName } from '../helpers/format.js'

export const pageSize = 8

export interface PickerOptions {
  locale: 'uk' | 'en'
  page: number
  /** Callback data for picking a hospital; id 0 is "the whole programme". */
  pick: (hospitalId: number) => string
  turn: (page: number) => string
  programmeWide?: boolean
}

export function hospitalPicker(t: TranslateFunction, hospitals: HospitalSummary[], options: PickerOptions) {
  const pages = Math.max(1, Math.ceil(hospitals.length / pageSize))
  const page = Math.min(Math.max(0, options.page), pages - 1)
  const keyboard = new InlineKeyboard()
  if (options.programmeWide)
    keyboard.text(t('coord-whole-programme'), options.pick(0)).row()
  for (const h of hospitals.slice(page * pageSize, (page + 1) * pageSize))
    keyboard.text(hospitalName(h, options.locale), options.pick(h.id)).row()
  if (pages > 1) {
    if (page > 0)
      keyboard.text('◀️', options.turn(page - 1))
    keyboard.text(`${page + 1}/${pages}`, options.turn(page))
    if (page < pages - 1)
      keyboard.text('▶️', options.turn(page + 1))
  }
  // Drop the empty row a trailing row() leaves behind.
  return InlineKeyboard.from(keyboard.inline_keyboard.filter(row => row.length > 0))
}
