import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { LessonReach, LessonState } from '@laerekraft/shared';
import { LessonEntity } from '../../lessons/lesson.entity.js';
import { LearningEntryEntity } from '../../learning/learning-entry.entity.js';
import { buildLessonWorld, lessonRow, type LessonWorld } from '../../testing/lessons.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { PORTFOLIO_ALL_RIGHT, portfolioCheck } from '../../testing/portfolio.js';

/**
 * The aggregate tables the dashboards read (migration 1796300000000): kept in the change's
 * transaction by triggers, equal to a recomputation from the record, written by nobody else,
 * and readable only under row-level security.
 */
describe('portfolio aggregates (real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let w: LessonWorld;

  const check = () => portfolioCheck(env.ds);
  const allRight = PORTFOLIO_ALL_RIGHT;
  const cells = async (organisationId: string, measure: string) =>
    Number(
      (
        await env.ds.query<Array<{ n: string | null }>>(
          `SELECT sum(n) AS n FROM portfolio_cells WHERE organisation_id = $1 AND measure = $2`,
          [organisationId, measure],
        )
      )[0]!.n ?? 0,
    );

  beforeAll(async () => {
    env = await createTestDataSource();
    w = await buildLessonWorld(env.ds.manager);
  });
  afterAll(() => env?.close());

  it('count what the record holds, and agree with a recomputation after changes', async () => {
    const m = env.ds.manager;
    const e1 = await w.experiment('Nattilsyn med sensor');
    const e2 = await w.experiment('Kveldsmat sammen');
    expect(await cells(w.a.org.id, 'ENDED')).toBe(2);
    expect(await cells(w.a.org.id, 'LESSON')).toBe(0);
    expect(await check()).toEqual(allRight);

    const lesson = await lessonRow(m, e1, {
      state: LessonState.PUBLISHED,
      reach: LessonReach.NETWORK,
      networkIds: [w.network.id],
    });
    expect(await cells(w.a.org.id, 'LESSON')).toBe(1);
    expect(await cells(w.a.org.id, 'LEARNED')).toBe(1);
    await m.insert(LearningEntryEntity, {
      organisationId: w.a.org.id,
      experimentId: e2.id,
      authorId: w.a.employee.personId,
      kind: 'OBSERVATION',
      text: 'Notat',
      entryDate: '2026-11-01',
    });
    expect(
      (
        await env.ds.query(`SELECT last_entry_on::text AS d FROM portfolio_facts WHERE item_id = $1`, [e2.id])
      )[0].d,
    ).toBe('2026-11-01');
    const shared = await env.ds.query<Array<{ n: number }>>(
      `SELECT n FROM shared_lesson_cells WHERE scope = 'NETWORK' AND scope_id = $1 AND measure = 'LESSON'`,
      [w.network.id],
    );
    expect(shared.map((r) => r.n)).toEqual([1]);
    expect(await check()).toEqual(allRight);

    // A lesson published to its unit alone is not the organisation's to see: not counted.
    await m.update(LessonEntity, { id: lesson.id }, { reach: LessonReach.UNIT, networkIds: [] });
    expect(await cells(w.a.org.id, 'LESSON')).toBe(0);
    expect(await cells(w.a.org.id, 'LEARNED')).toBe(0);
    await m.update(LessonEntity, { id: lesson.id }, { reach: LessonReach.ORGANISATION });
    expect(await cells(w.a.org.id, 'LESSON')).toBe(1);
    expect(await check()).toEqual(allRight);

    await m.update(
      LessonEntity,
      { id: lesson.id },
      { state: LessonState.WITHDRAWN, withdrawnAt: new Date() },
    );
    expect(await cells(w.a.org.id, 'LESSON')).toBe(0);
    expect(
      await env.ds.query(`SELECT * FROM shared_lesson_cells WHERE scope_id = $1 AND n <> 0`, [w.network.id]),
    ).toEqual([]);
    expect(await check()).toEqual(allRight);
  });

  it('are written by no one but their triggers, and read only within the organisation', async () => {
    const c = new pg.Client({ connectionString: env.db.appUrl });
    await c.connect();
    try {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.organisation_id', $1, true)`, [w.b.org.id]);
      expect((await c.query(`SELECT count(*)::int AS n FROM portfolio_cells`)).rows[0].n).toBe(0);
      expect((await c.query(`SELECT count(*)::int AS n FROM portfolio_facts`)).rows[0].n).toBe(0);
      // B is a member of the network A shares to: the shared cells of the network are readable.
      await c.query('ROLLBACK');
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.organisation_id', $1, true)`, [w.a.org.id]);
      expect((await c.query(`SELECT count(*)::int AS n FROM portfolio_cells`)).rows[0].n).toBeGreaterThan(0);
      await expect(
        c.query(
          `INSERT INTO portfolio_cells VALUES ($1, $2, '2026-01-01', 'ENDED', '', 0, '', '', 100, 0, 0)`,
          [w.a.org.id, w.a.units.team],
        ),
      ).rejects.toThrow(/permission denied/);
      await c.query('ROLLBACK');
      await expect(c.query(`SELECT * FROM portfolio_experiment_source`)).rejects.toThrow(/permission denied/);
      await expect(c.query(`SELECT app_portfolio_rebuild()`)).rejects.toThrow(/permission denied/);
    } finally {
      await c.end();
    }
  });

  it('roll up to every unit above and to the organisation, also after a unit moves', async () => {
    const rollup = async (scope: string) =>
      Number(
        (
          await env.ds.query<Array<{ n: string | null }>>(
            `SELECT sum(n) AS n FROM portfolio_rollups WHERE organisation_id = $1 AND scope_unit_id = $2
                AND measure = 'ENDED' AND dim = ''`,
            [w.a.org.id, scope],
          )
        )[0]!.n ?? 0,
      );
    const nil = '00000000-0000-0000-0000-000000000000';
    const [team] = await env.ds.query<Array<{ parent_id: string | null }>>(
      `SELECT parent_id FROM units WHERE id = $1`,
      [w.a.units.team],
    );
    const ended = await cells(w.a.org.id, 'ENDED');
    expect(ended).toBeGreaterThan(0);
    expect(await rollup(nil)).toBe(ended);
    expect(await rollup(w.a.units.team)).toBe(ended);
    if (team!.parent_id) expect(await rollup(team!.parent_id)).toBe(ended);
    // The team moves under the other unit: its experiments count there now, and no longer above it before.
    await env.ds.query(`UPDATE units SET parent_id = $1 WHERE id = $2`, [w.a.units.other, w.a.units.team]);
    expect(await rollup(w.a.units.other)).toBe(ended);
    if (team!.parent_id && team!.parent_id !== w.a.units.other) expect(await rollup(team!.parent_id)).toBe(0);
    expect(await check()).toEqual(allRight);
    await env.ds.query(`UPDATE units SET parent_id = $1 WHERE id = $2`, [team!.parent_id, w.a.units.team]);
    expect(await check()).toEqual(allRight);
  });

  it('rebuild from scratch to the same figures', async () => {
    const before = await env.ds.query(
      `SELECT * FROM portfolio_cells WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`,
    );
    const owner = new pg.Client({ connectionString: env.db.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`SELECT app_portfolio_rebuild()`);
    } finally {
      await owner.end();
    }
    expect(await env.ds.query(`SELECT * FROM portfolio_cells ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`)).toEqual(
      before,
    );
    expect(await check()).toEqual(allRight);
  });
});
