// The profile's questions, shared by onboarding and the field-by-field edit.
// Each asks, saves the answer at once (an abandoned flow keeps what was said)
// and returns it; Skip leaves the field as it was.
import type { PersonKind, ProfilePatch } from '../../domain/profiles.js'
import type { BotContext, BotConversation, ConversationContext } from '../context.js'
import { pick } from '../../domain/localized.js'
import { englishLevels, experienceMax, fullNameMax, institutionMax, personKinds, studyYearMax } from '../../domain/profiles.js'
import { isSpecialty, specialties } from '../../domain/specialties.js'
import { pagedKeyboard } from '../keyboards/paged.js'
import { askStep } from './profile-step.js'

export const profileFields = ['kind', 'name', 'institution', 'specialty', 'experience', 'english'] as const
export type ProfileField = typeof profileFields[number]

async function save(conversation: BotConversation, ctx: ConversationContext, patch: ProfilePatch) {
  const userId = ctx.user!.id
  return conversation.external((outer: BotContext) => outer.domain.profiles.update(userId, patch))
}

function buttons(ctx: ConversationContext, code: string, items: Array<[string, string]>, columns: number, perPage = 10) {
  return (page: number) => pagedKeyboard({
    items: items.map(([label, value]) => [label, `pf:${code}:v:${value}`]),
    page,
    perPage,
    columns,
    pageData: p => `pf:${code}:p:${p}`,
    extra: [[ctx.t('profile-skip'), `pf:${code}:skip`]],
  })
}

export async function askKind(conversation: BotConversation, ctx: ConversationContext) {
  const kind = await askStep<PersonKind>(conversation, ctx, {
    code: 'k',
    question: ctx.t('profile-ask-kind'),
    keyboard: buttons(ctx, 'k', personKinds.map(k => [ctx.t(`profile-kind-${k}`), k]), 1),
    pick: v => personKinds.find(k => k === v),
    label: k => ctx.t(`profile-kind-${k}`),
  })
  return kind && (await save(conversation, ctx, { kind })).kind
}

export async function askName(conversation: BotConversation, ctx: ConversationContext) {
  const fullName = await askStep<string>(conversation, ctx, {
    code: 'n',
    question: ctx.t('profile-ask-name', { max: fullNameMax }),
    keyboard: buttons(ctx, 'n', [], 1),
    typed: { max: fullNameMax, parse: text => text, invalid: '' },
    label: name => name,
  })
  if (fullName)
    await save(conversation, ctx, { fullName })
}

export async function askInstitution(conversation: BotConversation, ctx: ConversationContext) {
  const options = await conversation.external((outer: BotContext) => outer.domain.profiles.institutions())
  const name = (o: typeof options[number]) => `${pick(ctx.user?.locale, o, 'name')}, ${pick(ctx.user?.locale, o, 'city')}`
  const answer = await askStep<{ id: number } | { text: string }>(conversation, ctx, {
    code: 'i',
    question: ctx.t('profile-ask-institution', { max: institutionMax }),
    keyboard: buttons(ctx, 'i', options.map(o => [name(o), String(o.id)]), 1, 6),
    pick: v => options.some(o => String(o.id) === v) ? { id: Number(v) } : undefined,
    typed: { max: institutionMax, parse: text => ({ text }), invalid: '' },
    label: a => 'id' in a ? name(options.find(o => o.id === a.id)!) : a.text,
  })
  if (answer)
    await save(conversation, ctx, 'id' in answer ? { homeHospitalId: answer.id } : { homeInstitutionText: answer.text })
}

export async function askSpecialty(conversation: BotConversation, ctx: ConversationContext) {
  const specialty = await askStep<string>(conversation, ctx, {
    code: 's',
    question: ctx.t('profile-ask-specialty'),
    keyboard: buttons(ctx, 's', specialties.map(s => [ctx.t(`specialty-${s}`), s]), 2),
    pick: v => isSpecialty(v) ? v : undefined,
    label: s => ctx.t(`specialty-${s}`),
  })
  if (specialty)
    await save(conversation, ctx, { specialty })
}

export async function askExperience(conversation: BotConversation, ctx: ConversationContext, kind: PersonKind | null) {
  if (kind === 'student') {
    const years = Array.from({ length: studyYearMax }, (_, i) => String(i + 1))
    const studyYear = await askStep<number>(conversation, ctx, {
      code: 'y',
      question: ctx.t('profile-ask-study-year'),
      keyboard: buttons(ctx, 'y', years.map(y => [y, y]), 6),
      pick: v => years.includes(v) ? Number(v) : undefined,
      label: y => String(y),
    })
    if (studyYear)
      await save(conversation, ctx, { studyYear })
    return
  }
  const experienceYears = await askStep<number>(conversation, ctx, {
    code: 'x',
    question: ctx.t('profile-ask-experience', { max: experienceMax }),
    keyboard: buttons(ctx, 'x', [], 1),
    typed: {
      max: 10,
      parse: text => /^\d{1,2}$/.test(text) && Number(text) <= experienceMax ? Number(text) : undefined,
      invalid: ctx.t('profile-not-number', { max: experienceMax }),
    },
    label: y => String(y),
  })
  if (experienceYears !== null)
    await save(conversation, ctx, { experienceYears })
}

export async function askEnglish(conversation: BotConversation, ctx: ConversationContext) {
  const englishLevel = await askStep(conversation, ctx, {
    code: 'e',
    question: ctx.t('profile-ask-english'),
    keyboard: buttons(ctx, 'e', englishLevels.map(l => [l, l]), 3),
    pick: v => englishLevels.find(l => l === v),
    label: l => l,
  })
  if (englishLevel)
    await save(conversation, ctx, { englishLevel })
}

/** Asks the question of one field (the edit flow); the kind is read for the experience question. */
export async function askField(conversation: BotConversation, ctx: ConversationContext, field: ProfileField) {
  if (field === 'kind')
    return void await askKind(conversation, ctx)
  if (field === 'name')
    return askName(conversation, ctx)
  if (field === 'institution')
    return askInstitution(conversation, ctx)
  if (field === 'specialty')
    return askSpecialty(conversation, ctx)
  if (field === 'english')
    return askEnglish(conversation, ctx)
  const userId = ctx.user!.id
  const profile = await conversation.external((outer: BotContext) => outer.domain.profiles.get(userId))
  return askExperience(conversation, ctx, profile?.kind ?? null)
}
