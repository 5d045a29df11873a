import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'laerekraft_app';
const DOOR = 'laerekraft_door';
const ORG = `NULLIF(current_setting('app.organisation_id', true), '')::uuid`;
const ME = `NULLIF(current_setting('app.person_id', true), '')::uuid`;

/** The networks organisation `o` runs or is a member of (app_member_network_ids, for any organisation). */
const memberNetworksOf = (o: string) =>
  `ARRAY(SELECT n.id FROM public.networks n WHERE n.organisation_id = ${o}
         UNION SELECT mm.network_id FROM public.network_memberships mm WHERE mm.organisation_id = ${o} AND mm.status = 'MEMBER')`;

const FUNCTIONS = [
  'app_notify_lesson_followers(uuid, text, jsonb)',
  'app_notify_network_followers(uuid, text, text, uuid, jsonb)',
];

/**
 * Following (issue 7, "Follow and notifications"): a person follows an idea, experiment,
 * lesson, challenge or network. A follow row belongs to the follower's organisation and is
 * seen only there (row-level security from this first migration). Followers in the same
 * organisation as a change are told through the ordinary, RLS-bound path; the two events
 * whose followers may sit in other organisations go through one SECURITY DEFINER function each,
 * which check visibility themselves (docs/security.md):
 * - app_notify_lesson_followers: a lesson's own organisation tells the lesson's followers
 *   (withdrawn: everyone who followed it; anything else: only followers who may still see it);
 * - app_notify_network_followers: a member of a network tells the network's followers in
 *   member organisations of a new lesson or challenge there.
 * Both never tell the caller, skip deactivated people and return the rows they wrote, so the
 * service can deliver them after commit.
 */
export class CreateFollows1796240000000 implements MigrationInterface {
  name = 'CreateFollows1796240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "follows" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "subject_type" character varying(20) NOT NULL, "subject_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8988f607744e16ff79da3b8a627" PRIMARY KEY ("id"), CONSTRAINT "ck_follows_subject_type" CHECK (subject_type IN ('IDEA', 'EXPERIMENT', 'LESSON', 'CHALLENGE', 'NETWORK')))`,
    );
    await q.query(`CREATE INDEX "ix_follows_subject" ON "follows"  ("subject_type", "subject_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_follows_person_subject" ON "follows"  ("person_id", "subject_type", "subject_id") `,
    );
    await q.query(
      `ALTER TABLE "follows" ADD CONSTRAINT "FK_c0131c2a21c5e49126f051c0bc9" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "follows" ADD CONSTRAINT "FK_7098d5159a8e19588473ee5b8a2" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The notification centre reads a person's newest first and counts the unread.
    await q.query(
      `CREATE INDEX "ix_notifications_unread" ON "notifications" ("person_id") WHERE read_at IS NULL`,
    );

    await q.query(`CREATE FUNCTION app_notify_lesson_followers(p_lesson uuid, p_kind text, p_payload jsonb)
      RETURNS SETOF public.notifications
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        WITH l AS (
          -- Only the lesson's own organisation changes it, so only it tells the followers.
          SELECT l.* FROM public.lessons l WHERE l.id = p_lesson AND l.organisation_id = ${ORG}
        )
        INSERT INTO public.notifications (organisation_id, person_id, kind, subject_type, subject_id, payload)
        SELECT f.organisation_id, f.person_id, p_kind, 'LESSON', l.id, coalesce(p_payload, '{}')
          FROM l
          JOIN public.follows f ON f.subject_type = 'LESSON' AND f.subject_id = l.id
          JOIN public.persons p ON p.id = f.person_id AND p.organisation_id = f.organisation_id AND p.deactivated_at IS NULL
         WHERE f.person_id IS DISTINCT FROM ${ME}
           AND (p_kind = 'lesson.withdrawn'
                OR f.organisation_id = l.organisation_id
                OR (l.state = 'PUBLISHED' AND (l.reach = 'PUBLIC'
                    OR (l.reach = 'NETWORK' AND l.network_ids && ${memberNetworksOf('f.organisation_id')}))))
        RETURNING notifications.* $$`);

    await q.query(`CREATE FUNCTION app_notify_network_followers(p_network uuid, p_kind text, p_subject_type text, p_subject_id uuid, p_payload jsonb)
      RETURNS SETOF public.notifications
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        INSERT INTO public.notifications (organisation_id, person_id, kind, subject_type, subject_id, payload)
        SELECT f.organisation_id, f.person_id, p_kind, p_subject_type, p_subject_id, coalesce(p_payload, '{}')
          FROM public.follows f
          JOIN public.persons p ON p.id = f.person_id AND p.organisation_id = f.organisation_id AND p.deactivated_at IS NULL
         WHERE f.subject_type = 'NETWORK' AND f.subject_id = p_network
           AND f.person_id IS DISTINCT FROM ${ME}
           -- The caller's organisation is in the network (it runs it or is a member) ...
           AND p_network = ANY(public.app_member_network_ids())
           -- ... and so is each follower's, today (a follow outlives a membership, the notice does not).
           AND p_network = ANY(${memberNetworksOf('f.organisation_id')})
           -- A lesson must be the caller's own, published to that network.
           AND (lower(p_subject_type) <> 'lesson' OR EXISTS (
                SELECT 1 FROM public.lessons l
                 WHERE l.id = p_subject_id AND l.organisation_id = ${ORG} AND l.state = 'PUBLISHED'
                   AND l.reach = 'NETWORK' AND p_network = ANY(l.network_ids)))
        RETURNING notifications.* $$`);
    for (const f of FUNCTIONS) {
      await q.query(`REVOKE ALL ON FUNCTION ${f} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${f} TO ${APP}, ${DOOR}`);
    }

    const own = `organisation_id = ${ORG}`;
    await q.query(`CREATE POLICY tenant ON follows USING (${own}) WITH CHECK (${own})`);
    await q.query(`ALTER TABLE follows ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE follows FORCE ROW LEVEL SECURITY`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE follows NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE follows DISABLE ROW LEVEL SECURITY`);
    await q.query(`DROP POLICY tenant ON follows`);
    for (const f of [...FUNCTIONS].reverse()) await q.query(`DROP FUNCTION ${f}`);
    await q.query(`DROP INDEX "public"."ix_notifications_unread"`);
    await q.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_7098d5159a8e19588473ee5b8a2"`);
    await q.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_c0131c2a21c5e49126f051c0bc9"`);
    await q.query(`DROP INDEX "public"."uq_follows_person_subject"`);
    await q.query(`DROP INDEX "public"."ix_follows_subject"`);
    await q.query(`DROP TABLE "follows"`);
  }
}
