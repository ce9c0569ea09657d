// The learning portfolio as a PDF (pdfkit, DejaVu fonts from npm: Cyrillic
// works, nothing is downloaded): the person, the host, the twinning, the dates,
// the specialty and the mentor; the logbook grouped by kind with counts and the
// mentor's confirmations; the feedback; and a verification code that staff
// check with /verify. Who may fetch it: the person, a coordinator of the host
// hospital, an administrator. It is issued only once the survey is answered.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'
import { formatDay } from '../time/dates.js'
import { coordinatesHospital, isStaff } from './access.js'
import { ForbiddenError, NotFoundError, StateError } from './errors.js'
import { pick } from './localized.js'
import { day } from './opportunities.js'

/** Every kind of logbook entry, in the order the document lists them. */
export const portfolioKinds = ['case', 'procedure', 'skill', 'teaching', 'reflection'] as const
export type PortfolioKind = typeof portfolioKinds[number]

const require = createRequire(import.meta.url)
export const fonts = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
}

// RFC 4648 base32 without the padding: no 0/1/8/9, so O/I/B cannot be misread as digits.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
export const codeLength = 10

/** A fresh code: 10 base32 characters (50 random bits). */
export function newVerificationCode(): string {
  return [...randomBytes(codeLength)].map(b => alphabet[b & 31]).join('')
}

/** The code as printed: two groups of five. */
export function displayCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`
}

/** A typed code without spaces, dashes and case; null when it cannot be one. */
export function normaliseCode(text: string): string | null {
  const code = text.replace(/[\s-]/g, '').toUpperCase()
  return code.length === codeLength && [...code].every(c => alphabet.includes(c)) ? code : null
}

/** Who asks: their user id (undefined for nobody known) and rights, read afresh. */
export interface Viewer { userId: number | undefined, rights: Rights }

export type Translate = (key: string, params?: Record<string, string | number>) => string

export interface VerifiedPlacement {
  placementId: number
  person: string
  hospitalUk: string
  hospitalEn: string
  cityUk: string
  cityEn: string
  country: string
  startsOn: string
  endsOn: string
  entries: number
  confirmed: number
  /** Whether the asker may fetch the PDF (a coordinator of the host, an administrator). */
  canFetch: boolean
}

const placementInclude = {
  user: { include: { profile: { include: { homeHospital: true } } } },
  mentor: { select: { firstName: true, lastName: true, profile: { select: { fullName: true } } } },
  survey: true,
  application: { include: { opportunity: { include: { hostHospital: { include: { partnerSide: { include: { ukrainianHospital: true } } } } } } } },
} as const

function userName(u: { firstName: string | null, lastName?: string | null, profile?: { fullName: string | null } | null } | null | undefined): string | null {
  if (!u)
    return null
  return u.profile?.fullName?.trim() || [u.firstName, u.lastName].filter(Boolean).join(' ') || null
}

export function createPortfolioRepository(db: Db, clock: Clock) {
  async function load(id: number) {
    return db.placement.findFirst({ where: { id, status: { not: 'cancelled' } }, include: placementInclude })
  }

  /** The placement if the viewer may see its portfolio: NotFound for a person, not-yours for staff of another hospital. */
  async function authorised(viewer: Viewer, id: number) {
    const row = await load(id)
    if (row && viewer.userId !== undefined && row.userId === viewer.userId)
      return row
    if (!isStaff(viewer.rights))
      throw new NotFoundError('placement')
    if (!row)
      throw new NotFoundError('placement')
    if (!coordinatesHospital(viewer.rights, row.application.opportunity.hostHospitalId))
      throw new ForbiddenError('not-yours')
    return row
  }

  /** The placement's code, made once (a collision, at 50 bits never expected, draws again). */
  async function ensureCode(id: number, current: string | null): Promise<string> {
    if (current)
      return current
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await db.placement.updateMany({ where: { id, verificationCode: null }, data: { verificationCode: newVerificationCode() } })
        const row = await db.placement.findUniqueOrThrow({ where: { id }, select: { verificationCode: true } })
        return row.verificationCode!
      }
      catch (error) {
        if ((error as { code?: string }).code !== 'P2002')
          throw error
      }
    }
    throw new Error('could not draw a unique verification code')
  }

  return {
    /**
     * The portfolio PDF of a placement in the viewer's language (`t` speaks
     * it). Refuses a stranger (not-found), a coordinator of another hospital
     * (not-yours) and, for everyone, a placement whose survey is not answered.
     * Marks the portfolio sent when the person fetches their own.
     */
    async document(viewer: Viewer, id: number, locale: string, t: Translate): Promise<{ filename: string, content: Buffer, code: string }> {
      const row = await authorised(viewer, id)
      if (!row.survey)
        throw new StateError('portfolio-survey-first', 'The portfolio is issued once the survey is answered', { placementId: id })
      const code = await ensureCode(id, row.verificationCode)
      const entries = await db.portfolioEntry.findMany({
        where: { placementId: id },
        include: { reviewedBy: { select: { id: true, firstName: true, lastName: true, profile: { select: { fullName: true } } } } },
        orderBy: [{ happenedOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      })
      const now = clock()
      const o = row.application.opportunity
      const host = o.hostHospital
      const profile = row.user.profile
      const home = profile?.homeHospital ? pick(locale, profile.homeHospital, 'name') : profile?.homeInstitutionText ?? null
      const twins = host.partnerSide.map(p => p.ukrainianHospital)
      const ownTwin = twins.find(h => h.id === profile?.homeHospitalId)
      const mentor = row.mentorName ? [row.mentorName, row.mentorPosition].filter(Boolean).join(', ') : userName(row.mentor)
      const content = await renderPdf({
        locale,
        t,
        now,
        person: userName(row.user) ?? String(row.user.telegramId),
        home,
        title: pick(locale, o, 'title'),
        host: `${pick(locale, host, 'name')}, ${pick(locale, host, 'city')}, ${t(`country-${host.country}`)}`,
        twinning: (ownTwin ? [ownTwin] : twins).map(h => `${pick(locale, h, 'name')} (${pick(locale, h, 'city')})`),
        dates: `${formatDay(locale, day(row.startsOn))} – ${formatDay(locale, day(row.endsOn))}`,
        specialty: o.specialties.map(s => t(`specialty-${s}`)).join(', '),
        department: row.department,
        mentor,
        entries: entries.map(e => ({
          kind: e.kind as PortfolioKind,
          on: day(e.happenedOn ?? e.createdAt),
          text: e.text,
          specialty: e.specialty,
          role: e.procedureRole,
          confirmed: e.review === 'confirmed' && e.reviewedAt
            ? { by: (e.reviewedById === row.mentorUserId ? row.mentorName : null) ?? userName(e.reviewedBy) ?? row.mentorName ?? '—', on: day(e.reviewedAt) }
            : null,
        })),
        feedback: [row.feedback, row.survey.comment].filter((s, i, all): s is string => Boolean(s?.trim()) && all.indexOf(s) === i),
        code: displayCode(code),
      })
      if (viewer.userId === row.userId)
        await db.placement.update({ where: { id }, data: { portfolioSentAt: now } })
      return { filename: `portfolio-${id}.pdf`, content, code }
    },

    /** What a code stands for, for staff only; null for a code that is no placement's. */
    async verify(rights: Rights, text: string): Promise<VerifiedPlacement | null> {
      if (!isStaff(rights))
        throw new ForbiddenError()
      const code = normaliseCode(text)
      if (!code)
        return null
      const row = await db.placement.findUnique({ where: { verificationCode: code }, include: placementInclude })
      if (!row || row.status === 'cancelled')
        return null
      const [entries, confirmed] = await Promise.all([
        db.portfolioEntry.count({ where: { placementId: row.id } }),
        db.portfolioEntry.count({ where: { placementId: row.id, review: 'confirmed' } }),
      ])
      const host = row.application.opportunity.hostHospital
      return {
        placementId: row.id,
        person: userName(row.user) ?? String(row.user.telegramId),
        hospitalUk: host.nameUk,
        hospitalEn: host.nameEn,
        cityUk: host.cityUk,
        cityEn: host.cityEn,
        country: host.country,
        startsOn: day(row.startsOn),
        endsOn: day(row.endsOn),
        entries,
        confirmed,
        canFetch: coordinatesHospital(rights, host.id),
      }
    },
  }
}

interface PdfEntry {
  kind: PortfolioKind
  on: string
  text: string
  specialty: string | null
  role: string | null
  confirmed: { by: string, on: string } | null
}

interface PdfData {
  locale: string
  t: Translate
  now: Date
  person: string
  home: string | null
  title: string
  host: string
  twinning: string[]
  dates: string
  specialty: string
  department: string | null
  mentor: string | null
  entries: PdfEntry[]
  feedback: string[]
  code: string
}

/** Lays the portfolio out on A4 pages; the creation date is the clock's, so the same data gives the same file. */
function renderPdf(d: PdfData): Promise<Buffer> {
  const { t, locale } = d
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: t('portfolio-pdf-title'), Author: d.person, Creator: 'MedTwin', CreationDate: d.now, ModDate: d.now } })
  doc.registerFont('regular', fonts.regular)
  doc.registerFont('bold', fonts.bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const line = (label: string, value: string | null) => {
    if (!value)
      return
    doc.font('bold').fontSize(10).text(`${label}: `, { continued: true }).font('regular').text(value)
  }
  const heading = (text: string) => doc.moveDown(0.8).font('bold').fontSize(13).text(text).moveDown(0.3)

  doc.font('bold').fontSize(18).text(t('portfolio-pdf-title'))
  doc.font('regular').fontSize(12).text(d.title).moveDown(0.6)
  line(t('portfolio-pdf-person'), d.person)
  line(t('portfolio-pdf-home'), d.home)
  line(t('portfolio-pdf-host'), d.host)
  line(t('portfolio-pdf-twinning'), d.twinning.join('; ') || null)
  line(t('portfolio-pdf-dates'), d.dates)
  line(t('portfolio-pdf-specialty'), d.specialty || null)
  line(t('portfolio-pdf-department'), d.department)
  line(t('portfolio-pdf-mentor'), d.mentor)

  heading(t('portfolio-pdf-logbook', { count: d.entries.length, confirmed: d.entries.filter(e => e.confirmed).length }))
  for (const kind of portfolioKinds) {
    const items = d.entries.filter(e => e.kind === kind)
    if (items.length === 0)
      continue
    doc.moveDown(0.4).font('bold').fontSize(11).text(`${t(`portfolio-pdf-kind-${kind}`)} (${items.length})`)
    items.forEach((e, i) => {
      const meta = [formatDay(locale, e.on), e.role ? t(`portfolio-pdf-role-${e.role}`) : null, e.specialty ? t(`specialty-${e.specialty}`) : null].filter(Boolean).join(' · ')
      doc.moveDown(0.2).font('bold').fontSize(10).text(`${i + 1}. ${meta}`)
      doc.font('regular').fontSize(10).text(e.text)
      if (e.confirmed)
        doc.font('regular').fontSize(9).fillColor('#1a7f37').text(t('portfolio-pdf-confirmed', { mentor: e.confirmed.by, date: formatDay(locale, e.confirmed.on) })).fillColor('black')
    })
  }
  if (d.entries.length === 0)
    doc.font('regular').fontSize(10).text(t('portfolio-pdf-empty'))

  if (d.feedback.length) {
    heading(t('portfolio-pdf-feedback'))
    for (const text of d.feedback)
      doc.font('regular').fontSize(10).text(text).moveDown(0.3)
  }

  doc.moveDown(1.2).font('regular').fontSize(9).fillColor('#555555').text(t('portfolio-pdf-verify', { code: d.code, date: formatDay(locale, d.now) })).fillColor('black')
  doc.end()
  return done
}

export type PortfolioRepository = ReturnType<typeof createPortfolioRepository>
