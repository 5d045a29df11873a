import type { MigrationInterface, QueryRunner } from 'typeorm';

const ORG = `NULLIF(current_setting('app.organisation_id', true), '')::uuid`;
const ME = `NULLIF(current_setting('app.person_id', true), '')::uuid`;
const MATCH = `to_tsquery('pg_catalog.norwegian', $1)`;
/** The lessons' sharing rule, as in `adopt-lessons`. */
const SHARED = (t: string) =>
  `${t}.state = 'PUBLISHED' AND (${t}.reach = 'PUBLIC' OR (${t}.reach = 'NETWORK' AND ${t}.network_ids && (SELECT public.app_member_network_ids())))`;
/** The networks organisation `o` runs or is a member of, as in `create-follows`. */
const memberNetworksOf = (o: string) =>
  `ARRAY(SELECT n.id FROM public.networks n WHERE n.organisation_id = ${o}
         UNION SELECT mm.network_id FROM public.network_memberships mm WHERE mm.organisation_id = ${o} AND mm.status = 'MEMBER')`;

/**
 * Fixes from the review of issue 7's spread features (CREATE OR REPLACE keeps each function's
 * grants):
 * - a proposal (an undecided idea, PROPOSED) is no adoption yet: `app_count_adoption` counts
 *   neither DECLINED nor PROPOSED (approval into an experiment makes it PLANNED and counts it);
 * - one open adoption per lesson and unit covers PLANNED and RUNNING only, so an employee's
 *   proposal (perhaps a private draft) never blocks the manager's real adoption; approving a
 *   proposal into a unit that already tries the lesson is refused by the same index (CONFLICT);
 * - `app_lineage_adoptions` leaves out a proposal whose idea is still a private DRAFT;
 * - `app_notify_lesson_followers` gives followers outside the lesson's organisation the notice
 *   without the `reason` (`Lesson.withdrawnReason` is own-organisation only);
 * - `app_search_candidates`: a UNIT-reach lesson is found by its experiment's owner and team too
 *   (LessonsPolicy counts them as writers who see it); everything else is as before.
 */
export class SpreadReviewFixes1796290000000 implements MigrationInterface {
  name = 'SpreadReviewFixes1796290000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."uq_adoptions_open_unit"`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_adoptions_open_unit" ON "adoptions" ("source_lesson_id", "unit_id") WHERE state IN ('PLANNED', 'RUNNING')`,
    );
    await q.query(`CREATE OR REPLACE FUNCTION app_count_adoption(p_adoption uuid) RETURNS integer
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
                                  WHERE x.lineage @> ARRAY[l.id] AND x.state NOT IN ('DECLINED', 'PROPOSED'))
         WHERE l.id = ANY(a.lineage);
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION app_lineage_adoptions(p_lessons uuid[])
      RETURNS TABLE (lesson_id uuid, adoption_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT l.id, a.id
          FROM public.lessons l
          JOIN public.adoptions a ON a.lineage @> ARRAY[l.id]
         WHERE l.id = ANY(p_lessons)
           AND (l.organisation_id = ${ORG}
                OR (${SHARED('l')}))
           -- A private draft proposal (only its author sees the idea) is not in the lineage until submitted.
           AND NOT EXISTS (SELECT 1 FROM public.ideas i WHERE i.id = a.idea_id AND a.state = 'PROPOSED' AND i.state = 'DRAFT') $$`);
    await q.query(`CREATE OR REPLACE FUNCTION app_notify_lesson_followers(p_lesson uuid, p_kind text, p_payload jsonb)
      RETURNS SETOF public.notifications
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        WITH l AS (
          -- Only the lesson's own organisation changes it, so only it tells the followers.
          SELECT l.* FROM public.lessons l WHERE l.id = p_lesson AND l.organisation_id = ${ORG}
        )
        INSERT INTO public.notifications (organisation_id, person_id, kind, subject_type, subject_id, payload)
        SELECT f.organisation_id, f.person_id, p_kind, 'LESSON', l.id,
               CASE WHEN f.organisation_id = l.organisation_id THEN coalesce(p_payload, '{}') ELSE coalesce(p_payload, '{}') - 'reason' END
          FROM l
          JOIN public.follows f ON f.subject_type = 'LESSON' AND f.subject_id = l.id
          JOIN public.persons p ON p.id = f.person_id AND p.organisation_id = f.organisation_id AND p.deactivated_at IS NULL
         WHERE f.person_id IS DISTINCT FROM ${ME}
           AND (p_kind = 'lesson.withdrawn'
                OR f.organisation_id = l.organisation_id
                OR (l.state = 'PUBLISHED' AND (l.reach = 'PUBLIC'
                    OR (l.reach = 'NETWORK' AND l.network_ids && ${memberNetworksOf('f.organisation_id')}))))
        RETURNING notifications.* $$`);
    await q.query(`CREATE OR REPLACE FUNCTION app_search_candidates(p_match text, p_exact text, p_limit integer)
      RETURNS TABLE (kind text, id uuid, organisation_id uuid, state text, result text, actions text[],
                     sdgs smallint[], theme text, network_ids uuid[], adoption_count integer,
                     created_at timestamptz, rank real)
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $fn$
      BEGIN
        -- Planned for each call with its own words (EXECUTE): a common word and a rare one need
        -- different plans, and a cached generic plan would pick one for both.
        -- The query and the tenant are written inline (not read from a CTE), so the planner sees
        -- the words' frequency and the organisation as an index condition.
        RETURN QUERY EXECUTE ${'$'}search$
        WITH me AS (SELECT ${ORG} AS org, ${ME} AS person),
        lead AS (SELECT EXISTS (SELECT 1 FROM role_assignments r, me
                  WHERE r.person_id = me.person AND r.organisation_id = me.org AND r.role = 'INNOVATION_LEAD') AS yes),
        -- Reach UNIT: the lesson's unit and the units below it, and whoever manages it or a unit above.
        my_units AS (
          WITH RECURSIVE up AS (
            SELECT u.id, u.parent_id FROM units u, persons p, me WHERE p.id = me.person AND u.id = p.unit_id
            UNION SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id),
          down AS (
            SELECT r.unit_id AS id FROM role_assignments r, me
             WHERE r.person_id = me.person AND r.role = 'MANAGER' AND r.unit_id IS NOT NULL
            UNION SELECT u.id FROM units u JOIN down ON u.parent_id = down.id)
          SELECT id FROM up UNION SELECT id FROM down),
        mine AS (SELECT public.app_member_network_ids() AS ids),
        idea_hits AS (
          SELECT 'IDEA'::text AS kind, i.id, i.organisation_id, i.state::text AS state, NULL::text AS result, i.actions,
                 i.sdgs, i.theme::text AS theme, '{}'::uuid[] AS network_ids, 0 AS adoption_count, i.created_at,
                 i.search_vector
            FROM ideas i
           WHERE i.organisation_id = ${ORG} AND i.search_vector @@ ${MATCH}
             AND (i.state <> 'DRAFT' OR i.author_id = ${ME})
           LIMIT $3),
        experiment_hits AS (
          SELECT 'EXPERIMENT'::text AS kind, e.id, e.organisation_id, e.state::text AS state, e.result::text AS result,
                 e.actions, e.sdgs, e.theme::text AS theme, '{}'::uuid[] AS network_ids, 0 AS adoption_count,
                 e.created_at, e.search_vector
            FROM experiments e
           WHERE e.organisation_id = ${ORG} AND e.search_vector @@ ${MATCH}
           LIMIT $3),
        own_lesson_hits AS (
          SELECT 'LESSON'::text AS kind, l.id, l.organisation_id, l.experiment_state::text AS state,
                 l.result::text AS result, l.actions, l.sdgs, l.theme::text AS theme,
                 CASE WHEN l.reach = 'NETWORK' THEN l.network_ids ELSE '{}' END AS network_ids, l.adoption_count,
                 l.created_at, l.search_vector
            FROM lessons l
           WHERE l.organisation_id = ${ORG} AND l.search_vector @@ ${MATCH} AND l.state = 'PUBLISHED'
             AND (l.reach <> 'UNIT' OR l.created_by_id = ${ME} OR (SELECT yes FROM lead)
                  OR l.unit_id IN (SELECT id FROM my_units)
                  -- The experiment's owner and team write its lesson (LessonsPolicy), so they see it.
                  OR EXISTS (SELECT 1 FROM experiments xe WHERE xe.id = l.experiment_id AND xe.owner_id = ${ME})
                  OR EXISTS (SELECT 1 FROM experiment_members xm WHERE xm.experiment_id = l.experiment_id AND xm.person_id = ${ME}))
           LIMIT $3),
        shared_lesson_hits AS (
          SELECT 'LESSON'::text AS kind, l.id, l.organisation_id, l.experiment_state::text AS state,
                 l.result::text AS result, l.actions, l.sdgs, l.theme::text AS theme,
                 ARRAY(SELECT unnest(l.network_ids) INTERSECT SELECT unnest((SELECT ids FROM mine))) AS network_ids,
                 l.adoption_count, l.created_at, l.search_vector
            FROM lessons l
           WHERE l.search_vector @@ ${MATCH} AND l.state = 'PUBLISHED' AND l.reach IN ('NETWORK', 'PUBLIC')
             AND l.organisation_id IS DISTINCT FROM ${ORG}
             AND (l.reach = 'PUBLIC' OR l.network_ids && (SELECT ids FROM mine))
           LIMIT $3)
        SELECT c.kind, c.id, c.organisation_id, c.state, c.result, c.actions, c.sdgs, c.theme, c.network_ids,
               c.adoption_count, c.created_at,
               ts_rank(c.search_vector, ${MATCH}) + ts_rank(c.search_vector, websearch_to_tsquery('pg_catalog.norwegian', $2))
          FROM (SELECT * FROM idea_hits UNION ALL SELECT * FROM experiment_hits
                UNION ALL SELECT * FROM own_lesson_hits UNION ALL SELECT * FROM shared_lesson_hits) c
        ${'$'}search$ USING p_match, p_exact, p_limit;
      END $fn$`);
    // Recount every lesson: proposals counted before no longer count.
    await q.query(`UPDATE lessons l SET adoption_count = (SELECT count(*) FROM adoptions x
                     WHERE x.lineage @> ARRAY[l.id] AND x.state NOT IN ('DECLINED', 'PROPOSED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION app_search_candidates(p_match text, p_exact text, p_limit integer)
      RETURNS TABLE (kind text, id uuid, organisation_id uuid, state text, result text, actions text[],
                     sdgs smallint[], theme text, network_ids uuid[], adoption_count integer,
                     created_at timestamptz, rank real)
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $fn$
      BEGIN
        -- Planned for each call with its own words (EXECUTE): a common word and a rare one need
        -- different plans, and a cached generic plan would pick one for both.
        -- The query and the tenant are written inline (not read from a CTE), so the planner sees
        -- the words' frequency and the organisation as an index condition.
        RETURN QUERY EXECUTE ${'$'}search$
        WITH me AS (SELECT ${ORG} AS org, ${ME} AS person),
        lead AS (SELECT EXISTS (SELECT 1 FROM role_assignments r, me
                  WHERE r.person_id = me.person AND r.organisation_id = me.org AND r.role = 'INNOVATION_LEAD') AS yes),
        -- Reach UNIT: the lesson's unit and the units below it, and whoever manages it or a unit above.
        my_units AS (
          WITH RECURSIVE up AS (
            SELECT u.id, u.parent_id FROM units u, persons p, me WHERE p.id = me.person AND u.id = p.unit_id
            UNION SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id),
          down AS (
            SELECT r.unit_id AS id FROM role_assignments r, me
             WHERE r.person_id = me.person AND r.role = 'MANAGER' AND r.unit_id IS NOT NULL
            UNION SELECT u.id FROM units u JOIN down ON u.parent_id = down.id)
          SELECT id FROM up UNION SELECT id FROM down),
        mine AS (SELECT public.app_member_network_ids() AS ids),
        idea_hits AS (
          SELECT 'IDEA'::text AS kind, i.id, i.organisation_id, i.state::text AS state, NULL::text AS result, i.actions,
                 i.sdgs, i.theme::text AS theme, '{}'::uuid[] AS network_ids, 0 AS adoption_count, i.created_at,
                 i.search_vector
            FROM ideas i
           WHERE i.organisation_id = ${ORG} AND i.search_vector @@ ${MATCH}
             AND (i.state <> 'DRAFT' OR i.author_id = ${ME})
           LIMIT $3),
        experiment_hits AS (
          SELECT 'EXPERIMENT'::text AS kind, e.id, e.organisation_id, e.state::text AS state, e.result::text AS result,
                 e.actions, e.sdgs, e.theme::text AS theme, '{}'::uuid[] AS network_ids, 0 AS adoption_count,
                 e.created_at, e.search_vector
            FROM experiments e
           WHERE e.organisation_id = ${ORG} AND e.search_vector @@ ${MATCH}
           LIMIT $3),
        own_lesson_hits AS (
          SELECT 'LESSON'::text AS kind, l.id, l.organisation_id, l.experiment_state::text AS state,
                 l.result::text AS result, l.actions, l.sdgs, l.theme::text AS theme,
                 CASE WHEN l.reach = 'NETWORK' THEN l.network_ids ELSE '{}' END AS network_ids, l.adoption_count,
                 l.created_at, l.search_vector
            FROM lessons l
           WHERE l.organisation_id = ${ORG} AND l.search_vector @@ ${MATCH} AND l.state = 'PUBLISHED'
             AND (l.reach <> 'UNIT' OR l.created_by_id = ${ME} OR (SELECT yes FROM lead)
                  OR l.unit_id IN (SELECT id FROM my_units))
           LIMIT $3),
        shared_lesson_hits AS (
          SELECT 'LESSON'::text AS kind, l.id, l.organisation_id, l.experiment_state::text AS state,
                 l.result::text AS result, l.actions, l.sdgs, l.theme::text AS theme,
                 ARRAY(SELECT unnest(l.network_ids) INTERSECT SELECT unnest((SELECT ids FROM mine))) AS network_ids,
                 l.adoption_count, l.created_at, l.search_vector
            FROM lessons l
           WHERE l.search_vector @@ ${MATCH} AND l.state = 'PUBLISHED' AND l.reach IN ('NETWORK', 'PUBLIC')
             AND l.organisation_id IS DISTINCT FROM ${ORG}
             AND (l.reach = 'PUBLIC' OR l.network_ids && (SELECT ids FROM mine))
           LIMIT $3)
        SELECT c.kind, c.id, c.organisation_id, c.state, c.result, c.actions, c.sdgs, c.theme, c.network_ids,
               c.adoption_count, c.created_at,
               ts_rank(c.search_vector, ${MATCH}) + ts_rank(c.search_vector, websearch_to_tsquery('pg_catalog.norwegian', $2))
          FROM (SELECT * FROM idea_hits UNION ALL SELECT * FROM experiment_hits
                UNION ALL SELECT * FROM own_lesson_hits UNION ALL SELECT * FROM shared_lesson_hits) c
        ${'$'}search$ USING p_match, p_exact, p_limit;
      END $fn$`);
    await q.query(`CREATE OR REPLACE FUNCTION app_notify_lesson_followers(p_lesson uuid, p_kind text, p_payload jsonb)
      RETURNS SETOF public.notifications
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        WITH l AS (
          -- Only the lesson's own organisation changes it, so only it tells the followers.
          SELECT l.* FROM public.lessons l WHERE l.id = p_lesson AND l.organisation_id = ${ORG}
        )
        INSERT INTO public.notifications (organisation_id, person_id, kind, subject_type, subject_id, payload)
        SELECT f.organisation_id, f.person_id, p_kind, 'LESSON', l.id,
               coalesce(p_payload, '{}')
          FROM l
          JOIN public.follows f ON f.subject_type = 'LESSON' AND f.subject_id = l.id
          JOIN public.persons p ON p.id = f.person_id AND p.organisation_id = f.organisation_id AND p.deactivated_at IS NULL
         WHERE f.person_id IS DISTINCT FROM ${ME}
           AND (p_kind = 'lesson.withdrawn'
                OR f.organisation_id = l.organisation_id
                OR (l.state = 'PUBLISHED' AND (l.reach = 'PUBLIC'
                    OR (l.reach = 'NETWORK' AND l.network_ids && ${memberNetworksOf('f.organisation_id')}))))
        RETURNING notifications.* $$`);
    await q.query(`CREATE OR REPLACE FUNCTION app_lineage_adoptions(p_lessons uuid[])
      RETURNS TABLE (lesson_id uuid, adoption_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT l.id, a.id
          FROM public.lessons l
          JOIN public.adoptions a ON a.lineage @> ARRAY[l.id]
         WHERE l.id = ANY(p_lessons)
           AND (l.organisation_id = ${ORG}
                OR (${SHARED('l')})) $$`);
    await q.query(`CREATE OR REPLACE FUNCTION app_count_adoption(p_adoption uuid) RETURNS integer
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
                                  WHERE x.lineage @> ARRAY[l.id] AND x.state NOT IN ('DECLINED'))
         WHERE l.id = ANY(a.lineage);
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
      END $$`);
    await q.query(`DROP INDEX "public"."uq_adoptions_open_unit"`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_adoptions_open_unit" ON "adoptions" ("source_lesson_id", "unit_id") WHERE state IN ('PROPOSED', 'PLANNED', 'RUNNING')`,
    );
    await q.query(`UPDATE lessons l SET adoption_count = (SELECT count(*) FROM adoptions x
                     WHERE x.lineage @> ARRAY[l.id] AND x.state <> 'DECLINED')`);
  }
}
