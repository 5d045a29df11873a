import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'laerekraft_app';
const DOOR = 'laerekraft_door';
const ORG = `NULLIF(current_setting('app.organisation_id', true), '')::uuid`;

/** The adoption states that are still open: one per source lesson and unit at a time. */
/** The lessons' sharing rule, as in `create-lessons` (a SECURITY DEFINER function decides without row-level security). */
const SHARED = (t: string) =>
  `${t}.state = 'PUBLISHED' AND (${t}.reach = 'PUBLIC' OR (${t}.reach = 'NETWORK' AND ${t}.network_ids && (SELECT public.app_member_network_ids())))`;

const OPEN = `state IN ('PROPOSED', 'PLANNED', 'RUNNING')`;

/**
 * Adoption (issue 7, "Adoption and spread"), on top of `create-lessons`:
 * - a second wall under the service's check: an organisation inserts an adoption only of a
 *   published lesson it may see (a RESTRICTIVE policy: the lessons' own row-level security
 *   decides the EXISTS);
 * - one open adoption of a lesson per unit (a partial unique index; the service says CONFLICT);
 * - `app_lesson_lineage(lesson)`: the lineage an adoption of a lesson carries. The chain above
 *   the lesson may run through organisations the adopter cannot see, so its own reads could not
 *   tell; the function answers only for a lesson the caller may see;
 * - `app_count_adoption(adoption)`: `lessons.adoption_count` of every lesson in an adoption's
 *   lineage is recounted. Those lessons belong to other organisations, whose rows the adopter
 *   may not UPDATE, so the count is kept by this SECURITY DEFINER function, which only takes
 *   the caller's own adoption, checks that its lineage is the one its source lesson implies
 *   (so a forged lineage counts nothing), and recounts (so calling it twice counts nothing twice);
 * - `app_lineage_adoptions(lessons)`: the adoptions in the trees below the given lessons, for
 *   the roll-up and the lineage list. Row-level security would keep the planner from using the
 *   GIN index on `lineage` (`@>` is not leakproof); the function uses it for lessons the caller
 *   may see and returns only ids, which the caller's own statement reads under row-level security.
 */
export class AdoptLessons1796220000000 implements MigrationInterface {
  name = 'AdoptLessons1796220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE UNIQUE INDEX "uq_adoptions_open_unit" ON "adoptions" ("source_lesson_id", "unit_id") WHERE ${OPEN}`,
    );
    await q.query(
      `CREATE POLICY adopt_visible ON adoptions AS RESTRICTIVE FOR INSERT
         WITH CHECK (EXISTS (SELECT 1 FROM lessons l WHERE l.id = source_lesson_id AND l.state = 'PUBLISHED'))`,
    );

    // The lineage an adoption of p_lesson carries: the lesson's own adoption's lineage (when its
    // experiment was itself an adoption) and the lesson. NULL for a lesson the caller may not see.
    await q.query(`CREATE FUNCTION app_lesson_lineage(p_lesson uuid) RETURNS uuid[]
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT coalesce((SELECT p.lineage FROM public.adoptions p WHERE p.experiment_id = s.experiment_id), '{}') || s.id
          FROM public.lessons s
         WHERE s.id = p_lesson AND (s.organisation_id = ${ORG} OR (${SHARED('s')})) $$`);

    await q.query(`CREATE FUNCTION app_count_adoption(p_adoption uuid) RETURNS integer
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
           SET adoption_count = (SELECT count(*) FROM public.adoptions x
                                  WHERE x.lineage @> ARRAY[l.id] AND x.state <> 'DECLINED')
         WHERE l.id = ANY(a.lineage);
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
      END $$`);

    await q.query(`CREATE FUNCTION app_lineage_adoptions(p_lessons uuid[])
      RETURNS TABLE (lesson_id uuid, adoption_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT l.id, a.id
          FROM public.lessons l
          JOIN public.adoptions a ON a.lineage @> ARRAY[l.id]
         WHERE l.id = ANY(p_lessons)
           AND (l.organisation_id = ${ORG}
                OR (${SHARED('l')})) $$`);

    for (const f of [
      'app_lesson_lineage(uuid)',
      'app_count_adoption(uuid)',
      'app_lineage_adoptions(uuid[])',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${f} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${f} TO ${APP}, ${DOOR}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION app_lineage_adoptions(uuid[])`);
    await q.query(`DROP FUNCTION app_count_adoption(uuid)`);
    await q.query(`DROP FUNCTION app_lesson_lineage(uuid)`);
    await q.query(`DROP POLICY adopt_visible ON adoptions`);
    await q.query(`DROP INDEX "public"."uq_adoptions_open_unit"`);
  }
}
