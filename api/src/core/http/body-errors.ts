import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@laerekraft/shared';
import { logger } from '../logging/logger.js';

/** The largest request body the API reads (JSON). */
export const BODY_LIMIT = '100kb';

interface BodyParserError {
  type: string;
  status?: number;
  statusCode?: number;
}

const isBodyParserError = (e: unknown): e is BodyParserError =>
  !!e && typeof e === 'object' && typeof (e as { type?: unknown }).type === 'string' && 'status' in e;

const MESSAGES: Record<string, string> = {
  'entity.too.large': `The request body is too large; the limit is ${BODY_LIMIT}`,
  'entity.parse.failed': 'The request body is not valid JSON',
  'charset.unsupported': 'The request body must be JSON in UTF-8',
  'encoding.unsupported': 'The request body uses a content encoding the server does not accept',
};

/**
 * The body parser's refusals (too large, malformed JSON, a charset other than UTF-8),
 * answered in GraphQL's error shape with a stable code instead of Express's own page.
 * Logged at info: the client's mistake, and without the body.
 */
export function bodyParserErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (!isBodyParserError(err) || res.headersSent) return next(err);
  const status = err.status ?? err.statusCode ?? 400;
  const code = status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST;
  logger.info({ type: err.type, status }, 'request body refused');
  res.status(status).json({
    errors: [{ message: MESSAGES[err.type] ?? 'The request body could not be read', extensions: { code } }],
  });
}
