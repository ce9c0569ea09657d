// Picking the recipient's language from bilingual database fields. The text is
// raw: outbox template params are escaped by the dispatcher at send time.
export function titleFor(opportunity: { titleUk: string, titleEn: string }, locale: string | null | undefined): string {
  return locale === 'en' ? opportunity.titleEn : opportunity.titleUk
}
