// Ukrainian counts agree with their nouns: 1 символ, 2 символи, 5 символів,
// 11 символів, 21 символ, 22 символи. Every uk message that selects on a count
// is listed here and rendered with each of those numbers; a count written
// straight before a noun without a selector fails the last test.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FluentResource } from '@fluent/bundle'
import { describe, expect, it } from 'vitest'
import { createTestRender, localesDir } from '../helpers/render.js'

const numbers = [1, 2, 5, 11, 21, 22] as const
type Forms = readonly [string, string, string, string, string, string]

/** Nominative after a numeral: 1 and 21 take `one`, 2 and 22 `few`, 5 and 11 `many`. */
const nom = (one: string, few: string, many: string): Forms => [one, few, many, many, one, few]
/** Genitive after «до», «для», «з»: 1 and 21 take the singular, the rest the plural. */
const gen = (one: string, other: string): Forms => [one, other, other, other, one, other]

interface Case {
  key: string
  count: string
  params?: Record<string, string | number>
  /** The text around the count, `#` standing for the number. */
  expect: Forms
}

const upTo = (key: string, count = 'limit'): Case => ({ key, count, expect: gen('до # символу', 'до # символів') })
const title = { titleUk: 'Т', title: 'Т', deadline: 'Д', expires: 'Д', startsOn: 'С', endsOn: 'К', hospitalUk: 'Л', cityUk: 'М', expiresOn: 'Д', id: 7 }
const days = (one: Forms[0]): Forms => ['завтра', 'через 2 дні', 'через 5 днів', 'через 11 днів', 'через 21 день', 'через 22 дні'].map((s, i) => i === 0 ? one : s) as unknown as Forms

const cases: Case[] = [
  upTo('flow-need-text', 'max'),
  { key: 'flow-too-long', count: 'length', params: { max: 1 }, expect: nom('Це # символ;', 'Це # символи;', 'Це # символів;') },
  upTo('error-profile-too-long', 'max'),
  upTo('hosp-ask-name-uk'),
  upTo('hosp-ask-name-en'),
  { ...upTo('hosp-ask-value'), params: { field: 'Назва' } },
  upTo('apply-ask-motivation'),
  upTo('apply-ask-experience'),
  upTo('bc-ask-text'),
  upTo('new-ask-title-uk'),
  upTo('new-ask-title-en'),
  upTo('new-ask-description-uk'),
  upTo('new-ask-description-en'),
  upTo('new-ask-language'),
  upTo('review-ask-reject-reason'),
  upTo('review-ask-decline-reason'),
  upTo('placement-ask-case', 'max'),
  upTo('placement-ask-procedure', 'max'),
  upTo('placement-ask-skill', 'max'),
  upTo('placement-ask-reflection', 'max'),
  upTo('placement-ask-feedback', 'max'),
  upTo('profile-ask-name', 'max'),
  upTo('survey-ask-comment', 'max'),
  { key: 'portfolio-pdf-logbook', count: 'count', params: { confirmed: 0 }, expect: nom('Щоденник: # запис,', 'Щоденник: # записи,', 'Щоденник: # записів,') },
  upTo('profile-ask-institution', 'max'),
  { key: 'applications-title', count: 'count', expect: ['Ваша заявка</b>', 'Ваші заявки (#)', 'Ваші заявки (#)', 'Ваші заявки (#)', 'Ваші заявки (#)', 'Ваші заявки (#)'] },
  { key: 'placement-list-title', count: 'count', expect: ['Ваше стажування:', 'Ваші стажування (#)', 'Ваші стажування (#)', 'Ваші стажування (#)', 'Ваші стажування (#)', 'Ваші стажування (#)'] },
  { key: 'internships-card-twins', count: 'count', params: { twins: 'A' }, expect: ['Побратим: A', 'Побратими: A', 'Побратими: A', 'Побратими: A', 'Побратими: A', 'Побратими: A'] },
  { key: 'bc-confirm', count: 'total', expect: gen('Надіслати # людині?', 'Надіслати # людям?') },
  { key: 'bc-queued', count: 'total', params: title, expect: gen('для # людини.', 'для # людей.') },
  { key: 'new-card-seats', count: 'seats', expect: nom('# місце', '# місця', '# місць') },
  { key: 'new-published', count: 'alerts', expect: ['отримає # підписник.', 'отримають # підписники.', 'отримають # підписників.', 'отримають # підписників.', 'отримає # підписник.', 'отримають # підписники.'] },
  { key: 'reminder-draft', count: 'days', params: title, expect: days('закінчується завтра') },
  { key: 'reminder-offer', count: 'days', params: title, expect: days('спливає протягом доби') },
  { key: 'reminder-placement-start', count: 'days', params: title, expect: days('починається завтра') },
  { key: 'padm-person-starts-in', count: 'days', expect: days('Початок завтра') },
  { key: 'padm-person-days-left', count: 'days', expect: ['Залишився 1 день', 'Залишилося 2 дні', 'Залишилося 5 днів', 'Залишилося 11 днів', 'Залишився 21 день', 'Залишилося 22 дні'] },
  { key: 'reminder-checklist', count: 'count', params: { ...title, days: 3 }, expect: nom('Не виконано # пункт ', 'Не виконано # пункти ', 'Не виконано # пунктів ') },
  { key: 'reminder-checklist', count: 'days', params: { ...title, count: 3 }, expect: days('починається завтра') },
  { key: 'reminder-coordinator-digest', count: 'count', params: { oldestDays: 0 }, expect: ['чекає # заявка.', 'чекають # заявки.', 'чекають # заявок.', 'чекають # заявок.', 'чекає # заявка.', 'чекають # заявки.'] },
  { key: 'reminder-coordinator-digest', count: 'oldestDays', params: { count: 3 }, expect: nom('чекає # день.', 'чекає # дні.', 'чекає # днів.') },
  { key: 'reminder-document-expiry', count: 'days', params: { ...title, type: 'licence' }, expect: days('спливає завтра') },
  { key: 'hospitals-open', count: 'count', expect: nom('# відкрите стажування:', '# відкриті стажування:', '# відкритих стажувань:') },
  { key: 'internships-days', count: 'count', expect: nom('# день', '# дні', '# днів') },
  { key: 'internships-weeks', count: 'count', expect: nom('# тиждень', '# тижні', '# тижнів') },
  { key: 'placement-count-case', count: 'count', expect: nom('# клінічний випадок', '# клінічні випадки', '# клінічних випадків') },
  { key: 'placement-count-procedure', count: 'count', expect: nom('# процедура', '# процедури', '# процедур') },
  { key: 'placement-count-skill', count: 'count', expect: nom('# навичка', '# навички', '# навичок') },
  { key: 'placement-count-reflection', count: 'count', expect: nom('# роздум', '# роздуми', '# роздумів') },
  { key: 'privacy-topic-keep', count: 'retentionDays', expect: nom('зберігаються # день,', 'зберігаються # дні,', 'зберігаються # днів,') },
  { key: 'privacy-deleted', count: 'count', expect: nom('Відкликано # відкриту заявку.', 'Відкликано # відкриті заявки.', 'Відкликано # відкритих заявок.') },
  { key: 'profile-years', count: 'count', expect: nom('# рік', '# роки', '# років') },
  { key: 'export-caption', count: 'count', expect: nom('# заявка.', '# заявки.', '# заявок.') },
  { key: 'report-summary', count: 'participants', params: { period: 'У січні', doctors: 1, institutions: 1, kinds: 'с', countries: 'П' }, expect: ['# медичний працівник, зокрема 1 лікар, з 1 закладу охорони здоров\'я, взяв участь', '# медичні працівники, зокрема 1 лікар, з 1 закладу охорони здоров\'я, взяли участь', '# медичних працівників, зокрема 1 лікар, з 1 закладу охорони здоров\'я, взяли участь', '# медичних працівників, зокрема 1 лікар, з 1 закладу охорони здоров\'я, взяли участь', '# медичний працівник, зокрема 1 лікар, з 1 закладу охорони здоров\'я, взяв участь', '# медичні працівники, зокрема 1 лікар, з 1 закладу охорони здоров\'я, взяли участь'] },
  { key: 'report-summary', count: 'doctors', params: { period: 'У січні', participants: 30, institutions: 1, kinds: 'с', countries: 'П' }, expect: nom('зокрема # лікар,', 'зокрема # лікарі,', 'зокрема # лікарів,') },
  { key: 'report-summary', count: 'institutions', params: { period: 'У січні', participants: 30, doctors: 1, kinds: 'с', countries: 'П' }, expect: gen('з # закладу охорони', 'з # закладів охорони') },
  { key: 'review-card-documents', count: 'count', expect: nom('# документ,', '# документи,', '# документів,') },
  { key: 'review-experience', count: 'years', expect: nom('Досвід: # рік', 'Досвід: # роки', 'Досвід: # років') },
  // Foreign specialists (volunteers.ftl).
  upTo('vol-ask-licence-number'),
  upTo('vol-ask-licence-issuer'),
  upTo('vol-ask-need-department-uk'),
  upTo('vol-ask-need-department-en'),
  upTo('vol-ask-need-security-uk'),
  upTo('vol-ask-need-security-en'),
  upTo('vol-ask-verify-note'),
  upTo('vol-ask-decline-reason'),
  { key: 'vol-profile-who', count: 'years', params: { profession: 'Лікар', specialty: 'Т' }, expect: nom('досвід: # рік', 'досвід: # роки', 'досвід: # років') },
  { key: 'vol-button-review', count: 'count', expect: nom('# волонтер на розгляд', '# волонтери на розгляд', '# волонтерів на розгляд') },
  { key: 'vol-card-documents', count: 'count', expect: nom('# документ,', '# документи,', '# документів,') },
  { key: 'vol-reminder-checklist', count: 'days', params: { from: 'Д', count: 3 }, expect: ['(завтра)', '(через 2 дні)', '(через 5 днів)', '(через 11 днів)', '(через 21 день)', '(через 22 дні)'] },
  { key: 'vol-reminder-checklist', count: 'count', params: { from: 'Д', days: 3 }, expect: nom('Не виконано # пункт ', 'Не виконано # пункти ', 'Не виконано # пунктів ') },
  { key: 'consult-ask-question', count: 'max', expect: gen('до # символу', 'до # символів') },
  { key: 'consult-ask-question-mentoring', count: 'max', expect: gen('до # символу', 'до # символів') },
  { key: 'consult-ask-slots', count: 'max', params: { zone: 'Europe/Kyiv' }, expect: gen('до # символу', 'до # символів') },
  { key: 'consult-ask-reason', count: 'max', expect: gen('до # символу', 'до # символів') },
  { key: 'consult-ask-message', count: 'max', params: { to: 'Т', me: 'Я' }, expect: gen('до # символу', 'до # символів') },
  { key: 'consult-ask-outcome', count: 'max', expect: gen('до # символу', 'до # символів') },
]

function messages(locale: string) {
  return readdirSync(join(localesDir, locale)).filter(f => f.endsWith('.ftl')).flatMap((file) => {
    const text = readFileSync(join(localesDir, locale, file), 'utf8')
    return [{ file, text, entries: new FluentResource(text).body as any[] }]
  })
}

// The CLDR categories a selector names: a selector with one of them selects on a count.
function pluralSelectors(node: unknown, into: Set<string>) {
  if (Array.isArray(node)) {
    node.forEach(child => pluralSelectors(child, into))
  }
  else if (node && typeof node === 'object') {
    const n = node as any
    if (n.type === 'select' && n.selector?.type === 'var' && n.variants.some((v: any) => ['one', 'few', 'many'].includes(v.key.value)))
      into.add(n.selector.name)
    Object.values(n).forEach(child => pluralSelectors(child, into))
  }
  return into
}

describe('uk plurals', () => {
  const render = createTestRender()

  it.each(cases.map(c => [`${c.key} (${c.count})`, c] as const))('when %s is rendered with 1, 2, 5, 11, 21 and 22, then each noun agrees', (_, c) => {
    const got = numbers.map(n => render('uk', c.key, { ...c.params, [c.count]: n }))
    const missing = numbers.flatMap((n, i) => got[i].includes(c.expect[i].replace('#', String(n))) ? [] : [`${n}: expected «${c.expect[i].replace('#', String(n))}» in «${got[i]}»`])
    expect(missing).toEqual([])
  })

  it('when the apply flow passes its limit (a number), then the prompt reads it without a thousands separator', () => {
    expect(render('uk', 'apply-ask-motivation', { limit: 1500 })).toBe('Чому ви хочете на це стажування? (до 1500 символів)')
    expect(render('en', 'apply-ask-experience', { limit: 1500 })).toBe('Your relevant experience: procedures, departments, courses (up to 1500 characters).')
  })

  it('when a uk message selects on a count, then it is one of the cases above', () => {
    const listed = new Set(cases.map(c => `${c.key} (${c.count})`))
    const found = messages('uk').flatMap(({ entries }) => entries.filter(e => !e.id.startsWith('-'))
      .flatMap(e => [...pluralSelectors([e.value, e.attributes], new Set())].map(name => `${e.id} (${name})`)))
    expect(found.length).toBeGreaterThan(40)
    expect(found.filter(f => !listed.has(f))).toEqual([])
  })

  it('when a locale file is read, then every message in it parses (a broken one would vanish silently)', () => {
    for (const locale of ['uk', 'en']) {
      for (const { file, text, entries } of messages(locale))
        expect(entries.map(e => e.id), `${locale}/${file}`).toEqual([...text.matchAll(/^(-?[a-z][\w-]*) =/gim)].map(m => m[1]))
    }
  })

  it('when a uk message writes a count before a word, then it is a selector, not a bare "{ $limit } символів"', () => {
    // A lowercase word: abbreviations such as «МБ» do not inflect.
    const counts = 'count|total|max|limit|length|days|seats|alerts|years|retentionDays|oldestDays'
    const bare = new RegExp(`\\{ (?:NUMBER\\(\\$(?:${counts}),[^)]*\\)|\\$(?:${counts})) \\} (?!з |до )\\p{Ll}+`, 'gu')
    const found = messages('uk').flatMap(({ text }) => [...text.matchAll(bare)].map(m => m[0]))
    // Inside a selector each variant is written out for its own form; only the
    // lines of a variant (`[one] { $count } рік`) may carry a noun.
    const outside = found.filter(match => !messages('uk').some(({ text }) => text.split('\n').some(line => /^\s*\*?\[[\w-]+\]/.test(line) && line.includes(match))))
    expect(outside).toEqual([])
    expect('до { $limit } символів'.match(bare)).not.toBeNull()
  })
})
