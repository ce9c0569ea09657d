// Paged inline buttons: a page of choices and a ◀️ n/m ▶️ row. Callback data
// stays short ASCII ids; labels can be any language.
import { InlineKeyboard } from 'grammy'

export interface PagedOptions {
  items: Array<[label: string, data: string]>
  page: number
  perPage: number
  columns: number
  /** Callback data that opens another page. */
  pageData: (page: number) => string
  /** Rows added below the page (Skip, Done). */
  extra?: Array<[label: string, data: string]>
}

/** The page to show, clamped to the pages that exist. */
export function clampPage(page: number, total: number, perPage: number) {
  const pages = Math.max(1, Math.ceil(total / perPage))
  return Math.min(Math.max(0, page), pages - 1)
}

export function pagedKeyboard(options: PagedOptions) {
  const { items, perPage, columns } = options
  const pages = Math.max(1, Math.ceil(items.length / perPage))
  const page = clampPage(options.page, items.length, perPage)
  const button = ([label, data]: [string, string]) => InlineKeyboard.text(label, data)
  const shown = items.slice(page * perPage, (page + 1) * perPage).map(button)
  const rows = []
  for (let i = 0; i < shown.length; i += columns)
    rows.push(shown.slice(i, i + columns))
  if (pages > 1) {
    rows.push([
      InlineKeyboard.text(page > 0 ? '◀️' : '·', options.pageData(Math.max(0, page - 1))),
      InlineKeyboard.text(`${page + 1}/${pages}`, options.pageData(page)),
      InlineKeyboard.text(page < pages - 1 ? '▶️' : '·', options.pageData(Math.min(pages - 1, page + 1))),
    ])
  }
  for (const extra of options.extra ?? [])
    rows.push([button(extra)])
  return InlineKeyboard.from(rows)
}
