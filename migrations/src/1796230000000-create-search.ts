import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'laerekraft_app';
const DOOR = 'laerekraft_door';
const ORG = `NULLIF(current_setting('app.organisation_id', true), '')::uuid`;
const ME = `NULLIF(current_setting('app.person_id', true), '')::uuid`;
const PUBLIC_SCOPE = '00000000-0000-0000-0000-000000000000';
const MATCH = `to_tsquery('pg_catalog.norwegian', $1)`;

/** The texts of each kind of document, by weight: title (A), summary or need (B), body (C). */
const TEXTS: Record<'ideas' | 'experiments' | 'lessons', (r: string) => [string, string, string]> = {
  ideas: (r) => [
    `${r}.title`,
    `concat_ws(' ', ${r}.need_whose, ${r}.need_observed)`,
    `concat_ws(' ', ${r}.proposal, ${r}.benefit)`,
  ],
  experiments: (r) => [
    `${r}.title`,
    `${r}.summary`,
    `concat_ws(' ', ${r}.change, ${r}.target_group, ${r}.expected_effect, ${r}.metric, ${r}.card_believed, ${r}.card_observed, ${r}.card_learned, ${r}.stop_reason)`,
  ],
  lessons: (r) => [
    `${r}.title`,
    `concat_ws(' ', ${r}.summary, array_to_string(${r}.tags, ' '))`,
    `concat_ws(' ', ${r}.what_worked, ${r}.what_did_not, ${r}.advice, ${r}.conditions)`,
  ],
};
const TEXT_COLUMNS = {
  ideas: ['title', 'need_whose', 'need_observed', 'proposal', 'benefit'],
  experiments: [
    'title',
    'summary',
    'change',
    'target_group',
    'expected_effect',
    'metric',
    'card_believed',
    'card_observed',
    'card_learned',
    'stop_reason',
  ],
  lessons: ['title', 'summary', 'tags', 'what_worked', 'what_did_not', 'advice', 'conditions'],
};
/** What decides in which vocabularies a document's words go (see app_search_scopes). */
const SCOPE_COLUMNS = { ideas: ['state'], experiments: [], lessons: ['state', 'reach', 'network_ids'] };
const TABLES = ['ideas', 'experiments', 'lessons'] as const;

/**
 * Norwegian full-text search over ideas, experiments and lessons (issue 7, "Search"; docs/spread.md).
 *
 * - Each table gets a stored, weighted `search_vector` (norwegian stemmer, no unaccent: æ ø å
 *   stay), kept by a BEFORE trigger (a generated column would need TypeORM's metadata table),
 *   and a GIN index on `(organisation_id, search_vector)` (btree_gin), so a search scoped to
 *   the organisation reads only its part of the index. Shared lessons have their own partial
 *   index.
 * - `search_vocabulary`: the words (not stems: a suggestion must read as a word) of the
 *   documents, per scope, with how many documents brought them, and a trigram index for
 *   "mente du …?". A scope is an organisation (words of what everyone in it may see: its
 *   non-draft ideas, experiments, and lessons published beyond the unit), a network (words of
 *   lessons published to it) or the public (words of public lessons). So a suggestion never
 *   offers a word from a draft, a unit-only lesson or another organisation's internal text.
 *   Kept by an AFTER trigger in the writing transaction; words are only ever added (see
 *   app_search_vocabulary_rebuild for the sweep that forgets words of withdrawn text).
 * - `app_search_candidates` and `app_search_suggest` are SECURITY DEFINER: under row-level
 *   security PostgreSQL will not use a GIN index for `@@` or `%` (they are not leakproof), so
 *   these functions apply the visibility rule themselves (documented in docs/security.md) and
 *   return only what the caller may see.
 */
export class CreateSearch1796230000000 implements MigrationInterface {
  name = 'CreateSearch1796230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);

    await q.query(`CREATE FUNCTION app_search_vector(a text, b text, c text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT setweight(to_tsvector('pg_catalog.norwegian', coalesce(a, '')), 'A')
            || setweight(to_tsvector('pg_catalog.norwegian', coalesce(b, '')), 'B')
            || setweight(to_tsvector('pg_catalog.norwegian', coalesce(c, '')), 'C') $$`);
    for (const t of TABLES) {
      const [a, b, c] = TEXTS[t]('NEW');
      await q.query(`ALTER TABLE "${t}" ADD "search_vector" tsvector`);
      await q.query(`CREATE FUNCTION app_${t}_search_vector() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN NEW.search_vector := public.app_search_vector(${a}, ${b}, ${c}); RETURN NEW; END $$`);
      const [ra, rb, rc] = TEXTS[t](t);
      await q.query(`UPDATE "${t}" SET search_vector = app_search_vector(${ra}, ${rb}, ${rc})`);
      await q.query(`CREATE TRIGGER search_vector BEFORE INSERT OR UPDATE OF ${TEXT_COLUMNS[t].join(', ')}
        ON "${t}" FOR EACH ROW EXECUTE FUNCTION app_${t}_search_vector()`);
      await q.query(`CREATE INDEX "ix_${t}_search" ON "${t}" USING gin ("organisation_id", "search_vector")`);
    }
    await q.query(`CREATE INDEX "ix_lessons_search_shared" ON "lessons" USING gin ("search_vector")
      WHERE state = 'PUBLISHED' AND reach IN ('NETWORK', 'PUBLIC')`);

    // The vocabulary.
    await q.query(
      `CREATE TABLE "search_vocabulary" ("scope" character varying(12) NOT NULL, "scope_id" uuid NOT NULL, "word" character varying(40) NOT NULL, "ndoc" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_search_vocabulary" PRIMARY KEY ("scope", "scope_id", "word"))`,
    );
    await q.query(
      `CREATE INDEX "ix_search_vocabulary_trgm" ON "search_vocabulary" USING gin ("word" gin_trgm_ops)`,
    );
    // Words as a person wrote them, lower-cased; no numbers, no hyphenated wholes (their parts count).
    await q.query(`CREATE FUNCTION app_search_words(t text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT coalesce(array_agg(w ORDER BY w), '{}')
          FROM unnest(tsvector_to_array(to_tsvector('pg_catalog.simple', coalesce(t, '')))) w
         WHERE char_length(w) BETWEEN 3 AND 40 AND w !~ '[0-9_./:@-]' $$`);
    // The text whose words a document brings, and the vocabularies they go to ('SCOPE:uuid').
    const text = (t: (typeof TABLES)[number]) => {
      const cols = TEXT_COLUMNS[t].map((c) => (c === 'tags' ? `array_to_string(r.tags, ' ')` : `r.${c}`));
      return `concat_ws(' ', ${cols.join(', ')})`;
    };
    await q.query(`CREATE FUNCTION app_search_text(kind text, d jsonb) RETURNS text
      LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT CASE kind
          WHEN 'ideas' THEN (SELECT ${text('ideas')} FROM jsonb_populate_record(NULL::public.ideas, d) r)
          WHEN 'experiments' THEN (SELECT ${text('experiments')} FROM jsonb_populate_record(NULL::public.experiments, d) r)
          WHEN 'lessons' THEN (SELECT ${text('lessons')} FROM jsonb_populate_record(NULL::public.lessons, d) r)
        END $$`);
    await q.query(`CREATE FUNCTION app_search_scopes(kind text, d jsonb) RETURNS text[]
      LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT CASE
          WHEN kind = 'ideas' AND d->>'state' <> 'DRAFT' THEN ARRAY['ORGANISATION:' || (d->>'organisation_id')]
          WHEN kind = 'experiments' THEN ARRAY['ORGANISATION:' || (d->>'organisation_id')]
          WHEN kind = 'lessons' AND d->>'state' = 'PUBLISHED' AND d->>'reach' <> 'UNIT' THEN
            ARRAY['ORGANISATION:' || (d->>'organisation_id')]
            || CASE d->>'reach'
                 WHEN 'PUBLIC' THEN ARRAY['PUBLIC:${PUBLIC_SCOPE}']
                 WHEN 'NETWORK' THEN ARRAY(SELECT 'NETWORK:' || n FROM jsonb_array_elements_text(d->'network_ids') n ORDER BY 1)
                 ELSE '{}'::text[] END
          ELSE '{}'::text[] END $$`);
    // Adds the words a write brings to each vocabulary it reaches (words a vocabulary already
    // had from this document's previous version count once). Sorted, so concurrent writers
    // lock the same words in the same order.
    await q.query(`CREATE FUNCTION app_search_vocabulary_sync() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      DECLARE
        s text; fresh text[];
        new_scopes text[] := public.app_search_scopes(TG_TABLE_NAME, to_jsonb(NEW));
        old_scopes text[] := '{}'; new_words text[]; old_words text[] := '{}';
      BEGIN
        IF cardinality(new_scopes) = 0 THEN RETURN NULL; END IF;
        new_words := public.app_search_words(public.app_search_text(TG_TABLE_NAME, to_jsonb(NEW)));
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
        RETURN NULL;
      END $$`);
    for (const t of TABLES)
      await q.query(`CREATE TRIGGER search_vocabulary AFTER INSERT OR UPDATE OF ${[...TEXT_COLUMNS[t], ...SCOPE_COLUMNS[t]].join(', ')}
        ON "${t}" FOR EACH ROW EXECUTE FUNCTION app_search_vocabulary_sync()`);
    // Rebuilds every vocabulary from what is there now: forgets the words of withdrawn lessons,
    // narrowed reaches and edited-away text. For the owner (a periodic job or an operator), not the app.
    await q.query(`CREATE FUNCTION app_search_vocabulary_rebuild() RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DELETE FROM public.search_vocabulary;
        INSERT INTO public.search_vocabulary (scope, scope_id, word, ndoc)
        SELECT split_part(s, ':', 1), split_part(s, ':', 2)::uuid, w, count(*)
          FROM (SELECT 'ideas' AS kind, to_jsonb(i) AS d FROM public.ideas i
                UNION ALL SELECT 'experiments', to_jsonb(e) FROM public.experiments e
                UNION ALL SELECT 'lessons', to_jsonb(l) FROM public.lessons l) docs,
               unnest(public.app_search_scopes(kind, d)) s,
               unnest(public.app_search_words(public.app_search_text(kind, d))) w
         GROUP BY 1, 2, 3 $$`);
    await q.query(`SELECT app_search_vocabulary_rebuild()`);

    // What the current person may find: the visibility rule of the ideas, experiments and
    // lessons policies, written out because row-level security would keep the GIN index
    // unused. At most p_limit candidates per kind (and per own/shared lessons), unranked
    // order; each with its rank against the prefix query (recall) plus the exact query (precision).
    await q.query(`CREATE FUNCTION app_search_candidates(p_match text, p_exact text, p_limit integer)
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

    // "Mente du …?": each word no vocabulary the caller may read knows (by its stem) is replaced
    // by the nearest word one of them does (trigram similarity, then how common it is). Null when
    // nothing would change.
    await q.query(`CREATE FUNCTION app_search_suggest(p_words text[]) RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        WITH mine AS (SELECT ${ORG} AS org, public.app_member_network_ids() AS networks),
        words AS (SELECT w, n FROM unnest(p_words) WITH ORDINALITY AS t(w, n)),
        readable AS NOT MATERIALIZED (
          SELECT v.word, v.ndoc FROM search_vocabulary v, mine
           WHERE (v.scope = 'ORGANISATION' AND v.scope_id = mine.org)
              OR (v.scope = 'NETWORK' AND v.scope_id = ANY(mine.networks))
              OR (v.scope = 'PUBLIC' AND v.scope_id = '${PUBLIC_SCOPE}')),
        fixed AS (
          SELECT words.n, words.w,
                 -- Known: a readable word shares its stem ("morgenmøtet" finds "morgenmøte"), or a stop word.
                 CASE WHEN char_length(words.w) < 3 OR stem.s IS NULL
                        OR EXISTS (SELECT 1 FROM readable r WHERE r.word LIKE stem.s || '%')
                      THEN words.w
                      ELSE (SELECT r.word FROM readable r
                             WHERE r.word % words.w AND similarity(r.word, words.w) >= 0.4
                             ORDER BY similarity(r.word, words.w) DESC, r.ndoc DESC, r.word LIMIT 1) END AS s
            FROM words, LATERAL (SELECT (ts_lexize('pg_catalog.norwegian_stem', words.w))[1] AS s) stem)
        SELECT CASE WHEN bool_or(s IS DISTINCT FROM w AND s IS NOT NULL)
                    THEN string_agg(coalesce(s, w), ' ' ORDER BY n) END
          FROM fixed $$`);

    const fns = ['app_search_candidates(text, text, integer)', 'app_search_suggest(text[])'];
    const internal = ['app_search_vocabulary_sync()', 'app_search_vocabulary_rebuild()'];
    for (const f of [...fns, ...internal]) await q.query(`REVOKE ALL ON FUNCTION ${f} FROM PUBLIC`);
    for (const f of fns) await q.query(`GRANT EXECUTE ON FUNCTION ${f} TO ${APP}, ${DOOR}`);
    // Only the functions above read the vocabulary, and only the trigger writes it.
    await q.query(`REVOKE ALL ON search_vocabulary FROM ${APP}, ${DOOR}`);
    await q.query(`CREATE POLICY readable ON search_vocabulary FOR SELECT USING (
      (scope = 'ORGANISATION' AND scope_id = ${ORG})
      OR (scope = 'NETWORK' AND scope_id = ANY((SELECT app_member_network_ids())::uuid[]))
      OR scope = 'PUBLIC')`);
    await q.query(`ALTER TABLE search_vocabulary ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE search_vocabulary FORCE ROW LEVEL SECURITY`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION app_search_suggest(text[])`);
    await q.query(`DROP FUNCTION app_search_candidates(text, text, integer)`);
    for (const t of TABLES) await q.query(`DROP TRIGGER search_vocabulary ON "${t}"`);
    await q.query(`DROP FUNCTION app_search_vocabulary_rebuild()`);
    await q.query(`DROP FUNCTION app_search_vocabulary_sync()`);
    await q.query(`DROP FUNCTION app_search_scopes(text, jsonb)`);
    await q.query(`DROP FUNCTION app_search_text(text, jsonb)`);
    await q.query(`DROP FUNCTION app_search_words(text)`);
    await q.query(`DROP TABLE "search_vocabulary"`);
    await q.query(`DROP INDEX "public"."ix_lessons_search_shared"`);
    for (const t of TABLES) {
      await q.query(`DROP INDEX "public"."ix_${t}_search"`);
      await q.query(`DROP TRIGGER search_vector ON "${t}"`);
      await q.query(`DROP FUNCTION app_${t}_search_vector()`);
      await q.query(`ALTER TABLE "${t}" DROP COLUMN "search_vector"`);
    }
    await q.query(`DROP FUNCTION app_search_vector(text, text, text)`);
    // The extensions stay: other objects may use them, and dropping them needs their owner.
  }
}
