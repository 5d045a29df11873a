/**
 * The roll-up of a lesson's replications, in one statement for many lessons, as the reader may
 * see them (row-level security decides which adoption rows and which lessons are seen):
 * - every adoption whose lineage holds the lesson counts once, adoptions of adoptions too;
 * - its result is shown only through the adoption's own published lesson (under that lesson's
 *   reach), or, inside the reader's own organisation, from the experiment itself;
 * - a finished adoption whose result the reader may not see is "elsewhere, result not shared".
 * `$1` is a uuid[] of lesson ids; rows come back in no particular order.
 */
export const ROLLUP_SQL = `
  SELECT src.id AS lesson_id,
         count(a.id)::int AS adoptions,
         count(DISTINCT a.organisation_id)::int AS organisations,
         count(a.id) FILTER (WHERE a.state IN ('PROPOSED', 'PLANNED', 'RUNNING'))::int AS in_progress,
         count(a.id) FILTER (WHERE coalesce(own.result, e.result) = 'SUPPORTED')::int AS supported,
         count(a.id) FILTER (WHERE coalesce(own.result, e.result) = 'NOT_SUPPORTED')::int AS not_supported,
         count(a.id) FILTER (WHERE coalesce(own.result, e.result) = 'INCONCLUSIVE')::int AS inconclusive,
         count(a.id) FILTER (WHERE a.state = 'STOPPED' AND coalesce(own.result, e.result) IS NULL
                               AND (own.id IS NOT NULL OR e.id IS NOT NULL))::int AS stopped,
         count(a.id) FILTER (WHERE a.state IN ('CONCLUDED', 'STOPPED') AND own.id IS NULL AND e.id IS NULL)::int AS not_shared
    FROM unnest($1::uuid[]) AS src(id)
    LEFT JOIN adoptions a ON a.lineage @> ARRAY[src.id] AND a.state <> 'DECLINED'
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
