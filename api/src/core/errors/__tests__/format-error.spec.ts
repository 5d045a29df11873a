import { describe, expect, it, jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { formatError } from '../format-error.js';
import { DomainError } from '../domain-error.js';
import { logger } from '../../logging/logger.js';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original });

describe('formatError', () => {
  it('keeps a domain error’s code, message and fields', () => {
    const e = DomainError.validation([{ field: 'name', message: 'required' }]);
    const out = formatError({ message: e.message }, wrap(e));
    expect(out.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'name', message: 'required' }],
    });
    expect(out.message).toContain('name');
  });

  it('hides an unexpected error’s message, stack and SQL behind a reference', () => {
    const silence = logger.level;
    logger.level = 'silent';
    const e = new Error(
      'duplicate key value violates unique constraint "uq_persons_email" SELECT * FROM persons',
    );
    const out = formatError({ message: e.message, extensions: { stacktrace: ['at x'] } }, wrap(e));
    logger.level = silence;
    expect(out.extensions?.code).toBe('INTERNAL');
    expect(JSON.stringify(out)).not.toMatch(/SELECT|uq_persons_email|stacktrace|at x/);
  });

  it('keeps GraphQL’s own codes for malformed requests', () => {
    const out = formatError(
      { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('Cannot query field "x"'),
    );
    expect(out.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('logs a client mistake at info, without the value it quoted', () => {
    const info = jest.spyOn(logger, 'info').mockImplementation(() => undefined);
    const error = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    try {
      const message = 'Variable "$input" got invalid value "hemmelig-verdi"; Expected type "Int"';
      const out = formatError(
        { message, extensions: { code: 'BAD_USER_INPUT' } },
        new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } }),
      );
      expect(out.extensions?.code).toBe('VALIDATION_FAILED');
      expect(error).not.toHaveBeenCalled();
      expect(info).toHaveBeenCalledTimes(1);
      expect(JSON.stringify(info.mock.calls)).not.toContain('hemmelig-verdi');
    } finally {
      info.mockRestore();
      error.mockRestore();
    }
  });

  it('answers a value PostgreSQL refuses (a missing required value) as VALIDATION_FAILED naming the field', () => {
    const e = Object.assign(new Error('null value in column "summary" violates not-null constraint'), {
      driverError: { code: '23502', column: 'hypothesis_baseline' },
    });
    const out = formatError({ message: e.message }, wrap(e));
    expect(out.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'hypothesisBaseline', message: 'required' }],
    });
    expect(out.message).not.toMatch(/constraint/);
  });

  it('answers the parser’s token limit as QUERY_TOO_COMPLEX', () => {
    const message = 'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.';
    const out = formatError(
      { message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      new GraphQLError(message),
    );
    expect(out.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  });
});
