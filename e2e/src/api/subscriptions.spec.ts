/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by assertions */
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { baseUrl, GraphqlClient, ok, unique } from '../support/graphql-client.js';
import { newDatabase } from '../support/databases.js';
import { freePort, spawnServer, stopServer, waitForReady } from '../support/server.js';
import { liveClient, sleep, subscribe } from '../support/live.js';

/**
 * Live notifications over graphql-ws on the real, built server: the session cookie of the
 * upgrade request, the limits and the input guard on the WebSocket path, delivery after
 * commit to the person concerned only; in-process (the run's server, no REDIS_URL) and
 * across two instances through a real Redis.
 */
const NOTIFICATION_ADDED = `subscription Live { notificationAdded { id kind subjectType subjectId title reason experimentId readAt createdAt } }`;
const EMPLOYEE = 'ansatt@bodo.demo';
const COLLEAGUE = 'tillitsvalgt@bodo.demo';
const MANAGER = 'leder.helse@bodo.demo';

const cookieOf = (c: GraphqlClient) => `lk_session=${c.cookie('lk_session')}`;

async function signedIn(url: string, email: string) {
  const c = new GraphqlClient(url);
  ok(await c.login(email));
  return c;
}

/** The employee drafts and submits an idea in their unit; returns it (id, version, title). */
async function submittedIdea(employee: GraphqlClient) {
  const unitId = ok(await employee.gql('{ me { unit { id } } }')).me.unit.id;
  const title = `Sanntid ${unique()}`;
  const created = ok(
    await employee.gql(`mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id version } }`, {
      i: {
        title,
        unitId,
        needWhose: 'Pårørende',
        needObserved: 'De ringer for å høre om søknaden',
        proposal: 'Varsle når noe skjer',
        benefit: 'Færre telefoner',
      },
    }),
  ).createIdea;
  const sent = ok(
    await employee.gql(`mutation($i: IdeaVersionInput!) { submitIdea(input: $i) { id version } }`, {
      i: { id: created.id, version: created.version },
    }),
  ).submitIdea;
  return { ...sent, title };
}

const decline = (manager: GraphqlClient, idea: { id: string; version: number }, reason: string) =>
  manager.gql(`mutation($i: DecideIdeaInput!) { declineIdea(input: $i) { id state } }`, {
    i: { id: idea.id, version: idea.version, reason },
  });

describe('notificationAdded over graphql-ws (in-process delivery)', () => {
  let employee: GraphqlClient;
  let colleague: GraphqlClient;
  let manager: GraphqlClient;
  const open: Array<{ dispose(): unknown }> = [];

  beforeAll(async () => {
    [employee, colleague, manager] = await Promise.all([
      signedIn(baseUrl(), EMPLOYEE),
      signedIn(baseUrl(), COLLEAGUE),
      signedIn(baseUrl(), MANAGER),
    ]);
  });
  afterAll(async () => {
    for (const o of open) await o.dispose();
  });

  it('the author receives the decision on their idea after it commits; someone else’s never arrives', async () => {
    const mine = liveClient(baseUrl(), cookieOf(employee));
    const theirs = liveClient(baseUrl(), cookieOf(colleague));
    open.push(mine, theirs);
    await Promise.all([mine.connected, theirs.connected]);
    const live = subscribe(mine.client, NOTIFICATION_ADDED);
    const other = subscribe(theirs.client, NOTIFICATION_ADDED);
    const idea = await submittedIdea(employee);
    await sleep(300); // the subscriptions are registered
    const sent = Date.now();
    ok(await decline(manager, idea, 'Ikke i år, budsjettet er brukt opp'));
    await live.atLeast(1);
    process.stdout.write(`in-process: decision sent → notice received in ${Date.now() - sent} ms\n`);
    const n = live.results[0].data.notificationAdded;
    expect(n).toMatchObject({
      kind: 'idea.declined',
      subjectType: 'idea',
      subjectId: idea.id,
      title: idea.title,
      reason: 'Ikke i år, budsjettet er brukt opp',
      readAt: null,
    });
    // The same notice the query shows (same id, same mapping).
    const listed = ok(
      await employee.gql('{ notifications { id kind subjectId title reason } }'),
    ).notifications;
    expect(listed).toContainEqual({
      id: n.id,
      kind: 'idea.declined',
      subjectId: idea.id,
      title: idea.title,
      reason: 'Ikke i år, budsjettet er brukt opp',
    });
    await sleep(500);
    expect(other.results).toEqual([]);
    expect(live.results).toHaveLength(1);
  });

  it('a refused (rolled-back) decision delivers nothing', async () => {
    const mine = liveClient(baseUrl(), cookieOf(employee));
    open.push(mine);
    await mine.connected;
    const live = subscribe(mine.client, NOTIFICATION_ADDED);
    const idea = await submittedIdea(employee);
    await sleep(300);
    // A stale version: refused with CONFLICT, nothing written, nothing sent.
    const res = await decline(manager, { id: idea.id, version: idea.version - 1 }, 'Gammel versjon av idéen');
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    await sleep(700);
    expect(live.results).toEqual([]);
  });

  it('refuses the upgrade without a signed session cookie (401), and an ended session at connection_init (4403)', async () => {
    // Anonymous or forged: the HTTP upgrade itself is answered 401, no socket opens.
    for (const cookie of [undefined, 'lk_session=s%3Aforged.signature']) {
      const answer = await rawUpgrade(baseUrl(), cookie);
      expect(answer).toMatch(/^HTTP\/1\.1 401/);
      const client = liveClient(baseUrl(), cookie);
      open.push(client);
      expect(await client.closed).not.toBe(1000);
    }
    // Signed, but the session has ended: the socket opens and is closed at connection_init.
    const ended = await signedIn(baseUrl(), EMPLOYEE);
    const cookie = cookieOf(ended);
    ok(await ended.gql('mutation { logout }'));
    expect(await rawUpgrade(baseUrl(), cookie)).toMatch(/^HTTP\/1\.1 101/);
    const client = liveClient(baseUrl(), cookie);
    open.push(client);
    expect(await client.closed).toBe(4403);
  });

  it('after sign-out a new subscription is refused (the session is checked on every subscribe)', async () => {
    const leaving = await signedIn(baseUrl(), EMPLOYEE);
    const conn = liveClient(baseUrl(), cookieOf(leaving));
    open.push(conn);
    await conn.connected;
    ok(await leaving.gql('mutation { logout }'));
    const live = subscribe(conn.client, NOTIFICATION_ADDED);
    const error: any = await live.failed();
    expect(JSON.stringify(error)).toMatch(/UNAUTHENTICATED/);
  });

  it('an open subscription whose session ended gets no more events: the socket closes (4403)', async () => {
    const leaving = await signedIn(baseUrl(), EMPLOYEE);
    const conn = liveClient(baseUrl(), cookieOf(leaving));
    open.push(conn);
    await conn.connected;
    const live = subscribe(conn.client, NOTIFICATION_ADDED);
    const idea = await submittedIdea(employee);
    await sleep(300);
    ok(await leaving.gql('mutation { logout }'));
    ok(await decline(manager, idea, 'Ikke nå, vi venter på budsjettet'));
    expect(await conn.closed).toBe(4403);
    expect(live.results).toEqual([]);
  });

  it('closes the socket on a message larger than a request body may be (1009)', async () => {
    const conn = liveClient(baseUrl(), cookieOf(employee));
    open.push(conn);
    await conn.connected;
    subscribe(conn.client, `subscription { notificationAdded { id } }${' '.repeat(150 * 1024)}`);
    expect(await conn.closed).toBe(1009);
  });

  it('runs the limits and the input guard on the WebSocket path', async () => {
    const conn = liveClient(baseUrl(), cookieOf(employee));
    open.push(conn);
    await conn.connected;
    // Too deep: a document with a deep operation beside the subscription is refused whole.
    let deep = 'id';
    for (let i = 0; i < 6; i++) deep = `experiment { idea { ${deep} } }`;
    const tooDeep = subscribe(
      conn.client,
      `${NOTIFICATION_ADDED} query Deep { idea(id: "00000000-0000-4000-8000-000000000000") { ${deep} } }`,
      'Live',
    );
    expect(JSON.stringify(await tooDeep.failed())).toMatch(
      /QUERY_TOO_COMPLEX.*depth|depth.*QUERY_TOO_COMPLEX/,
    );
    // Too many aliases.
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: id`).join(' ');
    const tooMany = subscribe(conn.client, `subscription { notificationAdded { ${aliases} } }`);
    expect(JSON.stringify(await tooMany.failed())).toMatch(/QUERY_TOO_COMPLEX/);
    // Too long (tokens).
    const long = subscribe(conn.client, `subscription { notificationAdded { ${'id '.repeat(2100)} } }`);
    expect(JSON.stringify(await long.failed())).toMatch(/QUERY_TOO_COMPLEX/);
    // Only subscriptions: a mutation over the socket would escape its unit of work.
    const mutation = subscribe(conn.client, `mutation { markAllNotificationsRead }`);
    expect(JSON.stringify(await mutation.failed())).toMatch(/VALIDATION_FAILED/);
    // The input guard: a control character in a string argument.
    const bad = subscribe(
      conn.client,
      `subscription { notificationAdded { id } } query Q { idea(id: "not-a-uuid") { id } }`,
      'Q',
    );
    expect(JSON.stringify(await bad.failed())).toMatch(/VALIDATION_FAILED/);
  });

  it('takes at most 5 subscriptions at once on one socket: the 6th is refused, and a freed place can be taken again', async () => {
    const conn = liveClient(baseUrl(), cookieOf(colleague));
    open.push(conn);
    await conn.connected;
    const five = Array.from({ length: 5 }, () => subscribe(conn.client, NOTIFICATION_ADDED, 'Live'));
    await sleep(300);
    for (const s of five) expect(s.error).toBeUndefined();
    const sixth = subscribe(conn.client, NOTIFICATION_ADDED, 'Live');
    expect(JSON.stringify(await sixth.failed())).toMatch(
      /VALIDATION_FAILED.*5 subscriptions|5 subscriptions.*VALIDATION_FAILED/,
    );
    // The socket stays open and the five keep their places; ending one frees one.
    five[0].stop();
    await sleep(200);
    const again = subscribe(conn.client, NOTIFICATION_ADDED, 'Live');
    expect(await again.failed(500)).toBeUndefined();
    for (const s of [...five.slice(1), again]) s.stop();
  });
});

/** The status line the server answers a raw WebSocket upgrade of /graphql with. */
function rawUpgrade(url: string, cookie?: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: hostname, port: Number(port) }, () =>
      s.write(
        [
          'GET /graphql HTTP/1.1',
          `Host: ${hostname}:${port}`,
          'Connection: Upgrade',
          'Upgrade: websocket',
          'Sec-WebSocket-Version: 13',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Protocol: graphql-transport-ws',
          ...(cookie ? [`Cookie: ${cookie}`] : []),
          '',
          '',
        ].join('\r\n'),
      ),
    );
    let got = '';
    s.on('data', (d) => {
      got += d.toString();
      if (got.includes('\r\n')) {
        resolve(got.split('\r\n')[0]);
        s.destroy();
      }
    });
    s.on('error', reject);
    s.on('end', () => resolve(got.split('\r\n')[0]));
  });
}

/** Whether something answers on host:port. */
const answers = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect({ host, port });
    s.once('connect', () => (s.end(), resolve(true)));
    s.once('error', () => resolve(false));
  });

/**
 * The Redis to use: REDIS_URL (.ci/run sets it), else one answering on 127.0.0.1:6379, else a
 * redis-server of this test's own on a free port (Debian's `redis-server` must be installed).
 */
async function realRedis(): Promise<{ url: string; stop(): void }> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: () => undefined };
  if (await answers('127.0.0.1', 6379)) return { url: 'redis://127.0.0.1:6379', stop: () => undefined };
  if (spawnSync('redis-server', ['--version']).status !== 0)
    throw new Error(
      'No Redis answers on 127.0.0.1:6379 and redis-server is not installed (apt-get install redis-server)',
    );
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 100 && !(await answers('127.0.0.1', port)); i++) await sleep(50);
  return { url: `redis://127.0.0.1:${port}`, stop: () => void child.kill('SIGTERM') };
}

describe('two API instances through a real Redis', () => {
  let redis: { url: string; stop(): void } | undefined;
  const servers: ChildProcess[] = [];
  const urls: string[] = [];
  const open: Array<{ dispose(): unknown }> = [];

  beforeAll(async () => {
    redis = await realRedis();
    const redisUrl = redis.url;
    const u = new URL(redisUrl);
    if (!(await answers(u.hostname, Number(u.port || 6379))))
      throw new Error(`No Redis answers at ${redisUrl}`);
    const db = await newDatabase('live');
    // Each run its own channels, so runs sharing the machine's Redis do not hear each other.
    const prefix = `lk-e2e-${unique()}`;
    for (const name of ['a', 'b']) {
      const port = await freePort();
      const logFile = path.join(
        mkdtempSync(path.join(os.tmpdir(), `laerekraft-live-${name}-`)),
        'server.log',
      );
      const child = spawnServer(
        {
          DATABASE_URL: db.DATABASE_URL,
          MIGRATION_DATABASE_URL: db.MIGRATION_DATABASE_URL,
          PORT: String(port),
          HOST: '127.0.0.1',
          DEMO: 'true',
          LOG_LEVEL: 'warn',
          REDIS_URL: redisUrl,
          REDIS_CHANNEL_PREFIX: prefix,
        },
        logFile,
      );
      servers.push(child);
      const url = `http://127.0.0.1:${port}`;
      // One after the other: the first migrates and seeds.
      await waitForReady(child, `${url}/health/ready`, logFile, 60_000);
      urls.push(url);
    }
  }, 120_000);

  afterAll(async () => {
    for (const o of open) await o.dispose();
    await Promise.all(servers.map((s) => stopServer(s)));
    redis?.stop();
  });

  it('an event caused on instance A arrives at a subscriber on instance B, and only there', async () => {
    const [a, b] = urls;
    const manager = await signedIn(a, MANAGER);
    const employeeOnA = await signedIn(a, EMPLOYEE);
    const employeeOnB = await signedIn(b, EMPLOYEE);
    const colleagueOnB = await signedIn(b, COLLEAGUE);
    const mine = liveClient(b, cookieOf(employeeOnB));
    const theirs = liveClient(b, cookieOf(colleagueOnB));
    open.push(mine, theirs);
    await Promise.all([mine.connected, theirs.connected]);
    const live = subscribe(mine.client, NOTIFICATION_ADDED);
    const other = subscribe(theirs.client, NOTIFICATION_ADDED);
    const idea = await submittedIdea(employeeOnA);
    await sleep(500); // Redis has the subscriptions
    const sent = Date.now();
    ok(await decline(manager, idea, 'Vi prøver noe annet først i år'));
    await live.atLeast(1);
    process.stdout.write(`via Redis, A → B: decision sent → notice received in ${Date.now() - sent} ms\n`);
    expect(live.results[0].data.notificationAdded).toMatchObject({
      kind: 'idea.declined',
      subjectId: idea.id,
      title: idea.title,
    });
    await sleep(500);
    expect(other.results).toEqual([]);
  }, 60_000);
});
