import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

// Loaded both by Jest's global setup (which Jest compiles to CommonJS) and by the test
// files (ESM), so this file has no relative imports and no import.meta.

/** The repository root: global setup publishes it from Jest's rootDir (e2e/). */
export function repoRoot(): string {
  return process.env.E2E_REPO_ROOT ?? path.resolve(process.cwd(), '..');
}

/** The built server (`npx nx run-many -t build -p shared migrations api`). */
export function serverEntry(): string {
  return path.join(repoRoot(), 'api', 'dist', 'main.js');
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The built server as a child process. Its output goes straight to a file (no pipes
 * held by the test process), so a failure can show what it said.
 */
export function spawnServer(env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const fd = openSync(logFile, 'w');
  try {
    return spawn(process.execPath, [serverEntry()], {
      cwd: repoRoot(),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...env },
      stdio: ['ignore', fd, fd],
    });
  } finally {
    closeSync(fd); // the child has its own copy
  }
}

/** Resolves when `url` answers 200; rejects with the server's output when it exits or `timeoutMs` passes. */
export async function waitForReady(
  child: ChildProcess,
  url: string,
  logFile: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const tail = () => readFileSync(logFile, 'utf8').slice(-4000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The Lærekraft server exited (${child.exitCode ?? child.signalCode}) before it was ready. Its output:\n${tail()}`,
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `The Lærekraft server was not ready at ${url} within ${timeoutMs / 1000} s. Its output:\n${tail()}`,
  );
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** It did not exit within the time allowed and was killed. */
  timedOut: boolean;
}

/** Sends SIGTERM and resolves with how the process ended; kills it if that takes longer than `timeoutMs`. */
export function stopServer(child: ChildProcess, timeoutMs = 10_000): Promise<Exit> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode, timedOut: false });
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut });
    });
    child.kill('SIGTERM');
  });
}
