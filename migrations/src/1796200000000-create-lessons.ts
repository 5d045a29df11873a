import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'laerekraft_app';
const DOOR = 'laerekraft_door';
const ORG = `NULLIF(current_setting('app.organisation_id', true), '')::uuid`;

/**
 * Who may see a published lesson outside its organisation: everyone for PUBLIC (also with no
 * tenant: the public pages and open data), members of one of its networks for NETWORK.
 * The same predicate is written once more, in app_notify_lesson_team, which must decide
 * without row-level security.
 */
const SHARED = (t: string) =>
  `${t}.state = 'PUBLISHED' AND (${t}.reach = 'PUBLIC' OR (${t}.reach = 'NETWORK' AND ${t}.network_ids && (SELECT public.app_member_network_ids())))`;

/**
 * Lessons and the lineage of their adoptions (issue 7, "Lessons" and "Adoption and spread").
 * Row-level security from the first migration:
 * - lessons: the organisation sees and writes its own; anyone else sees a published lesson
 *   whose reach includes them (network members, or everyone for PUBLIC);
 * - adoptions: the adopting organisation sees and writes its own; anyone who may see a lesson
 *   in an adoption's lineage sees that it exists (organisation, state), so the source lesson
 *   can count its replications; the result crosses only through the adoption's own lesson;
 * - a cross-border notice to a lesson's team goes through app_notify_lesson_team, which
 *   checks that the caller may see the lesson.
 */
export class CreateLessons1796200000000 implements MigrationInterface {
  name = 'CreateLessons1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "lessons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "experiment_id" uuid NOT NULL, "state" character varying(20) NOT NULL, "reach" character varying(20) NOT NULL, "network_ids" uuid array NOT NULL DEFAULT '{}', "version" integer NOT NULL, "title" character varying(140) NOT NULL, "summary" text NOT NULL DEFAULT '', "what_worked" text NOT NULL DEFAULT '', "what_did_not" text NOT NULL DEFAULT '', "advice" text NOT NULL DEFAULT '', "conditions" text NOT NULL DEFAULT '', "tags" text array NOT NULL DEFAULT '{}', "contact_person_id" uuid, "contact_name" character varying(200), "experiment_state" character varying(20) NOT NULL, "result" character varying(20), "actions" text array NOT NULL DEFAULT '{}', "sdgs" smallint array NOT NULL DEFAULT '{}', "theme" character varying(40), "partner_kinds" text array NOT NULL DEFAULT '{}', "experiment_summary" jsonb NOT NULL DEFAULT '{}', "adoption_count" integer NOT NULL DEFAULT '0', "created_by_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b9a8d455cac672d262d7275730" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_lessons_experiment" ON "lessons"  ("experiment_id") `);
    await q.query(
      `CREATE TABLE "adoptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "experiment_id" uuid, "idea_id" uuid, "source_lesson_id" uuid NOT NULL, "source_organisation_id" uuid NOT NULL, "lineage" uuid array NOT NULL, "state" character varying(20) NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f3897fdb8f8f34600711b59183b" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_adoptions_idea" ON "adoptions"  ("idea_id") WHERE idea_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_adoptions_experiment" ON "adoptions"  ("experiment_id") WHERE experiment_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "ix_adoptions_source" ON "adoptions"  ("source_lesson_id") `);
    await q.query(`ALTER TABLE "ideas" ADD "source_lesson_id" uuid`);
    await q.query(`ALTER TABLE "experiments" ADD "source_lesson_id" uuid`);
    await q.query(
      `ALTER TABLE "lessons" ADD CONSTRAINT "FK_c471b6f7b62ff548237f5fd7cf0" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "lessons" ADD CONSTRAINT "FK_39961b42dac48e49c106e5fec24" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "lessons" ADD CONSTRAINT "FK_2d7dc9d12bbf8aa50834ed0a28d" FOREIGN KEY ("experiment_id") REFERENCES "experiments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "adoptions" ADD CONSTRAINT "FK_8f89ae500f9c81ae69caa1e04d4" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "adoptions" ADD CONSTRAINT "FK_c57ba9f040f8c801b0e988eeaf4" FOREIGN KEY ("source_lesson_id") REFERENCES "lessons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // Lists: the organisation's own newest first; shared lessons newest first; by network; lineage.
    await q.query(
      `CREATE INDEX "ix_lessons_organisation_created" ON "lessons" ("organisation_id", "created_at" DESC, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "ix_lessons_shared" ON "lessons" ("reach", "published_at" DESC, "id" DESC) WHERE state = 'PUBLISHED'`,
    );
    await q.query(`CREATE INDEX "ix_lessons_networks" ON "lessons" USING gin ("network_ids")`);
    await q.query(`CREATE INDEX "ix_adoptions_lineage" ON "adoptions" USING gin ("lineage")`);

    // Networks the current organisation is a member of or runs: where its lessons may go and
    // whose shared lessons it reads (an invitation alone is not membership).
    await q.query(`CREATE FUNCTION app_member_network_ids() RETURNS uuid[]
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT coalesce(array_agg(id), '{}') FROM (
          SELECT n.id FROM public.networks n WHERE n.organisation_id = ${ORG}
          UNION
          SELECT mm.network_id FROM public.network_memberships mm
           WHERE mm.organisation_id = ${ORG} AND mm.status = 'MEMBER') s $$`);

    // Tell a lesson's team (the experiment's owner and members, and the lesson's writer) across
    // the border, e.g. that their lesson was adopted. Only for a lesson the caller may see;
    // never the caller. Returns the notices written, for delivery after commit.
    await q.query(`CREATE FUNCTION app_notify_lesson_team(p_lesson uuid, p_kind text, p_subject_type text, p_subject_id uuid, p_payload jsonb)
      RETURNS TABLE (id uuid, person_id uuid, organisation_id uuid)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        WITH l AS (
          SELECT l.* FROM public.lessons l
           WHERE l.id = p_lesson AND (l.organisation_id = ${ORG} OR (${SHARED('l')}))
        ), team AS (
          SELECT e.owner_id AS person_id, l.organisation_id FROM l JOIN public.experiments e ON e.id = l.experiment_id
          UNION SELECT m.person_id, l.organisation_id FROM l JOIN public.experiment_members m ON m.experiment_id = l.experiment_id
          UNION SELECT l.created_by_id, l.organisation_id FROM l
        )
        INSERT INTO public.notifications (organisation_id, person_id, kind, subject_type, subject_id, payload)
        SELECT t.organisation_id, t.person_id, p_kind, p_subject_type, p_subject_id, coalesce(p_payload, '{}')
          FROM team t JOIN public.persons p ON p.id = t.person_id AND p.deactivated_at IS NULL
         WHERE t.person_id IS DISTINCT FROM NULLIF(current_setting('app.person_id', true), '')::uuid
        RETURNING notifications.id, notifications.person_id, notifications.organisation_id $$`);
    for (const f of ['app_member_network_ids()', 'app_notify_lesson_team(uuid, text, text, uuid, jsonb)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${f} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${f} TO ${APP}, ${DOOR}`);
    }

    const own = `organisation_id = ${ORG}`;
    await q.query(`CREATE POLICY tenant ON lessons USING (${own}) WITH CHECK (${own})`);
    await q.query(`CREATE POLICY shared ON lessons FOR SELECT USING (${SHARED('lessons')})`);
    await q.query(`CREATE POLICY tenant ON adoptions USING (${own}) WITH CHECK (${own})`);
    await q.query(
      `CREATE POLICY lineage ON adoptions FOR SELECT USING (EXISTS (SELECT 1 FROM lessons l WHERE l.id = ANY(adoptions.lineage)))`,
    );
    for (const t of ['lessons', 'adoptions']) {
      await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['lessons', 'adoptions']) {
      await q.query(`ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t} DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`DROP POLICY lineage ON adoptions`);
    await q.query(`DROP POLICY tenant ON adoptions`);
    await q.query(`DROP POLICY shared ON lessons`);
    await q.query(`DROP POLICY tenant ON lessons`);
    await q.query(`DROP FUNCTION app_notify_lesson_team(uuid, text, text, uuid, jsonb)`);
    await q.query(`DROP FUNCTION app_member_network_ids()`);
    await q.query(`DROP INDEX "public"."ix_adoptions_lineage"`);
    await q.query(`DROP INDEX "public"."ix_lessons_networks"`);
    await q.query(`DROP INDEX "public"."ix_lessons_shared"`);
    await q.query(`DROP INDEX "public"."ix_lessons_organisation_created"`);
    await q.query(`ALTER TABLE "adoptions" DROP CONSTRAINT "FK_c57ba9f040f8c801b0e988eeaf4"`);
    await q.query(`ALTER TABLE "adoptions" DROP CONSTRAINT "FK_8f89ae500f9c81ae69caa1e04d4"`);
    await q.query(`ALTER TABLE "lessons" DROP CONSTRAINT "FK_2d7dc9d12bbf8aa50834ed0a28d"`);
    await q.query(`ALTER TABLE "lessons" DROP CONSTRAINT "FK_39961b42dac48e49c106e5fec24"`);
    await q.query(`ALTER TABLE "lessons" DROP CONSTRAINT "FK_c471b6f7b62ff548237f5fd7cf0"`);
    await q.query(`ALTER TABLE "experiments" DROP COLUMN "source_lesson_id"`);
    await q.query(`ALTER TABLE "ideas" DROP COLUMN "source_lesson_id"`);
    await q.query(`DROP INDEX "public"."ix_adoptions_source"`);
    await q.query(`DROP INDEX "public"."uq_adoptions_experiment"`);
    await q.query(`DROP INDEX "public"."uq_adoptions_idea"`);
    await q.query(`DROP TABLE "adoptions"`);
    await q.query(`DROP INDEX "public"."uq_lessons_experiment"`);
    await q.query(`DROP TABLE "lessons"`);
  }
}
