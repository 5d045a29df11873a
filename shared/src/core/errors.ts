/** Stable `extensions.code` values that clients may switch on. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** Sign-in with an e-mail and password that do not match an account (the same for both). */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** Too many failed sign-ins for the account or from the address; the message says when to try again. */
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  /** The operation is too deep, too costly, has too many aliases, tokens or directives. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The request body is larger than the server accepts. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The request could not be read (malformed JSON, an unsupported charset), or used a method its address does not serve (405). */
  BAD_REQUEST: 'BAD_REQUEST',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Every key a field error may carry. Closed on purpose: the web app's translation files
 * are type-checked against it (web/src/app/errorKeys.ts), so a key without a translation
 * in nb, nn and en does not compile.
 */
export const ERROR_KEYS = [
  'required',
  'cannotClear',
  'tooLong',
  'tooMany',
  'outOfRange',
  'invalid',
  'invalidNumber',
  'invalidDate',
  'dateInFuture',
  'dateInPast',
  'dateTooEarly',
  'numberTooLarge',
  'challengeNotOpen',
  'invalidEmail',
  'invalidLocale',
  'invalidCursor',
  'pageSize',
  'passwordTooShort',
  'passwordsDiffer',
  'wrongPassword',
  'invalidCredentials',
  'emailTaken',
  'reasonTooShort',
  'staleVersion',
  'invalidOrganisationNumber',
  'unknownKommune',
  'unknownFylke',
  'unknownOrganisation',
  'organisationExists',
  'cycle',
  'unitArchived',
  'ownLessonUnit',
  'unitNotFound',
  'unknownUnit',
  'hasActiveChildren',
  'unknownPerson',
  'ownerCannotWrite',
  'managerNeedsUnit',
  'cannotDropOwnLead',
  'atLeastOneRole',
  'roleTakesNoUnit',
  'duplicateRole',
  'invitationExpired',
  'invitationUsed',
  'invitationRevoked',
  'notMember',
  'alreadyMember',
  'alreadyInvited',
  'unknownPrompt',
  'unknownKind',
  'unknownAction',
  'unknownSdg',
  'unknownTheme',
  'metricNeeded',
  'unionInvolvementRequired',
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];

/** One problem with one input field; `message` is a key the web app translates (`errors.<key>`). */
export interface FieldError {
  field: string;
  message: ErrorKey;
  params?: Record<string, string | number>;
}
