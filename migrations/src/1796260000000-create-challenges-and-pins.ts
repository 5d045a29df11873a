import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'laerekraft_app';
const DOOR = 'laerekraft_door';
const ORG = `NULLIF(current_setting('app.organisation_id', true), '')::uuid`;
const MEMBER = (col: string) => `${col} = ANY((SELECT public.app_member_network_ids())::uuid[])`;
/** The same predicate as the lessons' `shared` policy (create-lessons), for use without RLS. */
const SHARED = (t: string) =>
  `${t}.state = 'PUBLISHED' AND (${t}.reach = 'PUBLIC' OR (${t}.reach = 'NETWORK' AND ${t}.network_ids && (SELECT public.app_member_network_ids())))`;

/**
 * Networks and challenges (issue 7, "Networks"), with row-level security from the start:
 * - network_pins: a coordinator's pin with a note on a lesson shared to the network. Members of
 *   the network see them; only the organisation that runs the network writes them, and only on
 *   a lesson published to that network;
 * - challenges: an organisation challenge (network_id null) is seen in its organisation; a
 *   network challenge by the network's members; the poster's organisation writes;
 * - ideas.challenge_id: the challenge an idea answers;
 * - app_challenge_reach: per member organisation, how many ideas, experiments and lessons
 *   came of a network challenge, and the ids of those lessons the caller may see: answered
 *   only to a member of the challenge's network (nothing to anyone else).
 */
export class CreateChallengesAndPins1796260000000 implements MigrationInterface {
  name = 'CreateChallengesAndPins1796260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "network_id" uuid, "title" character varying(140) NOT NULL, "need" text NOT NULL, "concerns" character varying(500) NOT NULL, "deadline" date NOT NULL, "state" character varying(20) NOT NULL, "created_by_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_challenges" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_challenges_organisation" ON "challenges" ("organisation_id", "created_at" DESC, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "ix_challenges_network" ON "challenges" ("network_id", "created_at" DESC, "id" DESC) WHERE network_id IS NOT NULL`,
    );
    await q.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "FK_0e4be0aa6a0913c2739e23698ab" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "FK_2dab457f85abbb9811376f25855" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "FK_a94abe45e0cf677ccb9222219a9" FOREIGN KEY ("created_by_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(`ALTER TABLE "ideas" ADD "challenge_id" uuid`);
    await q.query(
      `CREATE INDEX "ix_ideas_challenge" ON "ideas" ("challenge_id") WHERE challenge_id IS NOT NULL`,
    );
    await q.query(
      `ALTER TABLE "ideas" ADD CONSTRAINT "FK_00ba8d0b70eeb5e0708c101d479" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(
      `CREATE TABLE "network_pins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "network_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "note" text NOT NULL DEFAULT '', "pinned_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_network_pins" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_network_pins" ON "network_pins" ("network_id", "lesson_id")`);
    for (const [col, ref, name] of [
      ['organisation_id', 'organisations', 'FK_6e0ee8ff08d2c9ee49ab366664f'],
      ['network_id', 'networks', 'FK_7475761051b3a2c67da5c1d7130'],
      ['lesson_id', 'lessons', 'FK_ab4e7c63b01a4538d4ac28ddfe8'],
      ['pinned_by_id', 'persons', 'FK_9e2e2b138c3fb7626e020d07be6'],
    ]) {
      await q.query(
        `ALTER TABLE "network_pins" ADD CONSTRAINT "${name}" FOREIGN KEY ("${col}") REFERENCES "${ref}"("id") ON DELETE ${col === 'lesson_id' || col === 'network_id' ? 'CASCADE' : 'RESTRICT'} ON UPDATE NO ACTION`,
      );
    }

    await q.query(`CREATE FUNCTION app_challenge_reach(p_challenge uuid)
      RETURNS TABLE (organisation_id uuid, ideas int, experiments int, running int, lessons int, lesson_ids uuid[])
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        WITH c AS (
          SELECT c.id FROM public.challenges c
           WHERE c.id = p_challenge AND c.network_id IS NOT NULL AND ${MEMBER('c.network_id')}
        ), i AS (
          SELECT i.organisation_id, i.experiment_id FROM public.ideas i JOIN c ON i.challenge_id = c.id
           WHERE i.state <> 'DRAFT'
        )
        SELECT i.organisation_id,
               count(*)::int,
               count(e.id)::int,
               count(e.id) FILTER (WHERE e.state = 'RUNNING')::int,
               count(l.id) FILTER (WHERE l.state = 'PUBLISHED')::int,
               coalesce(array_agg(l.id) FILTER (WHERE ${SHARED('l')}), '{}')
          FROM i
          LEFT JOIN public.experiments e ON e.id = i.experiment_id
          LEFT JOIN public.lessons l ON l.experiment_id = e.id
         GROUP BY i.organisation_id $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_challenge_reach(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_challenge_reach(uuid) TO ${APP}, ${DOOR}`);

    const own = `organisation_id = ${ORG}`;
    await q.query(`CREATE POLICY tenant ON challenges USING (${own}) WITH CHECK (${own})`);
    await q.query(
      `CREATE POLICY network_member ON challenges FOR SELECT USING (network_id IS NOT NULL AND ${MEMBER('network_id')})`,
    );
    // A network challenge is posted by the organisation that runs the network.
    await q.query(
      `CREATE POLICY network_poster ON challenges AS RESTRICTIVE FOR INSERT WITH CHECK (network_id IS NULL OR network_id = ANY((SELECT public.app_coordinated_network_ids())::uuid[]))`,
    );

    const coordinated = `network_id = ANY((SELECT public.app_coordinated_network_ids())::uuid[])`;
    await q.query(`CREATE POLICY see ON network_pins FOR SELECT USING (${MEMBER('network_id')})`);
    await q.query(
      `CREATE POLICY pin ON network_pins FOR INSERT WITH CHECK (${own} AND ${coordinated} AND EXISTS (SELECT 1 FROM lessons l WHERE l.id = lesson_id AND l.state = 'PUBLISHED' AND l.reach = 'NETWORK' AND network_pins.network_id = ANY(l.network_ids)))`,
    );
    await q.query(
      `CREATE POLICY note ON network_pins FOR UPDATE USING (${own} AND ${coordinated}) WITH CHECK (${own} AND ${coordinated})`,
    );
    await q.query(`CREATE POLICY unpin ON network_pins FOR DELETE USING (${own} AND ${coordinated})`);
    await q.query(`REVOKE UPDATE ON network_pins FROM ${APP}`);
    await q.query(`GRANT UPDATE (note, pinned_by_id, updated_at) ON network_pins TO ${APP}`);

    for (const t of ['challenges', 'network_pins']) {
      await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['challenges', 'network_pins']) {
      await q.query(`ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t} DISABLE ROW LEVEL SECURITY`);
    }
    for (const p of ['see', 'pin', 'note', 'unpin']) await q.query(`DROP POLICY ${p} ON network_pins`);
    for (const p of ['tenant', 'network_member', 'network_poster'])
      await q.query(`DROP POLICY ${p} ON challenges`);
    await q.query(`DROP FUNCTION app_challenge_reach(uuid)`);
    await q.query(`DROP TABLE "network_pins"`);
    await q.query(`ALTER TABLE "ideas" DROP CONSTRAINT "FK_00ba8d0b70eeb5e0708c101d479"`);
    await q.query(`DROP INDEX "public"."ix_ideas_challenge"`);
    await q.query(`ALTER TABLE "ideas" DROP COLUMN "challenge_id"`);
    await q.query(`DROP TABLE "challenges"`);
  }
}
