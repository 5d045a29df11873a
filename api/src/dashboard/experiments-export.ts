import type { EntityManager } from 'typeorm';

/** Experiments per read of the export: each batch is one keyset statement in the export's transaction. */
export const EXPORT_BATCH = 1000;

export interface ExportRow {
  id: string;
  title: string;
  unit: string;
  owner: string;
  state: string;
  result: string | null;
  actions: string[];
  sdgs: number[];
  theme: string | null;
  created_on: string;
  started_on: string | null;
  ended_on: string | null;
  last_entry_on: string | null;
  hours: number | null;
  nok: number | null;
  acceptable_loss: string;
  affects_employees: boolean;
  union_before_start: boolean | null;
  partner_kinds: string[] | null;
  from_elsewhere: boolean | null;
  lesson_on: string | null;
  learned: boolean | null;
  adopted_elsewhere: boolean | null;
  /** The keyset: created_at as PostgreSQL writes it (microseconds kept), and the id. */
  cursor_at: string;
}

export interface ExportCursor {
  at: string;
  id: string;
}

type Cell = string | number | boolean | null;

/** The columns of `/export/experiments.csv`, in order (docs/portfolio.md lists them). */
export const EXPORT_COLUMNS: ReadonlyArray<{ name: string; value: (r: ExportRow) => Cell }> = [
  { name: 'id', value: (r) => r.id },
  { name: 'title', value: (r) => r.title },
  { name: 'unit', value: (r) => r.unit },
  { name: 'owner', value: (r) => r.owner },
  { name: 'state', value: (r) => r.state },
  { name: 'result', value: (r) => r.result || null },
  { name: 'actions', value: (r) => r.actions.join(' | ') || null },
  { name: 'sdgs', value: (r) => r.sdgs.join(' | ') || null },
  { name: 'theme', value: (r) => r.theme },
  { name: 'created_on', value: (r) => r.created_on },
  { name: 'started_on', value: (r) => r.started_on },
  { name: 'ended_on', value: (r) => r.ended_on },
  { name: 'last_entry_on', value: (r) => r.last_entry_on },
  { name: 'hours', value: (r) => r.hours },
  { name: 'nok', value: (r) => r.nok },
  { name: 'acceptable_loss', value: (r) => r.acceptable_loss || null },
  { name: 'affects_employees', value: (r) => r.affects_employees },
  { name: 'union_before_start', value: (r) => r.union_before_start },
  { name: 'partner_kinds', value: (r) => r.partner_kinds?.join(' | ') || null },
  { name: 'from_elsewhere', value: (r) => r.from_elsewhere },
  { name: 'lesson_on', value: (r) => r.lesson_on },
  { name: 'learned', value: (r) => r.learned },
  { name: 'adopted_elsewhere', value: (r) => r.adopted_elsewhere },
];

/**
 * One batch of the organisation's experiments, newest first, after `cursor`: keyset on
 * (created_at, id) along ix_experiments_organisation_created, with the dashboard's facts
 * (portfolio_facts, by its primary key). `unitIds` limits it to a manager's units.
 */
export async function exportBatch(
  m: EntityManager,
  organisationId: string,
  unitIds: readonly string[] | null,
  cursor: ExportCursor | null,
  limit = EXPORT_BATCH,
): Promise<ExportRow[]> {
  const params: unknown[] = [organisationId, limit];
  const where = ['e.organisation_id = $1'];
  if (unitIds) where.push(`e.unit_id = ANY($${params.push(unitIds)}::uuid[])`);
  if (cursor)
    where.push(
      `(e.created_at, e.id) < ($${params.push(cursor.at)}::timestamptz, $${params.push(cursor.id)}::uuid)`,
    );
  return m.query(
    `SELECT e.id, e.title, u.name AS unit, p.name AS owner, e.state, e.result, e.actions, e.sdgs, e.theme,
            (e.created_at AT TIME ZONE 'Europe/Oslo')::date::text AS created_on,
            (e.started_at AT TIME ZONE 'Europe/Oslo')::date::text AS started_on,
            f.ended_on::text AS ended_on, f.last_entry_on::text AS last_entry_on,
            e.hours::float8 AS hours, e.nok::float8 AS nok, e.acceptable_loss, e.affects_employees,
            f.union_before_start, f.partner_kinds, f.from_elsewhere, f.lesson_on::text AS lesson_on,
            f.learned, f.adopted_elsewhere, e.created_at::text AS cursor_at
       FROM experiments e
       JOIN units u ON u.id = e.unit_id
       JOIN persons p ON p.id = e.owner_id
       LEFT JOIN portfolio_facts f
         ON f.organisation_id = e.organisation_id AND f.item_type = 'EXPERIMENT' AND f.item_id = e.id
      WHERE ${where.join(' AND ')}
      ORDER BY e.created_at DESC, e.id DESC
      LIMIT $2`,
    params,
  );
}
