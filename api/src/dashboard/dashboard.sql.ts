import { INNOVATION_ACTIONS, QUIET_DAYS, actionBit, quarterStart, type QuarterKey } from '@laerekraft/shared';
import type { Bind } from '../core/auth/authority.js';

/**
 * The dashboards' statements (issue 9): each dashboard is ONE statement over the aggregate
 * tables (migration 1796300000000), answering every figure as JSON. The organisation is both
 * bound explicitly (for the primary key's prefix) and held by row-level security.
 */

/** The filters a statement applies, already validated. */
export interface CellFilter {
  from: QuarterKey | null;
  to: QuarterKey | null;
  action: (typeof INNOVATION_ACTIONS)[number] | null;
  theme: string | null;
  result: string | null;
}

/** The measures the trend counts, by the trend's field. */
export const TREND_MEASURES = {
  ideas: 'IDEA_SUBMITTED',
  approved: 'IDEA_APPROVED',
  started: 'STARTED',
  ended: 'ENDED',
  lessons: 'LESSON',
} as const;

const BITS = `ARRAY[${INNOVATION_ACTIONS.map((a) => actionBit(a)).join(', ')}]::int[]`;

/** The period, action, theme and result predicates on a cells table. */
function cellPredicates(a: string, f: CellFilter, bind: Bind): string[] {
  const where: string[] = [];
  if (f.from) where.push(`${a}.quarter >= ${bind(quarterStart(f.from))}::date`);
  if (f.to) where.push(`${a}.quarter <= ${bind(quarterStart(f.to))}::date`);
  if (f.action) where.push(`(${a}.action_mask & ${bind(actionBit(f.action))}::int) <> 0`);
  if (f.theme) where.push(`${a}.theme = ${bind(f.theme)}::varchar`);
  if (f.result) where.push(`${a}.result = ${bind(f.result)}::varchar`);
  return where;
}

/** `[key, count]` pairs of `measure` grouped by `key` (an expression over `c`), none that count zero. */
const grouped = (measure: string, key: string, extra = 'true') =>
  `(SELECT coalesce(json_agg(json_build_array(x.k, x.n) ORDER BY x.k), '[]') FROM (
      SELECT ${key} AS k, sum(c.n)::int AS n FROM c WHERE c.measure = '${measure}' AND ${extra}
       GROUP BY 1 HAVING sum(c.n) <> 0) x)`;

/** `[bit, count]` for each of the five actions: the cells of `measure` that carry it. */
const byAction = (measure: string) =>
  `(SELECT json_agg(json_build_array(b.bit, (SELECT coalesce(sum(c.n), 0)::int FROM c
       WHERE c.measure = '${measure}' AND (c.action_mask & b.bit) <> 0)) ORDER BY b.bit)
      FROM unnest(${BITS}) b(bit))`;

/** `[quarter, measure, count]` for the trend's measures (or those given). */
const trend = (measures: readonly string[]) =>
  `(SELECT coalesce(json_agg(json_build_array(to_char(x.quarter, 'YYYY-MM-DD'), x.measure, x.n)), '[]') FROM (
      SELECT c.quarter, c.measure, sum(c.n)::int AS n FROM c
       WHERE c.measure IN (${measures.map((m) => `'${m}'`).join(', ')}) GROUP BY 1, 2) x)`;

/** Per measure: `[n, hours, nok]`. */
const MEASURES = `(SELECT coalesce(json_object_agg(x.measure, json_build_array(x.n, x.hours, x.nok)), '{}') FROM (
      SELECT c.measure, sum(c.n)::int AS n, sum(c.hours)::float8 AS hours, sum(c.nok)::float8 AS nok
        FROM c GROUP BY 1) x)`;

/**
 * The organisation's units below a root (or the top-level units), each tagged with the branch it
 * belongs to: the unit directly below the root that it rolls up into.
 */
function branches(org: string, root: string | null): string {
  return `branch(id, branch_id, depth) AS (
      SELECT u.id, u.id, 0 FROM units u
       WHERE u.organisation_id = ${org} AND ${root ? `u.parent_id = ${root}` : 'u.parent_id IS NULL'}
      UNION ALL
      SELECT k.id, b.branch_id, b.depth + 1 FROM branch b JOIN units k ON k.parent_id = b.id AND k.organisation_id = ${org}
       WHERE b.depth < 50)`;
}

export interface OrganisationSqlInput {
  organisationId: string;
  /** The unit the figures are limited to (with its sub-units); null for the whole organisation. */
  rootUnitId: string | null;
  /** The unit whose name the dashboard carries (UNIT); null for the organisation's name. */
  nameUnitId: string | null;
  filter: CellFilter;
}

/** A unit's or the organisation's dashboard: one statement. */
export function organisationDashboardSql(i: OrganisationSqlInput, bind: Bind): string {
  const org = `${bind(i.organisationId)}::uuid`;
  const root = i.rootUnitId ? `${bind(i.rootUnitId)}::uuid` : null;
  const inTree = (a: string) => (root ? [`${a}.unit_id IN (SELECT id FROM subtree)`] : []);
  const where = [`p.organisation_id = ${org}`, ...inTree('p'), ...cellPredicates('p', i.filter, bind)];
  const facts = [
    `f.organisation_id = ${org}`,
    `f.item_type = 'EXPERIMENT'`,
    `f.state = 'RUNNING'`,
    `coalesce(f.last_entry_on, f.started_on) <= (now() AT TIME ZONE 'Europe/Oslo')::date - ${bind(QUIET_DAYS)}::int`,
    ...inTree('f'),
  ];
  if (i.filter.action) facts.push(`(f.action_mask & ${bind(actionBit(i.filter.action))}::int) <> 0`);
  if (i.filter.theme) facts.push(`f.theme = ${bind(i.filter.theme)}::varchar`);
  const name = i.nameUnitId
    ? `(SELECT u.name FROM units u WHERE u.id = ${bind(i.nameUnitId)}::uuid AND u.organisation_id = ${org})`
    : `(SELECT o.name FROM organisations o WHERE o.id = ${org})`;
  return `WITH RECURSIVE ${branches(org, root)},
      subtree(id) AS (${root ? `SELECT ${root} UNION ALL ` : ''}SELECT id FROM branch),
      c AS MATERIALIZED (
        SELECT p.unit_id, p.quarter, p.measure, p.detail, p.action_mask, p.theme, p.result, p.n, p.hours, p.nok
          FROM portfolio_cells p WHERE ${where.join(' AND ')})
    SELECT ${name} AS name,
      ${MEASURES} AS measures,
      ${byAction('EXPERIMENT')} AS by_action,
      ${grouped('EXPERIMENT_SDG', 'c.detail::int')} AS by_sdg,
      ${grouped('EXPERIMENT', 'c.theme', `c.theme <> ''`)} AS by_theme,
      ${grouped('ENDED', 'c.result', `c.result <> ''`)} AS by_result,
      ${grouped('IDEA_DECIDED', 'c.detail::int')} AS days_to_decision,
      ${grouped('RUN_DAYS', 'c.detail::int')} AS days_to_end,
      ${trend(Object.values(TREND_MEASURES))} AS trend,
      (SELECT coalesce(json_agg(json_build_array(u.id, u.name, coalesce(x.n, 0)) ORDER BY u.name, u.id), '[]')
         FROM units u
         LEFT JOIN (SELECT b.branch_id, sum(c.n)::int AS n FROM c JOIN branch b ON b.id = c.unit_id
                     WHERE c.measure = 'EXPERIMENT' GROUP BY 1) x ON x.branch_id = u.id
        WHERE u.organisation_id = ${org} AND u.id IN (SELECT b.id FROM branch b WHERE b.depth = 0)
          AND (u.archived_at IS NULL OR coalesce(x.n, 0) <> 0)) AS by_unit,
      (SELECT count(*)::int FROM portfolio_facts f WHERE ${facts.join(' AND ')}) AS quiet`;
}

export interface SharedSqlInput {
  scope: 'NETWORK' | 'PUBLIC';
  /** The network; the nil uuid for PUBLIC. */
  scopeId: string;
  filter: CellFilter;
}

/** A network's or Norway's dashboard, from the lessons shared to it: one statement. */
export function sharedDashboardSql(i: SharedSqlInput, bind: Bind): string {
  const scopeId = `${bind(i.scopeId)}::uuid`;
  const where = [
    `s.scope = ${bind(i.scope)}::varchar`,
    `s.scope_id = ${scopeId}`,
    ...cellPredicates('s', i.filter, bind),
  ];
  const name =
    i.scope === 'NETWORK' ? `(SELECT n.name FROM networks n WHERE n.id = ${scopeId})` : `NULL::text`;
  return `WITH c AS MATERIALIZED (
        SELECT s.organisation_id, s.quarter, s.measure, s.detail, s.action_mask, s.theme, s.result, s.n,
               0::numeric AS hours, 0::bigint AS nok
          FROM shared_lesson_cells s WHERE ${where.join(' AND ')})
    SELECT ${name} AS name,
      ${MEASURES} AS measures,
      ${byAction('LESSON')} AS by_action,
      ${grouped('LESSON_SDG', 'c.detail::int')} AS by_sdg,
      ${grouped('LESSON', 'c.theme', `c.theme <> ''`)} AS by_theme,
      ${grouped('LESSON', 'c.result', `c.result <> ''`)} AS by_result,
      ${trend(['LESSON'])} AS trend,
      (SELECT coalesce(json_agg(json_build_array(o.id, o.name, x.n) ORDER BY x.n DESC, o.name, o.id), '[]')
         FROM (SELECT c.organisation_id, sum(c.n)::int AS n FROM c WHERE c.measure = 'LESSON'
                GROUP BY 1 HAVING sum(c.n) <> 0) x
         JOIN organisations o ON o.id = x.organisation_id) AS by_unit`;
}

/** The organisation's Innovasjonsbarometer for a period: one statement. */
export function barometerSql(organisationId: string, filter: CellFilter, bind: Bind): string {
  const org = `${bind(organisationId)}::uuid`;
  const where = [`p.organisation_id = ${org}`, ...cellPredicates('p', filter, bind)];
  return `WITH c AS MATERIALIZED (
        SELECT p.unit_id, p.quarter, p.measure, p.detail, p.n, p.hours, p.nok
          FROM portfolio_cells p WHERE ${where.join(' AND ')})
    SELECT (SELECT count(*)::int FROM units u WHERE u.organisation_id = ${org} AND u.archived_at IS NULL) AS units,
      (SELECT count(*)::int FROM (SELECT c.unit_id FROM c WHERE c.measure = 'STARTED'
          GROUP BY 1 HAVING sum(c.n) > 0) x) AS units_with_experiment,
      ${MEASURES} AS measures,
      ${grouped('EXPERIMENT_PARTNER', 'c.detail')} AS partner_kinds`;
}

/** The dashboards the viewer may open: the organisation's name, the units, the networks. */
export function scopesSql(
  q: { organisationId: string; allUnits: boolean; managedUnitIds: readonly string[]; networks: boolean },
  bind: Bind,
): string {
  const org = `${bind(q.organisationId)}::uuid`;
  const units = q.allUnits
    ? `SELECT u.id FROM units u WHERE u.organisation_id = ${org}`
    : q.managedUnitIds.length
      ? `SELECT id FROM managed`
      : null;
  return `WITH RECURSIVE managed(id, depth) AS (
        SELECT u.id, 0 FROM units u
         WHERE u.organisation_id = ${org} AND u.id = ANY(${bind(q.managedUnitIds)}::uuid[])
        UNION
        SELECT k.id, m.depth + 1 FROM managed m JOIN units k ON k.parent_id = m.id AND k.organisation_id = ${org}
         WHERE m.depth < 50)
    SELECT (SELECT o.name FROM organisations o WHERE o.id = ${org}) AS organisation,
      ${
        units
          ? `(SELECT coalesce(json_agg(json_build_array(u.id, u.name) ORDER BY u.name, u.id), '[]')
               FROM units u WHERE u.organisation_id = ${org} AND u.id IN (${units}))`
          : `'[]'::json`
      } AS units,
      ${
        q.networks
          ? `(SELECT coalesce(json_agg(json_build_array(n.id, n.name) ORDER BY n.name, n.id), '[]')
               FROM networks n WHERE n.organisation_id = ${org})`
          : `'[]'::json`
      } AS networks`;
}
