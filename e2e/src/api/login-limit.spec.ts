import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { newDatabase } from '../support/databases.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphqlClient, refused, unique } from '../support/graphql-client.js';
import { freePort, spawnServer, stopServer, waitForReady } from '../support/server.js';

/**
 * The login rate limit and what only production does (HSTS, no field suggestions), on a
 * server of its own: production mode, one proxy in front (so X-Forwarded-For stands for
 * the client address), its own database, so the shared e2e server's limits are untouched.
 */

const PASSWORD = 'laerekraft-demo';
const EMPLOYEE = 'ansatt@bodo.demo';
const LEAD = 'innovasjon@bodo.demo';

describe('a production server behind one proxy', () => {
  let child: ChildProcess;
  let url: string;
  let logFile: string;
  let databaseUrl: string;
  let db: Awaited<ReturnType<typeof newDatabase>>;
  let address = 0;
  /** A client at an address of its own (TEST-NET-3), unless one is given. */
  const client = (ip = `203.0.113.${++address}`) => new GraphqlClient(url, { 'x-forwarded-for': ip });

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    logFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'laerekraft-e2e-limits-')), 'server.log');
    db = await newDatabase('limits');
    databaseUrl = db.admin;
    child = spawnServer(
      {
        NODE_ENV: 'production',
        SESSION_SECRET: 'a-long-random-secret-for-the-limits-test-only',
        DATABASE_URL: db.DATABASE_URL,
        MIGRATION_DATABASE_URL: db.MIGRATION_DATABASE_URL,
        DEMO: 'true',
        TRUST_PROXY: '1',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        WEB_DIST: '/nonexistent',
      },
      logFile,
    );
    await waitForReady(child, `${url}/health/ready`, logFile, 60_000);
  }, 90_000);

  afterAll(async () => {
    if (child) await stopServer(child);
    rmSync(path.dirname(logFile), { recursive: true, force: true });
  });

  it('answers a wrong password and an unknown e-mail with INVALID_CREDENTIALS', async () => {
    const wrong = refused(await client().login(LEAD, 'not-the-password'));
    const unknown = refused(await client().login(`finnes.ikke.${unique()}@bodo.demo`, 'not-the-password'));
    expect(wrong.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(unknown).toEqual(wrong);
  });

  it('refuses an account after 5 failures, from any address, until the window passes; others still sign in', async () => {
    for (let i = 0; i < 5; i++) {
      expect(refused(await client().login(EMPLOYEE, `feil-${i}`)).extensions?.code).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    // the right password, from a fresh address: still refused, and told when to try again
    const fresh = client();
    const blocked = refused(await fresh.login(EMPLOYEE.toUpperCase(), PASSWORD));
    expect(blocked.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.message).toMatch(/try again in 1[45] minutes/i);
    expect(fresh.hasSession()).toBe(false);
    // another account from that same address is not affected
    const other = client();
    expect((await other.login(LEAD, PASSWORD)).errors).toBeUndefined();
    expect(other.hasSession()).toBe(true);
  });

  it('clears an account’s failures when it signs in', async () => {
    const account = 'leder.helse@bodo.demo';
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++)
        expect(refused(await client().login(account, 'feil')).extensions?.code).toBe('INVALID_CREDENTIALS');
      const signedIn = client();
      expect((await signedIn.login(account, PASSWORD)).errors).toBeUndefined();
    }
  });

  it('refuses an address after 20 failures, whichever accounts they were for; other addresses still sign in', async () => {
    const ip = '198.51.100.7';
    for (let i = 0; i < 20; i++) {
      const res = await client(ip).login(`gjetter.${i}.${unique()}@bodo.demo`, 'feil');
      expect(refused(res).extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = client(ip);
    expect(refused(await blocked.login('tillitsvalgt@bodo.demo', PASSWORD)).extensions?.code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    expect(blocked.hasSession()).toBe(false);
    const elsewhere = client();
    expect((await elsewhere.login('tillitsvalgt@bodo.demo', PASSWORD)).errors).toBeUndefined();
  });

  it('keeps the failures in PostgreSQL, with the e-mail only as a hash', async () => {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const rows = await db.query('SELECT account_hash, client_address FROM login_attempts');
      expect(rows.rowCount).toBeGreaterThanOrEqual(25);
      expect(JSON.stringify(rows.rows)).not.toMatch(/@/);
      expect(rows.rows.map((r) => r.client_address)).toContain('198.51.100.7');
    } finally {
      await db.end();
    }
  });

  it('sends HSTS and gives no field suggestions', async () => {
    const res = await fetch(`${url}/health/live`);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    const typo = refused(
      await client().gql('mutation { logn(input: { email: "x", password: "y" }) { id } }'),
    );
    expect(typo.message).toMatch(/Cannot query field "logn"/);
    expect(typo.message).not.toMatch(/Did you mean|login/);
  });
});
