// The profile's questions, asked the same way by onboarding, the field edit of
// /profile and the apply flow (which asks only what the profile lacks). The
// limits are the domain's (profiles.ts); each question returns a patch for the
// profile, null when skipped, or BACK.
import type { PersonKind, ProfilePatch } from '../../domain/profiles.js'
import type { BotContext } from '../context.js'
import type { Back, Kit } from './kit/questions.js'
import { pick } from '../../domain/localized.js'
import { englishLevels, experienceMax, fullNameMax, institutionMax, personKinds, studyYearMax } from '../../domain/profiles.js'
import { specialties } from '../../domain/specialties.js'
import { BACK } from './kit/questions.js'

/** The years of experience offered as buttons (any other number can be typed). */
const experienceChoices = [0, 1, 2, 3, 5, 10, 15, 20]

export const profileFields = ['kind', 'name', 'institution', 'specialty', 'experience', 'english'] as const
export type ProfileField = typeof profileFields[number]

export interface FieldOptions {
  /** Offer ⏭ Skip (onboarding and /profile); apply needs an answer. */
  skip?: boolean
  /** Offer ◀️ Back and ✖️ Cancel (apply). */
  back?: boolean
  /** Offer ✖️ Cancel. */
  cancelButton?: boolean
  /** The person's kind, for the experience question (a student is asked the study year). */
  kind?: PersonKind | null
  /** The full name given before, offered with ✔️ Keep (apply, coming Back). */
  currentName?: string | null
}

type Asked = ProfilePatch | null | Back

/** Asks one profile field; the answer as a patch, null (skipped) or BACK. */
export async function askProfileField(kit: Kit, field: ProfileField, o: FieldOptions = {}): Promise<Asked> {
  const nav = { skip: o.skip, back: o.back, cancelButton: o.cancelButton }
  const t = kit.t
  const patch = <T>(answer: T | null | Back, make: (v: T) => ProfilePatch): Asked =>
    answer === null || answer === BACK ? answer as null | Back : make(answer as T)
  switch (field) {
    case 'kind':
      return patch(await kit.pick({ code: 'kind', question: t('profile-ask-kind'), options: personKinds.map(k => [t(`profile-kind-${k}`), k]), ...nav }), kind => ({ kind }))
    case 'name':
      return patch(await kit.text({ code: 'name', question: t('profile-ask-name', { max: fullNameMax }), max: fullNameMax, current: o.currentName, ...nav }), fullName => ({ fullName }))
    case 'institution': {
      const options = await kit.external((outer: BotContext) => outer.domain.profiles.institutions())
      const name = (o: typeof options[number]) => `${pick(kit.locale, o, 'name')}, ${pick(kit.locale, o, 'city')}`
      const answer = await kit.choice({
        code: 'home',
        question: t('profile-ask-institution', { max: institutionMax }),
        options: options.map(o => [name(o), String(o.id)]),
        perPage: 6,
        typed: { max: institutionMax },
        ...nav,
      })
      return patch(answer, v => typeof v === 'string' ? { homeHospitalId: Number(v) } : { homeInstitutionText: v.typed })
    }
    case 'specialty':
      return patch(await kit.pick({ code: 'spec', question: t('profile-ask-specialty'), options: specialties.map(s => [t(`specialty-${s}`), s]), columns: 2, perPage: 10, ...nav }), specialty => ({ specialty }))
    case 'experience': {
      if (o.kind === 'student') {
        const years = Array.from({ length: studyYearMax }, (_, i) => String(i + 1))
        return patch(await kit.pick({ code: 'year', question: t('profile-ask-study-year'), options: years.map(y => [y, y]), columns: 6, ...nav }), y => ({ studyYear: Number(y) }))
      }
      // Common answers as buttons, any whole number typed.
      const answer = await kit.choice({
        code: 'exp',
        question: t('profile-ask-experience', { max: experienceMax }),
        options: experienceChoices.map(n => [String(n), String(n)]),
        columns: 4,
        typed: { max: 6, parse: text => /^\d{1,2}$/.test(text) && Number(text) <= experienceMax ? { value: text } : { problem: t('flow-bad-number', { min: 0, max: experienceMax }) } },
        ...nav,
      })
      return patch(answer, v => ({ experienceYears: Number(typeof v === 'string' ? v : v.typed) }))
    }
    case 'english':
      return patch(await kit.pick({ code: 'eng', question: t('profile-ask-english'), options: englishLevels.map(l => [l, l]), columns: 3, ...nav }), englishLevel => ({ englishLevel }))
  }
}

/** Saves a patch at once, so an abandoned flow keeps what was said. */
export async function saveProfile(kit: Kit, patch: ProfilePatch) {
  const userId = kit.ctx.user!.id
  return kit.external((outer: BotContext) => outer.domain.profiles.update(userId, patch))
}
