import { describe, expect, it } from '@jest/globals';
import { csvField, fileSlug, toCsv } from '../csv';
import { dashboardFigures, type Dashboard, type Formats } from '../figures';
import {
  chooseScope,
  quarterChoices,
  readDashboardState,
  toDashboardFilter,
  writeDashboardState,
  type ScopeOption,
} from '../state';

const UNIT = '0b3a5c1e-8d2f-4c6a-9e1b-2f3d4c5b6a7e';
const OTHER = '1c4b6d2f-9e3a-4d7b-8f2c-3a4e5d6c7b8f';

describe('the dashboard’s scope and filters in the address', () => {
  it('reads what it offers and writes it back unchanged', () => {
    const query = `omfang=enhet&id=${UNIT}&fra=2026-Q1&til=2026-Q3&enhet=${OTHER}&handling=LEARN&tema=WELFARE&resultat=STOPPED`;
    const s = readDashboardState(new URLSearchParams(query));
    expect(s).toEqual({
      scope: 'UNIT',
      scopeId: UNIT,
      from: '2026-Q1',
      to: '2026-Q3',
      unitId: OTHER,
      action: 'LEARN',
      theme: 'WELFARE',
      result: 'STOPPED',
    });
    expect(writeDashboardState(s).toString()).toBe(query);
    expect(toDashboardFilter({ ...s, scope: 'UNIT' })).toEqual({
      scope: 'UNIT',
      scopeId: UNIT,
      from: '2026-Q1',
      to: '2026-Q3',
      unitId: OTHER,
      action: 'LEARN',
      theme: 'WELFARE',
      result: 'STOPPED',
    });
  });

  it('drops what an old or edited link holds that it does not offer, and turns a period the right way round', () => {
    const s = readDashboardState(
      new URLSearchParams(
        'omfang=galaxy&id=x&fra=2026-Q4&til=2025-Q2&enhet=1&handling=FLY&tema=&resultat=SUPPORTED',
      ),
    );
    expect(s).toEqual({
      scope: null,
      scopeId: '',
      from: '2025-Q2',
      to: '2026-Q4',
      unitId: '',
      action: '',
      theme: '',
      result: 'SUPPORTED',
    });
    expect(readDashboardState(new URLSearchParams('fra=2026-Q5&til=26-Q1'))).toMatchObject({
      from: '',
      to: '',
    });
    // A network or Norway has no units to narrow to; the scope id only belongs to a unit or network.
    const national = readDashboardState(new URLSearchParams(`omfang=norge&id=${UNIT}&enhet=${OTHER}`));
    expect(national.scopeId).toBe('');
    expect(toDashboardFilter({ ...national, scope: 'NATIONAL' })).toEqual({ scope: 'NATIONAL' });
  });

  it('opens the scope the address names when the viewer may, else the organisation, else the first', () => {
    const options: ScopeOption[] = [
      { scope: 'UNIT', id: UNIT, name: 'Helse' },
      { scope: 'ORGANISATION', id: null, name: 'Bodø kommune' },
      { scope: 'NATIONAL', id: null, name: 'Norge' },
    ];
    const read = (q: string) => readDashboardState(new URLSearchParams(q));
    expect(chooseScope(read(`omfang=enhet&id=${UNIT}`), options)?.name).toBe('Helse');
    expect(chooseScope(read(`omfang=enhet&id=${OTHER}`), options)?.name).toBe('Bodø kommune');
    expect(chooseScope(read(''), options)?.name).toBe('Bodø kommune');
    expect(chooseScope(read('omfang=organisasjon'), options.slice(0, 1))?.name).toBe('Helse');
    expect(chooseScope(read(''), [])).toBeNull();
  });

  it('offers quarters from five years back to now, newest first', () => {
    const q = quarterChoices(new Date(2026, 10, 15));
    expect(q[0]).toBe('2026-Q4');
    expect(q[1]).toBe('2026-Q3');
    expect(q.at(-1)).toBe('2021-Q4');
    expect(q).toHaveLength(21);
  });
});

describe('the CSV a table downloads', () => {
  it('is RFC 4180 with a byte order mark, text quoted, numbers bare, formulas defused', () => {
    const text = toCsv(
      ['Enhet', 'Forsøk'],
      [
        ['Helse "og" omsorg', 3],
        ['=SUM(A1)', 0],
        ['-1', null],
        ['@x', 2.5],
      ],
    );
    expect(text).toBe(
      '\uFEFF"Enhet","Forsøk"\r\n"Helse ""og"" omsorg",3\r\n"\'=SUM(A1)",0\r\n"\'-1",\r\n"\'@x",2.5\r\n',
    );
    expect(csvField('+47')).toBe(`"'+47"`);
    expect(fileSlug('Forsøk per bærekraftsmål')).toBe('forsok-per-baerekraftsmal');
  });
});

describe('the dashboard’s figures', () => {
  const t = (key: string, o?: Record<string, unknown>) => (o ? `${key} ${JSON.stringify(o)}` : key);
  const f: Formats = {
    number: String,
    nok: (n) => `kr ${n}`,
    percent: (p, w) => `${Math.round((100 * p) / w)} %`,
  };
  const dashboard: Dashboard = {
    __typename: 'Dashboard',
    scope: 'ORGANISATION',
    scopeId: null,
    name: 'Bodø kommune',
    funnel: [
      { __typename: 'FunnelCount', stage: 'IDEAS', count: 10 },
      { __typename: 'FunnelCount', stage: 'APPROVED', count: 5 },
    ],
    byAction: [{ __typename: 'KeyCount', key: 'LEARN', count: 4 }],
    bySdg: [
      { __typename: 'KeyCount', key: '11', count: 1 },
      { __typename: 'KeyCount', key: '3', count: 2 },
    ],
    byTheme: [],
    byResult: [],
    byUnit: [],
    learningRate: { __typename: 'Rate', part: 1, whole: 4 },
    medianDaysToDecision: 12.5,
    medianDaysToEnd: null,
    quietExperiments: 2,
    unionBeforeStart: null,
    resources: null,
    trend: [
      {
        __typename: 'QuarterTrend',
        quarter: '2026-Q1',
        ideas: 3,
        approved: 1,
        started: 1,
        ended: 0,
        lessons: 0,
      },
      {
        __typename: 'QuarterTrend',
        quarter: '2026-Q2',
        ideas: 2,
        approved: 2,
        started: 4,
        ended: 1,
        lessons: 1,
      },
    ],
  };

  it('gives each figure a table with the same numbers as the chart', () => {
    const figures = dashboardFigures(dashboard, t, f, '/forsok');
    const byId = Object.fromEntries(figures.map((x) => [x.id, x]));
    expect(figures.map((x) => x.id)).toEqual([
      'funnel',
      'actions',
      'sdgs',
      'themes',
      'results',
      'units',
      'keys',
      'trend',
    ]);
    expect(byId.funnel!.table.rows).toEqual([
      ['dashboard.stage.IDEAS', 10, '100 %'],
      ['dashboard.stage.APPROVED', 5, '50 %'],
    ]);
    // Every action has its row, those with none at 0; the goals in their numeric order.
    expect(byId.actions!.table.rows.map((r) => r[1])).toEqual([0, 0, 4, 0, 0]);
    expect(byId.sdgs!.table.rows.map((r) => r[1])).toEqual([2, 1]);
    expect(byId.keys!.table.rows.map((r) => r[0])).toEqual([
      'dashboard.key.learningRate',
      'dashboard.key.daysToDecision',
      'dashboard.key.daysToEnd',
      'dashboard.key.quiet {"days":30}',
    ]);
    expect(byId.keys!.table.rows[0]).toEqual(['dashboard.key.learningRate', '25 %', 1, 4]);
    expect(byId.keys!.link?.to).toBe('/forsok');
    expect(byId.trend!.table.rows[1]).toEqual(['2026-Q2', 2, 2, 4, 1, 1]);
    expect(byId.trend!.summary).toContain('"quarter":"2026-Q2"');
    expect(byId.themes!.summary).toBe('dashboard.summary.none');
  });

  it('leaves out what a network or Norway cannot know', () => {
    const shared = dashboardFigures(
      {
        ...dashboard,
        scope: 'NATIONAL',
        learningRate: null,
        medianDaysToDecision: null,
        quietExperiments: null,
      },
      t,
      f,
      '/forsok',
    );
    expect(shared.map((x) => x.id)).not.toContain('keys');
    expect(shared.find((x) => x.id === 'units')!.title).toBe('dashboard.figure.units.lessons');
  });

  it('names the busiest quarter of a network or Norway by its lessons, not by experiments started', () => {
    const shared = dashboardFigures(
      {
        ...dashboard,
        scope: 'NETWORK',
        trend: dashboard.trend.map((q, i) => ({ ...q, started: 0, lessons: i === 0 ? 3 : 1 })),
      },
      t,
      f,
      '/forsok',
    );
    const summary = shared.find((x) => x.id === 'trend')!.summary;
    expect(summary).toContain('dashboard.summary.trendLessons');
    expect(summary).toContain('"quarter":"2026-Q1"');
    expect(summary).toContain('"n":"3"');
  });
});
