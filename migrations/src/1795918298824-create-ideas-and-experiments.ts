import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdeasAndExperiments1795918298824 implements MigrationInterface {
  name = 'CreateIdeasAndExperiments1795918298824';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "ideas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(140) NOT NULL, "need_whose" text NOT NULL DEFAULT '', "need_observed" text NOT NULL DEFAULT '', "proposal" text NOT NULL DEFAULT '', "benefit" text NOT NULL DEFAULT '', "actions" text array NOT NULL DEFAULT '{}', "sdgs" smallint array NOT NULL DEFAULT '{}', "theme" character varying(40), "hide_author" boolean NOT NULL DEFAULT false, "state" character varying(20) NOT NULL, "version" integer NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "decision_reason" text, "experiment_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ab43f1e9b1cef0d8f3e56ce3a3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_ideas_author" ON "ideas"  ("author_id", "created_at") `);
    await q.query(`CREATE INDEX "ix_ideas_unit_state" ON "ideas"  ("unit_id", "state") `);
    await q.query(
      `CREATE INDEX "ix_ideas_organisation_state_submitted" ON "ideas"  ("organisation_id", "state", "submitted_at") `,
    );
    await q.query(
      `CREATE TABLE "idea_backings" ("idea_id" uuid NOT NULL, "person_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c4da1a047efd2805e4936982e6b" PRIMARY KEY ("idea_id", "person_id"))`,
    );
    await q.query(`CREATE INDEX "ix_idea_backings_person" ON "idea_backings"  ("person_id") `);
    await q.query(
      `CREATE TABLE "idea_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "idea_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bb6fb9903083d17339dec306d86" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_idea_comments_idea" ON "idea_comments"  ("idea_id", "created_at") `);
    await q.query(
      `CREATE TABLE "experiments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "idea_id" uuid, "title" character varying(140) NOT NULL, "summary" text NOT NULL DEFAULT '', "owner_id" uuid NOT NULL, "state" character varying(20) NOT NULL, "version" integer NOT NULL, "change" text NOT NULL DEFAULT '', "target_group" text NOT NULL DEFAULT '', "expected_effect" text NOT NULL DEFAULT '', "metric" text NOT NULL DEFAULT '', "baseline" double precision, "target" double precision, "by_date" date, "acceptable_loss" text NOT NULL DEFAULT '', "hours" numeric(10,1), "nok" bigint, "affects_employees" boolean NOT NULL DEFAULT false, "actions" text array NOT NULL DEFAULT '{}', "sdgs" smallint array NOT NULL DEFAULT '{}', "theme" character varying(40), "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "result" character varying(20), "stop_reason" text, "card_believed" text, "card_observed" text, "card_learned" text, "card_next_step" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aafe1321d916fac58ba06ad8178" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_experiments_owner" ON "experiments"  ("owner_id") `);
    await q.query(`CREATE INDEX "ix_experiments_unit" ON "experiments"  ("unit_id") `);
    await q.query(
      `CREATE INDEX "ix_experiments_organisation_state" ON "experiments"  ("organisation_id", "state", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "experiment_members" ("experiment_id" uuid NOT NULL, "person_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d75f899299dcabbbf805dea26d" PRIMARY KEY ("experiment_id", "person_id"))`,
    );
    await q.query(`CREATE INDEX "ix_experiment_members_person" ON "experiment_members"  ("person_id") `);
    await q.query(
      `CREATE TABLE "experiment_partners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "experiment_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "name" character varying(200) NOT NULL, "role" text NOT NULL DEFAULT '', "partner_organisation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1ef2f237ef8788a3b84e4b93ea" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_experiment_partners_experiment" ON "experiment_partners"  ("experiment_id") `,
    );
    await q.query(
      `CREATE TABLE "union_involvements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "experiment_id" uuid NOT NULL, "occurred_on" date NOT NULL, "who" text NOT NULL, "what_was_said" text NOT NULL, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_638520ca57723c01005e36541c5" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_union_involvements_experiment" ON "union_involvements"  ("experiment_id", "occurred_on") `,
    );
    await q.query(
      `CREATE TABLE "measurements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "experiment_id" uuid NOT NULL, "measured_on" date NOT NULL, "value" double precision NOT NULL, "note" text NOT NULL DEFAULT '', "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3c0e7812563f27fd68e8271661b" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_measurements_experiment" ON "measurements"  ("experiment_id", "measured_on") `,
    );
    await q.query(
      `CREATE TABLE "learning_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "experiment_id" uuid NOT NULL, "author_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "text" text NOT NULL, "prompt_id" character varying(40), "entry_date" date NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0224722e54be9259fd624436e1" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_learning_entries_experiment" ON "learning_entries"  ("experiment_id", "entry_date") `,
    );
    await q.query(
      `CREATE TABLE "learning_entry_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "version" integer NOT NULL, "kind" character varying(20) NOT NULL, "text" text NOT NULL, "prompt_id" character varying(40), "edited_by_id" uuid NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da48fcb7ae40fd853fe603d28ae" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_learning_entry_revisions_entry" ON "learning_entry_revisions"  ("entry_id", "version") `,
    );
    await q.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_notifications_person" ON "notifications"  ("person_id", "created_at") `);
    await q.query(`ALTER TABLE "persons" ADD "unit_id" uuid`);
    await q.query(
      `ALTER TABLE "persons" ADD CONSTRAINT "FK_8fd4c3decafae3a0c786a858965" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ideas" ADD CONSTRAINT "FK_c24aaa01b1aefcca9a1d080e320" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ideas" ADD CONSTRAINT "FK_0fb14c68e2ffebceed0e73150be" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ideas" ADD CONSTRAINT "FK_87e0014ad0cca8cfee604dfbcd4" FOREIGN KEY ("author_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "idea_backings" ADD CONSTRAINT "FK_3cb71f7c08d383d561fea5bd50b" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "idea_backings" ADD CONSTRAINT "FK_ca3ed1c15b7a1fcc76d76b27226" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "idea_comments" ADD CONSTRAINT "FK_82d70a0faa259a200c7d574c4ee" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "idea_comments" ADD CONSTRAINT "FK_413cff962d7c1f60ab29e43b47c" FOREIGN KEY ("author_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "experiments" ADD CONSTRAINT "FK_f4308c09f9a4931548878192cdf" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "experiments" ADD CONSTRAINT "FK_c5cb52b61b9b9ad9d52d7e79802" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "experiments" ADD CONSTRAINT "FK_c758d7fd8322755fbce066c3927" FOREIGN KEY ("owner_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "experiment_members" ADD CONSTRAINT "FK_6b3adda83a5a259273bd54d5a2c" FOREIGN KEY ("experiment_id") REFERENCES "experiments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "experiment_members" ADD CONSTRAINT "FK_1d4ad26ad16a0b1bd59d6b386bd" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "experiment_partners" ADD CONSTRAINT "FK_68315bb342d5eadc62552eb5c2f" FOREIGN KEY ("experiment_id") REFERENCES "experiments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "union_involvements" ADD CONSTRAINT "FK_b439a49897fd368f6760be381b7" FOREIGN KEY ("experiment_id") REFERENCES "experiments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurements" ADD CONSTRAINT "FK_ea859d3f226ae0077050130beb3" FOREIGN KEY ("experiment_id") REFERENCES "experiments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "learning_entries" ADD CONSTRAINT "FK_fc442cab1b59aebad17c7a2ed6d" FOREIGN KEY ("experiment_id") REFERENCES "experiments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "learning_entries" ADD CONSTRAINT "FK_a3b2d08ba944be11a44b25af031" FOREIGN KEY ("author_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "learning_entry_revisions" ADD CONSTRAINT "FK_58120e19c748de5b851d7a74eb3" FOREIGN KEY ("entry_id") REFERENCES "learning_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "learning_entry_revisions" DROP CONSTRAINT "FK_58120e19c748de5b851d7a74eb3"`);
    await q.query(`ALTER TABLE "learning_entries" DROP CONSTRAINT "FK_a3b2d08ba944be11a44b25af031"`);
    await q.query(`ALTER TABLE "learning_entries" DROP CONSTRAINT "FK_fc442cab1b59aebad17c7a2ed6d"`);
    await q.query(`ALTER TABLE "measurements" DROP CONSTRAINT "FK_ea859d3f226ae0077050130beb3"`);
    await q.query(`ALTER TABLE "union_involvements" DROP CONSTRAINT "FK_b439a49897fd368f6760be381b7"`);
    await q.query(`ALTER TABLE "experiment_partners" DROP CONSTRAINT "FK_68315bb342d5eadc62552eb5c2f"`);
    await q.query(`ALTER TABLE "experiment_members" DROP CONSTRAINT "FK_1d4ad26ad16a0b1bd59d6b386bd"`);
    await q.query(`ALTER TABLE "experiment_members" DROP CONSTRAINT "FK_6b3adda83a5a259273bd54d5a2c"`);
    await q.query(`ALTER TABLE "experiments" DROP CONSTRAINT "FK_c758d7fd8322755fbce066c3927"`);
    await q.query(`ALTER TABLE "experiments" DROP CONSTRAINT "FK_c5cb52b61b9b9ad9d52d7e79802"`);
    await q.query(`ALTER TABLE "experiments" DROP CONSTRAINT "FK_f4308c09f9a4931548878192cdf"`);
    await q.query(`ALTER TABLE "idea_comments" DROP CONSTRAINT "FK_413cff962d7c1f60ab29e43b47c"`);
    await q.query(`ALTER TABLE "idea_comments" DROP CONSTRAINT "FK_82d70a0faa259a200c7d574c4ee"`);
    await q.query(`ALTER TABLE "idea_backings" DROP CONSTRAINT "FK_ca3ed1c15b7a1fcc76d76b27226"`);
    await q.query(`ALTER TABLE "idea_backings" DROP CONSTRAINT "FK_3cb71f7c08d383d561fea5bd50b"`);
    await q.query(`ALTER TABLE "ideas" DROP CONSTRAINT "FK_87e0014ad0cca8cfee604dfbcd4"`);
    await q.query(`ALTER TABLE "ideas" DROP CONSTRAINT "FK_0fb14c68e2ffebceed0e73150be"`);
    await q.query(`ALTER TABLE "ideas" DROP CONSTRAINT "FK_c24aaa01b1aefcca9a1d080e320"`);
    await q.query(`ALTER TABLE "persons" DROP CONSTRAINT "FK_8fd4c3decafae3a0c786a858965"`);
    await q.query(`ALTER TABLE "persons" DROP COLUMN "unit_id"`);
    await q.query(`DROP INDEX "public"."ix_notifications_person"`);
    await q.query(`DROP TABLE "notifications"`);
    await q.query(`DROP INDEX "public"."ix_learning_entry_revisions_entry"`);
    await q.query(`DROP TABLE "learning_entry_revisions"`);
    await q.query(`DROP INDEX "public"."ix_learning_entries_experiment"`);
    await q.query(`DROP TABLE "learning_entries"`);
    await q.query(`DROP INDEX "public"."ix_measurements_experiment"`);
    await q.query(`DROP TABLE "measurements"`);
    await q.query(`DROP INDEX "public"."ix_union_involvements_experiment"`);
    await q.query(`DROP TABLE "union_involvements"`);
    await q.query(`DROP INDEX "public"."ix_experiment_partners_experiment"`);
    await q.query(`DROP TABLE "experiment_partners"`);
    await q.query(`DROP INDEX "public"."ix_experiment_members_person"`);
    await q.query(`DROP TABLE "experiment_members"`);
    await q.query(`DROP INDEX "public"."ix_experiments_organisation_state"`);
    await q.query(`DROP INDEX "public"."ix_experiments_unit"`);
    await q.query(`DROP INDEX "public"."ix_experiments_owner"`);
    await q.query(`DROP TABLE "experiments"`);
    await q.query(`DROP INDEX "public"."ix_idea_comments_idea"`);
    await q.query(`DROP TABLE "idea_comments"`);
    await q.query(`DROP INDEX "public"."ix_idea_backings_person"`);
    await q.query(`DROP TABLE "idea_backings"`);
    await q.query(`DROP INDEX "public"."ix_ideas_organisation_state_submitted"`);
    await q.query(`DROP INDEX "public"."ix_ideas_unit_state"`);
    await q.query(`DROP INDEX "public"."ix_ideas_author"`);
    await q.query(`DROP TABLE "ideas"`);
  }
}
