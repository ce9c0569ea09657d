// Bilingual database fields (titleUk/titleEn, nameUk/nameEn, …): the one way
// to read the recipient's language. Anything but 'en' reads Ukrainian, the
// programme's default. The text is raw: escape it where it becomes HTML.

/** `pick(locale, o, 'title')` reads `o.titleEn` for 'en', else `o.titleUk`. */
export function pick<K extends string>(locale: string | null | undefined, record: Record<`${K}Uk` | `${K}En`, string>, key: K): string {
  return locale === 'en' ? record[`${key}En`] : record[`${key}Uk`]
}
