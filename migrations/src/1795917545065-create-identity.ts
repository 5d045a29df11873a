import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1795917545065 implements MigrationInterface {
  name = 'CreateIdentity1795917545065';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "actor_id" uuid, "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "action" character varying(60) NOT NULL, "before" jsonb, "after" jsonb, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_audit_events_organisation_at" ON "audit_events"  ("organisation_id", "at") `,
    );
    await q.query(
      `CREATE INDEX "ix_audit_events_entity" ON "audit_events"  ("entity_type", "entity_id", "at") `,
    );
    await q.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "name" character varying(200) NOT NULL, "organisation_number" character(9) NOT NULL, "kommunenummer" character(4), "fylkesnummer" character(2), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_organisations_organisation_number" ON "organisations"  ("organisation_number") `,
    );
    await q.query(
      `CREATE TABLE "persons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "password_hash" character varying(255), "locale" character varying(2) NOT NULL DEFAULT 'nb', "platform_admin" boolean NOT NULL DEFAULT false, "deactivated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_74278d8812a049233ce41440ac7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_persons_email" ON "persons"  ("email") `);
    await q.query(`CREATE INDEX "ix_persons_organisation" ON "persons"  ("organisation_id") `);
    await q.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "roles" jsonb NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_invitations_token_hash" ON "invitations"  ("token_hash") `);
    await q.query(`CREATE INDEX "ix_invitations_organisation" ON "invitations"  ("organisation_id") `);
    await q.query(
      `CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "parent_id" uuid, "name" character varying(120) NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_5a8f2f064919b587d93936cb223" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_units_organisation_parent" ON "units"  ("organisation_id", "parent_id") `,
    );
    await q.query(
      `CREATE TABLE "role_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" character varying(30) NOT NULL, "unit_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fc2df9835ac1d2a34839f113783" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_role_assignments_organisation" ON "role_assignments"  ("organisation_id") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_role_assignments_person_role_unit" ON "role_assignments"  ("person_id", "role", "unit_id") WHERE unit_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_role_assignments_person_role" ON "role_assignments"  ("person_id", "role") WHERE unit_id IS NULL`,
    );
    await q.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "person_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_sessions_token_hash" ON "sessions"  ("token_hash") `);
    await q.query(`CREATE INDEX "ix_sessions_person" ON "sessions"  ("person_id") `);
    await q.query(
      `CREATE TABLE "networks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(160) NOT NULL, "description" text NOT NULL DEFAULT '', "coordinator_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61b1ee921bf79550d9d4742b9f7" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "network_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "invited_by_id" uuid, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_by_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_de8ec57df455bec66217fd5744f" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_network_memberships_organisation" ON "network_memberships"  ("organisation_id") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_network_memberships_network_organisation" ON "network_memberships"  ("network_id", "organisation_id") `,
    );
    await q.query(
      `ALTER TABLE "persons" ADD CONSTRAINT "FK_a42de875e8bb090c68350e4c138" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_d4de0403dd012cf87b430af70ef" FOREIGN KEY ("invited_by_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "units" ADD CONSTRAINT "FK_369504fad69954d0969cd85afa1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "units" ADD CONSTRAINT "FK_e0d04b0849a3cde857ececa8adb" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "role_assignments" ADD CONSTRAINT "FK_ea83da32475dccf87b2702941bc" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "role_assignments" ADD CONSTRAINT "FK_a6cf1662cf8f40a90e5d6d91788" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_c3942eab830cae599a763e11557" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "networks" ADD CONSTRAINT "FK_7cf524b5d8c6f93d00b929a9eb8" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "networks" ADD CONSTRAINT "FK_c378a23a84b46e352a3f88ab321" FOREIGN KEY ("coordinator_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "network_memberships" ADD CONSTRAINT "FK_538e8b5f654409dbe3262329119" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "network_memberships" ADD CONSTRAINT "FK_18609e31e7e4f98e9fe9abee509" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "network_memberships" DROP CONSTRAINT "FK_18609e31e7e4f98e9fe9abee509"`);
    await q.query(`ALTER TABLE "network_memberships" DROP CONSTRAINT "FK_538e8b5f654409dbe3262329119"`);
    await q.query(`ALTER TABLE "networks" DROP CONSTRAINT "FK_c378a23a84b46e352a3f88ab321"`);
    await q.query(`ALTER TABLE "networks" DROP CONSTRAINT "FK_7cf524b5d8c6f93d00b929a9eb8"`);
    await q.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_c3942eab830cae599a763e11557"`);
    await q.query(`ALTER TABLE "role_assignments" DROP CONSTRAINT "FK_a6cf1662cf8f40a90e5d6d91788"`);
    await q.query(`ALTER TABLE "role_assignments" DROP CONSTRAINT "FK_ea83da32475dccf87b2702941bc"`);
    await q.query(`ALTER TABLE "units" DROP CONSTRAINT "FK_e0d04b0849a3cde857ececa8adb"`);
    await q.query(`ALTER TABLE "units" DROP CONSTRAINT "FK_369504fad69954d0969cd85afa1"`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_d4de0403dd012cf87b430af70ef"`);
    await q.query(`ALTER TABLE "persons" DROP CONSTRAINT "FK_a42de875e8bb090c68350e4c138"`);
    await q.query(`DROP INDEX "public"."uq_network_memberships_network_organisation"`);
    await q.query(`DROP INDEX "public"."ix_network_memberships_organisation"`);
    await q.query(`DROP TABLE "network_memberships"`);
    await q.query(`DROP TABLE "networks"`);
    await q.query(`DROP INDEX "public"."ix_sessions_person"`);
    await q.query(`DROP INDEX "public"."uq_sessions_token_hash"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP INDEX "public"."uq_role_assignments_person_role"`);
    await q.query(`DROP INDEX "public"."uq_role_assignments_person_role_unit"`);
    await q.query(`DROP INDEX "public"."ix_role_assignments_organisation"`);
    await q.query(`DROP TABLE "role_assignments"`);
    await q.query(`DROP INDEX "public"."ix_units_organisation_parent"`);
    await q.query(`DROP TABLE "units"`);
    await q.query(`DROP INDEX "public"."ix_invitations_organisation"`);
    await q.query(`DROP INDEX "public"."uq_invitations_token_hash"`);
    await q.query(`DROP TABLE "invitations"`);
    await q.query(`DROP INDEX "public"."ix_persons_organisation"`);
    await q.query(`DROP INDEX "public"."uq_persons_email"`);
    await q.query(`DROP TABLE "persons"`);
    await q.query(`DROP INDEX "public"."uq_organisations_organisation_number"`);
    await q.query(`DROP TABLE "organisations"`);
    await q.query(`DROP INDEX "public"."ix_audit_events_entity"`);
    await q.query(`DROP INDEX "public"."ix_audit_events_organisation_at"`);
    await q.query(`DROP TABLE "audit_events"`);
  }
}
