import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'laerekraft_app';
const DOOR = 'laerekraft_door';
const ORG = `NULLIF(current_setting('app.organisation_id', true), '')::uuid`;
const DEFINER = `SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp`;

/** A calendar day in Norway of a timestamp. */
const DAY = (ts: string) => `(${ts} AT TIME ZONE 'Europe/Oslo')::date`;
/** The first day of a day's quarter. */
const QUARTER = (day: string) => `date_trunc('quarter', (${day})::timestamp)::date`;
/** The five actions as a bit mask, bit 0 = DARE (shared/src/portfolio/dashboard.ts, actionBit). */
const MASK = (actions: string) =>
  `(SELECT coalesce(bit_or(1 << (array_position(ARRAY['DARE','LEAD','LEARN','MOBILISE','COLLABORATE']::text[], a::text) - 1)), 0)::smallint
      FROM unnest(${actions}) a WHERE array_position(ARRAY['DARE','LEAD','LEARN','MOBILISE','COLLABORATE']::text[], a::text) IS NOT NULL)`;
/** A cell's result: the experiment's result, STOPPED for a stopped one, '' for none. */
const RESULT = (result: string, state: string) =>
  `coalesce(${result}, CASE WHEN ${state} = 'STOPPED' THEN 'STOPPED' END, '')::varchar(20)`;

const FACT_COLUMNS = [
  'organisation_id',
  'item_type',
  'item_id',
  'unit_id',
  'state',
  'action_mask',
  'sdgs',
  'theme',
  'result',
  'submitted_on',
  'decided_on',
  'created_on',
  'started_on',
  'ended_on',
  'lesson_on',
  'learned',
  'adopted_elsewhere',
  'from_elsewhere',
  'affects_employees',
  'union_before_start',
  'has_acceptable_loss',
  'hours',
  'nok',
  'partner_kinds',
  'last_entry_on',
];
const CELL_KEY = 'organisation_id, unit_id, quarter, measure, detail, action_mask, theme, result';
const SHARED_KEY = 'scope, scope_id, organisation_id, quarter, measure, detail, action_mask, theme, result';
const PUBLIC_SCOPE = `'00000000-0000-0000-0000-000000000000'::uuid`;

/** The source tables whose changes move an experiment's facts, and the column naming it. */
const EXPERIMENT_SOURCES: Array<{ table: string; events: string }> = [
  { table: 'learning_entries', events: 'INSERT OR DELETE OR UPDATE OF experiment_id, entry_date' },
  { table: 'union_involvements', events: 'INSERT OR DELETE OR UPDATE OF experiment_id, occurred_on' },
  { table: 'experiment_partners', events: 'INSERT OR DELETE OR UPDATE OF experiment_id, kind' },
  { table: 'adoptions', events: 'INSERT OR DELETE OR UPDATE OF experiment_id, state' },
];

/**
 * The portfolio's aggregates (issue 9, "Role rules": tables with organisation_id and row-level
 * security, kept current in the transaction of the change, with a check that recomputes them).
 *
 * Three layers, each a pure function of the one below:
 * - `portfolio_idea_source` and `portfolio_experiment_source` (views, owner only): one fact row per
 *   submitted idea and per experiment, computed from the record (the experiment's lesson, union
 *   involvement before start, partner kinds, adoption from elsewhere, last log entry…);
 * - `portfolio_facts`: those rows stored, refreshed by triggers on every table they read
 *   (`app_portfolio_refresh`), written only if they changed;
 * - `portfolio_cells`: counts per (organisation, unit, quarter, measure, detail, action mask,
 *   theme, result), moved by a trigger on the facts by the difference between a fact's old and
 *   new cells (`app_portfolio_cells_of`). A measure is dated on its own day (PortfolioMeasure);
 *   `detail` carries an SDG, a partner kind, or the days of a decision or a run, so medians
 *   are exact from the histogram.
 * - `shared_lesson_cells`: the same for lessons shared to a network (per network) or to the
 *   public, moved by a trigger on lessons; what the network and national views read.
 *
 * The app reads the aggregates under row-level security (its own organisation; shared cells of
 * its networks and the public) and writes none of them: only the SECURITY DEFINER triggers do.
 * `app_portfolio_rebuild()` fills them set-based (the scale generator), and
 * `app_portfolio_check()` recomputes everything from the record and reports the rows that differ.
 */
export class CreatePortfolioAggregates1796300000000 implements MigrationInterface {
  name = 'CreatePortfolioAggregates1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE portfolio_facts (
      organisation_id uuid NOT NULL,
      item_type varchar(10) NOT NULL,
      item_id uuid NOT NULL,
      unit_id uuid NOT NULL,
      state varchar(20) NOT NULL,
      action_mask smallint NOT NULL,
      sdgs smallint[] NOT NULL,
      theme varchar(40) NOT NULL,
      result varchar(20) NOT NULL,
      submitted_on date,
      decided_on date,
      created_on date,
      started_on date,
      ended_on date,
      lesson_on date,
      learned boolean NOT NULL,
      adopted_elsewhere boolean NOT NULL,
      from_elsewhere boolean NOT NULL,
      affects_employees boolean NOT NULL,
      union_before_start boolean NOT NULL,
      has_acceptable_loss boolean NOT NULL,
      hours numeric(12,1) NOT NULL,
      nok bigint NOT NULL,
      partner_kinds varchar(30)[] NOT NULL,
      last_entry_on date,
      CONSTRAINT pk_portfolio_facts PRIMARY KEY (organisation_id, item_type, item_id))`);
    await q.query(`CREATE INDEX ix_portfolio_facts_item ON portfolio_facts (item_id)`);
    // "No learning-log entry for 30 days" depends on today, so it is read from the facts.
    await q.query(`CREATE INDEX ix_portfolio_facts_quiet ON portfolio_facts
      (organisation_id, (coalesce(last_entry_on, started_on))) WHERE item_type = 'EXPERIMENT' AND state = 'RUNNING'`);

    await q.query(`CREATE TABLE portfolio_cells (
      organisation_id uuid NOT NULL,
      unit_id uuid NOT NULL,
      quarter date NOT NULL,
      measure varchar(24) NOT NULL,
      detail varchar(40) NOT NULL,
      action_mask smallint NOT NULL,
      theme varchar(40) NOT NULL,
      result varchar(20) NOT NULL,
      n integer NOT NULL,
      hours numeric(14,1) NOT NULL,
      nok bigint NOT NULL,
      CONSTRAINT pk_portfolio_cells PRIMARY KEY (${CELL_KEY}))`);

    await q.query(`CREATE TABLE shared_lesson_cells (
      scope varchar(8) NOT NULL,
      scope_id uuid NOT NULL,
      organisation_id uuid NOT NULL,
      quarter date NOT NULL,
      measure varchar(24) NOT NULL,
      detail varchar(40) NOT NULL,
      action_mask smallint NOT NULL,
      theme varchar(40) NOT NULL,
      result varchar(20) NOT NULL,
      n integer NOT NULL,
      CONSTRAINT pk_shared_lesson_cells PRIMARY KEY (${SHARED_KEY}))`);
    await q.query(`CREATE INDEX ix_shared_lesson_cells_scope ON shared_lesson_cells (scope, scope_id)`);
    // A trigger on experiments refreshes the idea it came from.
    await q.query(
      `CREATE INDEX ix_ideas_experiment ON ideas (experiment_id) WHERE experiment_id IS NOT NULL`,
    );

    // The facts, computed from the record. Views with the invoker's rights, readable by the owner
    // only: the SECURITY DEFINER functions below read them across organisations.
    await q.query(`CREATE VIEW portfolio_idea_source WITH (security_invoker = true) AS
      SELECT i.organisation_id, 'IDEA'::varchar(10) AS item_type, i.id AS item_id, i.unit_id, i.state,
             ${MASK('i.actions')} AS action_mask, i.sdgs, coalesce(i.theme, '')::varchar(40) AS theme,
             ${RESULT('e.result', 'e.state')} AS result,
             ${DAY('i.submitted_at')} AS submitted_on,
             CASE WHEN i.state IN ('APPROVED', 'DECLINED', 'PARKED') THEN ${DAY('i.decided_at')} END AS decided_on,
             NULL::date AS created_on, NULL::date AS started_on, NULL::date AS ended_on, NULL::date AS lesson_on,
             false AS learned, false AS adopted_elsewhere, false AS from_elsewhere, false AS affects_employees,
             false AS union_before_start, false AS has_acceptable_loss, 0::numeric(12,1) AS hours, 0::bigint AS nok,
             '{}'::varchar(30)[] AS partner_kinds, NULL::date AS last_entry_on
        FROM public.ideas i LEFT JOIN public.experiments e ON e.id = i.experiment_id
       WHERE i.state <> 'DRAFT' AND i.submitted_at IS NOT NULL`);
    await q.query(`CREATE VIEW portfolio_experiment_source WITH (security_invoker = true) AS
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

    // The cells one fact counts in (n = 1 each; hours and NOK on the experiment's own cells).
    await q.query(`CREATE FUNCTION app_portfolio_cells_of(f portfolio_facts)
      RETURNS TABLE (organisation_id uuid, unit_id uuid, quarter date, measure varchar(24), detail varchar(40),
                     action_mask smallint, theme varchar(40), result varchar(20), n integer, hours numeric, nok bigint)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT f.organisation_id, f.unit_id, ${QUARTER('m.on_date')}, m.measure::varchar(24), m.detail::varchar(40),
               f.action_mask, f.theme, f.result, 1, m.hours, m.nok
          FROM (VALUES
            ('IDEA_SUBMITTED', f.submitted_on, '', 0::numeric, 0::bigint),
            ('IDEA_APPROVED', CASE WHEN f.state = 'APPROVED' THEN f.decided_on END, '', 0, 0),
            ('IDEA_DECIDED', f.decided_on, (f.decided_on - f.submitted_on)::text, 0, 0),
            ('EXPERIMENT', f.created_on, '', f.hours, f.nok),
            ('EXPERIMENT_WITH_LOSS', CASE WHEN f.has_acceptable_loss THEN f.created_on END, '', f.hours, f.nok),
            ('FROM_ELSEWHERE', CASE WHEN f.from_elsewhere THEN f.created_on END, '', 0, 0),
            ('STARTED', f.started_on, '', 0, 0),
            ('AFFECTS_EMPLOYEES', CASE WHEN f.affects_employees THEN f.started_on END, '', 0, 0),
            ('UNION_BEFORE_START', CASE WHEN f.union_before_start THEN f.started_on END, '', 0, 0),
            ('ENDED', f.ended_on, '', 0, 0),
            ('RUN_DAYS', CASE WHEN f.started_on IS NOT NULL THEN f.ended_on END, (f.ended_on - f.started_on)::text, 0, 0),
            ('LEARNED', CASE WHEN f.learned THEN f.ended_on END, '', 0, 0),
            ('LESSON', f.lesson_on, '', 0, 0),
            ('ADOPTED_ELSEWHERE', CASE WHEN f.adopted_elsewhere THEN f.lesson_on END, '', 0, 0)
          ) AS m(measure, on_date, detail, hours, nok)
         WHERE m.on_date IS NOT NULL
        UNION ALL
        SELECT f.organisation_id, f.unit_id, ${QUARTER('f.created_on')}, 'EXPERIMENT_SDG', s::text, f.action_mask, f.theme, f.result, 1, 0, 0
          FROM unnest(f.sdgs) s WHERE f.item_type = 'EXPERIMENT' AND f.created_on IS NOT NULL
        UNION ALL
        SELECT f.organisation_id, f.unit_id, ${QUARTER('f.created_on')}, 'EXPERIMENT_PARTNER', k::text, f.action_mask, f.theme, f.result, 1, 0, 0
          FROM unnest(f.partner_kinds) k WHERE f.item_type = 'EXPERIMENT' AND f.created_on IS NOT NULL $$`);

    // The cells one lesson counts in: per network it was shared to, or the public scope.
    await q.query(`CREATE FUNCTION app_shared_lesson_cells_of(l lessons)
      RETURNS TABLE (scope varchar(8), scope_id uuid, organisation_id uuid, quarter date, measure varchar(24),
                     detail varchar(40), action_mask smallint, theme varchar(40), result varchar(20), n integer)
      LANGUAGE sql STABLE AS $$
        WITH s(scope, scope_id) AS (
          SELECT 'PUBLIC'::varchar(8), ${PUBLIC_SCOPE} WHERE l.state = 'PUBLISHED' AND l.reach = 'PUBLIC'
          UNION ALL
          SELECT 'NETWORK'::varchar(8), nid FROM unnest(l.network_ids) nid WHERE l.state = 'PUBLISHED' AND l.reach = 'NETWORK'
        ), m(measure, detail, n) AS (
          VALUES ('LESSON', '', 1), ('ADOPTED', '', CASE WHEN l.adoption_count > 0 THEN 1 ELSE 0 END),
                 ('ADOPTIONS', '', l.adoption_count)
          UNION ALL SELECT 'LESSON_SDG', g::text, 1 FROM unnest(l.sdgs) g
          UNION ALL SELECT 'LESSON_PARTNER', k::text, 1 FROM unnest(l.partner_kinds) k
        )
        SELECT s.scope, s.scope_id, l.organisation_id, ${QUARTER(DAY('coalesce(l.published_at, l.updated_at)'))}, m.measure::varchar(24),
               m.detail::varchar(40), ${MASK('l.actions')}, coalesce(l.theme, '')::varchar(40),
               ${RESULT('l.result', 'l.experiment_state')}, m.n
          FROM s CROSS JOIN m WHERE m.n <> 0 $$`);

    // Move the cells by a fact's change: its old cells out, its new cells in, in key order.
    await q.query(`CREATE FUNCTION app_portfolio_apply() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        INSERT INTO public.portfolio_cells AS c (${CELL_KEY}, n, hours, nok)
        SELECT ${CELL_KEY}, sum(sign * d.n)::integer, sum(sign * d.hours), sum(sign * d.nok)::bigint
          FROM (SELECT x.*, -1 AS sign FROM public.app_portfolio_cells_of(OLD) x WHERE TG_OP <> 'INSERT'
                UNION ALL
                SELECT x.*, 1 AS sign FROM public.app_portfolio_cells_of(NEW) x WHERE TG_OP <> 'DELETE') d
         GROUP BY ${CELL_KEY}
        HAVING sum(sign * d.n) <> 0 OR sum(sign * d.hours) <> 0 OR sum(sign * d.nok) <> 0
         ORDER BY ${CELL_KEY}
        ON CONFLICT (${CELL_KEY}) DO UPDATE
          SET n = c.n + excluded.n, hours = c.hours + excluded.hours, nok = c.nok + excluded.nok;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER portfolio_apply AFTER INSERT OR UPDATE OR DELETE ON portfolio_facts
      FOR EACH ROW EXECUTE FUNCTION app_portfolio_apply()`);

    const update = FACT_COLUMNS.filter((c) => !['organisation_id', 'item_type', 'item_id'].includes(c));
    await q.query(`CREATE FUNCTION app_portfolio_refresh(p_type text, p_ids uuid[]) RETURNS void
      LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        p_ids := array_remove(p_ids, NULL);
        IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN RETURN; END IF;
        IF p_type = 'IDEA' THEN
          DELETE FROM public.portfolio_facts f WHERE f.item_id = ANY(p_ids) AND f.item_type = 'IDEA'
             AND NOT EXISTS (SELECT 1 FROM public.portfolio_idea_source s WHERE s.item_id = f.item_id);
          INSERT INTO public.portfolio_facts AS f SELECT * FROM public.portfolio_idea_source s WHERE s.item_id = ANY(p_ids)
          ON CONFLICT ON CONSTRAINT pk_portfolio_facts DO UPDATE
            SET (${update.join(', ')}) = (${update.map((c) => `excluded.${c}`).join(', ')})
            WHERE f IS DISTINCT FROM excluded;
        ELSE
          DELETE FROM public.portfolio_facts f WHERE f.item_id = ANY(p_ids) AND f.item_type = 'EXPERIMENT'
             AND NOT EXISTS (SELECT 1 FROM public.portfolio_experiment_source s WHERE s.item_id = f.item_id);
          INSERT INTO public.portfolio_facts AS f SELECT * FROM public.portfolio_experiment_source s WHERE s.item_id = ANY(p_ids)
          ON CONFLICT ON CONSTRAINT pk_portfolio_facts DO UPDATE
            SET (${update.join(', ')}) = (${update.map((c) => `excluded.${c}`).join(', ')})
            WHERE f IS DISTINCT FROM excluded;
        END IF;
      END $$`);

    // The triggers on the record.
    await q.query(`CREATE FUNCTION app_portfolio_on_idea() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        PERFORM public.app_portfolio_refresh('IDEA', ARRAY[(CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)]);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION app_portfolio_on_experiment() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
      DECLARE
        v_id uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
      BEGIN
        PERFORM public.app_portfolio_refresh('EXPERIMENT', ARRAY[v_id]);
        -- An idea's facts carry its experiment's result.
        IF TG_OP <> 'UPDATE' OR NEW.state IS DISTINCT FROM OLD.state OR NEW.result IS DISTINCT FROM OLD.result THEN
          PERFORM public.app_portfolio_refresh('IDEA', (SELECT array_agg(i.id) FROM public.ideas i WHERE i.experiment_id = v_id));
        END IF;
        RETURN NULL;
      END $$`);
    // Children of an experiment: refresh the experiment they belong (or belonged) to.
    await q.query(`CREATE FUNCTION app_portfolio_on_experiment_part() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        PERFORM public.app_portfolio_refresh('EXPERIMENT', ARRAY[
          CASE WHEN TG_OP <> 'INSERT' THEN OLD.experiment_id END,
          CASE WHEN TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.experiment_id IS DISTINCT FROM OLD.experiment_id) THEN NEW.experiment_id END]);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION app_portfolio_on_lesson() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        PERFORM public.app_portfolio_refresh('EXPERIMENT', ARRAY[
          CASE WHEN TG_OP <> 'INSERT' THEN OLD.experiment_id END,
          CASE WHEN TG_OP <> 'DELETE' THEN NEW.experiment_id END]);
        INSERT INTO public.shared_lesson_cells AS c (${SHARED_KEY}, n)
        SELECT ${SHARED_KEY}, sum(sign * d.n)::integer
          FROM (SELECT x.*, -1 AS sign FROM public.app_shared_lesson_cells_of(OLD) x WHERE TG_OP <> 'INSERT'
                UNION ALL
                SELECT x.*, 1 AS sign FROM public.app_shared_lesson_cells_of(NEW) x WHERE TG_OP <> 'DELETE') d
         GROUP BY ${SHARED_KEY} HAVING sum(sign * d.n) <> 0
         ORDER BY ${SHARED_KEY}
        ON CONFLICT (${SHARED_KEY}) DO UPDATE SET n = c.n + excluded.n;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER portfolio_refresh AFTER INSERT OR DELETE OR UPDATE ON ideas
      FOR EACH ROW EXECUTE FUNCTION app_portfolio_on_idea()`);
    await q.query(`CREATE TRIGGER portfolio_refresh AFTER INSERT OR DELETE OR UPDATE ON experiments
      FOR EACH ROW EXECUTE FUNCTION app_portfolio_on_experiment()`);
    await q.query(`CREATE TRIGGER portfolio_refresh AFTER INSERT OR DELETE OR UPDATE ON lessons
      FOR EACH ROW EXECUTE FUNCTION app_portfolio_on_lesson()`);
    for (const { table, events } of EXPERIMENT_SOURCES) {
      await q.query(`CREATE TRIGGER portfolio_refresh AFTER ${events} ON ${table}
        FOR EACH ROW EXECUTE FUNCTION app_portfolio_on_experiment_part()`);
    }

    // Set-based, for bulk loads that ran with the triggers off (the scale generator): the owner only.
    await q.query(`CREATE FUNCTION app_portfolio_rebuild() RETURNS void LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        ALTER TABLE public.portfolio_facts DISABLE TRIGGER portfolio_apply;
        TRUNCATE public.portfolio_facts, public.portfolio_cells, public.shared_lesson_cells;
        INSERT INTO public.portfolio_facts SELECT * FROM public.portfolio_idea_source;
        INSERT INTO public.portfolio_facts SELECT * FROM public.portfolio_experiment_source;
        INSERT INTO public.portfolio_cells (${CELL_KEY}, n, hours, nok)
        SELECT ${CELL_KEY.split(', ')
          .map((c) => `c.${c}`)
          .join(', ')}, sum(c.n)::integer, sum(c.hours), sum(c.nok)::bigint
          FROM public.portfolio_facts f CROSS JOIN LATERAL public.app_portfolio_cells_of(f) c
         GROUP BY ${CELL_KEY.split(', ')
           .map((c) => `c.${c}`)
           .join(', ')};
        INSERT INTO public.shared_lesson_cells (${SHARED_KEY}, n)
        SELECT ${SHARED_KEY.split(', ')
          .map((c) => `c.${c}`)
          .join(', ')}, sum(c.n)::integer
          FROM public.lessons l CROSS JOIN LATERAL public.app_shared_lesson_cells_of(l) c
         GROUP BY ${SHARED_KEY.split(', ')
           .map((c) => `c.${c}`)
           .join(', ')};
        ALTER TABLE public.portfolio_facts ENABLE TRIGGER portfolio_apply;
        ANALYZE public.portfolio_facts;
        ANALYZE public.portfolio_cells;
        ANALYZE public.shared_lesson_cells;
      END $$`);

    // Recompute everything from the record and count the rows that differ, per aggregate:
    // `missing` are rows the record implies and the table lacks, `extra` the other way round
    // (cells that count zero are no row). All zeros means the aggregates are right.
    await q.query(`CREATE FUNCTION app_portfolio_check()
      RETURNS TABLE (aggregate text, missing bigint, extra bigint) LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        CREATE TEMP TABLE IF NOT EXISTS portfolio_check_facts (LIKE public.portfolio_facts) ON COMMIT DROP;
        TRUNCATE portfolio_check_facts;
        INSERT INTO portfolio_check_facts SELECT * FROM public.portfolio_idea_source
          UNION ALL SELECT * FROM public.portfolio_experiment_source;
        RETURN QUERY
          SELECT 'portfolio_facts',
                 (SELECT count(*) FROM (SELECT * FROM portfolio_check_facts EXCEPT ALL SELECT * FROM public.portfolio_facts) x),
                 (SELECT count(*) FROM (SELECT * FROM public.portfolio_facts EXCEPT ALL SELECT * FROM portfolio_check_facts) x);
        RETURN QUERY
          WITH want AS (
            SELECT c.organisation_id, c.unit_id, c.quarter, c.measure, c.detail, c.action_mask, c.theme, c.result,
                   sum(c.n)::integer AS n, sum(c.hours)::numeric(14,1) AS hours, sum(c.nok)::bigint AS nok
              FROM portfolio_check_facts f CROSS JOIN LATERAL public.app_portfolio_cells_of(ROW(f.*)::public.portfolio_facts) c
             GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
          ), have AS (
            SELECT ${CELL_KEY}, n, hours, nok FROM public.portfolio_cells WHERE n <> 0 OR hours <> 0 OR nok <> 0
          )
          SELECT 'portfolio_cells',
                 (SELECT count(*) FROM (SELECT * FROM want EXCEPT ALL SELECT * FROM have) x),
                 (SELECT count(*) FROM (SELECT * FROM have EXCEPT ALL SELECT * FROM want) x);
        RETURN QUERY
          WITH want AS (
            SELECT c.scope, c.scope_id, c.organisation_id, c.quarter, c.measure, c.detail, c.action_mask, c.theme,
                   c.result, sum(c.n)::integer AS n
              FROM public.lessons l CROSS JOIN LATERAL public.app_shared_lesson_cells_of(l) c
             GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
          ), have AS (
            SELECT ${SHARED_KEY}, n FROM public.shared_lesson_cells WHERE n <> 0
          )
          SELECT 'shared_lesson_cells',
                 (SELECT count(*) FROM (SELECT * FROM want EXCEPT ALL SELECT * FROM have) x),
                 (SELECT count(*) FROM (SELECT * FROM have EXCEPT ALL SELECT * FROM want) x);
      END $$`);

    // Fill from what is there (an upgraded database), then lock the doors.
    await q.query(`SELECT app_portfolio_rebuild()`);

    for (const t of ['portfolio_facts', 'portfolio_cells', 'shared_lesson_cells']) {
      await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${t} FROM ${APP}, ${DOOR}`);
      await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
    }
    for (const v of ['portfolio_idea_source', 'portfolio_experiment_source']) {
      await q.query(`REVOKE ALL ON ${v} FROM ${APP}, ${DOOR}`);
    }
    await q.query(`CREATE POLICY tenant ON portfolio_facts FOR SELECT USING (organisation_id = ${ORG})`);
    await q.query(`CREATE POLICY tenant ON portfolio_cells FOR SELECT USING (organisation_id = ${ORG})`);
    await q.query(`CREATE POLICY shared ON shared_lesson_cells FOR SELECT USING (
      scope = 'PUBLIC' OR organisation_id = ${ORG}
      OR (scope = 'NETWORK' AND scope_id = ANY((SELECT public.app_member_network_ids())::uuid[])))`);
    for (const f of [
      'app_portfolio_cells_of(portfolio_facts)',
      'app_shared_lesson_cells_of(lessons)',
      'app_portfolio_refresh(text, uuid[])',
      'app_portfolio_rebuild()',
      'app_portfolio_check()',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${f} FROM PUBLIC`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['ideas', 'experiments', 'lessons', ...EXPERIMENT_SOURCES.map((s) => s.table)]) {
      await q.query(`DROP TRIGGER portfolio_refresh ON ${t}`);
    }
    await q.query(`DROP FUNCTION app_portfolio_check()`);
    await q.query(`DROP FUNCTION app_portfolio_rebuild()`);
    await q.query(`DROP FUNCTION app_portfolio_on_lesson()`);
    await q.query(`DROP FUNCTION app_portfolio_on_experiment_part()`);
    await q.query(`DROP FUNCTION app_portfolio_on_experiment()`);
    await q.query(`DROP FUNCTION app_portfolio_on_idea()`);
    await q.query(`DROP FUNCTION app_portfolio_refresh(text, uuid[])`);
    await q.query(`DROP TRIGGER portfolio_apply ON portfolio_facts`);
    await q.query(`DROP FUNCTION app_portfolio_apply()`);
    await q.query(`DROP FUNCTION app_shared_lesson_cells_of(lessons)`);
    await q.query(`DROP FUNCTION app_portfolio_cells_of(portfolio_facts)`);
    await q.query(`DROP VIEW portfolio_experiment_source`);
    await q.query(`DROP VIEW portfolio_idea_source`);
    await q.query(`DROP INDEX ix_ideas_experiment`);
    await q.query(`DROP TABLE shared_lesson_cells`);
    await q.query(`DROP TABLE portfolio_cells`);
    await q.query(`DROP TABLE portfolio_facts`);
  }
}
