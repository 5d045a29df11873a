import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { Role } from '@laerekraft/shared';
import { createTestDataSource } from '../../testing/test-database.js';
import { cycleServices } from '../../testing/services.js';
import { Actor } from '../../core/auth/actor.js';
import { Db } from '../../core/database/db.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { SearchService } from '../../search/search.service.js';
import { LessonsService } from '../../lessons/lessons.service.js';
import { ListScope } from '../../core/graphql/pagination.js';
import { checkScale } from '../check-scale.js';
import { scaleId, seedScale, type ScaleResult } from '../seed-scale.js';

/**
 * The scale generator at a tiny size (2,000 experiments) on the embedded test PostgreSQL: every
 * rule of check-scale holds, the sizes are the ones asked for, and the product's own reads work
 * on the data through the services on the application role (row-level security on).
 */
describe('the scale generator (2,000 experiments, real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let su: pg.Client;
  let result: ScaleResult;
  const oslo = scaleId('o', 1); // the first kommune in the list: 0301 Oslo
  let lead: Actor;

  beforeAll(async () => {
    env = await createTestDataSource();
    su = new pg.Client({ connectionString: env.db.url });
    await su.connect();
    result = await seedScale(su, { experiments: 2000 });
    const p = await su.query<{ id: string }>(
      `SELECT person_id AS id FROM role_assignments WHERE organisation_id = $1 AND role = 'INNOVATION_LEAD'`,
      [oslo],
    );
    lead = new Actor(p.rows[0].id, oslo, [
      { role: Role.INNOVATION_LEAD, unitId: null },
      { role: Role.EMPLOYEE, unitId: null },
    ]);
  }, 120_000);

  afterAll(async () => {
    await su?.end();
    await env?.close();
  });

  it('makes all municipalities and counties, and the sizes asked for', async () => {
    expect(result.counts.organisations).toBe(357 + 15);
    expect(result.counts.experiments).toBe(2000);
    expect(result.counts.ideas).toBe(3000);
    // About five log entries per started experiment (88 % are started), within a tenth.
    expect(Math.abs(result.counts.learning_entries - 10_000)).toBeLessThan(1000);
    for (const t of ['lessons', 'adoptions', 'measurements', 'networks', 'challenges', 'search_vocabulary'])
      expect(result.counts[t]).toBeGreaterThan(0);
    const k = await su.query(
      `SELECT count(*) FILTER (WHERE kind = 'KOMMUNE')::int AS k, count(*) FILTER (WHERE kind = 'FYLKESKOMMUNE')::int AS f,
              count(DISTINCT kommunenummer)::int AS knr FROM organisations`,
    );
    expect(k.rows[0]).toEqual({ k: 357, f: 15, knr: 357 });
    // Oslo is the largest: more experiments and people than Utsira.
    const sizes = await su.query<{ name: string; e: number; p: number }>(
      `SELECT o.name, (SELECT count(*)::int FROM experiments e WHERE e.organisation_id = o.id) AS e,
              (SELECT count(*)::int FROM persons p WHERE p.organisation_id = o.id) AS p
         FROM organisations o WHERE o.kommunenummer IN ('0301', '1151') ORDER BY o.kommunenummer`,
    );
    expect(sizes.rows[0].e).toBeGreaterThan(sizes.rows[1].e);
    expect(sizes.rows[0].p).toBeGreaterThan(sizes.rows[1].p);
  });

  it('holds every rule of the check', async () => {
    const checks = await checkScale(su);
    expect(checks.filter((c) => c.violations > 0)).toEqual([]);
    expect(checks.length).toBeGreaterThan(40);
  });

  it('the check can fail: a broken lineage, a lesson for a running experiment and a wrong tenant are caught', async () => {
    await su.query('BEGIN');
    try {
      await su.query(
        `UPDATE adoptions SET lineage = lineage || source_lesson_id WHERE id = (SELECT id FROM adoptions LIMIT 1)`,
      );
      await su.query(
        `UPDATE experiments SET state = 'RUNNING', ended_at = NULL, result = NULL, stop_reason = NULL
          WHERE id = (SELECT experiment_id FROM lessons LIMIT 1)`,
      );
      await su.query(
        `UPDATE learning_entries SET organisation_id = $1 WHERE id = (SELECT id FROM learning_entries WHERE organisation_id <> $1 LIMIT 1)`,
        [oslo],
      );
      const broken = (await checkScale(su)).filter((c) => c.violations > 0).map((c) => c.name);
      expect(broken).toEqual(
        expect.arrayContaining([
          'adoptions: lineage is the source lesson’s own adoption’s lineage, then the source',
          'lessons: only for CONCLUDED or STOPPED experiments, written after the end, facets copied',
          "learning_entries.organisation_id is its experiments's",
        ]),
      );
    } finally {
      await su.query('ROLLBACK');
    }
  });

  it('the experiments list reads the data through the service with row-level security on', async () => {
    const s = cycleServices(env.app);
    const page = await s.experiments.list(lead, ListScope.ORGANISATION, 50, null);
    expect(page.nodes.length).toBe(50);
    expect(page.nodes.every((e) => e.organisationId === oslo)).toBe(true);
    const next = await s.experiments.list(lead, ListScope.ORGANISATION, 50, page.pageInfo.endCursor);
    expect(next.nodes[0].createdAt.getTime()).toBeLessThanOrEqual(page.nodes[49].createdAt.getTime());
  });

  it('search finds Norwegian compounds and inflections, in the own organisation and in public lessons', async () => {
    const search = new SearchService(new Db(env.app));
    const common = await search.search(lead, { query: 'kommune' });
    expect(common.total).toBeGreaterThan(20);
    const compound = await search.search(lead, { query: 'hjemmetjenesten' });
    expect(compound.total).toBeGreaterThan(0);
    expect(compound.total).toBeLessThan(common.total);
    // Nothing another organisation keeps to itself comes back.
    const foreign = await su.query<{ id: string }>(`SELECT id FROM experiments WHERE organisation_id <> $1`, [
      oslo,
    ]);
    const others = new Set(foreign.rows.map((r) => r.id));
    expect(common.hits.filter((h) => others.has(h.id))).toEqual([]);
  });

  it('the lessons library shows public lessons of other organisations to an outsider and to no one signed in', async () => {
    const lessons = new LessonsService(new Db(env.app), new AuditService());
    const anonymous = await lessons.list(null, {}, 20);
    expect(anonymous.nodes.length).toBeGreaterThan(0);
    expect(anonymous.nodes.every((r) => r.lesson.reach === 'PUBLIC' && r.lesson.state === 'PUBLISHED')).toBe(
      true,
    );
    const mine = await lessons.list(lead, {}, 50);
    expect(mine.nodes.some((r) => r.lesson.organisationId === oslo)).toBe(true);
  });
});
