// The certificate of attendance of an event as a PDF, with the portfolio's
// machinery (pdfkit, the DejaVu fonts, the verification codes): issued to a
// person a coordinator marked as attended, in their language. Staff check a
// code with /verify.
import type { Db } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import type { Rights } from './access.js'
import type { Translate } from './portfolio-pdf.js'
import PDFDocument from 'pdfkit'
import { formatDay, formatDeadline } from '../time/dates.js'
import { isStaff } from './access.js'
import { ForbiddenError, NotFoundError, StateError } from './errors.js'
import { personName } from './events-admin.js'
import { pick } from './localized.js'
import { displayCode, fonts, newVerificationCode, normaliseCode } from './portfolio-pdf.js'

export interface VerifiedCertificate {
  eventId: number
  person: string
  titleUk: string
  titleEn: string
  hospitalUk: string
  hospitalEn: string
  startsAt: string
}

const include = {
  event: { include: { hospital: true } },
  user: { select: { firstName: true, lastName: true, username: true, telegramId: true, timezone: true, profile: { select: { fullName: true } } } },
} as const

export function createEventCertificates(db: Db, clock: Clock) {
  /** The registration's code, drawn once (a collision, never expected at 50 bits, draws again). */
  async function ensureCode(id: number, current: string | null): Promise<string> {
    if (current)
      return current
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await db.eventRegistration.updateMany({ where: { id, certificateCode: null }, data: { certificateCode: newVerificationCode() } })
        return (await db.eventRegistration.findUniqueOrThrow({ where: { id }, select: { certificateCode: true } })).certificateCode!
      }
      catch (error) {
        if ((error as { code?: string }).code !== 'P2002')
          throw error
      }
    }
    throw new Error('could not draw a unique certificate code')
  }

  return {
    /**
     * The person's certificate for an event, in `locale` (`t` speaks it).
     * NotFound when they hold no place there; `event-not-attended` until a
     * coordinator marked them as attended.
     */
    async document(userId: number, eventId: number, locale: string, t: Translate): Promise<{ filename: string, content: Buffer, code: string }> {
      const r = await db.eventRegistration.findUnique({ where: { eventId_userId: { eventId, userId } }, include })
      if (!r || r.event.status === 'draft')
        throw new NotFoundError('Event')
      if (!r.attendedAt || r.event.status !== 'open')
        throw new StateError('event-not-attended', 'The certificate is issued once attendance is marked')
      const code = await ensureCode(r.id, r.certificateCode)
      const e = r.event
      const when = e.endsOn && e.endsOn.toISOString().slice(0, 10) !== e.startsAt.toISOString().slice(0, 10)
        ? `${formatDay(locale, e.startsAt.toISOString())} – ${formatDay(locale, e.endsOn.toISOString())}`
        : formatDeadline(locale, e.startsAt, r.user.timezone)
      const content = await renderCertificate({
        t,
        now: clock(),
        locale,
        person: personName(r.user),
        kind: t(`events-kind-${e.kind}`),
        title: pick(locale, e, 'title'),
        organiser: `${pick(locale, e.hospital, 'name')}, ${pick(locale, e.hospital, 'city')}`,
        when,
        where: [e.place, e.onlineUrl ? t('events-pdf-online') : null].filter(Boolean).join(' · '),
        code: displayCode(code),
      })
      return { filename: `certificate-${eventId}.pdf`, content, code }
    },

    /** What a certificate code stands for, for staff; null when it is no certificate's. */
    async verify(rights: Rights, text: string): Promise<VerifiedCertificate | null> {
      if (!isStaff(rights))
        throw new ForbiddenError()
      const code = normaliseCode(text)
      if (!code)
        return null
      const r = await db.eventRegistration.findUnique({ where: { certificateCode: code }, include })
      if (!r || !r.attendedAt)
        return null
      return {
        eventId: r.eventId,
        person: personName(r.user),
        titleUk: r.event.titleUk,
        titleEn: r.event.titleEn,
        hospitalUk: r.event.hospital.nameUk,
        hospitalEn: r.event.hospital.nameEn,
        startsAt: r.event.startsAt.toISOString(),
      }
    },
  }
}

interface CertificateData { t: Translate, now: Date, locale: string, person: string, kind: string, title: string, organiser: string, when: string, where: string, code: string }

/** One A4 landscape page; the creation date is the clock's, so the same data gives the same file. */
function renderCertificate(d: CertificateData): Promise<Buffer> {
  const { t } = d
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 64, info: { Title: t('events-pdf-title'), Author: d.person, Creator: 'MedTwin', CreationDate: d.now, ModDate: d.now } })
  doc.registerFont('regular', fonts.regular)
  doc.registerFont('bold', fonts.bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const center = { align: 'center' as const }
  doc.moveDown(2).font('bold').fontSize(28).text(t('events-pdf-title'), center)
  doc.moveDown(1).font('regular').fontSize(13).text(t('events-pdf-certifies'), center)
  doc.moveDown(0.6).font('bold').fontSize(22).text(d.person, center)
  doc.moveDown(0.6).font('regular').fontSize(13).text(t('events-pdf-attended', { kind: d.kind }), center)
  doc.moveDown(0.4).font('bold').fontSize(17).text(d.title, center)
  doc.moveDown(0.8).font('regular').fontSize(12).text(d.organiser, center).text(d.when, center)
  if (d.where)
    doc.text(d.where, center)
  doc.moveDown(3).font('regular').fontSize(9).fillColor('#555555').text(t('events-pdf-verify', { code: d.code, date: formatDay(d.locale, d.now) }), center).fillColor('black')
  doc.end()
  return done
}

export type EventCertificates = ReturnType<typeof createEventCertificates>
