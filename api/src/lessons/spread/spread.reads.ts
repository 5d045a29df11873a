import type { EntityManager } from 'typeorm';
import { AdoptionState, type ExperimentResult, type PartnerKind } from '@laerekraft/shared';
import { positional, type Bind } from '../../core/auth/authority.js';
import { ROLLUP_SQL, type RollupRow } from '../rollup.js';
import { SpreadPolicy, type Reader } from './spread.policy.js';
import {
  measuredChange,
  summaryChange,
  summaryFrame,
  summaryResult,
  type MeasuredChange,
  type SummaryFrame,
} from './summary.js';

/** One replication in a lesson's lineage, as the reader may see it. */
export interface LineageEntry {
  id: string;
  organisationName: string;
  /** Only inside the reader's own organisation. */
  unitName: string | null;
  state: AdoptionState;
  /** 1 for an adoption of this lesson, 2 for an adoption of that adoption's lesson, … */
  depth: number;
  sourceLessonId: string;
  adoptedAt: Date;
  resultShared: boolean;
  lessonId: string | null;
  lessonTitle: string | null;
  result: ExperimentResult | null;
  measured: MeasuredChange | null;
}

interface LineageRow {
  lesson_id: string;
  id: string;
  organisation_id: string;
  organisation_name: string;
  unit_name: string | null;
  state: AdoptionState;
  lineage: string[];
  source_lesson_id: string;
  created_at: string;
  own_id: string | null;
  own_title: string | null;
  own_result: ExperimentResult | null;
  own_summary: Record<string, unknown> | null;
  e_id: string | null;
  e_result: ExperimentResult | null;
  e_metric: string | null;
  e_baseline: number | null;
  e_target: number | null;
  e_latest: number | null;
}

/** The roll-up of each lesson (ids the reader may see), in one statement. */
export function rollups(m: EntityManager, lessonIds: readonly string[]): Promise<RollupRow[]> {
  return m.query(ROLLUP_SQL, [lessonIds]);
}

/**
 * The lineage below each lesson, in one statement: each adoption with its organisation, its
 * unit inside the reader's own organisation, its state and depth, and its result and measured
 * change only where the reader may see that adoption's own lesson (or, in their own
 * organisation, the experiment itself).
 */
export async function lineages(
  m: EntityManager,
  actor: Reader,
  lessonIds: readonly string[],
): Promise<Map<string, LineageEntry[]>> {
  return (await rollupsAndLineages(m, actor, [], lessonIds)).lineages;
}

/** The lineage statement's SELECT; `ids` is the placeholder of the lesson ids. */
function lineageSql(actor: Reader, ids: string, bind: Bind): string {
  return `SELECT t.lesson_id, a.id, a.organisation_id, o.name AS organisation_name, u.name AS unit_name, a.state,
            a.lineage, a.source_lesson_id, a.created_at,
            own.id AS own_id, own.title AS own_title, own.result AS own_result, own.experiment_summary AS own_summary,
            e.id AS e_id, e.result AS e_result, e.metric AS e_metric, e.baseline AS e_baseline, e.target AS e_target,
            (SELECT ms.value FROM measurements ms WHERE ms.experiment_id = e.id
              ORDER BY ms.measured_on DESC, ms.created_at DESC LIMIT 1) AS e_latest
       FROM app_lineage_adoptions(${ids}::uuid[]) t
       JOIN adoptions a ON a.id = t.adoption_id AND a.state <> 'DECLINED'
       JOIN organisations o ON o.id = a.organisation_id
       LEFT JOIN units u ON u.id = a.unit_id AND u.organisation_id = ${bind(actor.organisationId)}
       LEFT JOIN LATERAL (
              SELECT ol.* FROM lessons ol LEFT JOIN experiments oe ON oe.id = ol.experiment_id
               WHERE ol.experiment_id = a.experiment_id AND ${SpreadPolicy.visibleLesson(actor, 'ol', 'oe', bind)}) own ON true
       LEFT JOIN experiments e ON e.id = a.experiment_id`;
}

/**
 * The roll-ups of `rollupIds` and the lineages of `lineageIds` in one statement (the lesson
 * page asks for both): ROLLUP_SQL and the lineage read side by side, each as JSON.
 */
export async function rollupsAndLineages(
  m: EntityManager,
  actor: Reader,
  rollupIds: readonly string[],
  lineageIds: readonly string[],
): Promise<{ rollups: RollupRow[]; lineages: Map<string, LineageEntry[]> }> {
  const { params, bind } = positional();
  bind(rollupIds); // $1, as ROLLUP_SQL expects
  const tree = lineageSql(actor, bind(lineageIds), bind);
  const [row]: Array<{ rollups: RollupRow[]; tree: LineageRow[] }> = await m.query(
    `SELECT (SELECT coalesce(json_agg(r), '[]') FROM (${ROLLUP_SQL}) r) AS rollups,
            (SELECT coalesce(json_agg(x ORDER BY x.created_at, x.id), '[]') FROM (${tree}) x) AS tree`,
    params,
  );
  return { rollups: row.rollups, lineages: toLineages(lineageIds, row.tree) };
}

function toLineages(lessonIds: readonly string[], rows: LineageRow[]): Map<string, LineageEntry[]> {
  const out = new Map<string, LineageEntry[]>(lessonIds.map((id) => [id, []]));
  for (const r of rows) {
    const shared = r.own_id !== null || r.e_id !== null;
    const finished = r.state === AdoptionState.CONCLUDED || r.state === AdoptionState.STOPPED;
    out.get(r.lesson_id)?.push({
      id: r.id,
      organisationName: r.organisation_name,
      unitName: r.unit_name,
      state: r.state,
      depth: r.lineage.length - r.lineage.indexOf(r.lesson_id),
      sourceLessonId: r.source_lesson_id,
      adoptedAt: new Date(r.created_at),
      resultShared: shared,
      lessonId: r.own_id,
      lessonTitle: r.own_title,
      result: !finished
        ? null
        : r.e_id
          ? r.e_result
          : r.own_summary
            ? (r.own_result ?? summaryResult(r.own_summary))
            : null,
      measured: r.e_id
        ? measuredChange(r.e_metric ?? '', r.e_baseline, r.e_latest, r.e_target)
        : r.own_summary
          ? summaryChange(r.own_summary)
          : null,
    });
  }
  return out;
}

/**
 * What an experiment approved from an employee's proposal takes from the source lesson beyond
 * the idea's texts: the metric and target (the baseline is theirs to measure), the acceptable
 * loss and the resources. Empty when the approver may not see the lesson published.
 */
export async function adoptedFrame(
  m: EntityManager,
  actor: Reader,
  lessonId: string,
): Promise<Partial<Pick<SummaryFrame, 'metric' | 'target' | 'acceptableLoss' | 'hours' | 'nok'>>> {
  const { params, bind } = positional();
  const [l]: Array<{ s: Record<string, unknown> }> = await m.query(
    `SELECT l.experiment_summary AS s FROM lessons l LEFT JOIN experiments e ON e.id = l.experiment_id
      WHERE l.id = ${bind(lessonId)} AND ${SpreadPolicy.visibleLesson(actor, 'l', 'e', bind)}`,
    params,
  );
  if (!l) return {};
  const f = summaryFrame(l.s);
  return { metric: f.metric, target: f.target, acceptableLoss: f.acceptableLoss, hours: f.hours, nok: f.nok };
}

/** The link to a lesson an experiment or idea adopts. */
export interface LessonLink {
  id: string;
  title: string;
  organisationName: string;
  partnerKinds: PartnerKind[];
}

/**
 * The link to the lesson `lessonId` (an SQL expression) as JSON, or null when the reader may not
 * see it published: for a hot read that selects `sourceLesson` and primes `visibleLesson`.
 */
export function lessonLinkJson(actor: Reader, lessonId: string, bind: Bind): string {
  return `(SELECT json_build_object('id', sl.id, 'title', sl.title, 'organisationName', so.name, 'partnerKinds', sl.partner_kinds)
      FROM lessons sl JOIN organisations so ON so.id = sl.organisation_id LEFT JOIN experiments se ON se.id = sl.experiment_id
     WHERE sl.id = ${lessonId} AND ${SpreadPolicy.visibleLesson(actor, 'sl', 'se', bind)})`;
}

/** The published lessons (by id) the reader may see, for Experiment.sourceLesson and Idea.sourceLesson. */
export async function visibleLessons(
  m: EntityManager,
  actor: Reader,
  ids: readonly string[],
): Promise<LessonLink[]> {
  const { params, bind } = positional();
  const rows: Array<{ id: string; title: string; organisation_name: string; partner_kinds: PartnerKind[] }> =
    await m.query(
      `SELECT l.id, l.title, o.name AS organisation_name, l.partner_kinds
         FROM lessons l JOIN organisations o ON o.id = l.organisation_id LEFT JOIN experiments e ON e.id = l.experiment_id
        WHERE l.id = ANY(${bind(ids)}::uuid[]) AND ${SpreadPolicy.visibleLesson(actor, 'l', 'e', bind)}`,
      params,
    );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    organisationName: r.organisation_name,
    partnerKinds: r.partner_kinds,
  }));
}
