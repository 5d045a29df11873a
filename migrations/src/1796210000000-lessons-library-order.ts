import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lesson library's order (newest published first, a draft by when it was written) as an
 * index, so a page of 20 walks the index under the visibility filter and stops, instead of
 * sorting every lesson the reader might see: measured at 20 000 lessons, the list for an
 * author went from about 200 ms to about 9 ms (docs/spread.md, "Lessons").
 */
export class LessonsLibraryOrder1796210000000 implements MigrationInterface {
  name = 'LessonsLibraryOrder1796210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_lessons_library" ON "lessons" ((coalesce(published_at, created_at)) DESC, "id" DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_lessons_library"`);
  }
}
