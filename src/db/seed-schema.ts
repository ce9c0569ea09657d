// The shape of seed-data.json, and its reader: `loadSeedData` checks the
// file's fields and codes (countries, specialties, documents) and the hospitals
// its rows refer to before anything is written.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { isCountry } from '../domain/countries.js'
import { eventLimits, isEventUrl } from '../domain/events-admin.js'
import { eventLanguages } from '../domain/events.js'
import { wardLanguages } from '../domain/needs.js'
import { isSpecialty } from '../domain/specialties.js'
import { Audience, DocumentType, EventKind, HospitalKind, OpportunityFormat, OpportunityKind } from '../generated/prisma/enums.js'

const values = <T extends Record<string, string>>(e: T) => z.enum(Object.values(e) as [T[keyof T], ...T[keyof T][]])
const days = z.number().int().nonnegative()

const hospitalSchema = z.strictObject({
  slug: z.string().min(1),
  kind: values(HospitalKind),
  isUniversity: z.boolean(),
  nameUk: z.string().min(1),
  nameEn: z.string().min(1),
  cityUk: z.string().min(1),
  cityEn: z.string().min(1),
  country: z.string().refine(isCountry, 'unknown country'),
  regionUk: z.string().nullable(),
  regionEn: z.string().nullable(),
})

const partnershipSchema = z.strictObject({
  ukrainian: z.string(),
  partner: z.string(),
  memorandumSignedOn: z.iso.date(),
})

const opportunitySchema = z.strictObject({
  slug: z.string().min(1),
  host: z.string(),
  kind: values(OpportunityKind),
  titleUk: z.string().min(1),
  titleEn: z.string().min(1),
  descriptionUk: z.string().min(1).max(1499),
  descriptionEn: z.string().min(1).max(1499),
  specialties: z.array(z.string().refine(isSpecialty, 'unknown specialty')).min(1),
  audience: values(Audience),
  format: values(OpportunityFormat),
  /** The application deadline is this many days after `now`, at 23:59 in Kyiv. */
  deadlineInDays: days,
  /** The first day is this many days after the deadline's day. */
  startsAfterDeadlineDays: days,
  /** Length in days, first and last day included. */
  durationDays: days.min(1),
  seats: z.number().int().positive(),
  languageRequirement: z.string(),
  requiredDocuments: z.array(values(DocumentType)),
  requiresEndorsement: z.boolean(),
})

const eventSchema = z.strictObject({
  slug: z.string().min(1),
  organiser: z.string(),
  kind: values(EventKind),
  titleUk: z.string().min(1).max(eventLimits.title),
  titleEn: z.string().min(1).max(eventLimits.title),
  descriptionUk: z.string().min(1).max(eventLimits.description),
  descriptionEn: z.string().min(1).max(eventLimits.description),
  /** The first day is this many days after seeding, at `startTime` in Kyiv. */
  startsInDays: days.min(1),
  startTime: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/),
  /** Length in days, first and last day included. */
  durationDays: days.min(1),
  place: z.string().min(1).max(eventLimits.place).nullable(),
  onlineUrl: z.string().refine(isEventUrl, 'not an http(s) link').nullable(),
  language: z.enum(eventLanguages),
  seats: z.number().int().positive().max(eventLimits.seats),
}).refine(e => e.place !== null || e.onlineUrl !== null, 'an event needs a place or an online link')
const needSchema = z.strictObject({
  slug: z.string().min(1),
  hospital: z.string(),
  specialty: z.string().refine(isSpecialty, 'unknown specialty'),
  departmentUk: z.string().min(1).max(120),
  departmentEn: z.string().min(1).max(120),
  /** The first day is this many days after `now`. */
  startsInDays: days.min(1),
  durationDays: days.min(2),
  wardLanguages: z.array(z.enum(wardLanguages)).min(1),
  accommodation: z.boolean(),
  translator: z.boolean(),
  securityNotesUk: z.string().max(800).nullable(),
  securityNotesEn: z.string().max(800).nullable(),
})

const seedDataSchema = z.strictObject({
  about: z.string(),
  hospitals: z.array(hospitalSchema),
  partnerships: z.array(partnershipSchema),
  opportunities: z.array(opportunitySchema),
  events: z.array(eventSchema).default([]),
  needs: z.array(needSchema).default([]),
})

export type SeedHospital = z.infer<typeof hospitalSchema>
export type SeedPartnership = z.infer<typeof partnershipSchema>
export type SeedOpportunity = z.infer<typeof opportunitySchema>
export type SeedEvent = z.infer<typeof eventSchema>
export type SeedNeed = z.infer<typeof needSchema>
export type SeedData = z.infer<typeof seedDataSchema>

/**
 * Reads and checks a seed data file: its shape, codes (countries, specialties,
 * documents) and the hospitals its rows refer to. Throws an error naming every
 * problem, so the file can be fixed in one go.
 */
export function loadSeedData(file: URL | string = new URL('./seed-data.json', import.meta.url)): SeedData {
  const parsed = seedDataSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success)
    throw new Error(`Invalid seed data in ${String(file)}: ${z.prettifyError(parsed.error)}`)
  const data = parsed.data
  const kinds = new Map(data.hospitals.map(h => [h.slug, h.kind]))
  const problems: string[] = []
  if (kinds.size !== data.hospitals.length)
    problems.push('duplicate hospital slug')
  if (new Set(data.opportunities.map(o => o.slug)).size !== data.opportunities.length)
    problems.push('duplicate opportunity slug')
  for (const h of data.hospitals.filter(h => h.kind === 'ukrainian' && (h.country !== 'UA' || !h.regionUk || !h.regionEn)))
    problems.push(`${h.slug}: a Ukrainian hospital needs country UA and a region`)
  for (const p of data.partnerships.filter(p => kinds.get(p.ukrainian) !== 'ukrainian' || kinds.get(p.partner) !== 'partner'))
    problems.push(`partnership ${p.ukrainian}–${p.partner}: needs a Ukrainian and a partner hospital`)
  for (const o of data.opportunities.filter(o => !kinds.has(o.host)))
    problems.push(`${o.slug}: unknown host ${o.host}`)
  if (new Set(data.events.map(e => e.slug)).size !== data.events.length)
    problems.push('duplicate event slug')
  for (const e of data.events.filter(e => !kinds.has(e.organiser)))
    problems.push(`${e.slug}: unknown organiser ${e.organiser}`)
  for (const n of data.needs.filter(n => kinds.get(n.hospital) !== 'ukrainian'))
    problems.push(`need ${n.slug}: needs a Ukrainian hospital, not ${n.hospital}`)
  if (problems.length)
    throw new Error(`Invalid seed data in ${String(file)}: ${problems.join('; ')}`)
  return data
}
