import { ERROR_KEYS, type ErrorKey } from '@laerekraft/shared';
import type nb from '../i18n/nb/errors.json';
import type nn from '../i18n/nn/errors.json';
import type en from '../i18n/en/errors.json';

/**
 * Keys the API may send as `extensions.code` and `extensions.fields[].message`.
 * Each has a translation under `errors.code.<CODE>` and `errors.<key>` in nb, nn and en:
 * the types below refuse to compile otherwise (and the i18n test checks it too).
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'INVALID_TRANSITION',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'BAD_REQUEST',
  'INTERNAL',
  'NETWORK',
  'UNKNOWN',
] as const;
export type ShownErrorCode = (typeof ERROR_CODES)[number];

/** The shared field-error keys, and the web's own fallback for a key it does not know. */
export type FieldMessage = ErrorKey | 'generic';
export const FIELD_MESSAGES: readonly FieldMessage[] = [...ERROR_KEYS, 'generic'];

/** The `errors` section (src/i18n/<lang>/errors.json). */
type Translated<T extends Record<FieldMessage, string> & { code: Record<ShownErrorCode, string> }> = T;
/** Fails to compile, naming the key, when a language lacks the translation of a field message or code. */
export type TranslatedErrors = [Translated<typeof nb>, Translated<typeof nn>, Translated<typeof en>];
