import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { createTestDataSource } from '../../../testing/test-database.js';
import { formatError } from '../../errors/format-error.js';
import { logger } from '../../logging/logger.js';
import { DbRoles } from '../roles.js';
import { Db, endWithResponse, isAbandonedWork, UnitOfWorkEndedError } from '../db.service.js';

/**
 * A request's unit of work when its client goes away mid-request: the transaction is rolled
 * back and its connection goes back to the pool clean, and what was still running for the
 * request fails as abandoned work, logged at debug, never at error (real PostgreSQL, real HTTP).
 */
describe('a unit of work whose client goes away', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let db: Db;

  beforeAll(async () => {
    // One connection: if the abandoned transaction kept it, nothing after would run.
    env = await createTestDataSource({ poolSize: 1 });
    db = new Db(env.app);
  });
  afterAll(async () => {
    await db.onModuleDestroy();
    await env.close();
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  /** A server whose one request runs a slow statement, then another; resolves with how the second ended. */
  async function abortMidRequest(): Promise<unknown> {
    let settle!: (outcome: unknown) => void;
    const outcome = new Promise<unknown>((resolve) => (settle = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const server = http.createServer((_req, res) => {
      const uow = db.newUnitOfWork();
      endWithResponse(uow, res);
      void db.withUnitOfWork(uow, async () => {
        try {
          const slow = db.run(null, (m) => m.query('SELECT pg_sleep(0.4)'));
          started();
          await slow;
          await db.run(null, (m) => m.query(`INSERT INTO no_such_table VALUES (1)`));
          settle('the second statement ran');
          res.end();
        } catch (e) {
          settle(e);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const req = http.get(`http://127.0.0.1:${port}/graphql`);
      req.on('error', () => undefined);
      await running;
      await new Promise((r) => setTimeout(r, 100));
      req.destroy(); // the client goes away while pg_sleep runs
      return await outcome;
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  }

  it('rolls back, frees the connection, and fails what still runs as abandoned work', async () => {
    const debug = jest.spyOn(logger, 'debug').mockImplementation(() => undefined);
    const error = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const err = await abortMidRequest();
    expect(err).toBeInstanceOf(UnitOfWorkEndedError);
    expect(isAbandonedWork(err)).toBe(true);
    // The connection is back in the pool with no transaction open on it.
    await expect(db.run(null, (m) => m.query('SELECT 1 AS one'))).resolves.toEqual([{ one: 1 }]);
    const open: Array<{ n: number }> = await env.ds.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND usename = $1 AND state LIKE 'idle in transaction%'`,
      [DbRoles.APP],
    );
    expect(open[0].n).toBe(0);
    // As a GraphQL error it is logged at debug, and nothing at error.
    const out = formatError(
      { message: (err as Error).message, path: ['x'] },
      new GraphQLError('x', { originalError: err as Error }),
    );
    expect(out.message).toBe('The request was cancelled');
    expect(debug).toHaveBeenCalledWith(expect.anything(), 'request abandoned by the client');
    expect(debug).toHaveBeenCalledWith('the client went away: its request transaction was rolled back');
    expect(error).not.toHaveBeenCalled();
  });

  it('still logs at error when code uses a unit of work that ended normally', async () => {
    const error = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const uow = db.newUnitOfWork();
    await uow.manager(null);
    await uow.finish(true);
    const err = await uow.manager(null).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnitOfWorkEndedError);
    expect(isAbandonedWork(err)).toBe(false);
    const out = formatError({ message: 'x' }, new GraphQLError('x', { originalError: err as Error }));
    expect(out.extensions?.code).toBe('INTERNAL');
    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ err }),
      'unexpected error in GraphQL request',
    );
  });
});
