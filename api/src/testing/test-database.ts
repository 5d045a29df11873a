import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { createDataSource } from '../core/database/data-source.js';

function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url)
    throw new Error(
      'TEST_PG_ADMIN_URL is not set: run the API tests through their jest config (global setup)',
    );
  return url;
}

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** A fresh database for one test file: migrated (cloned from the template) or empty. */
export async function createTestDatabase(
  opts: { empty?: boolean } = {},
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lk_test_${randomBytes(6).toString('hex')}`;
  await admin((c) =>
    c.query(opts.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE lk_template`),
  );
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A DataSource on a fresh migrated database; `close()` destroys both. */
export async function createTestDataSource(
  opts: { logger?: Logger } = {},
): Promise<{ ds: DataSource; close(): Promise<void> }> {
  const db = await createTestDatabase();
  const ds = createDataSource(db.url, opts);
  await ds.initialize();
  return {
    ds,
    async close() {
      await ds.destroy();
      await db.drop();
    },
  };
}
