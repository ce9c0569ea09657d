// What in a logbook text looks like patient-identifiable information: a date
// of birth, a phone number or a record number. Only a question before saving
// (the person may save anyway): these are heuristics, in Ukrainian and English.

export type IdentifierKind = 'dob' | 'phone' | 'record'

// A full date with a year (12.03.1985, 12/03/1985, 12-03-1985, 1985-03-12), or words for a birth date.
const fullDate = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})(?!\d)/u
const birthWords = /(?:^|[^\p{L}])(?:d\.?o\.?b\.?|date of birth|born (?:on|in)|д\.\s?н\.|р\.\s?н\.|дата народження|дата нар\.|народ(?:ився|илася|жений|жена)|\d{4}\s?р\.\s?н\.)(?=$|[^\p{L}])/iu
// A phone number: 9 to 15 digits, maybe with +, spaces, brackets or dashes between them.
const phoneLike = /(?:\+|(?<![\d.,/:]))\d[\d\s()-]{7,18}\d(?![\d.,/:]\d)/gu
const phoneWords = /(?:^|[^\p{L}])(?:tel\.?|phone|mobile|тел\.?|телефон|моб\.?)\s*(?::\s*)?\+?\d/iu
// A record number: a number sign or a word for a record before digits, or a long run of digits.
const recordWords = /(?:№|#|(?:^|[^\p{L}])(?:no\.|nr\.?|mrn|nhs|hospital number|record|case number|chart|id|карт(?:а|и|ка)|історі[яї] хвороби|номер|пацієнта? №))\s*(?::\s*)?\d{3,}/iu
const longDigits = /(?<!\d)\d{6,}(?!\d)/u

/** The first kind of identifier the text seems to hold, or null. */
export function findIdentifier(text: string): IdentifierKind | null {
  if (fullDate.test(text) || birthWords.test(text))
    return 'dob'
  if (phoneWords.test(text))
    return 'phone'
  for (const match of text.matchAll(phoneLike)) {
    const digits = match[0].replace(/\D/g, '').length
    if (digits >= 9 && digits <= 15 && (match[0].startsWith('+') || /[\s()-]/.test(match[0]) || digits >= 10))
      return 'phone'
  }
  if (recordWords.test(text) || longDigits.test(text))
    return 'record'
  return null
}
