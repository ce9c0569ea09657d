// What in a logbook or case text looks like patient-identifiable information:
// a date of birth, a phone number, a record number or a name. Only a question
// before saving or sending (the person may go on): these are heuristics, in
// Ukrainian and English.

export type IdentifierKind = 'dob' | 'phone' | 'record' | 'name'

// A full date with a year (12.03.1985, 12/03/1985, 12-03-1985, 1985-03-12), or words for a birth date.
const fullDate = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})(?!\d)/u
const birthWords = /(?:^|[^\p{L}])(?:d\.?o\.?b\.?|date of birth|born (?:on|in)|д\.\s?н\.|р\.\s?н\.|дата народження|дата нар\.|народ(?:ився|илася|жений|жена)|\d{4}\s?р\.\s?н\.)(?=$|[^\p{L}])/iu
// A phone number: 9 to 15 digits, maybe with +, spaces, brackets or dashes between them.
const phoneLike = /(?:\+|(?<![\d.,/:]))\d[\d\s()-]{7,18}\d(?![\d.,/:]\d)/gu
const phoneWords = /(?:^|[^\p{L}])(?:tel\.?|phone|mobile|тел\.?|телефон|моб\.?)\s*(?::\s*)?\+?\d/iu
// A record number: a number sign or a word for a record before digits, or a long run of digits.
const recordWords = /(?:№|#|(?:^|[^\p{L}])(?:no\.|nr\.?|mrn|nhs|hospital number|record|case number|chart|id|карт(?:а|и|ка)|історі[яї] хвороби|номер|пацієнта? №))\s*(?::\s*)?\d{3,}/iu
const longDigits = /(?<!\d)\d{6,}(?!\d)/u
// A name: a title or "patient" before a capitalised word, a word for a name before a colon, or initials with a surname.
const surname = String.raw`\p{Lu}[\p{Ll}'’-]+`
const titled = new RegExp(String.raw`(?:^|\P{L})(?:[Mm]rs?|[Mm]s|[Mm]iss|[Пп]ані?|[Гг]р\.|[Гг]ромадян(?:ин|ка))\.?\s+${surname}`, 'u')
const patientNamed = new RegExp(String.raw`(?:^|\P{L})(?:[Pp]atient|[Пп]ацієнт(?:ка|а|ки|ові)?|[Хх]вор(?:ий|а|ого|ої))\s+${surname}`, 'u')
const nameWords = /(?:^|\P{L})(?:name|full name|surname|піб|п\.і\.б\.|прізвище|ім'я|ім’я)\s*:/iu
const initials = new RegExp(String.raw`(?:^|\P{L})(?:\p{Lu}\.\s?(?:\p{Lu}\.\s?)?${surname}|${surname}\s\p{Lu}\.\s?\p{Lu}\.)`, 'u')

/** True when the text seems to name someone: a surname after a title or "patient", a name field, initials. */
function namesSomeone(text: string): boolean {
  return patientNamed.test(text) || titled.test(text) || nameWords.test(text) || initials.test(text)
}

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
  if (namesSomeone(text))
    return 'name'
  return null
}
