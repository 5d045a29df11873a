import { describe, expect, it } from '@jest/globals';
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
});
