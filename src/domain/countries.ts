// Countries of the programme, ISO 3166-1 alpha-2. Names live in locales
// (`country-<code>`); a flag is derived from the code.
export const countries = ['UA', 'PL', 'DE', 'GB', 'FR', 'SE', 'LT', 'CA', 'IL', 'AT', 'US', 'IT', 'ES', 'NL', 'CZ', 'SK', 'EE', 'LV', 'CH', 'BE', 'DK', 'NO', 'FI', 'IE'] as const

export type Country = typeof countries[number]

export function isCountry(code: string): code is Country {
  return (countries as readonly string[]).includes(code)
}

/** The regional-indicator flag emoji of a country code, e.g. 🇺🇦 for UA. */
export function flag(code: string): string {
  return String.fromCodePoint(...[...code.toUpperCase()].map(c => 0x1F1E6 + c.charCodeAt(0) - 65))
}
