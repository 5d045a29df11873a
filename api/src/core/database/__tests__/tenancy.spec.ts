import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import request from 'supertest';
import { loadConfig } from '../../config/config.js';
import { createServer } from '../../../server.js';
import { createTestDataSource } from '../../../testing/test-database.js';
import { createDataSource } from '../../../data-source.js';
import { DemoSeedService } from '../../../demo/demo-seed.service.js';
import { DEMO_PASSWORD } from '../../../demo/demo-data.js';
import { DbRoles } from '../roles.js';
import { Db } from '../db.service.js';

/**
 * Tenancy in two walls, each proven alone: PostgreSQL's row-level security refuses what
 * the application never asked for, and the application refuses with RLS switched off.
 * The data is the demo (Bodø, Bergen, Nordland fylkeskommune and their network), seeded
 * through the real services; an outsider organisation with no network sees nothing.
 */
describe('row-level security and the policies, each wall alone (real PostgreSQL, real HTTP)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let app: NestExpressApplication;
  let tenantTables: string[];
  const orgs: Record<string, string> = {};

  const sql = <T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    env.ds.query(text, params) as Promise<T[]>;

  /** A raw connection as the application role: no services, no policies, just SQL. */
  async function asApp<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
    const c = new pg.Client({ connectionString: env.db.appUrl });
    await c.connect();
    try {
      return await work(c);
    } finally {
      await c.end();
    }
  }

  beforeAll(async () => {
    env = await createTestDataSource();
    app = await createServer({ ...loadConfig({}), webDist: '/nonexistent', demo: true }, env.app);
    await app.get(DemoSeedService).seed();
    await app.listen(0, '127.0.0.1');
    tenantTables = (
      await sql<{ table_name: string }>(
        `SELECT c.table_name FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = 'public' AND c.column_name = 'organisation_id' AND t.table_type = 'BASE TABLE'
          ORDER BY 1`,
      )
    ).map((r) => r.table_name);
    for (const r of await sql<{ id: string; name: string }>(`SELECT id, name FROM organisations`))
      orgs[r.name] = r.id;
    const [{ id }] = await sql<{ id: string }>(
      `INSERT INTO organisations (kind, name, organisation_number) VALUES ('KOMMUNE', 'Utenfor kommune', '974760673') RETURNING id`,
    );
    orgs.outsider = id;
  });
  afterAll(async () => {
    await app.close();
    await env.close();
  });

  describe('the catalogue', () => {
    it('has row-level security enabled and forced on every table that carries organisation_id', async () => {
      expect(tenantTables.length).toBeGreaterThanOrEqual(19);
      const rows = await sql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
        `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
          WHERE relnamespace = 'public'::regnamespace AND relname = ANY($1)`,
        [tenantTables],
      );
      expect(rows).toHaveLength(tenantTables.length);
      for (const r of rows)
        expect([r.relname, r.relrowsecurity, r.relforcerowsecurity]).toEqual([r.relname, true, true]);
    });

    it('lets the application role own nothing and bypass nothing', async () => {
      const [role] = await sql<{ rolsuper: boolean; rolbypassrls: boolean; owns: string }>(
        `SELECT rolsuper, rolbypassrls,
                (SELECT count(*) FROM pg_class WHERE relowner = r.oid)
              + (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)
              + (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid) AS owns
           FROM pg_roles r WHERE rolname = $1`,
        [DbRoles.APP],
      );
      expect(role).toEqual({ rolsuper: false, rolbypassrls: false, owns: '0' });
      // ...and may not write the migrations' bookkeeping.
      await expect(asApp((c) => c.query(`DELETE FROM typeorm_migrations`))).rejects.toMatchObject({
        code: '42501',
      });
    });
  });

  describe('row-level security alone (raw SQL as the application role)', () => {
    const asTenant = <T>(org: string | null, work: (c: pg.Client) => Promise<T>) =>
      asApp(async (c) => {
        await c.query('BEGIN');
        try {
          if (org) await c.query(`SELECT set_config('app.organisation_id', $1, true)`, [org]);
          return await work(c);
        } finally {
          await c.query('ROLLBACK');
        }
      });

    it('has Bodø rows in most tenant tables to hide (the premise of the tests below)', async () => {
      const withRows = [];
      for (const t of tenantTables) {
        const [{ n }] = await sql<{ n: string }>(
          `SELECT count(*) AS n FROM ${t} WHERE organisation_id = $1`,
          [orgs['Bodø kommune']],
        );
        if (Number(n) > 0) withRows.push(t);
      }
      expect(withRows.length).toBeGreaterThanOrEqual(12);
    });

    it.each([
      ['another organisation', 'outsider'],
      ['no organisation at all', null],
    ])('shows, updates and deletes nothing of Bodø for %s', async (_label, who) => {
      const org = who ? orgs[who] : null;
      // A lesson published to everyone is the one row meant to be seen from anywhere (Bergen's, in the demo).
      const [{ n: publicLessons }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM lessons WHERE state = 'PUBLISHED' AND reach = 'PUBLIC'`,
      );
      // …and the dashboards' cells of public lessons (the national view).
      const [{ n: publicCells }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM shared_lesson_cells WHERE scope = 'PUBLIC'`,
      );
      const visible: Record<string, number> = { lessons: publicLessons, shared_lesson_cells: publicCells };
      await asTenant(org, async (c) => {
        for (const t of tenantTables) {
          const seen = await c.query(`SELECT count(*)::int AS n FROM ${t}`);
          expect([t, seen.rows[0].n]).toEqual([t, visible[t] ?? 0]);
          // Either nothing is touched, or the role may not even try (append-only tables).
          for (const change of [`UPDATE ${t} SET organisation_id = organisation_id`, `DELETE FROM ${t}`]) {
            await c.query('SAVEPOINT attempt');
            const touched = await c.query(change).then(
              (r) => r.rowCount,
              (e: { code?: string }) => (e.code === '42501' ? 'refused' : e),
            );
            await c.query('ROLLBACK TO SAVEPOINT attempt');
            expect([change, touched === 0 || touched === 'refused']).toEqual([change, true]);
          }
        }
      });
      // Nothing was changed behind the application's back.
      const [{ n }] = await sql<{ n: string }>(`SELECT count(*) AS n FROM ideas WHERE organisation_id = $1`, [
        orgs['Bodø kommune'],
      ]);
      expect(Number(n)).toBeGreaterThan(0);
    });

    it('refuses to write a row into Bodø from another organisation', async () => {
      for (const t of tenantTables) {
        const [row] = await sql<{ r: Record<string, unknown> }>(
          `SELECT to_jsonb(x) AS r FROM ${t} x WHERE organisation_id = $1 LIMIT 1`,
          [orgs['Bodø kommune']],
        );
        if (!row) continue;
        const copy = { ...row.r, ...('id' in row.r ? { id: '00000000-0000-4000-8000-000000000001' } : {}) };
        const attempt = asTenant(orgs.outsider, (c) =>
          c.query(`INSERT INTO ${t} SELECT * FROM jsonb_populate_record(NULL::${t}, $1)`, [copy]),
        );
        await expect(attempt).rejects.toMatchObject({ code: '42501' }); // new row violates row-level security policy
      }
    });

    it('shares a network across the border only with its members and invitees', async () => {
      const network = (org: string) =>
        asTenant(org, async (c) => (await c.query(`SELECT name FROM networks`)).rows.map((r) => r.name));
      expect(await network(orgs['Bodø kommune'])).toEqual(['Innovasjonsnettverk Nord']);
      expect(await network(orgs['Bergen kommune'])).toEqual(['Innovasjonsnettverk Nord']); // invited
      expect(await network(orgs.outsider)).toEqual([]);
      // Bodø sees the coordinator (another organisation's person), and no one else from there.
      const people = await asTenant(
        orgs['Bodø kommune'],
        async (c) =>
          (await c.query(`SELECT email FROM persons WHERE organisation_id <> $1`, [orgs['Bodø kommune']]))
            .rows,
      );
      expect(people).toEqual([{ email: 'koordinator@nfk.demo' }]);
    });
    it('does not let an organisation name another organisation’s person as its coordinator to see them', async () => {
      const [{ id: bodoLead }] = await sql<{ id: string }>(
        `SELECT id FROM persons WHERE email = 'innovasjon@bodo.demo'`,
      );
      const seen = await asTenant(orgs['Bergen kommune'], async (c) => {
        await c.query(
          `INSERT INTO networks (organisation_id, coordinator_id, name, description) VALUES ($1, $2, 'Lure', '')`,
          [orgs['Bergen kommune'], bodoLead],
        );
        return (await c.query(`SELECT email FROM persons WHERE id = $1`, [bodoLead])).rows;
      });
      expect(seen).toEqual([]);
    });

    it('lets only the organisation that runs a network add members, and a member change nothing but its answer', async () => {
      const [{ id: network }] = await sql<{ id: string }>(`SELECT id FROM networks LIMIT 1`);
      const join = asTenant(orgs.outsider, (c) =>
        c.query(
          `INSERT INTO network_memberships (network_id, organisation_id, status) VALUES ($1, $2, 'MEMBER')`,
          [network, orgs.outsider],
        ),
      );
      await expect(join).rejects.toMatchObject({ code: '42501' });
      const [{ id: other }] = await sql<{ id: string }>(
        `INSERT INTO networks (organisation_id, coordinator_id, name, description)
         SELECT organisation_id, coordinator_id, 'Et annet nettverk', '' FROM networks WHERE id = $1 RETURNING id`,
        [network],
      );
      const move = asTenant(orgs['Bodø kommune'], (c) =>
        c.query(`UPDATE network_memberships SET network_id = $1 WHERE organisation_id = $2`, [
          other,
          orgs['Bodø kommune'],
        ]),
      );
      await expect(move).rejects.toMatchObject({ code: '42501' }); // permission denied for the column
      await sql(`DELETE FROM networks WHERE id = $1`, [other]);
    });

    it('keeps the organisation registry and the audit trail out of the application’s reach to rewrite', async () => {
      for (const statement of [
        `UPDATE organisations SET name = 'Hacked kommune'`,
        `DELETE FROM organisations`,
        `UPDATE audit_events SET reason = 'rewritten'`,
        `DELETE FROM audit_events`,
      ]) {
        const attempt = asTenant(orgs['Bodø kommune'], (c) => c.query(statement));
        await expect(attempt).rejects.toMatchObject({ code: '42501' });
      }
    });
  });

  describe.each([
    ['with row-level security on', true],
    ['with row-level security switched off (the application alone)', false],
  ])('the API across the border %s', (_label, rls) => {
    let bergen: ReturnType<typeof request.agent>;
    let bodoIdea: string;
    let bodoExperiment: string;

    const gql = (agent: ReturnType<typeof request.agent>, query: string, variables = {}) =>
      agent.post('/graphql').set('content-type', 'application/json').send({ query, variables });

    beforeAll(async () => {
      if (!rls) for (const t of tenantTables) await sql(`ALTER TABLE ${t} DISABLE ROW LEVEL SECURITY`);
      bergen = request.agent(app.getHttpServer());
      const login = await gql(
        bergen,
        `mutation($p: String!) { login(input: { email: "ansatt@bergen.demo", password: $p }) { id } }`,
        { p: DEMO_PASSWORD },
      );
      expect(login.body.errors).toBeUndefined();
      [{ id: bodoIdea }] = await sql<{ id: string }>(
        `SELECT id FROM ideas WHERE organisation_id = $1 AND state <> 'DRAFT' LIMIT 1`,
        [orgs['Bodø kommune']],
      );
      [{ id: bodoExperiment }] = await sql<{ id: string }>(
        `SELECT id FROM experiments WHERE organisation_id = $1 AND state = 'RUNNING' LIMIT 1`,
        [orgs['Bodø kommune']],
      );
    });
    afterAll(async () => {
      for (const t of tenantTables) await sql(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
    });

    it('has really switched row-level security as the case says', async () => {
      const rows = await sql<{ on: boolean }>(
        `SELECT relrowsecurity AS on FROM pg_class WHERE relname = 'ideas'`,
      );
      expect(rows[0].on).toBe(rls);
    });

    it('answers NOT_FOUND for another organisation’s idea and experiment, and lists none of them', async () => {
      const idea = await gql(bergen, `query($id: ID!) { idea(id: $id) { title } }`, { id: bodoIdea });
      expect(idea.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const exp = await gql(bergen, `query($id: ID!) { experiment(id: $id) { title } }`, {
        id: bodoExperiment,
      });
      expect(exp.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const lists = await gql(
        bergen,
        `{ ideas(first: 50) { nodes { id } } experiments(first: 50) { nodes { id } } people { email } units { name } }`,
      );
      expect(lists.body.errors).toBeUndefined();
      const ids = [...lists.body.data.ideas.nodes, ...lists.body.data.experiments.nodes].map(
        (n: { id: string }) => n.id,
      );
      expect(ids).not.toContain(bodoIdea);
      expect(ids).not.toContain(bodoExperiment);
      expect(lists.body.data.people.map((p: { email: string }) => p.email)).not.toContain('ansatt@bodo.demo');
    });

    it('refuses to comment on, back, log in or measure another organisation’s work, and writes nothing', async () => {
      const before = await sql<{ n: string }>(
        `SELECT (SELECT count(*) FROM idea_comments) + (SELECT count(*) FROM idea_backings)
              + (SELECT count(*) FROM learning_entries) + (SELECT count(*) FROM measurements) AS n`,
      );
      const attempts = [
        gql(bergen, `mutation($id: ID!) { commentOnIdea(input: { ideaId: $id, text: "Hei" }) { id } }`, {
          id: bodoIdea,
        }),
        gql(bergen, `mutation($id: ID!) { backIdea(id: $id) { id } }`, { id: bodoIdea }),
        gql(
          bergen,
          `mutation($id: ID!) { addLearningEntry(input: { experimentId: $id, kind: OBSERVATION, text: "Hei" }) { id } }`,
          { id: bodoExperiment },
        ),
        gql(
          bergen,
          `mutation($id: ID!) { addMeasurement(input: { experimentId: $id, measuredOn: "2026-11-01", value: 1 }) { id } }`,
          { id: bodoExperiment },
        ),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(res.body.errors?.[0]?.extensions?.code);
      }
      const after = await sql<{ n: string }>(
        `SELECT (SELECT count(*) FROM idea_comments) + (SELECT count(*) FROM idea_backings)
              + (SELECT count(*) FROM learning_entries) + (SELECT count(*) FROM measurements) AS n`,
      );
      expect(after).toEqual(before);
    });
  });

  describe('one unit of work per request', () => {
    it('rolls back a whole mutation operation when one of its fields fails, and says so', async () => {
      const bodo = request.agent(app.getHttpServer());
      await bodo.post('/graphql').send({
        query: `mutation($p: String!) { login(input: { email: "ansatt@bodo.demo", password: $p }) { id } }`,
        variables: { p: DEMO_PASSWORD },
      });
      const [{ id: idea }] = await sql<{ id: string }>(
        `SELECT id FROM ideas WHERE organisation_id = $1 AND state = 'SUBMITTED' LIMIT 1`,
        [orgs['Bodø kommune']],
      );
      const count = async () =>
        Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM idea_comments`))[0].n);
      const before = await count();
      const res = await bodo.post('/graphql').send({
        query: `mutation($id: ID!) {
          first: commentOnIdea(input: { ideaId: $id, text: "Kept only if all of it holds" }) { id }
          second: commentOnIdea(input: { ideaId: $id, text: "" }) { id } }`,
        variables: { id: idea },
      });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(res.body.data).toBeNull();
      expect(await count()).toBe(before);
      const ok = await bodo.post('/graphql').send({
        query: `mutation($id: ID!) { commentOnIdea(input: { ideaId: $id, text: "Kept" }) { id } }`,
        variables: { id: idea },
      });
      expect(ok.body.errors).toBeUndefined();
      expect(await count()).toBe(before + 1);
    });

    it('refuses a sign-in or another door mutation sent with other fields, before anything runs', async () => {
      const agent = request.agent(app.getHttpServer());
      const res = await agent.post('/graphql').send({
        query: `mutation($p: String!) { a: login(input: { email: "ansatt@bodo.demo", password: $p }) { id } b: logout }`,
        variables: { p: DEMO_PASSWORD },
      });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors?.[0]?.message).toMatch(/only field/);
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('runs after-commit hooks only once the work has committed', async () => {
      const db = app.get(Db);
      const seen: string[] = [];
      await db.run(null, async () => {
        db.afterCommit(() => seen.push('committed'));
        seen.push('working');
      });
      await expect(
        db.run(null, async () => {
          db.afterCommit(() => seen.push('must not run'));
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(seen).toEqual(['working', 'committed']);
    });

    it('keeps the door to the listed reasons, each explained in docs/security.md', () => {
      const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
      const files = execFileSync('grep', ['-rlE', String.raw`\.door\(`, path.join(root, 'src')], {
        encoding: 'utf8',
      })
        .split('\n')
        .filter((f) => f && !f.includes('__tests__') && !f.endsWith('db.service.ts'));
      const reasons = new Set<string>();
      for (const f of files)
        for (const m of readFileSync(f, 'utf8').matchAll(/\.door\(\s*'([a-z-]+)'/g)) reasons.add(m[1]);
      expect([...reasons].sort()).toEqual(['demo-seed', 'invitation', 'login', 'organisation-registry']);
      const doc = readFileSync(path.resolve(root, '../docs/security.md'), 'utf8');
      for (const r of reasons) expect(doc).toContain(`\`${r}\``);
    });
  });

  it('leaks nothing when two organisations’ requests interleave over a pool of one connection', async () => {
    const one = createDataSource(env.db.appUrl, { poolSize: 1 });
    await one.initialize();
    const narrow = await createServer({ ...loadConfig({}), webDist: '/nonexistent', demo: false }, one);
    try {
      const agents: Record<string, ReturnType<typeof request.agent>> = {};
      for (const email of ['ansatt@bodo.demo', 'ansatt@bergen.demo']) {
        agents[email] = request.agent(narrow.getHttpServer());
        const res = await agents[email].post('/graphql').send({
          query: `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { id } }`,
          variables: { e: email, p: DEMO_PASSWORD },
        });
        expect(res.body.errors).toBeUndefined();
      }
      const ask = (email: string) =>
        agents[email].post('/graphql').send({
          query: `{ me { organisation { id } } ideas(first: 50) { nodes { unit { id } } } units { id } }`,
        });
      const units = async (org: string) =>
        new Set(
          (await sql<{ id: string }>(`SELECT id FROM units WHERE organisation_id = $1`, [org])).map(
            (u) => u.id,
          ),
        );
      const own = {
        'ansatt@bodo.demo': await units(orgs['Bodø kommune']),
        'ansatt@bergen.demo': await units(orgs['Bergen kommune']),
      };
      const order = Array.from({ length: 30 }, (_, i) => (i % 2 ? 'ansatt@bodo.demo' : 'ansatt@bergen.demo'));
      const answers = await Promise.all(order.map(async (email) => ({ email, res: await ask(email) })));
      for (const { email, res } of answers) {
        expect(res.body.errors).toBeUndefined();
        const mine = own[email as keyof typeof own];
        for (const u of res.body.data.units) expect(mine.has(u.id)).toBe(true);
        for (const i of res.body.data.ideas.nodes) expect(mine.has(i.unit.id)).toBe(true);
      }
      expect(answers.some((a) => a.res.body.data.ideas.nodes.length > 0)).toBe(true);
    } finally {
      await narrow.close();
      await one.destroy();
    }
  });
});
