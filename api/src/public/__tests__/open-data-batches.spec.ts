import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'typeorm';
import { loadConfig } from '../../core/config/config.js';
import { createServer } from '../../server.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { OPEN_DATA_BATCH } from '../open-data.controller.js';
import { municipality } from './public-fixtures.js';

class CountingLogger implements Logger {
  queries: string[] = [];
  logQuery(q: string) {
    this.queries.push(q.replace(/\s+/g, ' ').trim());
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

const N = 2 * OPEN_DATA_BATCH + 1;

describe('open data is read in keyset batches, each a transaction of its own', () => {
  const logger = new CountingLogger();
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let app: NestExpressApplication;
  let port = 0;
  const batchReads = () =>
    logger.queries.filter((q) => q.includes('FROM lessons l JOIN organisations o')).length;

  beforeAll(async () => {
    env = await createTestDataSource({ logger });
    const o = await municipality(env.ds.manager);
    await env.ds.query(
      `INSERT INTO experiments (organisation_id, unit_id, title, owner_id, state, version)
       SELECT $1, $2, 'Forsøk ' || g, $3, 'CONCLUDED', 1 FROM generate_series(1, ${N}) g`,
      [o.org.id, o.unitId, o.owner.id],
    );
    // ~4 kB of text each, so one batch is more than a socket takes at once.
    await env.ds.query(
      `INSERT INTO lessons (organisation_id, unit_id, experiment_id, state, reach, version, title, summary,
                            experiment_state, created_by_id, published_at)
       SELECT organisation_id, unit_id, id, 'PUBLISHED', 'PUBLIC', 1, 'Lærdom ' || title, repeat('Tekst æøå. ', 400),
              'CONCLUDED', owner_id, now() - (row_number() OVER ()) * interval '1 millisecond' - interval '1 microsecond' * (row_number() OVER ())
         FROM experiments WHERE organisation_id = $1`,
      [o.org.id],
    );
    app = await createServer({ ...loadConfig({}), webDist: '/nonexistent', demo: false }, env.app);
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as AddressInfo).port;
    // 2,002 rows through the record's row triggers (the portfolio's among them): 15–28 s on a
    // loaded 2-core machine, over Jest's 30 s for a hook.
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await env.close();
  });

  it(`reads ${N} lessons in 3 batches, each its own read-only transaction with no tenant`, async () => {
    logger.queries = [];
    const res = await fetch(`http://127.0.0.1:${port}/open/lessons.json`);
    const ids = ((await res.json()) as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toHaveLength(N);
    expect(new Set(ids).size).toBe(N);
    expect(batchReads()).toBe(3);
    // The freshness read and three batches: four read-only transactions, none setting a tenant.
    expect(logger.queries.filter((q) => q === 'START TRANSACTION READ ONLY')).toHaveLength(4);
    expect(logger.queries.filter((q) => q === 'COMMIT')).toHaveLength(4);
    expect(logger.queries.some((q) => q.includes('set_config') || q.includes('SET LOCAL ROLE'))).toBe(false);
  });

  it('stops reading when the client goes away', async () => {
    logger.queries = [];
    await new Promise<void>((resolve, reject) => {
      const req = http.get(`http://127.0.0.1:${port}/open/lessons.csv`, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? resolve() : reject(e)));
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(batchReads()).toBeGreaterThanOrEqual(1);
    expect(batchReads()).toBeLessThan(3);
  });
});
