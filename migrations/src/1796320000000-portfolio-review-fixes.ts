import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A calendar day in Norway of a timestamp. */
const DAY = (ts: string) => `(${ts} AT TIME ZONE 'Europe/Oslo')::date`;
/** The five actions as a bit mask, bit 0 = DARE (shared/src/portfolio/dashboard.ts, actionBit). */
const MASK = (actions: string) =>
  `(SELECT coalesce(bit_or(1 << (array_position(ARRAY['DARE','LEAD','LEARN','MOBILISE','COLLABORATE']::text[], a::text) - 1)), 0)::smallint
      FROM unnest(${actions}) a WHERE array_position(ARRAY['DARE','LEAD','LEARN','MOBILISE','COLLABORATE']::text[], a::text) IS NOT NULL)`;
/** A cell's result: the experiment's result, STOPPED for a stopped one, '' for none. */
const RESULT = (result: string, state: string) =>
  `coalesce(${result}, CASE WHEN ${state} = 'STOPPED' THEN 'STOPPED' END, '')::varchar(20)`;

/**
 * From the outside review of the dashboards:
 * - a lesson counts (LESSON, LEARNED, the export's lesson columns) only when the organisation may
 *   read it: published to the organisation or wider. A lesson published to its unit alone is not
 *   shown to a reader or the innovation lead, so the organisation's figures must not reveal it;
 * - "adopted elsewhere" (and the barometer's "spread to others") means adopted by another
 *   organisation, somewhere in the lesson's tree, as KS asks; `adoption_count` also counts
 *   adoptions by other units of the same organisation.
 * Only the experiments with a lesson can change, but the aggregates are rebuilt set-based: one
 * pass is far cheaper than the trigger's work row by row on a large installation.
 */
export class PortfolioReviewFixes1796320000000 implements MigrationInterface {
  name = 'PortfolioReviewFixes1796320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE VIEW portfolio_experiment_source WITH (security_invoker = true) AS
      SELECT e.organisation_id, 'EXPERIMENT'::varchar(10) AS item_type, e.id AS item_id, e.unit_id, e.state,
             ${MASK('e.actions')} AS action_mask, e.sdgs, coalesce(e.theme, '')::varchar(40) AS theme,
             ${RESULT('e.result', 'e.state')} AS result,
             NULL::date AS submitted_on, NULL::date AS decided_on,
             ${DAY('e.created_at')} AS created_on,
             ${DAY('e.started_at')} AS started_on,
             CASE WHEN e.state IN ('CONCLUDED', 'STOPPED') THEN ${DAY('e.ended_at')} END AS ended_on,
             CASE WHEN l.id IS NOT NULL THEN ${DAY('coalesce(l.published_at, l.updated_at)')} END AS lesson_on,
             (e.state IN ('CONCLUDED', 'STOPPED') AND coalesce(e.card_learned, '') <> '' AND l.id IS NOT NULL) AS learned,
             (l.id IS NOT NULL AND EXISTS (SELECT 1 FROM public.adoptions a WHERE a.lineage @> ARRAY[l.id]
                AND a.organisation_id <> l.organisation_id AND a.state NOT IN ('DECLINED', 'PROPOSED'))) AS adopted_elsewhere,
             EXISTS (SELECT 1 FROM public.adoptions a WHERE a.experiment_id = e.id
                        AND a.source_organisation_id <> e.organisation_id AND a.state <> 'DECLINED') AS from_elsewhere,
             e.affects_employees,
             (e.affects_employees AND e.started_at IS NOT NULL AND EXISTS (
                SELECT 1 FROM public.union_involvements u
                 WHERE u.experiment_id = e.id AND u.occurred_on <= ${DAY('e.started_at')})) AS union_before_start,
             (e.acceptable_loss <> '') AS has_acceptable_loss,
             coalesce(e.hours, 0)::numeric(12,1) AS hours, coalesce(e.nok, 0)::bigint AS nok,
             coalesce((SELECT array_agg(DISTINCT p.kind ORDER BY p.kind) FROM public.experiment_partners p
                        WHERE p.experiment_id = e.id), '{}')::varchar(30)[] AS partner_kinds,
             (SELECT max(le.entry_date) FROM public.learning_entries le WHERE le.experiment_id = e.id) AS last_entry_on
        FROM public.experiments e
        LEFT JOIN public.lessons l ON l.experiment_id = e.id AND l.state = 'PUBLISHED' AND l.reach <> 'UNIT'`);
    // An adoption also moves the lessons up its lineage ("adopted elsewhere"), not only its own experiment.
    await q.query(`CREATE FUNCTION app_portfolio_on_adoption() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      BEGIN
        PERFORM public.app_portfolio_refresh('EXPERIMENT',
          ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.experiment_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.experiment_id END]
          || (SELECT array_agg(l.experiment_id) FROM public.lessons l
               WHERE l.id = ANY(coalesce(CASE WHEN TG_OP <> 'INSERT' THEN OLD.lineage END, '{}')
                                || coalesce(CASE WHEN TG_OP <> 'DELETE' THEN NEW.lineage END, '{}'))));
        RETURN NULL;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_portfolio_on_adoption() FROM PUBLIC`);
    await q.query(`DROP TRIGGER portfolio_refresh ON adoptions`);
    await q.query(`CREATE TRIGGER portfolio_refresh AFTER INSERT OR DELETE OR UPDATE OF experiment_id, state, lineage
      ON adoptions FOR EACH ROW EXECUTE FUNCTION app_portfolio_on_adoption()`);
    // Set-based: refreshing each experiment with a lesson one by one through the trigger did not
    // finish in 15 minutes at 1M experiments (182,695 with a lesson); the rebuild is one pass.
    await q.query(`SELECT app_portfolio_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER portfolio_refresh ON adoptions`);
    await q.query(`CREATE TRIGGER portfolio_refresh AFTER INSERT OR DELETE OR UPDATE OF experiment_id, state
      ON adoptions FOR EACH ROW EXECUTE FUNCTION app_portfolio_on_experiment_part()`);
    await q.query(`DROP FUNCTION app_portfolio_on_adoption()`);
    await q.query(`CREATE OR REPLACE VIEW portfolio_experiment_source WITH (security_invoker = true) AS
      SELECT e.organisation_id, 'EXPERIMENT'::varchar(10) AS item_type, e.id AS item_id, e.unit_id, e.state,
             ${MASK('e.actions')} AS action_mask, e.sdgs, coalesce(e.theme, '')::varchar(40) AS theme,
             ${RESULT('e.result', 'e.state')} AS result,
             NULL::date AS submitted_on, NULL::date AS decided_on,
             ${DAY('e.created_at')} AS created_on,
             ${DAY('e.started_at')} AS started_on,
             CASE WHEN e.state IN ('CONCLUDED', 'STOPPED') THEN ${DAY('e.ended_at')} END AS ended_on,
             CASE WHEN l.id IS NOT NULL THEN ${DAY('coalesce(l.published_at, l.updated_at)')} END AS lesson_on,
             (e.state IN ('CONCLUDED', 'STOPPED') AND coalesce(e.card_learned, '') <> '' AND l.id IS NOT NULL) AS learned,
             coalesce(l.adoption_count > 0, false) AS adopted_elsewhere,
             EXISTS (SELECT 1 FROM public.adoptions a WHERE a.experiment_id = e.id
                        AND a.source_organisation_id <> e.organisation_id AND a.state <> 'DECLINED') AS from_elsewhere,
             e.affects_employees,
             (e.affects_employees AND e.started_at IS NOT NULL AND EXISTS (
                SELECT 1 FROM public.union_involvements u
                 WHERE u.experiment_id = e.id AND u.occurred_on <= ${DAY('e.started_at')})) AS union_before_start,
             (e.acceptable_loss <> '') AS has_acceptable_loss,
             coalesce(e.hours, 0)::numeric(12,1) AS hours, coalesce(e.nok, 0)::bigint AS nok,
             coalesce((SELECT array_agg(DISTINCT p.kind ORDER BY p.kind) FROM public.experiment_partners p
                        WHERE p.experiment_id = e.id), '{}')::varchar(30)[] AS partner_kinds,
             (SELECT max(le.entry_date) FROM public.learning_entries le WHERE le.experiment_id = e.id) AS last_entry_on
        FROM public.experiments e
        LEFT JOIN public.lessons l ON l.experiment_id = e.id AND l.state = 'PUBLISHED'`);
    // Set-based: refreshing each experiment with a lesson one by one through the trigger did not
    // finish in 15 minutes at 1M experiments (182,695 with a lesson); the rebuild is one pass.
    await q.query(`SELECT app_portfolio_rebuild()`);
  }
}
