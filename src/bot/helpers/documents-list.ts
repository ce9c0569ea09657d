// The person's documents as a message: one line each, ⚠️ for an expired one,
// and a replace and a delete button per document.
import type { TranslateFunction } from '@grammyjs/i18n'
import type { DocumentRecord } from '../../domain/documents.js'
import { InlineKeyboard } from 'grammy'
import { formatDay } from '../../time/dates.js'
import { buttonLabel } from './fit.js'
import { escapeHtml } from './html.js'

export function documentLine(t: TranslateFunction, locale: string, doc: DocumentRecord) {
  const name = escapeHtml(doc.fileName ?? t('documents-photo'))
  const type = t(`documents-type-${doc.type}`)
  if (!doc.expiresOn)
    return t('documents-line', { type, name })
  const key = doc.expired ? 'documents-line-expired' : 'documents-line-valid'
  return t(key, { type, name, date: formatDay(locale, doc.expiresOn) })
}

export function documentsText(t: TranslateFunction, locale: string, docs: DocumentRecord[]) {
  const body = docs.length === 0 ? t('documents-empty') : docs.map(d => documentLine(t, locale, d)).join('\n')
  return `${t('documents-title')}\n\n${body}`
}

export function documentsKeyboard(t: TranslateFunction, docs: DocumentRecord[]) {
  // The file's name on its button: two files of one type are told apart.
  const rows = docs.map(d => [
    InlineKeyboard.text(buttonLabel(t('documents-replace', { type: t(`documents-type-${d.type}`), name: d.fileName || '📷' })), `dc:r:${d.id}`),
    InlineKeyboard.text(t('documents-delete'), `dc:d:${d.id}`),
  ])
  rows.push([InlineKeyboard.text(t('documents-add'), 'dc:add')])
  return InlineKeyboard.from(rows)
}
