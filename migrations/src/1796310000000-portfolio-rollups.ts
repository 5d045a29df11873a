import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'laerekraft_app';
const DOOR = 'laerekraft_door';
const ORG = `NULLIF(current_setting('app.organisation_id', true), '')::uuid`;
const DEFINER = `SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp`;
const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;
const KEY = 'organisation_id, scope_unit_id, quarter, measure, detail, dim, value';

/**
 * Roll-ups of the portfolio cells for the dashboards people open most: a unit (with everything
 * below it) or the whole organisation, over a period, with no action, theme or result filter.
 *
 * At a million experiments the cells barely aggregate: a unit's quarter holds a few dozen
 * experiments and the cells split them further by action set, theme and result, so Oslo's
 * dashboard summed about a million cells (10 s). A roll-up row is one measure of one scope (the
 * organisation, `scope_unit_id` = the nil uuid, or a unit with its sub-units) in one quarter, with
 * one breakdown at most (`dim`: '' for none, ACTION and THEME for experiments, RESULT for ended
 * ones), so a dashboard reads a few thousand rows. Filtered dashboards still read the cells.
 *
 * Kept in the same transaction by the trigger on `portfolio_facts` (each changed cell rolled up
 * to its unit's scopes); rebuilt for an organisation when a unit moves (its scopes change);
 * checked against a recomputation from the record by `app_portfolio_check()`.
 */
export class PortfolioRollups1796310000000 implements MigrationInterface {
  name = 'PortfolioRollups1796310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE portfolio_rollups (
      organisation_id uuid NOT NULL,
      scope_unit_id uuid NOT NULL,
      quarter date NOT NULL,
      measure varchar(24) NOT NULL,
      detail varchar(40) NOT NULL,
      dim varchar(8) NOT NULL,
      value varchar(40) NOT NULL,
      n integer NOT NULL,
      hours numeric(14,1) NOT NULL,
      nok bigint NOT NULL,
      CONSTRAINT pk_portfolio_rollups PRIMARY KEY (${KEY}))`);

    // The scopes a unit's cells count in: the unit, every unit above it, and the organisation.
    await q.query(`CREATE FUNCTION app_portfolio_scopes_of(p_unit uuid) RETURNS SETOF uuid
      LANGUAGE sql STABLE AS $$
        WITH RECURSIVE up(id, parent_id, depth) AS (
          SELECT u.id, u.parent_id, 0 FROM public.units u WHERE u.id = p_unit
          UNION ALL
          SELECT u.id, u.parent_id, up.depth + 1 FROM public.units u JOIN up ON u.id = up.parent_id WHERE up.depth < 50)
        SELECT id FROM up UNION ALL SELECT ${NIL} $$`);

    // The breakdowns a cell counts in: none, and its actions and theme (experiments) or result (ended).
    await q.query(`CREATE FUNCTION app_portfolio_dims_of(p_measure text, p_mask smallint, p_theme text, p_result text)
      RETURNS TABLE (dim varchar(8), value varchar(40)) LANGUAGE sql IMMUTABLE AS $$
        SELECT ''::varchar(8), ''::varchar(40)
        UNION ALL
        SELECT 'ACTION', a FROM unnest(ARRAY['DARE','LEAD','LEARN','MOBILISE','COLLABORATE']) WITH ORDINALITY AS x(a, i)
         WHERE p_measure = 'EXPERIMENT' AND (p_mask & (1 << (x.i::int - 1))) <> 0
        UNION ALL
        SELECT 'THEME', p_theme WHERE p_measure = 'EXPERIMENT' AND p_theme <> ''
        UNION ALL
        SELECT 'RESULT', p_result WHERE p_measure = 'ENDED' AND p_result <> '' $$`);

    // Roll the cells of one organisation (or all: NULL) up again from scratch.
    await q.query(`CREATE FUNCTION app_portfolio_rebuild_rollups(p_org uuid) RETURNS void
      LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        IF p_org IS NULL THEN
          TRUNCATE public.portfolio_rollups;
        ELSE
          DELETE FROM public.portfolio_rollups WHERE organisation_id = p_org;
        END IF;
        INSERT INTO public.portfolio_rollups (${KEY}, n, hours, nok)
        WITH RECURSIVE closure(unit_id, scope, depth) AS (
          SELECT u.id, u.id, 0 FROM public.units u WHERE p_org IS NULL OR u.organisation_id = p_org
          UNION ALL
          SELECT c.unit_id, u.parent_id, c.depth + 1 FROM closure c JOIN public.units u ON u.id = c.scope
           WHERE u.parent_id IS NOT NULL AND c.depth < 50
        ), scopes(unit_id, scope) AS (
          SELECT unit_id, scope FROM closure UNION ALL
          SELECT u.id, ${NIL} FROM public.units u WHERE p_org IS NULL OR u.organisation_id = p_org
        )
        SELECT c.organisation_id, s.scope, c.quarter, c.measure, c.detail, x.dim, x.value,
               sum(c.n)::integer, sum(c.hours), sum(c.nok)::bigint
          FROM public.portfolio_cells c
          JOIN scopes s ON s.unit_id = c.unit_id
          CROSS JOIN LATERAL public.app_portfolio_dims_of(c.measure, c.action_mask, c.theme, c.result) x
         WHERE (p_org IS NULL OR c.organisation_id = p_org) AND (c.n <> 0 OR c.hours <> 0 OR c.nok <> 0)
         GROUP BY 1, 2, 3, 4, 5, 6, 7;
      END $$`);

    // The facts' trigger moves the roll-ups by the same difference as the cells.
    await q.query(`CREATE OR REPLACE FUNCTION app_portfolio_apply() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        WITH d AS (
          SELECT organisation_id, unit_id, quarter, measure, detail, action_mask, theme, result,
                 sum(sign * x.n)::integer AS n, sum(sign * x.hours) AS hours, sum(sign * x.nok)::bigint AS nok
            FROM (SELECT c.*, -1 AS sign FROM public.app_portfolio_cells_of(OLD) c WHERE TG_OP <> 'INSERT'
                  UNION ALL
                  SELECT c.*, 1 AS sign FROM public.app_portfolio_cells_of(NEW) c WHERE TG_OP <> 'DELETE') x
           GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
          HAVING sum(sign * x.n) <> 0 OR sum(sign * x.hours) <> 0 OR sum(sign * x.nok) <> 0
        ), cells AS (
          INSERT INTO public.portfolio_cells AS c
          SELECT * FROM d ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
          ON CONFLICT ON CONSTRAINT pk_portfolio_cells DO UPDATE
            SET n = c.n + excluded.n, hours = c.hours + excluded.hours, nok = c.nok + excluded.nok
          RETURNING 1
        )
        INSERT INTO public.portfolio_rollups AS r (${KEY}, n, hours, nok)
        SELECT d.organisation_id, s.scope, d.quarter, d.measure, d.detail, x.dim, x.value,
               sum(d.n)::integer, sum(d.hours), sum(d.nok)::bigint
          FROM d
          CROSS JOIN LATERAL public.app_portfolio_scopes_of(d.unit_id) s(scope)
          CROSS JOIN LATERAL public.app_portfolio_dims_of(d.measure, d.action_mask, d.theme, d.result) x
         GROUP BY 1, 2, 3, 4, 5, 6, 7
         ORDER BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT ON CONSTRAINT pk_portfolio_rollups DO UPDATE
          SET n = r.n + excluded.n, hours = r.hours + excluded.hours, nok = r.nok + excluded.nok;
        RETURN NULL;
      END $$`);

    // A unit moved: its cells count in other scopes now.
    await q.query(`CREATE FUNCTION app_portfolio_on_unit_move() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        PERFORM public.app_portfolio_rebuild_rollups(NEW.organisation_id);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER portfolio_rollups AFTER UPDATE OF parent_id ON units
      FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION app_portfolio_on_unit_move()`);

    // The set-based rebuild and the check learn of the roll-ups.
    const rebuild: Array<{ prosrc: string }> = await q.query(
      `SELECT prosrc FROM pg_proc WHERE proname = 'app_portfolio_rebuild'`,
    );
    const body = rebuild[0]!.prosrc.replace(
      'ALTER TABLE public.portfolio_facts ENABLE TRIGGER portfolio_apply;',
      `PERFORM public.app_portfolio_rebuild_rollups(NULL);
        ALTER TABLE public.portfolio_facts ENABLE TRIGGER portfolio_apply;
        ANALYZE public.portfolio_rollups;`,
    );
    await q.query(
      `CREATE OR REPLACE FUNCTION app_portfolio_rebuild() RETURNS void LANGUAGE plpgsql ${DEFINER} AS $fn$${body}$fn$`,
    );
    const check: Array<{ prosrc: string }> = await q.query(
      `SELECT prosrc FROM pg_proc WHERE proname = 'app_portfolio_check'`,
    );
    const checkBody = check[0]!.prosrc.replace(
      /END\s*$/,
      `RETURN QUERY
          WITH RECURSIVE closure(unit_id, scope, depth) AS (
            SELECT u.id, u.id, 0 FROM public.units u
            UNION ALL
            SELECT c.unit_id, u.parent_id, c.depth + 1 FROM closure c JOIN public.units u ON u.id = c.scope
             WHERE u.parent_id IS NOT NULL AND c.depth < 50
          ), scopes(unit_id, scope) AS (
            SELECT unit_id, scope FROM closure UNION ALL SELECT u.id, ${NIL} FROM public.units u
          ), want AS (
            SELECT c.organisation_id, s.scope AS scope_unit_id, c.quarter, c.measure, c.detail, x.dim, x.value,
                   sum(c.n)::integer AS n, sum(c.hours)::numeric(14,1) AS hours, sum(c.nok)::bigint AS nok
              FROM portfolio_check_facts f
              CROSS JOIN LATERAL public.app_portfolio_cells_of(ROW(f.*)::public.portfolio_facts) c
              JOIN scopes s ON s.unit_id = c.unit_id
              CROSS JOIN LATERAL public.app_portfolio_dims_of(c.measure, c.action_mask, c.theme, c.result) x
             GROUP BY 1, 2, 3, 4, 5, 6, 7
            HAVING sum(c.n) <> 0 OR sum(c.hours) <> 0 OR sum(c.nok) <> 0
          ), have AS (
            SELECT ${KEY}, n, hours, nok FROM public.portfolio_rollups WHERE n <> 0 OR hours <> 0 OR nok <> 0
          )
          SELECT 'portfolio_rollups',
                 (SELECT count(*) FROM (SELECT * FROM want EXCEPT ALL SELECT * FROM have) x),
                 (SELECT count(*) FROM (SELECT * FROM have EXCEPT ALL SELECT * FROM want) x);
      END`,
    );
    await q.query(`CREATE OR REPLACE FUNCTION app_portfolio_check()
      RETURNS TABLE (aggregate text, missing bigint, extra bigint) LANGUAGE plpgsql ${DEFINER} AS $fn$${checkBody}$fn$`);

    await q.query(`SELECT app_portfolio_rebuild_rollups(NULL)`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON portfolio_rollups FROM ${APP}, ${DOOR}`);
    await q.query(`ALTER TABLE portfolio_rollups ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE portfolio_rollups FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant ON portfolio_rollups FOR SELECT USING (organisation_id = ${ORG})`);
    for (const f of [
      'app_portfolio_scopes_of(uuid)',
      'app_portfolio_dims_of(text, smallint, text, text)',
      'app_portfolio_rebuild_rollups(uuid)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${f} FROM PUBLIC`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // The roll-ups go; the rebuild and the check are restored without them.
    const rebuild: Array<{ prosrc: string }> = await q.query(
      `SELECT prosrc FROM pg_proc WHERE proname = 'app_portfolio_rebuild'`,
    );
    const body = rebuild[0]!.prosrc
      .replace(/PERFORM public\.app_portfolio_rebuild_rollups\(NULL\);\s*/, '')
      .replace(/\s*ANALYZE public\.portfolio_rollups;/, '');
    await q.query(
      `CREATE OR REPLACE FUNCTION app_portfolio_rebuild() RETURNS void LANGUAGE plpgsql ${DEFINER} AS $fn$${body}$fn$`,
    );
    const check: Array<{ prosrc: string }> = await q.query(
      `SELECT prosrc FROM pg_proc WHERE proname = 'app_portfolio_check'`,
    );
    const checkBody = check[0]!.prosrc.replace(/RETURN QUERY\s+WITH RECURSIVE closure[\s\S]*$/, 'END');
    await q.query(`CREATE OR REPLACE FUNCTION app_portfolio_check()
      RETURNS TABLE (aggregate text, missing bigint, extra bigint) LANGUAGE plpgsql ${DEFINER} AS $fn$${checkBody}$fn$`);
    await q.query(`CREATE OR REPLACE FUNCTION app_portfolio_apply() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
      BEGIN
        INSERT INTO public.portfolio_cells AS c (organisation_id, unit_id, quarter, measure, detail, action_mask, theme, result, n, hours, nok)
        SELECT organisation_id, unit_id, quarter, measure, detail, action_mask, theme, result,
               sum(sign * d.n)::integer, sum(sign * d.hours), sum(sign * d.nok)::bigint
          FROM (SELECT x.*, -1 AS sign FROM public.app_portfolio_cells_of(OLD) x WHERE TG_OP <> 'INSERT'
                UNION ALL
                SELECT x.*, 1 AS sign FROM public.app_portfolio_cells_of(NEW) x WHERE TG_OP <> 'DELETE') d
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        HAVING sum(sign * d.n) <> 0 OR sum(sign * d.hours) <> 0 OR sum(sign * d.nok) <> 0
         ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
        ON CONFLICT (organisation_id, unit_id, quarter, measure, detail, action_mask, theme, result) DO UPDATE
          SET n = c.n + excluded.n, hours = c.hours + excluded.hours, nok = c.nok + excluded.nok;
        RETURN NULL;
      END $$`);
    await q.query(`DROP TRIGGER portfolio_rollups ON units`);
    await q.query(`DROP FUNCTION app_portfolio_on_unit_move()`);
    await q.query(`DROP FUNCTION app_portfolio_rebuild_rollups(uuid)`);
    await q.query(`DROP FUNCTION app_portfolio_dims_of(text, smallint, text, text)`);
    await q.query(`DROP FUNCTION app_portfolio_scopes_of(uuid)`);
    await q.query(`DROP TABLE portfolio_rollups`);
  }
}
