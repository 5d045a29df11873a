import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists that find things (issue 8): the ideas and experiments lists filter on a title
 * fragment (ILIKE '%…%', served by trigram GIN indexes) and the ideas list sorts by backing.
 * `ideas.backing_count` is kept by a trigger on idea_backings (the app never writes it), so
 * "most backed" is keyset-paginated on an index rather than counted per request.
 */
export class ListFilters1796270000000 implements MigrationInterface {
  name = 'ListFilters1796270000000';

  async up(q: QueryRunner): Promise<void> {
    // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`ALTER TABLE "ideas" ADD "backing_count" integer NOT NULL DEFAULT '0'`);
    await q.query(
      `UPDATE "ideas" i SET "backing_count" = (SELECT count(*) FROM "idea_backings" b WHERE b."idea_id" = i."id")`,
    );
    // SECURITY INVOKER: it updates the idea as the person backing it, under the same row-level security.
    await q.query(`CREATE FUNCTION app_count_idea_backing() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE public.ideas SET backing_count = backing_count + 1 WHERE id = NEW.idea_id;
        ELSE
          UPDATE public.ideas SET backing_count = backing_count - 1 WHERE id = OLD.idea_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER idea_backings_count AFTER INSERT OR DELETE ON "idea_backings" FOR EACH ROW EXECUTE FUNCTION app_count_idea_backing()`,
    );
    await q.query(
      `CREATE INDEX "ix_ideas_organisation_backed" ON "ideas" ("organisation_id", "backing_count" DESC, "created_at" DESC, "id" DESC)`,
    );
    await q.query(`CREATE INDEX "ix_ideas_title_trgm" ON "ideas" USING gin ("title" gin_trgm_ops)`);
    await q.query(
      `CREATE INDEX "ix_experiments_title_trgm" ON "experiments" USING gin ("title" gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_experiments_title_trgm"`);
    await q.query(`DROP INDEX "ix_ideas_title_trgm"`);
    await q.query(`DROP INDEX "ix_ideas_organisation_backed"`);
    await q.query(`DROP TRIGGER idea_backings_count ON "idea_backings"`);
    await q.query(`DROP FUNCTION app_count_idea_backing()`);
    await q.query(`ALTER TABLE "ideas" DROP COLUMN "backing_count"`);
    // pg_trgm stays: another object may use it.
  }
}
