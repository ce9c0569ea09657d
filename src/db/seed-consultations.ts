// Demo consultations between twins (seed-consultations.json), loaded by
// `npm run db:seed` after the public data: demo people who cannot be messaged
// (an id no Telegram account has, unreachable), and requests in each state so
// /consults and /stats show them. Rows are matched by a key kept in the audit
// log; existing ones are never updated. Slots are relative to `now`.
import type { PrismaClient } from '../generated/prisma/client.js'
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { consultKinds, consultUrgencies } from '../domain/consultations.js'
import { isSpecialty } from '../domain/specialties.js'

const person = z.strictObject({ key: z.string(), fullName: z.string(), home: z.string().nullable(), specialty: z.string().refine(isSpecialty), timezone: z.string(), locale: z.enum(['uk', 'en']) })
const consultation = z.strictObject({
  key: z.string(),
  kind: z.enum(consultKinds),
  requester: z.string(),
  to: z.string(),
  specialty: z.string().refine(isSpecialty),
  urgency: z.enum(consultUrgencies),
  question: z.string().min(1).max(1500),
  preferredSlots: z.string().nullable(),
  status: z.enum(['requested', 'scheduled', 'done']),
  specialist: z.string().nullable(),
  slotInHours: z.number().int().nullable(),
  outcome: z.string().nullable(),
  followUp: z.boolean().nullable(),
  rating: z.number().int().min(1).max(5).nullable(),
})
const schema = z.strictObject({ about: z.string(), people: z.array(person), consultations: z.array(consultation) })

/** Demo accounts get Telegram ids below any real one (and apart from erased rows' small negative ids). */
const demoTelegramId = (index: number) => -9_000_000_000_000n - BigInt(index)

export function loadDemoConsultations(file: URL | string = new URL('./seed-consultations.json', import.meta.url)) {
  return schema.parse(JSON.parse(readFileSync(file, 'utf8')))
}

/** Creates the demo people and consultations that are missing; returns how many consultations it created. */
export async function seedConsultations(prisma: PrismaClient, now: Date, data = loadDemoConsultations()): Promise<{ created: number, existing: number }> {
  const hospitals = new Map((await prisma.hospital.findMany({ select: { id: true, slug: true } })).map(h => [h.slug, h.id]))
  const hospital = (slug: string) => hospitals.get(slug) ?? (() => { throw new Error(`Seed: hospital ${slug} is missing`) })()
  const people = new Map<string, number>()
  for (const [i, p] of data.people.entries()) {
    const user = await prisma.user.upsert({
      where: { telegramId: demoTelegramId(i + 1) },
      create: { telegramId: demoTelegramId(i + 1), firstName: p.fullName, locale: p.locale, timezone: p.timezone, reachable: false, unreachableAt: now, profile: { create: { kind: 'doctor', fullName: p.fullName, specialty: p.specialty, homeHospitalId: p.home ? hospital(p.home) : null } } },
      update: {},
    })
    people.set(p.key, user.id)
  }
  const seeded = new Set((await prisma.auditLog.findMany({ where: { action: 'consult-seed' }, select: { details: true } })).map(a => (a.details as { key?: string } | null)?.key))
  let created = 0
  for (const c of data.consultations.filter(c => !seeded.has(c.key))) {
    const requesterId = people.get(c.requester)!
    const profile = await prisma.profile.findUniqueOrThrow({ where: { userId: requesterId } })
    const slotAt = c.slotInHours === null ? null : new Date(now.getTime() + c.slotInHours * 3_600_000)
    await prisma.$transaction(async (tx) => {
      const row = await tx.consultation.create({
        data: {
          kind: c.kind,
          requesterId,
          fromHospitalId: profile.homeHospitalId!,
          toHospitalId: hospital(c.to),
          specialty: c.specialty,
          question: c.question,
          urgency: c.urgency,
          preferredSlots: c.preferredSlots,
          anonymisedAt: now,
          status: c.status,
          specialistId: c.specialist ? people.get(c.specialist)! : null,
          assignedAt: c.specialist ? now : null,
          slotAt,
          outcome: c.outcome,
          followUp: c.followUp,
          rating: c.rating,
          doneAt: c.status === 'done' ? slotAt : null,
        },
      })
      await tx.auditLog.create({ data: { actorId: null, action: 'consult-seed', entityType: 'consultation', entityId: String(row.id), details: { key: c.key } } })
    })
    created++
  }
  return { created, existing: data.consultations.length - created }
}
