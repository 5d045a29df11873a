import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'laerekraft_app';
const DOOR = 'laerekraft_door';
const ORG = `NULLIF(current_setting('app.organisation_id', true), '')::uuid`;
const ME = `NULLIF(current_setting('app.person_id', true), '')::uuid`;

/** The networks organisation `o` runs or is a member of (as in create-follows). */
const memberNetworksOf = (o: string) =>
  `ARRAY(SELECT n.id FROM public.networks n WHERE n.organisation_id = ${o}
         UNION SELECT mm.network_id FROM public.network_memberships mm WHERE mm.organisation_id = ${o} AND mm.status = 'MEMBER')`;

const networkFollowers = (
  subjectCheck: string,
) => `CREATE OR REPLACE FUNCTION app_notify_network_followers(p_network uuid, p_kind text, p_subject_type text, p_subject_id uuid, p_payload jsonb)
      RETURNS SETOF public.notifications
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        INSERT INTO public.notifications (organisation_id, person_id, kind, subject_type, subject_id, payload)
        SELECT f.organisation_id, f.person_id, p_kind, p_subject_type, p_subject_id, coalesce(p_payload, '{}')
          FROM public.follows f
          JOIN public.persons p ON p.id = f.person_id AND p.organisation_id = f.organisation_id AND p.deactivated_at IS NULL
         WHERE f.subject_type = 'NETWORK' AND f.subject_id = p_network
           AND f.person_id IS DISTINCT FROM ${ME}
           AND p_network = ANY(public.app_member_network_ids())
           AND p_network = ANY(${memberNetworksOf('f.organisation_id')})
           ${subjectCheck}
        RETURNING notifications.* $$`;

const LESSON_CHECK = `AND (lower(p_subject_type) <> 'lesson' OR EXISTS (
                SELECT 1 FROM public.lessons l
                 WHERE l.id = p_subject_id AND l.organisation_id = ${ORG} AND l.state = 'PUBLISHED'
                   AND l.reach = 'NETWORK' AND p_network = ANY(l.network_ids)))`;
/** Now that `challenges` exists: a challenge must be the caller's own, open, posted to that network. */
const SUBJECT_CHECK = `AND CASE lower(p_subject_type)
             WHEN 'lesson' THEN EXISTS (
                SELECT 1 FROM public.lessons l
                 WHERE l.id = p_subject_id AND l.organisation_id = ${ORG} AND l.state = 'PUBLISHED'
                   AND l.reach = 'NETWORK' AND p_network = ANY(l.network_ids))
             WHEN 'challenge' THEN EXISTS (
                SELECT 1 FROM public.challenges c
                 WHERE c.id = p_subject_id AND c.organisation_id = ${ORG} AND c.network_id = p_network
                   AND c.state = 'OPEN')
             ELSE false END`;

/** The vocabulary trigger, adding words (`decrement` false: as create-search wrote it) or keeping counts both ways. */
const vocabularySync = (
  decrement: boolean,
) => `CREATE OR REPLACE FUNCTION app_search_vocabulary_sync() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      DECLARE
        s text; fresh text[]; gone text[];
        new_scopes text[] := public.app_search_scopes(TG_TABLE_NAME, to_jsonb(NEW));
        old_scopes text[] := '{}'; new_words text[] := '{}'; old_words text[] := '{}';
      BEGIN
        ${decrement ? '' : 'IF cardinality(new_scopes) = 0 THEN RETURN NULL; END IF;'}
        IF cardinality(new_scopes) > 0 THEN
          new_words := public.app_search_words(public.app_search_text(TG_TABLE_NAME, to_jsonb(NEW)));
        END IF;
        IF TG_OP = 'UPDATE' THEN
          old_scopes := public.app_search_scopes(TG_TABLE_NAME, to_jsonb(OLD));
          IF cardinality(old_scopes) > 0 THEN
            old_words := public.app_search_words(public.app_search_text(TG_TABLE_NAME, to_jsonb(OLD)));
          END IF;
        END IF;
        FOREACH s IN ARRAY new_scopes LOOP
          fresh := CASE WHEN s = ANY(old_scopes)
                        THEN ARRAY(SELECT unnest(new_words) EXCEPT SELECT unnest(old_words)) ELSE new_words END;
          INSERT INTO public.search_vocabulary AS v (scope, scope_id, word, ndoc)
          SELECT split_part(s, ':', 1), split_part(s, ':', 2)::uuid, w, 1 FROM unnest(fresh) w ORDER BY w
          ON CONFLICT (scope, scope_id, word) DO UPDATE SET ndoc = v.ndoc + 1;
        END LOOP;
        ${
          decrement
            ? `-- What the document no longer brings: every word in a scope it left (withdrawn, reach
        -- narrowed, a network taken off), the edited-away words in a scope it stays in. Locked in
        -- word order like the insert; a word no document brings any more is forgotten.
        FOREACH s IN ARRAY old_scopes LOOP
          gone := CASE WHEN s = ANY(new_scopes)
                       THEN ARRAY(SELECT unnest(old_words) EXCEPT SELECT unnest(new_words)) ELSE old_words END;
          CONTINUE WHEN cardinality(gone) = 0;
          PERFORM 1 FROM public.search_vocabulary v
            WHERE v.scope = split_part(s, ':', 1) AND v.scope_id = split_part(s, ':', 2)::uuid AND v.word = ANY(gone)
            ORDER BY v.word FOR UPDATE;
          UPDATE public.search_vocabulary v SET ndoc = v.ndoc - 1
            WHERE v.scope = split_part(s, ':', 1) AND v.scope_id = split_part(s, ':', 2)::uuid AND v.word = ANY(gone);
          DELETE FROM public.search_vocabulary v
            WHERE v.scope = split_part(s, ':', 1) AND v.scope_id = split_part(s, ':', 2)::uuid AND v.word = ANY(gone)
              AND v.ndoc <= 0;
        END LOOP;`
            : ''
        }
        RETURN NULL;
      END $$`;

/**
 * Seams of issue 7 (docs/spread.md, docs/security.md):
 * - `app_notify_network_followers` checks the subject row for a challenge too, now that
 *   `challenges` exists: the caller's own OPEN challenge posted to that network (before, any
 *   member could name any id as a 'challenge'); a subject type other than lesson or
 *   challenge tells no one.
 * - `app_notify_challenge_followers`: the challenge's own organisation tells the challenge's
 *   followers, in any organisation that still sees it (its own; for a network challenge the
 *   network's members), of a change (closed).
 * - The vocabulary trigger now also takes a document's words back out of the scopes it leaves
 *   (a lesson withdrawn or its reach narrowed, an idea or lesson whose text lost a word), in the
 *   writing transaction, so "mente du …?" no longer offers them there. The vocabulary is rebuilt
 *   once so the counts it decrements are exact.
 */
export class CloseSpreadSeams1796280000000 implements MigrationInterface {
  name = 'CloseSpreadSeams1796280000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(networkFollowers(SUBJECT_CHECK));
    await q.query(`CREATE FUNCTION app_notify_challenge_followers(p_challenge uuid, p_kind text, p_payload jsonb)
      RETURNS SETOF public.notifications
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        WITH c AS (
          -- Only the challenge's own organisation changes it, so only it tells the followers.
          SELECT c.* FROM public.challenges c WHERE c.id = p_challenge AND c.organisation_id = ${ORG}
        )
        INSERT INTO public.notifications (organisation_id, person_id, kind, subject_type, subject_id, payload)
        SELECT f.organisation_id, f.person_id, p_kind, 'challenge', c.id, coalesce(p_payload, '{}')
          FROM c
          JOIN public.follows f ON f.subject_type = 'CHALLENGE' AND f.subject_id = c.id
          JOIN public.persons p ON p.id = f.person_id AND p.organisation_id = f.organisation_id AND p.deactivated_at IS NULL
         WHERE f.person_id IS DISTINCT FROM ${ME}
           AND (f.organisation_id = c.organisation_id
                OR (c.network_id IS NOT NULL AND c.network_id = ANY(${memberNetworksOf('f.organisation_id')})))
        RETURNING notifications.* $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_notify_challenge_followers(uuid, text, jsonb) FROM PUBLIC`);
    await q.query(
      `GRANT EXECUTE ON FUNCTION app_notify_challenge_followers(uuid, text, jsonb) TO ${APP}, ${DOOR}`,
    );
    await q.query(vocabularySync(true));
    await q.query(`SELECT app_search_vocabulary_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(vocabularySync(false));
    await q.query(`DROP FUNCTION app_notify_challenge_followers(uuid, text, jsonb)`);
    await q.query(networkFollowers(LESSON_CHECK));
  }
}
