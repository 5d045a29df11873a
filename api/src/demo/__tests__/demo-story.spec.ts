import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../../core/config/config.js';
import { createServer } from '../../server.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { DemoSeedService } from '../demo-seed.service.js';

/**
 * The demo tells the cross-border story with plausible dates (issue 7, "Demo"), seeded
 * through the real server; and seeding again adds nothing.
 */
describe('the demo story (real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let app: NestExpressApplication;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    env.ds.query(text, params) as Promise<T[]>;

  beforeAll(async () => {
    env = await createTestDataSource();
    app = await createServer({ ...loadConfig({}), webDist: '/nonexistent', demo: true }, env.app);
    await app.get(DemoSeedService).seed();
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await env.close();
  });

  it('Kinn kommune (4602) is a member of the network with its own people and units; Bergen stays invited', async () => {
    const members = await sql<{ name: string; status: string }>(
      `SELECT o.name, mm.status FROM network_memberships mm JOIN organisations o ON o.id = mm.organisation_id
        JOIN networks n ON n.id = mm.network_id WHERE n.name = 'Innovasjonsnettverk Nord' ORDER BY o.name`,
    );
    expect(members).toEqual([
      { name: 'Bergen kommune', status: 'INVITED' },
      { name: 'Bodø kommune', status: 'MEMBER' },
      { name: 'Kinn kommune', status: 'MEMBER' },
      { name: 'Nordland fylkeskommune', status: 'MEMBER' },
    ]);
    const roles = await sql<{ role: string }>(
      `SELECT DISTINCT r.role FROM role_assignments r JOIN organisations o ON o.id = r.organisation_id
        WHERE o.kommunenummer = '4602' ORDER BY 1`,
    );
    expect(roles.map((r) => r.role)).toEqual(['EMPLOYEE', 'INNOVATION_LEAD', 'MANAGER', 'READER']);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM units u JOIN organisations o ON o.id = u.organisation_id WHERE o.kommunenummer = '4602'`,
    );
    expect(n).toBeGreaterThanOrEqual(4);
  });

  it('Bodø’s lesson is published to the network; Kinn adopted it and its adoption runs; Bergen’s lesson is public', async () => {
    const lessons = await sql<{
      org: string;
      state: string;
      reach: string;
      networks: number;
      adoption_count: number;
      summary: {
        hypothesis?: { metric: string };
        measurements?: unknown[];
        learningCard?: { learned: string };
      };
      experiment_state: string;
      result: string;
    }>(
      `SELECT o.name AS org, l.state, l.reach, cardinality(l.network_ids) AS networks, l.adoption_count,
              l.experiment_summary AS summary, l.experiment_state, l.result
         FROM lessons l JOIN organisations o ON o.id = l.organisation_id ORDER BY o.name`,
    );
    expect(lessons.map((l) => [l.org, l.state, l.reach, l.networks, l.adoption_count, l.result])).toEqual([
      ['Bergen kommune', 'PUBLISHED', 'PUBLIC', 0, 0, 'SUPPORTED'],
      ['Bodø kommune', 'PUBLISHED', 'NETWORK', 1, 1, 'NOT_SUPPORTED'],
    ]);
    for (const l of lessons) {
      expect(l.summary.hypothesis?.metric).toBeTruthy();
      expect(l.summary.measurements?.length).toBeGreaterThanOrEqual(2);
      expect(l.summary.learningCard?.learned).toBeTruthy();
      expect(JSON.stringify(l.summary)).not.toMatch(/Hanne|Lars|Marit|@/);
    }
    const [adoption] = await sql<{
      org: string;
      state: string;
      lineage_ok: boolean;
      experiment_state: string;
      source_ok: boolean;
    }>(
      `SELECT o.name AS org, a.state, a.lineage = ARRAY[l.id] AS lineage_ok, e.state AS experiment_state,
              e.source_lesson_id = l.id AS source_ok
         FROM adoptions a JOIN organisations o ON o.id = a.organisation_id
         JOIN lessons l ON l.id = a.source_lesson_id JOIN experiments e ON e.id = a.experiment_id`,
    );
    expect(adoption).toEqual({
      org: 'Kinn kommune',
      state: 'RUNNING',
      lineage_ok: true,
      experiment_state: 'RUNNING',
      source_ok: true,
    });
    // adoption_count agrees with the adoption rows below each lesson.
    const [{ off }] = await sql<{ off: number }>(
      `SELECT count(*)::int AS off FROM lessons l
        WHERE l.adoption_count <> (SELECT count(*) FROM adoptions a WHERE a.lineage @> ARRAY[l.id])`,
    );
    expect(off).toBe(0);
  });

  it('the network has an open challenge answered by an idea in Bodø and one in Kinn; the coordinator pinned Bodø’s lesson', async () => {
    const answers = await sql<{ org: string; state: string }>(
      `SELECT o.name AS org, i.state FROM challenges c JOIN ideas i ON i.challenge_id = c.id
         JOIN organisations o ON o.id = i.organisation_id WHERE c.network_id IS NOT NULL AND c.state = 'OPEN' ORDER BY o.name`,
    );
    expect(answers).toEqual([
      { org: 'Bodø kommune', state: 'SUBMITTED' },
      { org: 'Kinn kommune', state: 'APPROVED' },
    ]);
    const pins = await sql<{ title: string }>(
      `SELECT l.title FROM network_pins p JOIN lessons l ON l.id = p.lesson_id`,
    );
    expect(pins).toHaveLength(1);
  });

  it('dates are plausible: created before started before measured before concluded, events spread over weeks', async () => {
    const bad = await sql<{ title: string }>(
      `SELECT e.title FROM experiments e
        WHERE (e.started_at IS NOT NULL AND e.started_at <= e.created_at)
           OR (e.ended_at IS NOT NULL AND e.ended_at <= e.started_at)
           OR EXISTS (SELECT 1 FROM measurements m WHERE m.experiment_id = e.id
                       AND (m.measured_on < e.started_at::date OR (e.ended_at IS NOT NULL AND m.measured_on > e.ended_at::date)))
           OR EXISTS (SELECT 1 FROM learning_entries le WHERE le.experiment_id = e.id AND le.entry_date < e.created_at::date)
           OR e.created_at > now()`,
    );
    expect(bad).toEqual([]);
    const ideas = await sql<{ title: string }>(
      `SELECT title FROM ideas WHERE submitted_at <= created_at OR decided_at <= submitted_at OR title ILIKE '%utkast%'`,
    );
    expect(ideas).toEqual([]);
    // The audit trail spans months, in many different days; an entity's events are in order.
    const [{ days, span }] = await sql<{ days: number; span: number }>(
      `SELECT count(DISTINCT at::date)::int AS days, extract(day FROM max(at) - min(at))::int AS span FROM audit_events`,
    );
    expect(days).toBeGreaterThan(25);
    expect(span).toBeGreaterThan(150);
    const [{ sameMinute }] = await sql<{ sameMinute: number }>(
      `SELECT max(n)::int AS "sameMinute" FROM (SELECT count(*) AS n FROM audit_events GROUP BY date_trunc('minute', at)) s`,
    );
    expect(sameMinute).toBeLessThanOrEqual(3);
    const [{ lessonsOk }] = await sql<{ lessonsOk: boolean }>(
      `SELECT bool_and(l.published_at > e.ended_at AND l.created_at > e.ended_at) AS "lessonsOk"
         FROM lessons l JOIN experiments e ON e.id = l.experiment_id`,
    );
    expect(lessonsOk).toBe(true);
  });

  it('each lesson’s experiment summary has the shape publishing gives it (the lesson page reads every key)', async () => {
    const rows = await sql<{ keys: string[]; title: string | null }>(
      `SELECT array(SELECT jsonb_object_keys(experiment_summary) ORDER BY 1) AS keys,
              experiment_summary->>'title' AS title FROM lessons`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) {
      expect(r.keys).toEqual(
        expect.arrayContaining([
          'title',
          'hypothesis',
          'result',
          'stopReason',
          'learningCard',
          'measurements',
        ]),
      );
      expect(r.title).toBeTruthy();
    }
  });

  it('seeding again adds nothing', async () => {
    const count = async () =>
      (
        await sql<{ n: number }>(`SELECT (SELECT count(*) FROM ideas) + (SELECT count(*) FROM lessons) AS n`)
      )[0].n;
    const before = await count();
    expect(await app.get(DemoSeedService).seed()).toEqual({ created: 0 });
    expect(await count()).toBe(before);
  });
});
