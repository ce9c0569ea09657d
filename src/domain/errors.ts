// Domain errors carry a code that maps to an i18n key (`error-<code>`), so the
// bot can tell the user what went wrong in their language.
export class DomainError extends Error {
  constructor(readonly code: string, message?: string, readonly params: Record<string, string | number> = {}) {
    super(message ?? code)
    this.name = 'DomainError'
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not-found', `${what} was not found`)
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'This action needs rights the user does not have') {
    super('forbidden', message)
  }
}
