// A person's documents, stored once and reused across applications. Files stay
// on Telegram's servers; we keep their file_id.
import type { Db, Tx } from '../db/client.js'
import type { Clock } from '../time/clock.js'
import { parseDay } from '../time/dates.js'
import { defaultTimezone, todayIn } from '../time/zones.js'
import { NotFoundError, ValidationError } from './errors.js'

export const documentTypes = ['cv', 'licence', 'diploma', 'language_certificate', 'other'] as const
export type DocumentType = typeof documentTypes[number]
/** A CV is rewritten by its owner, not renewed by an authority: even with a date, it gets no expiry reminder. */
export const unremindedDocumentTypes: readonly DocumentType[] = ['cv']
/** Telegram lets a bot download files up to 20 MB (getFile). */
export const maxDocumentBytes = 20 * 1024 * 1024
export const acceptedMimeTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const

export interface DocumentRecord {
  id: number
  type: DocumentType
  fileId: string
  fileUniqueId: string
  fileName: string | null
  mimeType: string | null
  fileSize: number | null
  /** YYYY-MM-DD, or null when it does not expire. */
  expiresOn: string | null
  expired: boolean
  createdAt: string
}

export interface NewDocument {
  type: DocumentType
  fileId: string
  fileUniqueId: string
  fileName?: string | null
  mimeType?: string | null
  fileSize?: number | null
  /** YYYY-MM-DD or null. */
  expiresOn?: string | null
}

export function isDocumentType(value: string): value is DocumentType {
  return (documentTypes as readonly string[]).includes(value)
}

/**
 * Reads an expiry date in any form `parseDay` accepts. Returns YYYY-MM-DD, or a reason:
 * 'invalid' for anything that is not a real date, 'past' for a date before `today` (YYYY-MM-DD).
 */
export function parseExpiry(text: string, today: string): { date: string } | { error: 'invalid' | 'past' } {
  const parsed = parseDay(text)
  if ('error' in parsed)
    return parsed
  return parsed.day < today ? { error: 'past' } : { date: parsed.day }
}

/**
 * The one document check before storing, wherever the file comes from: a PDF,
 * JPG or PNG of at most 20 MB. Returns null, or the refusal code.
 */
export function checkDocument(file: { mimeType?: string | null, fileSize?: number | null }): 'document-kind' | 'document-size' | null {
  if (!file.mimeType || !(acceptedMimeTypes as readonly string[]).includes(file.mimeType))
    return 'document-kind'
  if (file.fileSize != null && file.fileSize > maxDocumentBytes)
    return 'document-size'
  return null
}

/** Throws ValidationError (field `file`) when `checkDocument` refuses the file. */
export function assertDocument(file: { mimeType?: string | null, fileSize?: number | null }): void {
  const problem = checkDocument(file)
  if (problem)
    throw new ValidationError(problem, 'file', `Document must be PDF, JPG or PNG up to 20 MB, got ${file.mimeType} of ${file.fileSize} bytes`)
}

/** Whether a stored expiry day (a date-only value) is before `today` (YYYY-MM-DD). */
export function isExpired(expiresOn: Date | null, today: string): boolean {
  return expiresOn != null && expiresOn.toISOString().slice(0, 10) < today
}

function toRecord(row: { id: number, type: DocumentType, fileId: string, fileUniqueId: string, fileName: string | null, mimeType: string | null, fileSize: number | null, expiresOn: Date | null, createdAt: Date }, today: string): DocumentRecord {
  const expiresOn = row.expiresOn?.toISOString().slice(0, 10) ?? null
  return { ...row, expiresOn, expired: isExpired(row.expiresOn, today), createdAt: row.createdAt.toISOString() }
}

/** `timezone` is the programme's zone, whose day decides what has expired. */
export function createDocumentRepository(db: Db, clock: Clock, timezone = defaultTimezone) {
  const today = (now: Date) => todayIn(timezone, now)
  return {
    /** The person's documents, by type then upload time, with an `expired` flag. */
    async listForUser(userId: number, now = clock()): Promise<DocumentRecord[]> {
      const rows = await db.document.findMany({ where: { userId, replacedAt: null }, orderBy: [{ type: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] })
      return rows.map(r => toRecord(r, today(now)))
    },

    /** Which of the required types the person has no valid (unexpired) document of. */
    async missingTypes(userId: number, required: DocumentType[], now = clock()): Promise<DocumentType[]> {
      const have = (await this.listForUser(userId, now)).filter(d => !d.expired).map(d => d.type)
      return required.filter(type => !have.includes(type))
    },

    async get(userId: number, id: number): Promise<DocumentRecord> {
      const row = await db.document.findFirst({ where: { id, userId, replacedAt: null } })
      if (!row)
        throw new NotFoundError('Document')
      return toRecord(row, today(clock()))
    },

    /** Stores a new document; refuses (ValidationError) a file of the wrong kind or over 20 MB. */
    async add(userId: number, doc: NewDocument, tx: Tx = db): Promise<DocumentRecord> {
      assertDocument(doc)
      const row = await tx.document.create({
        data: { userId, ...doc, expiresOn: doc.expiresOn ? new Date(`${doc.expiresOn}T00:00:00Z`) : null },
      })
      return toRecord(row, today(clock()))
    },

    /**
     * Puts a new file (and expiry) in place of a document the person owns. The
     * new file is a new row: applications already sent keep pointing at the
     * file they were sent with (kept, hidden from the person's list), drafts
     * take the new one, and an old file no application points at is deleted.
     */
    async replace(userId: number, id: number, doc: Omit<NewDocument, 'type'>, now = clock()): Promise<DocumentRecord> {
      const current = await this.get(userId, id)
      assertDocument(doc)
      const row = await db.$transaction(async (tx) => {
        const created = await tx.document.create({
          data: { userId, type: current.type, ...doc, expiresOn: doc.expiresOn ? new Date(`${doc.expiresOn}T00:00:00Z`) : null },
        })
        if (await tx.applicationDocument.count({ where: { documentId: current.id } }))
          await tx.document.update({ where: { id: current.id }, data: { replacedAt: now } })
        else
          await tx.document.delete({ where: { id: current.id } })
        const drafts = await tx.application.findMany({ where: { userId, status: 'draft' }, select: { id: true, answers: true } })
        for (const draft of drafts) {
          const answers = draft.answers as { documents?: Record<string, number> }
          if (answers.documents?.[current.type] === current.id)
            await tx.application.update({ where: { id: draft.id }, data: { answers: { ...answers, documents: { ...answers.documents, [current.type]: created.id } } } })
        }
        return created
      })
      return toRecord(row, today(now))
    },

    /** Deletes a document the person owns; returns false when it was already gone. */
    async remove(userId: number, id: number): Promise<boolean> {
      return (await db.document.deleteMany({ where: { id, userId } })).count > 0
    },
  }
}

export type DocumentRepository = ReturnType<typeof createDocumentRepository>
