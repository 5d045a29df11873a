import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  INNOVATION_ACTIONS,
  PORTFOLIO_RESULTS,
  actionBit,
  isQuarterKey,
  medianOfHistogram,
  quarterOf,
  type FieldError,
  type QuarterKey,
} from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { assertAllowed, positional } from '../core/auth/authority.js';
import { Db } from '../core/database/db.service.js';
import { DomainError } from '../core/errors/domain-error.js';
import { unitChains } from '../organisations/unit-tree.js';
import {
  DashboardScope,
  FunnelStage,
  type BarometerModel,
  type DashboardModel,
  type DashboardScopeOptionModel,
  type KeyCountModel,
  type NamedCountModel,
  type QuarterTrendModel,
} from './dashboard.model.js';
import { DashboardPolicy } from './dashboard.policy.js';
import {
  TREND_MEASURES,
  barometerSql,
  organisationDashboardSql,
  scopesSql,
  sharedDashboardSql,
  type CellFilter,
} from './dashboard.sql.js';
import type { BarometerFilterInput, DashboardFilterInput } from './dto/dashboard.input.js';

/** The nil uuid: the scope id of the public (national) shared cells. */
const PUBLIC_SCOPE_ID = '00000000-0000-0000-0000-000000000000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Years a period may name: enough for any record, few enough that a trend stays a trend. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

type Pair<K> = [K, number];
type Measures = Record<string, [number, number, number]>;

interface DashboardRow {
  name: string | null;
  measures: Measures;
  by_action: Array<Pair<number>>;
  by_sdg: Array<Pair<number>>;
  by_theme: Array<Pair<string>>;
  by_result: Array<Pair<string>>;
  days_to_decision?: Array<Pair<number>>;
  days_to_end?: Array<Pair<number>>;
  trend: Array<[string, string, number]>;
  by_unit: Array<[string, string, number]>;
  quiet?: number;
}

interface BarometerRow {
  units: number;
  units_with_experiment: number;
  measures: Measures;
  partner_kinds: Array<Pair<string>>;
}

/**
 * The portfolio dashboards (issue 9), read from the aggregate tables (migration 1796300000000):
 * who may open which is DashboardPolicy's; each dashboard is one statement (dashboard.sql.ts),
 * after at most one statement for the facts the policy needs (a unit's chain, a network's owner).
 */
@Injectable()
export class DashboardService {
  constructor(private readonly db: Db) {}

  async scopes(actor: Actor): Promise<DashboardScopeOptionModel[]> {
    const org = DashboardPolicy.seesOrganisation(actor);
    const managed = org ? [] : actor.managedUnitIds();
    const networks = DashboardPolicy.coordinatesNetworks(actor);
    const { params, bind } = positional();
    const sql = scopesSql(
      { organisationId: actor.organisationId, allUnits: org, managedUnitIds: managed, networks },
      bind,
    );
    const [row] = await this.db.run<
      Array<{ organisation: string; units: Array<[string, string]>; networks: Array<[string, string]> }>
    >(actor.scope, (m) => m.query(sql, params));
    return [
      ...(org ? [{ scope: DashboardScope.ORGANISATION, id: null, name: row!.organisation }] : []),
      ...row!.units.map(([id, name]) => ({ scope: DashboardScope.UNIT, id, name })),
      ...row!.networks.map(([id, name]) => ({ scope: DashboardScope.NETWORK, id, name })),
      { scope: DashboardScope.NATIONAL, id: null, name: 'Norge' },
    ];
  }

  async dashboard(actor: Actor, filter: DashboardFilterInput): Promise<DashboardModel> {
    const cells = validFilter(filter);
    const scopeId = filter.scopeId ?? null;
    const unitId = filter.unitId ?? null;
    validScope(filter.scope, scopeId, unitId);
    return this.db.run(actor.scope, async (m) => {
      switch (filter.scope) {
        case DashboardScope.NATIONAL:
          assertAllowed(DashboardPolicy.rules(actor, { scope: DashboardScope.NATIONAL }).open);
          return this.shared(m, 'PUBLIC', PUBLIC_SCOPE_ID, cells, 'Norge');
        case DashboardScope.NETWORK: {
          const rows = await m.query<Array<{ organisation_id: string }>>(
            `SELECT organisation_id FROM networks WHERE id = $1`,
            [scopeId],
          );
          // A network of another organisation is not the viewer's to know about.
          if (!rows[0] || rows[0].organisation_id !== actor.organisationId)
            throw DomainError.notFound('The network');
          assertAllowed(
            DashboardPolicy.rules(actor, {
              scope: DashboardScope.NETWORK,
              network: { organisationId: rows[0].organisation_id },
            }).open,
          );
          return this.shared(m, 'NETWORK', scopeId!, cells, null);
        }
        case DashboardScope.ORGANISATION: {
          assertAllowed(DashboardPolicy.rules(actor, { scope: DashboardScope.ORGANISATION }).open);
          if (unitId) {
            const chain = (await unitChains(m, [unitId])).get(unitId) ?? [];
            if (!chain.length) throw unitOutside();
          }
          return this.organisation(m, actor, DashboardScope.ORGANISATION, null, unitId, cells);
        }
        case DashboardScope.UNIT: {
          const chains = await unitChains(m, unitId ? [scopeId!, unitId] : [scopeId!]);
          const chain = chains.get(scopeId!) ?? [];
          // Row-level security hides another organisation's units: not found, whatever it is.
          if (!chain.length) throw DomainError.notFound('The unit');
          assertAllowed(DashboardPolicy.rules(actor, { scope: DashboardScope.UNIT, unitChain: chain }).open);
          if (unitId && !(chains.get(unitId) ?? []).includes(scopeId!)) throw unitOutside();
          return this.organisation(m, actor, DashboardScope.UNIT, scopeId!, unitId ?? scopeId!, cells);
        }
      }
    });
  }

  async barometer(actor: Actor, filter: BarometerFilterInput): Promise<BarometerModel> {
    const cells = validFilter(filter);
    assertAllowed(DashboardPolicy.barometerRules(actor).open);
    const { params, bind } = positional();
    const sql = barometerSql(actor.organisationId, cells, bind);
    const [row] = await this.db.run<BarometerRow[]>(actor.scope, (m) => m.query(sql, params));
    const n = (measure: string) => row!.measures[measure]?.[0] ?? 0;
    return {
      units: row!.units,
      unitsWithExperiment: row!.units_with_experiment,
      experiments: n('EXPERIMENT'),
      fromElsewhere: { part: n('FROM_ELSEWHERE'), whole: n('EXPERIMENT') },
      spreadToOthers: { part: n('ADOPTED_ELSEWHERE'), whole: n('LESSON') },
      partnerKinds: keyCounts(row!.partner_kinds),
      unionBeforeStart: { part: n('UNION_BEFORE_START'), whole: n('AFFECTS_EMPLOYEES') },
    };
  }

  private async organisation(
    m: EntityManager,
    actor: Actor,
    scope: DashboardScope,
    scopeId: string | null,
    rootUnitId: string | null,
    filter: CellFilter,
  ): Promise<DashboardModel> {
    const { params, bind } = positional();
    const sql = organisationDashboardSql(
      { organisationId: actor.organisationId, rootUnitId, nameUnitId: scopeId, filter },
      bind,
    );
    const [row] = await m.query<DashboardRow[]>(sql, params);
    const r = row!;
    const n = (measure: string) => r.measures[measure]?.[0] ?? 0;
    const sum = (measure: string, i: 1 | 2) => r.measures[measure]?.[i] ?? 0;
    return {
      scope,
      scopeId,
      name: r.name ?? '',
      funnel: [
        { stage: FunnelStage.IDEAS, count: n('IDEA_SUBMITTED') },
        { stage: FunnelStage.APPROVED, count: n('IDEA_APPROVED') },
        { stage: FunnelStage.STARTED, count: n('STARTED') },
        { stage: FunnelStage.ENDED, count: n('ENDED') },
        { stage: FunnelStage.LESSONS, count: n('LESSON') },
        { stage: FunnelStage.ADOPTED_ELSEWHERE, count: n('ADOPTED_ELSEWHERE') },
      ],
      ...spread(r),
      byUnit: namedCounts(r.by_unit),
      learningRate: { part: n('LEARNED'), whole: n('ENDED') },
      medianDaysToDecision: medianOf(r.days_to_decision ?? []),
      medianDaysToEnd: medianOf(r.days_to_end ?? []),
      quietExperiments: r.quiet ?? 0,
      unionBeforeStart: { part: n('UNION_BEFORE_START'), whole: n('AFFECTS_EMPLOYEES') },
      resources: {
        experiments: n('EXPERIMENT'),
        hours: sum('EXPERIMENT', 1),
        nok: sum('EXPERIMENT', 2),
        withAcceptableLoss: n('EXPERIMENT_WITH_LOSS'),
        hoursWithAcceptableLoss: sum('EXPERIMENT_WITH_LOSS', 1),
        nokWithAcceptableLoss: sum('EXPERIMENT_WITH_LOSS', 2),
      },
      trend: trendOf(r.trend, filter),
    };
  }

  /** A network's or Norway's dashboard: only lessons shared to it; what it cannot know is null. */
  private async shared(
    m: EntityManager,
    scope: 'NETWORK' | 'PUBLIC',
    scopeId: string,
    filter: CellFilter,
    name: string | null,
  ): Promise<DashboardModel> {
    const { params, bind } = positional();
    const [row] = await m.query<DashboardRow[]>(sharedDashboardSql({ scope, scopeId, filter }, bind), params);
    const r = row!;
    const n = (measure: string) => r.measures[measure]?.[0] ?? 0;
    return {
      scope: scope === 'PUBLIC' ? DashboardScope.NATIONAL : DashboardScope.NETWORK,
      scopeId: scope === 'PUBLIC' ? null : scopeId,
      name: name ?? r.name ?? '',
      funnel: [
        { stage: FunnelStage.LESSONS, count: n('LESSON') },
        { stage: FunnelStage.ADOPTED_ELSEWHERE, count: n('ADOPTED') },
      ],
      ...spread(r),
      byUnit: namedCounts(r.by_unit),
      learningRate: null,
      medianDaysToDecision: null,
      medianDaysToEnd: null,
      quietExperiments: null,
      unionBeforeStart: null,
      resources: null,
      trend: trendOf(r.trend, filter),
    };
  }
}

/** The spread over actions (all five, in order), SDGs, themes and results (all four, in order). */
function spread(r: DashboardRow): Pick<DashboardModel, 'byAction' | 'bySdg' | 'byTheme' | 'byResult'> {
  const actions = new Map(r.by_action.map(([bit, n]) => [bit, n]));
  const results = new Map(r.by_result);
  return {
    byAction: INNOVATION_ACTIONS.map((a) => ({ key: a, count: actions.get(actionBit(a)) ?? 0 })),
    bySdg: r.by_sdg.map(([sdg, count]) => ({ key: String(sdg), count })),
    byTheme: keyCounts(r.by_theme).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    byResult: PORTFOLIO_RESULTS.map((key) => ({ key, count: results.get(key) ?? 0 })),
  };
}

const keyCounts = (pairs: Array<Pair<string>>): KeyCountModel[] =>
  pairs.map(([key, count]) => ({ key, count }));
const namedCounts = (rows: Array<[string, string, number]>): NamedCountModel[] =>
  rows.map(([id, name, count]) => ({ id, name, count }));
const medianOf = (pairs: Array<Pair<number>>): number | null =>
  medianOfHistogram(pairs.map(([value, n]) => ({ value, n })));

/** Every quarter of the period (or from the first to the last quarter with anything in it). */
function trendOf(rows: Array<[string, string, number]>, filter: CellFilter): QuarterTrendModel[] {
  const field = Object.fromEntries(Object.entries(TREND_MEASURES).map(([k, v]) => [v, k])) as Record<
    string,
    keyof typeof TREND_MEASURES
  >;
  const byQuarter = new Map<string, QuarterTrendModel>();
  const blank = (quarter: string): QuarterTrendModel => ({
    quarter,
    ideas: 0,
    approved: 0,
    started: 0,
    ended: 0,
    lessons: 0,
  });
  for (const [day, measure, n] of rows) {
    const q = quarterOf(day);
    const t = byQuarter.get(q) ?? blank(q);
    const f = field[measure];
    if (f) t[f] += n;
    byQuarter.set(q, t);
  }
  const present = [...byQuarter.keys()].sort(compareQuarters);
  const first = filter.from ?? present[0];
  const last = filter.to ?? present.at(-1);
  if (!first || !last) return [];
  const out: QuarterTrendModel[] = [];
  for (let q = first; compareQuarters(q, last) <= 0; q = nextQuarter(q))
    out.push(byQuarter.get(q) ?? blank(q));
  return out;
}

const quarterIndex = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
const compareQuarters = (a: string, b: string) => quarterIndex(a) - quarterIndex(b);
function nextQuarter(q: string): QuarterKey {
  const i = quarterIndex(q) + 1;
  return `${Math.floor(i / 4)}-Q${((i % 4) + 1) as 1 | 2 | 3 | 4}`;
}

const unitOutside = () =>
  DomainError.validation(
    [{ field: 'unitId', message: 'unknownUnit' }],
    'Choose a unit inside the dashboard’s unit (or clear the unit filter)',
  );

/** The period and the filters, checked before anything is read. */
function validFilter(f: {
  from?: string | null;
  to?: string | null;
  action?: CellFilter['action'];
  theme?: string | null;
  result?: string | null;
}): CellFilter {
  const errors: FieldError[] = [];
  const messages: string[] = [];
  const quarter = (field: 'from' | 'to', v: string | null | undefined): QuarterKey | null => {
    if (v === null || v === undefined || v === '') return null;
    if (!isQuarterKey(v)) {
      errors.push({ field, message: 'invalid' });
      messages.push(`Write ${field} as a year and a quarter, e.g. 2026-Q1`);
      return null;
    }
    const year = Number(v.slice(0, 4));
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      errors.push({ field, message: 'outOfRange', params: { min: FIRST_YEAR, max: LAST_YEAR } });
      messages.push(`Choose ${field} between ${FIRST_YEAR} and ${LAST_YEAR}`);
      return null;
    }
    return v;
  };
  const from = quarter('from', f.from);
  const to = quarter('to', f.to);
  if (from && to && compareQuarters(from, to) > 0) {
    errors.push({ field: 'to', message: 'outOfRange' });
    messages.push(`The last quarter (${to}) comes before the first (${from}): swap them`);
  }
  if (errors.length) throw DomainError.validation(errors, messages.join('. '));
  return { from, to, action: f.action ?? null, theme: f.theme ?? null, result: f.result ?? null };
}

/** A unit or network dashboard names its unit or network; the others name none. */
function validScope(scope: DashboardScope, scopeId: string | null, unitId: string | null): void {
  const errors: FieldError[] = [];
  const messages: string[] = [];
  const needsId = scope === DashboardScope.UNIT || scope === DashboardScope.NETWORK;
  if (needsId && !scopeId) {
    errors.push({ field: 'scopeId', message: 'required' });
    messages.push(`Choose the ${scope === DashboardScope.UNIT ? 'unit' : 'network'} of the dashboard`);
  } else if (needsId && !UUID.test(scopeId!)) {
    errors.push({ field: 'scopeId', message: 'invalid' });
    messages.push('The dashboard’s id is not an id');
  } else if (!needsId && scopeId) {
    errors.push({ field: 'scopeId', message: 'invalid' });
    messages.push(`The ${scope.toLowerCase()} dashboard takes no id: leave scopeId out`);
  }
  if (unitId && (scope === DashboardScope.NETWORK || scope === DashboardScope.NATIONAL)) {
    errors.push({ field: 'unitId', message: 'invalid' });
    messages.push('A unit filter applies to unit and organisation dashboards only');
  } else if (unitId && !UUID.test(unitId)) {
    errors.push({ field: 'unitId', message: 'invalid' });
    messages.push('The unit filter is not a unit id');
  }
  if (errors.length) throw DomainError.validation(errors, messages.join('. '));
}
