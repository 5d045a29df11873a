/**
 * Keys the API may send as `extensions.code` and `extensions.fields[].message`.
 * Each has a translation under `errors.code.<CODE>` and `errors.<key>`; the i18n test checks it.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'INVALID_TRANSITION',
  'INTERNAL',
  'NETWORK',
  'UNKNOWN',
] as const;
export type ShownErrorCode = (typeof ERROR_CODES)[number];

export const FIELD_MESSAGES = [
  'required',
  'tooLong',
  'invalidEmail',
  'passwordTooShort',
  'invalidOrganisationNumber',
  'unknownKommune',
  'cycle',
  'emailTaken',
  'wrongPassword',
  'invalidCredentials',
  'invitationExpired',
  'invitationUsed',
  'invitationRevoked',
  'unitArchived',
  'unitNotFound',
  'managerNeedsUnit',
  'notMember',
  'alreadyMember',
  'alreadyInvited',
  'passwordsDiffer',
  'staleVersion',
  'invalid',
  'generic',
] as const;
export type FieldMessage = (typeof FIELD_MESSAGES)[number];
