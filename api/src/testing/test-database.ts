import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { createDataSource } from '../data-source.js';
import { EMBEDDED_PASSWORD } from '../core/database/embedded-postgres.js';
import { DbRoles } from '../core/database/roles.js';

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

function urlAs(database: string, role?: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  if (role) {
    url.username = role;
    url.password = EMBEDDED_PASSWORD;
  }
  return url.toString();
}

export interface TestDatabase {
  /** As the superuser: for fixtures and for looking behind the application's back. */
  url: string;
  /** As the application role, which row-level security applies to. */
  appUrl: string;
  /** As the owner role that runs migrations. */
  ownerUrl: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file: migrated (cloned from the template) or empty (owned by the owner role). */
export async function createTestDatabase(opts: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `lk_test_${randomBytes(6).toString('hex')}`;
  await admin((c) =>
    c.query(
      opts.empty
        ? `CREATE DATABASE ${name} OWNER ${DbRoles.OWNER}`
        : `CREATE DATABASE ${name} TEMPLATE lk_template`,
    ),
  );
  return {
    url: urlAs(name),
    appUrl: urlAs(name, DbRoles.APP),
    ownerUrl: urlAs(name, DbRoles.OWNER),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * Two DataSources on a fresh migrated database: `ds` as the superuser for fixtures (it
 * sees and writes every organisation's rows), `app` as the application role, the one to
 * give services and servers so row-level security applies as in production.
 */
export async function createTestDataSource(
  opts: { logger?: Logger; poolSize?: number } = {},
): Promise<{ ds: DataSource; app: DataSource; db: TestDatabase; close(): Promise<void> }> {
  const db = await createTestDatabase();
  const ds = createDataSource(db.url);
  const app = createDataSource(db.appUrl, opts);
  await Promise.all([ds.initialize(), app.initialize()]);
  return {
    ds,
    app,
    db,
    async close() {
      await Promise.all([ds.destroy(), app.destroy()]);
      await db.drop();
    },
  };
}
