// The profile as the person sees it in /profile, with an edit button per field.
import type { TranslateFunction } from '@grammyjs/i18n'
import type { ProfileRecord } from '../../domain/profiles.js'
import type { Locale } from '../../domain/users.js'
import { InlineKeyboard } from 'grammy'
import { pick } from '../../domain/localized.js'
import { missingForApplication } from '../../domain/profiles.js'
import { escapeHtml } from './html.js'

export function profileCard(t: TranslateFunction, locale: Locale, p: ProfileRecord | null): string {
  const none = t('profile-not-set')
  const institution = p?.homeHospital ? pick(locale, p.homeHospital, 'name') : p?.homeInstitutionText
  const experience = p?.kind === 'student'
    ? t('profile-line-study-year', { value: p.studyYear ?? none })
    : t('profile-line-experience', { value: p?.experienceYears != null ? t('profile-years', { count: p.experienceYears }) : none })
  const missing = missingForApplication(p)
  return [
    t('profile-title'),
    '',
    t('profile-line-kind', { value: p?.kind ? t(`profile-kind-${p.kind}`) : none }),
    t('profile-line-name', { value: p?.fullName ? escapeHtml(p.fullName) : none }),
    t('profile-line-institution', { value: institution ? escapeHtml(institution) : none }),
    t('profile-line-specialty', { value: p?.specialty ? t(`specialty-${p.specialty}`) : none }),
    experience,
    t('profile-line-english', { value: p?.englishLevel ?? none }),
    '',
    missing.length === 0
      ? t('profile-complete')
      : t('profile-missing', { fields: missing.map(f => t(`profile-missing-${f}`)).join(', ') }),
  ].join('\n')
}

export function profileKeyboard(t: TranslateFunction, p: ProfileRecord | null) {
  const experience = p?.kind === 'student' ? 'profile-edit-study-year' : 'profile-edit-experience'
  return InlineKeyboard.from([
    [InlineKeyboard.text(t('profile-edit-kind'), 'pe:kind'), InlineKeyboard.text(t('profile-edit-name'), 'pe:name')],
    [InlineKeyboard.text(t('profile-edit-institution'), 'pe:institution'), InlineKeyboard.text(t('profile-edit-specialty'), 'pe:specialty')],
    [InlineKeyboard.text(t(experience), 'pe:experience'), InlineKeyboard.text(t('profile-edit-english'), 'pe:english')],
    [InlineKeyboard.text(t('profile-documents'), 'dc:show')],
  ])
}
