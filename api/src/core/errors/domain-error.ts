import { IntrinsicException } from '@nestjs/common';
import { ErrorCode, type FieldError } from '@laerekraft/shared';

/**
 * A refused action. `message` is for a person (English; the web app shows its own
 * Norwegian text by `code` and by each field error's key). Intrinsic: an expected refusal,
 * so Nest does not log it as a failure.
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }

  static validation(
    fields: FieldError[],
    message = 'Some fields need attention: ' + fields.map((f) => f.field).join(', '),
  ) {
    return new DomainError(ErrorCode.VALIDATION_FAILED, message, fields);
  }
  static notFound(what: string) {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} was not found, or you may not see it`);
  }
  static forbidden(message = 'You do not have permission to do this') {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }
  static unauthenticated(message = 'Sign in to continue') {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }
  static conflict(message: string) {
    return new DomainError(ErrorCode.CONFLICT, message);
  }
}

/** Throws VALIDATION_FAILED when a Check collected problems. */
export function assertValid(check: { ok: boolean; errors: FieldError[] }): void {
  if (!check.ok) throw DomainError.validation(check.errors);
}
