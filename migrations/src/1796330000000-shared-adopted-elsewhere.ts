import type { MigrationInterface, QueryRunner } from 'typeorm';

const ORG = `NULLIF(current_setting('app.organisation_id', true), '')::uuid`;
const DAY = (ts: string) => `(${ts} AT TIME ZONE 'Europe/Oslo')::date`;
const QUARTER = (day: string) => `date_trunc('quarter', (${day})::timestamp)::date`;
/** The five actions as a bit mask, bit 0 = DARE (shared/src/portfolio/dashboard.ts, actionBit). */
const MASK = (actions: string) =>
  `(SELECT coalesce(bit_or(1 << (array_position(ARRAY['DARE','LEAD','LEARN','MOBILISE','COLLABORATE']::text[], a::text) - 1)), 0)::smallint
      FROM unnest(${actions}) a WHERE array_position(ARRAY['DARE','LEAD','LEARN','MOBILISE','COLLABORATE']::text[], a::text) IS NOT NULL)`;
const RESULT = (result: string, state: string) =>
  `coalesce(${result}, CASE WHEN ${state} = 'STOPPED' THEN 'STOPPED' END, '')::varchar(20)`;
const PUBLIC_SCOPE = `'00000000-0000-0000-0000-000000000000'::uuid`;
const SHARED_KEY = 'scope, scope_id, organisation_id, quarter, measure, detail, action_mask, theme, result';
/** An adoption that counts: not declined, and no longer a mere proposal. */
const COUNTED = (a: string) => `${a}.state NOT IN ('DECLINED', 'PROPOSED')`;

/** `app_count_adoption`, as in `spread-review-fixes`, setting the counts given. */
const countAdoption = (
  set: string,
) => `CREATE OR REPLACE FUNCTION app_count_adoption(p_adoption uuid) RETURNS integer
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      DECLARE
        a public.adoptions%ROWTYPE;
        expected uuid[];
        n integer;
      BEGIN
        SELECT * INTO a FROM public.adoptions WHERE id = p_adoption AND organisation_id = ${ORG};
        IF NOT FOUND THEN
          RAISE EXCEPTION 'app_count_adoption: no such adoption in the current organisation' USING ERRCODE = '42501';
        END IF;
        SELECT coalesce((SELECT p.lineage FROM public.adoptions p WHERE p.experiment_id = s.experiment_id), '{}') || s.id
          INTO expected FROM public.lessons s WHERE s.id = a.source_lesson_id;
        IF expected IS DISTINCT FROM a.lineage THEN
          RAISE EXCEPTION 'app_count_adoption: the lineage is not the source lesson''s' USING ERRCODE = '42501';
        END IF;
        UPDATE public.lessons l
           SET ${set}
         WHERE l.id = ANY(a.lineage);
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
      END $$`;
const ADOPTION_COUNT = `adoption_count = (SELECT count(*) FROM public.adoptions x
                                  WHERE x.lineage @> ARRAY[l.id] AND ${COUNTED('x')})`;
const ELSEWHERE_COUNT = `adopted_elsewhere_count = (SELECT count(*) FROM public.adoptions x
                                  WHERE x.lineage @> ARRAY[l.id] AND x.organisation_id <> l.organisation_id AND ${COUNTED('x')})`;

/** `app_shared_lesson_cells_of`, as in `create-portfolio-aggregates`, with "adopted" read from `adopted`. */
const sharedCellsOf = (adopted: string) => `CREATE OR REPLACE FUNCTION app_shared_lesson_cells_of(l lessons)
      RETURNS TABLE (scope varchar(8), scope_id uuid, organisation_id uuid, quarter date, measure varchar(24),
                     detail varchar(40), action_mask smallint, theme varchar(40), result varchar(20), n integer)
      LANGUAGE sql STABLE AS $$
        WITH s(scope, scope_id) AS (
          SELECT 'PUBLIC'::varchar(8), ${PUBLIC_SCOPE} WHERE l.state = 'PUBLISHED' AND l.reach = 'PUBLIC'
          UNION ALL
          SELECT 'NETWORK'::varchar(8), nid FROM unnest(l.network_ids) nid WHERE l.state = 'PUBLISHED' AND l.reach = 'NETWORK'
        ), m(measure, detail, n) AS (
          VALUES ('LESSON', '', 1), ('ADOPTED', '', CASE WHEN ${adopted} > 0 THEN 1 ELSE 0 END),
                 ('ADOPTIONS', '', l.adoption_count)
          UNION ALL SELECT 'LESSON_SDG', g::text, 1 FROM unnest(l.sdgs) g
          UNION ALL SELECT 'LESSON_PARTNER', k::text, 1 FROM unnest(l.partner_kinds) k
        )
        SELECT s.scope, s.scope_id, l.organisation_id, ${QUARTER(DAY('coalesce(l.published_at, l.updated_at)'))}, m.measure::varchar(24),
               m.detail::varchar(40), ${MASK('l.actions')}, coalesce(l.theme, '')::varchar(40),
               ${RESULT('l.result', 'l.experiment_state')}, m.n
          FROM s CROSS JOIN m WHERE m.n <> 0 $$`;

/** The shared cells from the lessons, in one pass (the function changed what they hold). */
const REBUILD_SHARED = [
  `TRUNCATE shared_lesson_cells`,
  `INSERT INTO shared_lesson_cells (${SHARED_KEY}, n)
   SELECT ${SHARED_KEY.split(', ')
     .map((c) => `c.${c}`)
     .join(', ')}, sum(c.n)::integer
     FROM lessons l CROSS JOIN LATERAL app_shared_lesson_cells_of(l) c
    GROUP BY ${SHARED_KEY.split(', ')
      .map((c) => `c.${c}`)
      .join(', ')}`,
  `ANALYZE shared_lesson_cells`,
];

/**
 * The network and national dashboards counted a shared lesson as "adopted elsewhere" when its
 * tree had any adoption (`adoption_count`), including one by another unit of the lesson's own
 * organisation; the organisation's figures (`portfolio-review-fixes`) count adoptions by other
 * organisations only, as KS asks. Lessons now keep `adopted_elsewhere_count` beside
 * `adoption_count`, in the same statement of `app_count_adoption` (so a lesson row alone says
 * both, and the shared cells' trigger moves them by the row's change), and the shared cells'
 * ADOPTED follows it. ADOPTIONS stays the whole tree's count.
 */
export class SharedAdoptedElsewhere1796330000000 implements MigrationInterface {
  name = 'SharedAdoptedElsewhere1796330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE lessons ADD COLUMN adopted_elsewhere_count integer NOT NULL DEFAULT 0`);
    await q.query(countAdoption(`${ADOPTION_COUNT},\n               ${ELSEWHERE_COUNT}`));
    await q.query(sharedCellsOf('l.adopted_elsewhere_count'));
    // The backfill touches only lessons adopted elsewhere, with the lessons' portfolio trigger off:
    // the shared cells are rebuilt from the lessons just after, and the facts do not read the
    // column (portfolio_experiment_source asks the adoptions).
    await q.query(`ALTER TABLE lessons DISABLE TRIGGER portfolio_refresh`);
    await q.query(`UPDATE lessons l SET adopted_elsewhere_count = x.n
        FROM (SELECT lid, count(*)::integer AS n
                FROM adoptions a CROSS JOIN LATERAL unnest(a.lineage) lid
                JOIN lessons s ON s.id = lid
               WHERE a.organisation_id <> s.organisation_id AND ${COUNTED('a')}
               GROUP BY lid) x
       WHERE l.id = x.lid`);
    await q.query(`ALTER TABLE lessons ENABLE TRIGGER portfolio_refresh`);
    for (const sql of REBUILD_SHARED) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(countAdoption(ADOPTION_COUNT));
    await q.query(sharedCellsOf('l.adoption_count'));
    await q.query(`ALTER TABLE lessons DISABLE TRIGGER portfolio_refresh`);
    await q.query(`ALTER TABLE lessons DROP COLUMN adopted_elsewhere_count`);
    await q.query(`ALTER TABLE lessons ENABLE TRIGGER portfolio_refresh`);
    for (const sql of REBUILD_SHARED) await q.query(sql);
  }
}
