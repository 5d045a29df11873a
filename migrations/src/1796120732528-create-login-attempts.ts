import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLoginAttempts1796120732528 implements MigrationInterface {
  name = 'CreateLoginAttempts1796120732528';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "login_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_hash" character(64) NOT NULL, "client_address" character varying(64) NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_070e613c8f768b1a70742705c5b" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_login_attempts_address" ON "login_attempts"  ("client_address", "failed_at") `,
    );
    await q.query(
      `CREATE INDEX "ix_login_attempts_account" ON "login_attempts"  ("account_hash", "failed_at") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_login_attempts_account"`);
    await q.query(`DROP INDEX "public"."ix_login_attempts_address"`);
    await q.query(`DROP TABLE "login_attempts"`);
  }
}
