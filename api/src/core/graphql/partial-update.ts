import type { Check, ErrorKey } from '@laerekraft/shared';

/** What `null` means for one field of an update: cleared to this value, or refused. */
export type WhenNull<T> = { clearTo: T } | { refuse: Extract<ErrorKey, 'required' | 'cannotClear'> };

/**
 * One field of an update input: left out (undefined) keeps `current`, null clears it or is
 * refused (recorded on `check`, naming the field), anything else replaces it.
 */
export function patched<T>(
  check: Check,
  field: string,
  given: T | null | undefined,
  current: T,
  whenNull: WhenNull<T>,
): T {
  if (given === undefined) return current;
  if (given !== null) return given;
  if ('clearTo' in whenNull) return whenNull.clearTo;
  check.rule(field, false, whenNull.refuse);
  return current;
}

/** A given text trimmed; left-out and null stay as they are (`?.` would turn null into left-out). */
export function trimmed(given: string | null | undefined): string | null | undefined {
  return typeof given === 'string' ? given.trim() : given;
}

/** A text field of an update: trimmed; null clears it to '' (the column's empty value). */
export function patchedText(check: Check, field: string, given: string | null | undefined, current: string) {
  return patched(check, field, trimmed(given), current, { clearTo: '' });
}

/** Whether two snapshots of the same shape hold the same values (a change that changes nothing). */
export function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The description GraphQL clients read on every optional field of an update input. */
export const KEEP_OR_CLEAR = 'left out: unchanged; null: cleared';
export const KEEP_OR_EMPTY = 'left out: unchanged; null: cleared to the empty text';
export const KEEP_NOT_NULL = 'left out: unchanged; null is refused (VALIDATION_FAILED naming the field)';
