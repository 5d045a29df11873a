/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by assertions */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { GraphqlClient, baseUrl, loginAs, ok, refused } from '../support/graphql-client.js';
import { parseCsv } from '../support/csv.js';

/**
 * The portfolio dashboards over HTTP on the real server and the demo data (issue 9): Bodø's
 * reader opens the organisation's dashboard and finds something in every figure, and the
 * barometer; the CSV export streams the experiments with a header; an employee is refused the
 * organisation (FORBIDDEN) and a manager a sibling unit; a bad quarter is VALIDATION_FAILED;
 * the network's coordinator sees the network's shared lessons; everyone sees Norway.
 */
const DASHBOARD = `query($f: DashboardFilterInput!) { dashboard(filter: $f) { scope scopeId name funnel { stage count }
  byAction { key count } bySdg { key count } byTheme { key count } byResult { key count } byUnit { id name count }
  learningRate { part whole } medianDaysToDecision medianDaysToEnd quietExperiments unionBeforeStart { part whole }
  resources { experiments hours nok withAcceptableLoss hoursWithAcceptableLoss nokWithAcceptableLoss }
  trend { quarter ideas approved started ended lessons } } }`;
const BAROMETER = `{ barometer { units unitsWithExperiment experiments fromElsewhere { part whole }
  spreadToOthers { part whole } partnerKinds { key count } unionBeforeStart { part whole } } }`;
const SCOPES = `{ dashboardScopes { scope id name } }`;

const exportCsv = (client: GraphqlClient | null) =>
  fetch(`${baseUrl()}/export/experiments.csv`, {
    headers: client?.cookie('lk_session') ? { cookie: `lk_session=${client.cookie('lk_session')}` } : {},
  });

describe('the portfolio dashboards on the demo data', () => {
  let reader: GraphqlClient;
  let employee: GraphqlClient;
  let manager: GraphqlClient;
  let coordinator: GraphqlClient;

  beforeAll(async () => {
    [reader, employee, manager, coordinator] = await Promise.all([
      loginAs('direktor@bodo.demo'),
      loginAs('ansatt@bodo.demo'),
      loginAs('leder.hjemme@bodo.demo'),
      loginAs('koordinator@nfk.demo'),
    ]);
  });

  it('a reader opens the organisation dashboard: something in every figure', async () => {
    const scopes = ok(await reader.gql(SCOPES)).dashboardScopes as any[];
    expect(scopes[0]).toMatchObject({ scope: 'ORGANISATION', id: null, name: 'Bodø kommune' });
    expect(scopes.at(-1)).toEqual({ scope: 'NATIONAL', id: null, name: 'Norge' });
    const d = ok(await reader.gql(DASHBOARD, { f: { scope: 'ORGANISATION' } })).dashboard;
    expect(d.name).toBe('Bodø kommune');
    for (const stage of d.funnel) expect([stage.stage, stage.count > 0]).toEqual([stage.stage, true]);
    const some = (list: Array<{ count: number }>) => list.some((k) => k.count > 0);
    expect(some(d.byAction) && some(d.bySdg) && some(d.byTheme) && some(d.byResult) && some(d.byUnit)).toBe(
      true,
    );
    expect(d.learningRate.part).toBeGreaterThan(0);
    expect(d.learningRate.whole).toBeGreaterThanOrEqual(d.learningRate.part);
    // Medians exist (other journeys may add same-day decisions, so not necessarily above zero).
    expect(d.medianDaysToDecision).toEqual(expect.any(Number));
    expect(d.medianDaysToEnd).toEqual(expect.any(Number));
    expect(d.quietExperiments).toBeGreaterThan(0);
    expect(d.unionBeforeStart.part).toBeGreaterThan(0);
    expect(d.resources.hours).toBeGreaterThan(0);
    expect(d.resources.nok).toBeGreaterThan(0);
    expect(d.resources.withAcceptableLoss).toBeGreaterThan(0);
    expect(d.trend.length).toBeGreaterThan(0);
    // The funnel narrows: nothing is adopted elsewhere that was not a lesson first.
    const f = Object.fromEntries(d.funnel.map((s: any) => [s.stage, s.count]));
    expect(f.ADOPTED_ELSEWHERE).toBeLessThanOrEqual(f.LESSONS);
    // Filtered by a unit and by an action, the figures shrink, never grow.
    const unit = d.byUnit.find((u: any) => u.count > 0);
    const byUnit = ok(
      await reader.gql(DASHBOARD, { f: { scope: 'ORGANISATION', unitId: unit.id } }),
    ).dashboard;
    expect(byUnit.resources.experiments).toBe(unit.count);
    const learn = ok(
      await reader.gql(DASHBOARD, { f: { scope: 'ORGANISATION', action: 'LEARN' } }),
    ).dashboard;
    expect(learn.resources.experiments).toBe(d.byAction.find((a: any) => a.key === 'LEARN').count);

    const b = ok(await reader.gql(BAROMETER)).barometer;
    expect(b.units).toBeGreaterThan(0);
    expect(b.unitsWithExperiment).toBeGreaterThan(0);
    expect(b.experiments).toBe(d.resources.experiments);
    expect(b.partnerKinds.length).toBeGreaterThan(0);
  });

  it('the CSV export streams the experiments with a header, for the reader; 403 for an employee, 401 signed out', async () => {
    const res = await exportCsv(reader);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.csv"$/);
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(rows[0]!.slice(0, 5)).toEqual(['id', 'title', 'unit', 'owner', 'state']);
    const d = ok(await reader.gql(DASHBOARD, { f: { scope: 'ORGANISATION' } })).dashboard;
    expect(rows.length - 1).toBe(d.resources.experiments);
    expect((await exportCsv(employee)).status).toBe(403);
    expect((await exportCsv(null)).status).toBe(401);
    // A manager gets their units only.
    const mine = await exportCsv(manager);
    expect(mine.status).toBe(200);
    const managed = parseCsv((await mine.text()).replace(/^\uFEFF/, ''));
    expect(managed.length).toBeGreaterThan(1);
    expect(managed.length).toBeLessThan(rows.length);
  });

  it('another method on the export is 405 with Allow, an unknown export 404, both in the app’s error shape', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await fetch(`${baseUrl()}/export/experiments.csv`, {
        method,
        headers: { cookie: `lk_session=${reader.cookie('lk_session')}` },
      });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = await res.json();
      expect(body).toEqual({
        errors: [{ message: expect.stringContaining(method), extensions: { code: 'BAD_REQUEST' } }],
      });
    }
    for (const [method, path] of [
      ['GET', '/export/ideas.csv'],
      ['POST', '/export/ideas.csv'],
      ['GET', '/export/'],
    ]) {
      const res = await fetch(`${baseUrl()}${path}`, { method });
      expect(res.status).toBe(404);
      expect(res.headers.get('allow')).toBeNull();
      const body = await res.json();
      expect(body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'NOT_FOUND' } }] });
      // Nothing of the framework's own page.
      expect(JSON.stringify(body)).not.toMatch(/Cannot (GET|POST)|statusCode/);
    }
    // The same answer as the other addresses outside GraphQL.
    const open = await fetch(`${baseUrl()}/open/lessons.csv`, { method: 'POST' });
    expect(open.status).toBe(405);
    expect(open.headers.get('allow')).toBe('GET, HEAD');
  });

  it('refusals: an employee and the organisation, a manager and a sibling unit, a bad quarter', async () => {
    expect(refused(await employee.gql(DASHBOARD, { f: { scope: 'ORGANISATION' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const mine = (ok(await manager.gql(SCOPES)).dashboardScopes as any[]).filter((s) => s.scope === 'UNIT');
    expect(mine.length).toBeGreaterThan(0);
    const all = (ok(await reader.gql(SCOPES)).dashboardScopes as any[]).filter((s) => s.scope === 'UNIT');
    const other = all.find((u) => !mine.some((x) => x.id === u.id));
    expect(
      refused(await manager.gql(DASHBOARD, { f: { scope: 'UNIT', scopeId: other.id } })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      ok(await manager.gql(DASHBOARD, { f: { scope: 'UNIT', scopeId: mine[0].id } })).dashboard.name,
    ).toBe(mine[0].name);
    const bad = refused(await reader.gql(DASHBOARD, { f: { scope: 'ORGANISATION', from: '2026-Q7' } }));
    expect(bad.extensions?.code).toBe('VALIDATION_FAILED');
    expect(bad.message).toMatch(/2026-Q1/);
    const swapped = refused(
      await reader.gql(DASHBOARD, { f: { scope: 'ORGANISATION', from: '2026-Q4', to: '2026-Q1' } }),
    );
    expect(swapped.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('the network for its coordinator, Norway for everyone', async () => {
    const network = (ok(await coordinator.gql(SCOPES)).dashboardScopes as any[]).find(
      (s) => s.scope === 'NETWORK',
    );
    const d = ok(
      await coordinator.gql(DASHBOARD, { f: { scope: 'NETWORK', scopeId: network.id } }),
    ).dashboard;
    expect(d.funnel.map((s: any) => s.stage)).toEqual(['LESSONS', 'ADOPTED_ELSEWHERE']);
    expect(d.funnel[0].count).toBeGreaterThan(0);
    expect(d.resources).toBeNull();
    expect(
      refused(await reader.gql(DASHBOARD, { f: { scope: 'NETWORK', scopeId: network.id } })).extensions?.code,
    ).toBe('NOT_FOUND');
    const norway = ok(await employee.gql(DASHBOARD, { f: { scope: 'NATIONAL' } })).dashboard;
    expect(norway.name).toBe('Norge');
    expect(norway.funnel[0].count).toBeGreaterThan(0);
  });
});
