import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@laerekraft/shared';
import { DomainError } from './domain-error.js';
import { logger, requestContext } from '../logging/logger.js';

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
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.code, ...(original.fields.length ? { fields: original.fields } : {}) },
    };
  }
  if (isMalformedValue(original)) {
    return {
      message: 'A value has the wrong format (an id, a date or a number): check what you sent',
      path: formatted.path,
      extensions: { code: ErrorCode.VALIDATION_FAILED },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { ...base, extensions: { code: code === 'BAD_USER_INPUT' ? ErrorCode.VALIDATION_FAILED : code } };
  }
  if (original instanceof GraphQLError && !original.originalError && !code) {
    // a validation rule (depth, cost) that set no code
    return { ...base, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
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
 * PostgreSQL refused a value's syntax (a malformed uuid, date or number): the client's
 * input, not a server failure. 22P02 invalid_text_representation, 22007/22008 datetime,
 * 22003 numeric out of range.
 */
function isMalformedValue(e: unknown): boolean {
  const code = (e as { driverError?: { code?: string } } | null)?.driverError?.code;
  return code === '22P02' || code === '22007' || code === '22008' || code === '22003';
}
