import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ErrorCode } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { positional } from '../../core/auth/authority.js';
import { Db } from '../../core/database/db.service.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { refusal } from '../../testing/refusal.js';
import { DashboardService } from '../dashboard.service.js';
import { organisationDashboardSql } from '../dashboard.sql.js';
import type { DashboardFilterInput } from '../dto/dashboard.input.js';
import type { DashboardModel } from '../dashboard.model.js';
import { buildDashboardFixture, type DashboardFixture } from './hand-fixture.js';

/**
 * Every figure of the dashboards on the hand-built fixture (hand-fixture.ts has the record;
 * the numbers below are worked out from it by hand), read by the service as the app role,
 * under row-level security.
 */
describe('dashboards on a hand-built fixture (real PostgreSQL, RLS on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let f: DashboardFixture;
  let service: DashboardService;

  beforeAll(async () => {
    env = await createTestDataSource();
    f = await buildDashboardFixture(env.ds.manager);
    service = new DashboardService(new Db(env.app));
  });
  afterAll(() => env?.close());

  const funnel = (d: DashboardModel) => Object.fromEntries(d.funnel.map((s) => [s.stage, s.count]));
  const keys = (list: Array<{ key: string; count: number }>) => list.map((k) => [k.key, k.count]);
  const expectRefusal = async (p: Promise<unknown>, code: string) =>
    expect((await refusal(p)).code).toBe(code);
  const org = (actor: Actor, filter: Partial<DashboardFilterInput> = {}) =>
    service.dashboard(actor, { scope: 'ORGANISATION', ...filter });

  it('the organisation: every figure', async () => {
    const d = await org(f.viewers.reader);
    expect(d.name).toBe(f.a.org.name);
    // Ideas submitted I1–I5 (I6 is a draft); approved I1, I5; started E1 E2 E3 E7 E4 E5 E9;
    // ended E1 E2 E3 E7; lessons L1 L2 L7; adopted elsewhere L1.
    expect(funnel(d)).toEqual({
      IDEAS: 5,
      APPROVED: 2,
      STARTED: 7,
      ENDED: 4,
      LESSONS: 3,
      ADOPTED_ELSEWHERE: 1,
    });
    // DARE E1 E3 E8; LEAD E2; LEARN E1 E7 E4; MOBILISE E3 E9; COLLABORATE E3 E5.
    expect(keys(d.byAction)).toEqual([
      ['DARE', 3],
      ['LEAD', 1],
      ['LEARN', 3],
      ['MOBILISE', 2],
      ['COLLABORATE', 2],
    ]);
    // SDG 3: E1 E2 E7; 4: E8; 10: E1; 11: E3; 17: E7 E5.
    expect(keys(d.bySdg)).toEqual([
      ['3', 3],
      ['4', 1],
      ['10', 1],
      ['11', 1],
      ['17', 2],
    ]);
    // HEALTH_AND_CARE E1 E7 E4; UPBRINGING E8 E9; CULTURE E5; TECHNICAL E3; WELFARE E2 (E6 has none).
    expect(keys(d.byTheme)).toEqual([
      ['HEALTH_AND_CARE', 3],
      ['UPBRINGING', 2],
      ['CULTURE', 1],
      ['TECHNICAL', 1],
      ['WELFARE', 1],
    ]);
    // E1 SUPPORTED, E3 NOT_SUPPORTED, E7 INCONCLUSIVE, E2 STOPPED.
    expect(keys(d.byResult)).toEqual([
      ['SUPPORTED', 1],
      ['NOT_SUPPORTED', 1],
      ['INCONCLUSIVE', 1],
      ['STOPPED', 1],
    ]);
    // Helse with everything below it: E1 E5 (C1), E2 E4 (G), E3 E7 (C2), E6 (R) = 7; Oppvekst: E8 E9.
    expect(d.byUnit.map((u) => [u.name, u.count])).toEqual([
      ['Helse', 7],
      ['Oppvekst', 2],
    ]);
    // Learned: E1, E2, E7 of the four ended (E3 has no learning card and no lesson).
    expect(d.learningRate).toEqual({ part: 3, whole: 4 });
    // Days to decision 10, 4, 20, 6 → 4 6 | 10 20 → (6 + 10) / 2 = 8 (an even count).
    expect(d.medianDaysToDecision).toBe(8);
    // Days run 30, 30, 50, 183 → (30 + 50) / 2 = 40 (an even count).
    expect(d.medianDaysToEnd).toBe(40);
    // Running with no log entry for 30 days: E4 (none since its start 07-10), E9 (last 06-01); not E5.
    expect(d.quietExperiments).toBe(2);
    // Employee-affecting and started: E1, E2, E4; the union before the start: E1 (01-28), E4 (same day).
    expect(d.unionBeforeStart).toEqual({ part: 2, whole: 3 });
    // Hours 100 + 20 + 40.5 + 8 + 10 + 5 + 12 = 195.5; NOK 50000 + 10000 + 1500 + 2000 + 3000 = 66500;
    // with an acceptable loss E1 E3 E7 E4: 158.5 hours, 63500 NOK.
    expect(d.resources).toEqual({
      experiments: 9,
      hours: 195.5,
      nok: 66500,
      withAcceptableLoss: 4,
      hoursWithAcceptableLoss: 158.5,
      nokWithAcceptableLoss: 63500,
    });
    // Each on its own day. Q1: ideas I1 I2, approved I1, started E1 E7 E9, ended E1, lesson L1.
    // Q2: ideas I3 I4, started E2 E3, ended E2 E3, lesson L2. Q3: idea I5, approved I5, started E4 E5,
    // ended E7, lesson L7.
    expect(d.trend).toEqual([
      { quarter: '2026-Q1', ideas: 2, approved: 1, started: 3, ended: 1, lessons: 1 },
      { quarter: '2026-Q2', ideas: 2, approved: 0, started: 2, ended: 2, lessons: 1 },
      { quarter: '2026-Q3', ideas: 1, approved: 1, started: 2, ended: 1, lessons: 1 },
    ]);
  });

  it('a period: each stage counted on its own day, and odd medians', async () => {
    const q2 = await org(f.viewers.reader, { from: '2026-Q2', to: '2026-Q2' });
    expect(funnel(q2)).toEqual({
      IDEAS: 2,
      APPROVED: 0,
      STARTED: 2,
      ENDED: 2,
      LESSONS: 1,
      ADOPTED_ELSEWHERE: 0,
    });
    expect(q2.resources?.experiments).toBe(2); // E3, E8 created in Q2
    expect(q2.medianDaysToDecision).toBe(20); // I3 alone
    expect(q2.medianDaysToEnd).toBe(40); // E2 30, E3 50
    expect(q2.learningRate).toEqual({ part: 1, whole: 2 }); // E2 of E2, E3
    expect(q2.quietExperiments).toBe(2); // today's, whatever the period
    expect(q2.trend.map((t) => t.quarter)).toEqual(['2026-Q2']);
    const h1 = await org(f.viewers.reader, { from: '2026-Q1', to: '2026-Q2' });
    expect(h1.medianDaysToDecision).toBe(10); // 4, 10, 20 (an odd count)
    expect(h1.medianDaysToEnd).toBe(30); // 30, 30, 50 (an odd count)
    // A period with empty quarters lists them too.
    const year = await org(f.viewers.reader, { from: '2025-Q4', to: '2026-Q4' });
    expect(year.trend.map((t) => [t.quarter, t.ideas])).toEqual([
      ['2025-Q4', 0],
      ['2026-Q1', 2],
      ['2026-Q2', 2],
      ['2026-Q3', 1],
      ['2026-Q4', 0],
    ]);
  });

  it('filters: unit, action, theme, result', async () => {
    // Hjemmetjenesten and Sone sentrum: ideas I1 I3 I5, approved I1 I5, started E1 E2 E4 E5, ended E1 E2,
    // lessons L1 L2; below it Sone sentrum with E2 E4; quiet E4.
    const c1 = await org(f.viewers.reader, { unitId: f.units.C1 });
    expect(funnel(c1)).toEqual({
      IDEAS: 3,
      APPROVED: 2,
      STARTED: 4,
      ENDED: 2,
      LESSONS: 2,
      ADOPTED_ELSEWHERE: 1,
    });
    expect(c1.byUnit.map((u) => [u.name, u.count])).toEqual([['Sone sentrum', 2]]);
    expect(c1.quietExperiments).toBe(1);
    expect(c1.resources?.experiments).toBe(4);
    // LEARN: ideas I3 I5, approved I5, experiments E1 E7 E4 (started all three, ended E1 E7), lessons L1 L7.
    const learn = await org(f.viewers.reader, { action: 'LEARN' });
    expect(funnel(learn)).toEqual({
      IDEAS: 2,
      APPROVED: 1,
      STARTED: 3,
      ENDED: 2,
      LESSONS: 2,
      ADOPTED_ELSEWHERE: 1,
    });
    // What else the LEARN experiments carry: E1 also DARE.
    expect(keys(learn.byAction)).toEqual([
      ['DARE', 1],
      ['LEAD', 0],
      ['LEARN', 3],
      ['MOBILISE', 0],
      ['COLLABORATE', 0],
    ]);
    expect(learn.quietExperiments).toBe(1); // E4
    // HEALTH_AND_CARE: ideas I1 I5, experiments E1 E7 E4, ended E1 E7, lessons L1 L7; quiet E4.
    const health = await org(f.viewers.reader, { theme: 'HEALTH_AND_CARE' });
    expect(funnel(health)).toEqual({
      IDEAS: 2,
      APPROVED: 2,
      STARTED: 3,
      ENDED: 2,
      LESSONS: 2,
      ADOPTED_ELSEWHERE: 1,
    });
    expect(health.quietExperiments).toBe(1);
    expect(keys(health.byTheme)).toEqual([['HEALTH_AND_CARE', 3]]);
    // STOPPED: E2 alone.
    const stopped = await org(f.viewers.reader, { result: 'STOPPED' });
    expect(funnel(stopped)).toEqual({
      IDEAS: 0,
      APPROVED: 0,
      STARTED: 1,
      ENDED: 1,
      LESSONS: 1,
      ADOPTED_ELSEWHERE: 0,
    });
    expect(stopped.learningRate).toEqual({ part: 1, whole: 1 });
    expect(keys(stopped.byResult)).toEqual([
      ['SUPPORTED', 0],
      ['NOT_SUPPORTED', 0],
      ['INCONCLUSIVE', 0],
      ['STOPPED', 1],
    ]);
    // SUPPORTED: E1 and the idea it came from (an idea carries its experiment's result).
    const supported = await org(f.viewers.reader, { result: 'SUPPORTED' });
    expect(funnel(supported)).toEqual({
      IDEAS: 1,
      APPROVED: 1,
      STARTED: 1,
      ENDED: 1,
      LESSONS: 1,
      ADOPTED_ELSEWHERE: 1,
    });
  });

  it('a unit: itself and below it, per unit directly below', async () => {
    const helse = await service.dashboard(f.viewers.reader, { scope: 'UNIT', scopeId: f.units.R });
    expect(helse.name).toBe('Helse');
    expect(helse.resources?.experiments).toBe(7);
    // Hjemmetjenesten with Sone sentrum: E1 E5 E2 E4; Sykehjem: E3 E7 (E6 is Helse's own).
    expect(helse.byUnit.map((u) => [u.name, u.count])).toEqual([
      ['Hjemmetjenesten', 4],
      ['Sykehjem', 2],
    ]);
    expect(helse.quietExperiments).toBe(1); // E4 (E9 is Oppvekst's)
    // The manager of C1 does not see Helse, even filtered to a unit of theirs.
    await expectRefusal(
      service.dashboard(f.viewers.c1Manager, { scope: 'UNIT', scopeId: f.units.R, unitId: f.units.G }),
      ErrorCode.FORBIDDEN,
    );
    const g = await service.dashboard(f.viewers.lead, {
      scope: 'UNIT',
      scopeId: f.units.R,
      unitId: f.units.G,
    });
    expect(g.name).toBe('Helse');
    expect(g.resources?.experiments).toBe(2); // E2, E4
  });

  it('the barometer', async () => {
    const b = await service.barometer(f.viewers.lead, {});
    // Units: Helse, Hjemmetjenesten, Sone sentrum, Oppvekst, Sykehjem. Started: C1 (E1 E5), G (E2 E4),
    // C2 (E3 E7), O (E9). From elsewhere: E3. Spread: L1 of L1 L2 L7. Partners: ACADEMIA E1 E7; BUSINESS
    // E2; CITIZENS E1; STATE E3. Union: E1 E4 of E1 E2 E4.
    expect(b).toEqual({
      units: 5,
      unitsWithExperiment: 4,
      experiments: 9,
      fromElsewhere: { part: 1, whole: 9 },
      spreadToOthers: { part: 1, whole: 3 },
      partnerKinds: [
        { key: 'ACADEMIA', count: 2 },
        { key: 'BUSINESS', count: 1 },
        { key: 'CITIZENS', count: 1 },
        { key: 'STATE', count: 1 },
      ],
      unionBeforeStart: { part: 2, whole: 3 },
    });
    // Q3 alone: E4 E5 started (in G and C1), E4 E5 E6 created, L7 published, not adopted.
    const q3 = await service.barometer(f.viewers.reader, { from: '2026-Q3', to: '2026-Q3' });
    expect(q3).toMatchObject({
      unitsWithExperiment: 2,
      experiments: 3,
      fromElsewhere: { part: 0, whole: 3 },
      spreadToOthers: { part: 0, whole: 1 },
      unionBeforeStart: { part: 1, whole: 1 },
    });
    await expectRefusal(service.barometer(f.viewers.c1Manager, {}), ErrorCode.FORBIDDEN);
  });

  it('a network: only lessons shared to it', async () => {
    const d = await service.dashboard(f.viewers.coordinator, { scope: 'NETWORK', scopeId: f.w.network.id });
    expect(d.name).toBe('Helsenettverket Nord');
    // L1 (A, adopted elsewhere) and LB2 (B). Not A's L2 (organisation), not B's LB3 (organisation),
    // not L7 or LB1 (public).
    expect(funnel(d)).toEqual({ LESSONS: 2, ADOPTED_ELSEWHERE: 1 });
    expect(d.byUnit.map((u) => [u.name, u.count]).sort()).toEqual(
      [
        [f.a.org.name, 1],
        [f.b.org.name, 1],
      ].sort(),
    );
    expect(keys(d.byAction)).toEqual([
      ['DARE', 1],
      ['LEAD', 0],
      ['LEARN', 1],
      ['MOBILISE', 0],
      ['COLLABORATE', 1],
    ]);
    expect(keys(d.bySdg)).toEqual([
      ['3', 2],
      ['10', 1],
    ]);
    expect(keys(d.byTheme)).toEqual([
      ['CULTURE', 1],
      ['HEALTH_AND_CARE', 1],
    ]);
    expect(keys(d.byResult)).toEqual([
      ['SUPPORTED', 2],
      ['NOT_SUPPORTED', 0],
      ['INCONCLUSIVE', 0],
      ['STOPPED', 0],
    ]);
    expect(d.trend.map((t) => [t.quarter, t.lessons])).toEqual([
      ['2026-Q1', 1],
      ['2026-Q2', 1],
    ]);
    expect([d.learningRate, d.medianDaysToDecision, d.medianDaysToEnd, d.quietExperiments]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect([d.unionBeforeStart, d.resources]).toEqual([null, null]);
  });

  it('Norway: public lessons, for everyone signed in', async () => {
    const d = await service.dashboard(f.viewers.employee, { scope: 'NATIONAL' });
    expect(d.name).toBe('Norge');
    // L7 (A, 09-05) and LB1 (B, 01-15, adopted by E3).
    expect(funnel(d)).toEqual({ LESSONS: 2, ADOPTED_ELSEWHERE: 1 });
    expect(keys(d.byResult)).toEqual([
      ['SUPPORTED', 1],
      ['NOT_SUPPORTED', 0],
      ['INCONCLUSIVE', 1],
      ['STOPPED', 0],
    ]);
    const q1 = await service.dashboard(f.viewers.bReader, {
      scope: 'NATIONAL',
      from: '2026-Q1',
      to: '2026-Q1',
    });
    expect(q1.byUnit.map((u) => [u.name, u.count])).toEqual([[f.b.org.name, 1]]);
  });

  it('role rules: managers, employees, coordinators, other organisations', async () => {
    const { c1Manager, employee, bReader, lead, coordinator } = f.viewers;
    // The manager of Hjemmetjenesten: it and Sone sentrum; not Sykehjem (a sibling), not Helse, not the organisation.
    expect((await service.dashboard(c1Manager, { scope: 'UNIT', scopeId: f.units.C1 })).name).toBe(
      'Hjemmetjenesten',
    );
    expect((await service.dashboard(c1Manager, { scope: 'UNIT', scopeId: f.units.G })).name).toBe(
      'Sone sentrum',
    );
    await expectRefusal(
      service.dashboard(c1Manager, { scope: 'UNIT', scopeId: f.units.C2 }),
      ErrorCode.FORBIDDEN,
    );
    await expectRefusal(
      service.dashboard(c1Manager, { scope: 'UNIT', scopeId: f.units.R }),
      ErrorCode.FORBIDDEN,
    );
    await expectRefusal(service.dashboard(c1Manager, { scope: 'ORGANISATION' }), ErrorCode.FORBIDDEN);
    expect(await service.scopes(c1Manager)).toEqual([
      { scope: 'UNIT', id: f.units.C1, name: 'Hjemmetjenesten' },
      { scope: 'UNIT', id: f.units.G, name: 'Sone sentrum' },
      { scope: 'NATIONAL', id: null, name: 'Norge' },
    ]);
    // An employee: Norway only.
    await expectRefusal(service.dashboard(employee, { scope: 'ORGANISATION' }), ErrorCode.FORBIDDEN);
    await expectRefusal(
      service.dashboard(employee, { scope: 'UNIT', scopeId: f.units.G }),
      ErrorCode.FORBIDDEN,
    );
    expect(await service.scopes(employee)).toEqual([{ scope: 'NATIONAL', id: null, name: 'Norge' }]);
    // The lead: the organisation, every unit, Norway; the coordinator: the network and Norway.
    expect((await service.scopes(lead)).map((s) => [s.scope, s.name])).toEqual([
      ['ORGANISATION', f.a.org.name],
      ['UNIT', 'Helse'],
      ['UNIT', 'Hjemmetjenesten'],
      ['UNIT', 'Oppvekst'],
      ['UNIT', 'Sone sentrum'],
      ['UNIT', 'Sykehjem'],
      ['NATIONAL', 'Norge'],
    ]);
    expect(await service.scopes(coordinator)).toEqual([
      { scope: 'NETWORK', id: f.w.network.id, name: 'Helsenettverket Nord' },
      { scope: 'NATIONAL', id: null, name: 'Norge' },
    ]);
    // Only a coordinator opens the network; another organisation's network is not found.
    await expectRefusal(
      service.dashboard(lead, { scope: 'NETWORK', scopeId: f.w.network.id }),
      ErrorCode.FORBIDDEN,
    );
    await expectRefusal(
      service.dashboard(f.w.bLead, { scope: 'NETWORK', scopeId: f.w.network.id }),
      ErrorCode.NOT_FOUND,
    );
    await expectRefusal(
      service.dashboard(coordinator, { scope: 'NETWORK', scopeId: f.w.otherNetwork.id }),
      ErrorCode.NOT_FOUND,
    );
    // A reader of B: A's unit is not found; as a filter it is no unit of theirs.
    await expectRefusal(
      service.dashboard(bReader, { scope: 'UNIT', scopeId: f.units.C1 }),
      ErrorCode.NOT_FOUND,
    );
    await expectRefusal(
      service.dashboard(bReader, { scope: 'ORGANISATION', unitId: f.units.C1 }),
      ErrorCode.VALIDATION_FAILED,
    );
    // B's own dashboard counts nothing of A's.
    const bOrg = await service.dashboard(bReader, { scope: 'ORGANISATION' });
    expect(bOrg.resources?.experiments).toBe(3);
    expect(bOrg.byUnit.map((u) => u.name)).toEqual(['B-enheten']);
  });

  it('validation: quarters, their order, the unit filter, the scope id', async () => {
    const { reader } = f.viewers;
    const refused = async (filter: Partial<DashboardFilterInput>, field: string) => {
      const e = await refusal(service.dashboard(reader, { scope: 'ORGANISATION', ...filter }));
      expect(e.code).toBe(ErrorCode.VALIDATION_FAILED);
      expect(e.fields.map((x) => x.field)).toContain(field);
      expect(e.message.length).toBeGreaterThan(10);
      return e.message;
    };
    expect(await refused({ from: '2026-Q5' }, 'from')).toMatch(/2026-Q1/);
    expect(await refused({ to: 'Q3 2026' }, 'to')).toMatch(/year and a quarter/);
    expect(await refused({ from: '2026-Q3', to: '2026-Q1' }, 'to')).toMatch(/swap/);
    expect(await refused({ from: '1066-Q4' }, 'from')).toMatch(/between/);
    await refused({ scopeId: f.units.R }, 'scopeId');
    await refused({ unitId: 'not-a-unit' }, 'unitId');
    await refused({ scope: 'UNIT', scopeId: f.units.C1, unitId: f.units.C2 }, 'unitId'); // a sibling, not inside
    await refused({ scope: 'UNIT' }, 'scopeId');
    await refused({ scope: 'NATIONAL', unitId: f.units.C1 }, 'unitId');
    await expect(service.barometer(reader, { from: '2026-Q2', to: '2026-Q1' })).rejects.toMatchObject({
      code: ErrorCode.VALIDATION_FAILED,
    });
  });

  it('row-level security alone: with the policy bypassed, B reads none of A’s cells', async () => {
    const c = new pg.Client({ connectionString: env.db.appUrl });
    await c.connect();
    try {
      await c.query('BEGIN READ ONLY');
      await c.query(
        `SELECT set_config('app.organisation_id', $1, true), set_config('app.person_id', $2, true)`,
        [f.b.org.id, f.viewers.bReader.personId],
      );
      // The dashboard's own statement, asking for A by name.
      const { params, bind } = positional();
      const sql = organisationDashboardSql(
        {
          organisationId: f.a.org.id,
          rootUnitId: null,
          nameUnitId: null,
          filter: { from: null, to: null, action: null, theme: null, result: null },
        },
        bind,
      );
      const [row] = (await c.query(sql, params)).rows;
      expect(row.measures).toEqual({});
      expect(row.by_unit).toEqual([]);
      expect(row.quiet).toBe(0);
      const cells = await c.query(
        `SELECT count(*)::int AS n FROM portfolio_cells WHERE organisation_id = $1`,
        [f.a.org.id],
      );
      expect(cells.rows[0].n).toBe(0);
      const facts = await c.query(
        `SELECT count(*)::int AS n FROM portfolio_facts WHERE organisation_id = $1`,
        [f.a.org.id],
      );
      expect(facts.rows[0].n).toBe(0);
      // A's lesson shared only within A is in no shared cell B reads.
      const shared = await c.query(
        `SELECT count(*)::int AS n FROM shared_lesson_cells WHERE organisation_id = $1 AND scope = 'NETWORK'`,
        [f.a.org.id],
      );
      expect(shared.rows[0].n).toBeGreaterThan(0); // L1, shared to the network B is a member of
      await c.query('ROLLBACK');
    } finally {
      await c.end();
    }
  });

  it('the aggregates agree with a recomputation', async () => {
    const rows = await env.ds.query<Array<{ missing: string; extra: string }>>(
      `SELECT * FROM app_portfolio_check()`,
    );
    expect(rows.map((r) => Number(r.missing) + Number(r.extra))).toEqual([0, 0, 0]);
  });
});
