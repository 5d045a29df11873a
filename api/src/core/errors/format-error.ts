import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, type FieldError } from '@laerekraft/shared';
import { DomainError } from './domain-error.js';
import { logger, requestContext } from '../logging/logger.js';
import { isAbandonedWork } from '../database/db.service.js';

/** GraphQL's own codes for a malformed request; they reach the client as they are. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The single place errors leave the API: domain errors keep their code, message and
 * field errors; malformed requests keep GraphQL's code; everything else is logged with
 * the request id and replaced by a message that names that id and nothing else.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, path: formatted.path, locations: formatted.locations };
  if (original instanceof DomainError) {
    clientMistake(original.code, formatted, original.fields);
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.code, ...(original.fields.length ? { fields: original.fields } : {}) },
    };
  }
  const refusedValue = refusedByDatabase(original);
  if (refusedValue) {
    clientMistake(ErrorCode.VALIDATION_FAILED, formatted, refusedValue.fields);
    return {
      message: refusedValue.message,
      path: formatted.path,
      extensions: {
        code: ErrorCode.VALIDATION_FAILED,
        ...(refusedValue.fields.length ? { fields: refusedValue.fields } : {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_PARSE_FAILED' && /more that \d+ tokens/.test(formatted.message)) {
    // graphql-js's own token limit (parseOptions.maxTokens) answers as a syntax error.
    clientMistake(ErrorCode.QUERY_TOO_COMPLEX, formatted);
    return {
      message: 'The query is refused (tokens): it is longer than the server accepts',
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
    };
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const shown = code === 'BAD_USER_INPUT' ? ErrorCode.VALIDATION_FAILED : code;
    clientMistake(shown, formatted);
    return { ...base, extensions: { code: shown } };
  }
  if (original instanceof GraphQLError && !original.originalError && !code) {
    // a validation rule that set no code
    clientMistake('GRAPHQL_VALIDATION_FAILED', formatted);
    return { ...base, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  if (isAbandonedWork(original)) {
    // The client went away and its transaction was rolled back: nobody reads this answer.
    logger.debug({ path: formatted.path }, 'request abandoned by the client');
    return {
      message: 'The request was cancelled',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL },
    };
  }
  const requestId = requestContext.getStore()?.requestId ?? 'unknown';
  logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
  return {
    message: `Something went wrong on our side. If it happens again, give this reference to support: ${requestId}`,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL, requestId },
  };
}

/**
 * A refusal caused by what the client sent: worth a line at info, never at error, and
 * without the message or the value (GraphQL's coercion messages quote the raw input).
 */
function clientMistake(code: string, formatted: GraphQLFormattedError, fields: FieldError[] = []): void {
  logger.info(
    { code, path: formatted.path, ...(fields.length ? { fields: fields.map((f) => f.field) } : {}) },
    'request refused',
  );
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * PostgreSQL refused a value (a malformed uuid, date or number, a character it cannot
 * store, a missing required value, a value too long or out of range): the client's input,
 * not a server failure. 22P02 invalid_text_representation, 22007/22008 datetime, 22003
 * numeric out of range, 22021/22P05 characters, 22001 too long, 23502 not null, 23514 check.
 */
function refusedByDatabase(e: unknown): { message: string; fields: FieldError[] } | null {
  const driver = (e as { driverError?: { code?: string; column?: string } } | null)?.driverError;
  const column = driver?.column ? [camel(driver.column)] : [];
  switch (driver?.code) {
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return {
        message: 'A value has the wrong format (an id, a date or a number): check what you sent',
        fields: [],
      };
    case '22021':
    case '22P05':
      return { message: 'A value contains characters that cannot be stored', fields: [] };
    case '22001':
      return { message: 'A value is too long', fields: [] };
    case '23502':
      return {
        message: `A required value is missing${column.length ? `: ${column[0]}` : ''}`,
        fields: column.map((field) => ({ field, message: 'required' })),
      };
    case '23514':
      return { message: 'A value is outside what is allowed', fields: [] };
    default:
      return null;
  }
}
