import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newDatabase } from '../support/databases.js';
import { describe, expect, it } from '@jest/globals';
import { freePort, repoRoot, serverEntry, spawnServer, stopServer, waitForReady } from '../support/server.js';

/**
 * Starting and stopping the built server as an operator would. A configuration problem
 * must end the process with exit code 1 and one line on stderr that says what to fix.
 */

const newDatabaseEnv = async () => {
  const { DATABASE_URL, MIGRATION_DATABASE_URL } = await newDatabase('startup');
  return { DATABASE_URL, MIGRATION_DATABASE_URL };
};

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the server with `env` (nothing inherited but PATH) until it exits, or kills it after `timeoutMs`. */
function runServer(env: Record<string, string>, timeoutMs = 30_000): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [serverEntry()], {
      cwd: repoRoot(),
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function expectOneLineRefusal(outcome: Outcome, ...mentions: RegExp[]) {
  expect(outcome.code).toBe(1);
  const lines = outcome.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Lærekraft cannot start: /);
  for (const mention of mentions) expect(lines[0]).toMatch(mention);
  expect(outcome.stderr + outcome.stdout).not.toMatch(/\n\s+at /); // no stack trace anywhere
  return lines[0];
}

// Never the embedded PostgreSQL in .data/: every case either sets DATABASE_URL or fails before it is needed.
const quiet = { LOG_LEVEL: 'warn', DEMO: 'false', HOST: '127.0.0.1' };

// Each case spends most of its time loading the server's modules, so they run side by side.
describe('starting with a configuration problem', () => {
  it.concurrent('refuses a DATABASE_URL that is not a URL', async () => {
    const outcome = await runServer({ ...quiet, DATABASE_URL: 'not a url', PORT: String(await freePort()) });
    expectOneLineRefusal(outcome, /DATABASE_URL/, /postgres:\/\//);
  });

  it.concurrent(
    'refuses a database it cannot reach, naming DATABASE_URL and hiding the password',
    async () => {
      const outcome = await runServer({
        ...quiet,
        DATABASE_URL: 'postgres://nobody:hemmelig@127.0.0.1:1/x',
        PORT: String(await freePort()),
      });
      const line = expectOneLineRefusal(outcome, /DATABASE_URL/, /127\.0\.0\.1:1/);
      expect(line).not.toContain('hemmelig');
    },
  );

  it.concurrent('refuses a port that is in use', async () => {
    const port = process.env.E2E_PORT!;
    const outcome = await runServer({ ...quiet, ...(await newDatabaseEnv()), PORT: port });
    expectOneLineRefusal(outcome, new RegExp(`Port ${port}\\b`), /PORT/);
    // The running server is unharmed.
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
  });

  it.concurrent(
    'refuses to serve as a role that bypasses row-level security, and behind unapplied migrations',
    async () => {
      const db = await newDatabase('startup');
      const asSuperuser = await runServer({
        ...quiet,
        DATABASE_URL: db.admin,
        MIGRATION_DATABASE_URL: db.MIGRATION_DATABASE_URL,
        PORT: String(await freePort()),
      });
      expectOneLineRefusal(asSuperuser, /bypasses row-level security/, /laerekraft_app/);
      const unmigrated = await runServer({
        ...quiet,
        DATABASE_URL: (await newDatabase('startup')).DATABASE_URL,
        PORT: String(await freePort()),
      });
      expectOneLineRefusal(unmigrated, /migrations that have not run/, /MIGRATION_DATABASE_URL/);
    },
  );

  it.concurrent('refuses production without SESSION_SECRET', async () => {
    const outcome = await runServer({
      ...quiet,
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/x',
      PORT: String(await freePort()),
    });
    expectOneLineRefusal(outcome, /SESSION_SECRET/, /NODE_ENV=production/);
  });
});

describe('stopping', () => {
  // main.ts owns the signal handling (no Nest shutdown hooks, which re-raise the signal).
  it('shuts down on SIGTERM with exit code 0 within 10 s', async () => {
    const port = await freePort();
    const logFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'laerekraft-e2e-sigterm-')), 'server.log');
    const child = spawnServer({ ...quiet, ...(await newDatabaseEnv()), PORT: String(port) }, logFile);
    try {
      await waitForReady(child, `http://127.0.0.1:${port}/health/ready`, logFile);
      // An open keep-alive connection must not hold the shutdown up.
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
      const started = Date.now();
      const exit = await stopServer(child, 10_000);
      expect(exit).toEqual({ code: 0, signal: null, timedOut: false });
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      child.kill('SIGKILL');
      rmSync(path.dirname(logFile), { recursive: true, force: true });
    }
  });
});
