// The survey at the end of a placement: four ratings from 1 to 5 (teaching,
// supervision, organisation, safety) and one optional comment. It may be
// answered from the placement's last day on, once; the portfolio PDF is issued
// only after it (portfolio-pdf.ts). The results feed /stats per host hospital:
// averages, hidden when fewer than three people answered (a host could tell who).
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import { todayIn } from '../time/zones.js'
import { hospitalScope } from './access.js'
import { NotFoundError, StateError } from './errors.js'
import { day } from './opportunities.js'

export const surveyAspects = ['teaching', 'supervision', 'organisation', 'safety'] as const
export type SurveyAspect = typeof surveyAspects[number]
export type SurveyRatings = Record<SurveyAspect, number>
/** The longest survey comment, in characters. */
export const maxSurveyComment = 1000
/** Fewer answers than this and a hospital's averages are not shown. */
export const minimumSurveyAnswers = 3

export interface SurveyStatus {
  placementId: number
  endsOn: string
  answered: boolean
  /** From the placement's last day on (in the programme's zone). */
  open: boolean
}

export interface HospitalSurveyRow {
  hospitalId: number
  nameUk: string
  nameEn: string
  answers: number
  /** Null when fewer than `minimumSurveyAnswers` people answered. */
  averages: SurveyRatings | null
}

export function isRating(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5
}

export function createSurveyRepository(db: Db, clock: Clock, timezone: string) {
  async function own(userId: number, placementId: number) {
    const row = await db.placement.findFirst({ where: { id: placementId, userId, status: { not: 'cancelled' } }, select: { id: true, endsOn: true, survey: { select: { id: true } } } })
    if (!row)
      throw new NotFoundError('placement')
    return row
  }

  function statusOf(row: { id: number, endsOn: Date, survey: { id: number } | null }, now: Date): SurveyStatus {
    const endsOn = day(row.endsOn)
    return { placementId: row.id, endsOn, answered: row.survey !== null, open: todayIn(timezone, now) >= endsOn }
  }

  return {
    /** Whether the person's own placement has its survey answered, and whether it may be answered now. */
    async status(userId: number, placementId: number, now = clock()): Promise<SurveyStatus> {
      return statusOf(await own(userId, placementId), now)
    },

    /** Stores the answers (once). Refuses before the last day and a second time. */
    async submit(userId: number, placementId: number, ratings: SurveyRatings, comment: string | null, now = clock()): Promise<void> {
      const status = statusOf(await own(userId, placementId), now)
      if (status.answered)
        throw new StateError('survey-answered', 'The survey of this placement is already answered')
      if (!status.open)
        throw new StateError('survey-too-early', 'The survey opens on the last day of the placement', { day: status.endsOn })
      if (!surveyAspects.every(a => isRating(ratings[a])))
        throw new Error('survey ratings must be integers from 1 to 5')
      const text = comment?.trim().slice(0, maxSurveyComment) || null
      const created = await db.placementSurvey.createMany({ data: [{ placementId, ...pickRatings(ratings), comment: text, createdAt: now }], skipDuplicates: true })
      if (created.count === 0)
        throw new StateError('survey-answered', 'The survey of this placement is already answered')
    },

    /**
     * Average ratings per host hospital, for the hospitals the rights cover
     * (all for administrators and programme-wide coordinators), most answers first.
     */
    async averages(rights: Rights): Promise<HospitalSurveyRow[]> {
      const scope = hospitalScope(rights)
      const surveys = await db.placementSurvey.findMany({
        where: scope === 'all' ? {} : { placement: { application: { opportunity: { hostHospitalId: { in: scope } } } } },
        select: { teaching: true, supervision: true, organisation: true, safety: true, placement: { select: { application: { select: { opportunity: { select: { hostHospital: { select: { id: true, nameUk: true, nameEn: true } } } } } } } } },
      })
      const byHospital = new Map<number, { hospital: { id: number, nameUk: string, nameEn: string }, rows: SurveyRatings[] }>()
      for (const s of surveys) {
        const hospital = s.placement.application.opportunity.hostHospital
        const entry = byHospital.get(hospital.id) ?? { hospital, rows: [] }
        entry.rows.push(pickRatings(s))
        byHospital.set(hospital.id, entry)
      }
      return [...byHospital.values()]
        .map(({ hospital, rows }) => ({
          hospitalId: hospital.id,
          nameUk: hospital.nameUk,
          nameEn: hospital.nameEn,
          answers: rows.length,
          averages: rows.length < minimumSurveyAnswers
            ? null
            : Object.fromEntries(surveyAspects.map(a => [a, Math.round(rows.reduce((sum, r) => sum + r[a], 0) / rows.length * 10) / 10])) as SurveyRatings,
        }))
        .sort((a, b) => b.answers - a.answers || a.hospitalId - b.hospitalId)
    },
  }
}

function pickRatings(r: SurveyRatings): SurveyRatings {
  return { teaching: r.teaching, supervision: r.supervision, organisation: r.organisation, safety: r.safety }
}

export type SurveyRepository = ReturnType<typeof createSurveyRepository>
