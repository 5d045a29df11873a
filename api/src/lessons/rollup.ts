/**
 * The roll-up of a lesson's replications, in one statement for many lessons, as the reader may
 * see them (row-level security decides which adoption rows and which lessons are seen):
 * - every adoption whose lineage holds the lesson counts once, adoptions of adoptions too;
 * - its result is shown only through the adoption's own published lesson (under that lesson's
 *   reach), or, inside the reader's own organisation, from the experiment itself;
 * - a finished adoption whose result the reader may not see is "elsewhere, result not shared".
 * `$1` is a uuid[] of lesson ids the reader may see; rows come back in no particular order.
 * The tree below each lesson comes from `app_lineage_adoptions`, which uses the GIN index on
 * `adoptions.lineage` (under row-level security the planner may not: `@>` is not leakproof);
 * the adoption rows themselves are then read by id, under row-level security. Proposals
 * (PROPOSED: an undecided idea) and DECLINED ones are no adoption and count nowhere; every other
 * adoption lands in exactly one of in_progress (PLANNED, RUNNING), supported, not_supported,
 * inconclusive, stopped, not_shared.
 */
export const ROLLUP_SQL = `
  SELECT src.id AS lesson_id,
         count(a.id)::int AS adoptions,
         count(DISTINCT a.organisation_id)::int AS organisations,
         count(a.id) FILTER (WHERE a.state IN ('PLANNED', 'RUNNING'))::int AS in_progress,
         count(a.id) FILTER (WHERE coalesce(own.result, e.result) = 'SUPPORTED')::int AS supported,
         count(a.id) FILTER (WHERE coalesce(own.result, e.result) = 'NOT_SUPPORTED')::int AS not_supported,
         count(a.id) FILTER (WHERE coalesce(own.result, e.result) = 'INCONCLUSIVE')::int AS inconclusive,
         count(a.id) FILTER (WHERE a.state = 'STOPPED' AND coalesce(own.result, e.result) IS NULL
                               AND (own.id IS NOT NULL OR e.id IS NOT NULL))::int AS stopped,
         count(a.id) FILTER (WHERE a.state IN ('CONCLUDED', 'STOPPED') AND own.id IS NULL AND e.id IS NULL)::int AS not_shared
    FROM unnest($1::uuid[]) AS src(id)
    LEFT JOIN app_lineage_adoptions($1::uuid[]) AS t ON t.lesson_id = src.id
    LEFT JOIN adoptions a ON a.id = t.adoption_id AND a.state NOT IN ('DECLINED', 'PROPOSED')
    LEFT JOIN lessons own ON own.experiment_id = a.experiment_id AND own.state = 'PUBLISHED'
    LEFT JOIN experiments e ON e.id = a.experiment_id
   GROUP BY src.id`;

export interface RollupRow {
  lesson_id: string;
  adoptions: number;
  organisations: number;
  in_progress: number;
  supported: number;
  not_supported: number;
  inconclusive: number;
  stopped: number;
  not_shared: number;
}
