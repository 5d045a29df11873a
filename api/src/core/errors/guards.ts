import { ErrorCode } from '@laerekraft/shared';
import { DomainError } from './domain-error.js';

/** Refuses a change made against an older version than the one stored. */
export function assertVersion(current: { version: number }, seen: number, what: string): void {
  if (current.version !== seen) {
    throw DomainError.conflict(
      `${what} was changed by someone else in the meantime: reload to see the latest, then try again`,
    );
  }
}

/** The next state, or INVALID_TRANSITION naming where it stands. */
export function transitionOrRefuse<S extends string>(
  next: S | null,
  from: S,
  action: string,
  what: string,
): S {
  if (next === null) {
    throw new DomainError(
      ErrorCode.INVALID_TRANSITION,
      `${what} is ${from.toLowerCase().replace(/_/g, ' ')}, so it cannot be ${action}`,
    );
  }
  return next;
}
