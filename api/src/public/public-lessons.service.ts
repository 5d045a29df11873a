import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Db } from '../core/database/db.service.js';
import { DomainError } from '../core/errors/domain-error.js';
import { pageSize, type Page } from '../core/graphql/pagination.js';
import { ROLLUP_SQL, type RollupRow } from '../lessons/rollup.js';
import { mapPublicLesson, type PublicLessonModel } from './models/public-lesson.model.js';
import {
  PUBLIC_LESSON,
  PUBLIC_LESSON_COLUMNS,
  PUBLIC_LESSON_FROM,
  type PublicLessonRow,
} from './public-lessons.sql.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A keyset position: published_at to the microsecond (as PostgreSQL has it) and the id. */
export interface PublicCursor {
  at: string;
  id: string;
}

export const encodePublicCursor = (c: PublicCursor) => Buffer.from(`${c.at}|${c.id}`).toString('base64url');

function decodePublicCursor(s: string | null | undefined): PublicCursor | null {
  if (!s) return null;
  const [at, id, ...rest] = Buffer.from(s, 'base64url').toString().split('|');
  if (!at || !INSTANT.test(at) || !id || !UUID.test(id) || rest.length)
    throw DomainError.validation(
      [{ field: 'after', message: 'invalidCursor' }],
      'The page cursor is not valid',
    );
  return { at, id };
}

const cursorOf = (l: PublicLessonModel): PublicCursor => ({ at: l.cursorKey, id: l.id });

/** Fingerprint of everything the open data shows, for ETag and Last-Modified. */
export interface PublicFreshness {
  lessons: number;
  adoptions: number;
  lastModified: Date | null;
}

/**
 * Lessons published to the public, read as nobody: with no tenant (the caller is
 * `@Anonymous`, open data runs outside any request's unit of work), so row-level security
 * alone would already hide every other lesson, every experiment and every person; the SQL
 * says PUBLISHED and PUBLIC as well. Each read is the lessons with their organisation in one
 * statement and the roll-up of those lessons in one more (`ROLLUP_SQL`).
 */
@Injectable()
export class PublicLessonsService {
  constructor(private readonly db: Db) {}

  /** A public lesson, or NOT_FOUND, the same for a draft, a withdrawn, a non-public and no lesson. */
  async lesson(id: string): Promise<PublicLessonModel> {
    const found = UUID.test(id) ? await this.db.run(null, (m) => this.byId(m, id.toLowerCase())) : null;
    if (!found) throw DomainError.notFound('Lesson');
    return found;
  }

  /** The same, for the HTML head of a public page: null where the page is a 404. */
  async find(id: string): Promise<PublicLessonModel | null> {
    if (!UUID.test(id)) return null;
    return this.anonymously((m) => this.byId(m, id.toLowerCase()));
  }

  /** Newest published first, keyset-paginated. */
  async page(
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<PublicLessonModel>> {
    const size = pageSize(first);
    const cursor = decodePublicCursor(after);
    const rows = await this.db.run(null, (m) => this.read(m, { cursor, limit: size + 1, order: 'DESC' }));
    const hasNextPage = rows.length > size;
    const nodes = hasNextPage ? rows.slice(0, size) : rows;
    const last = nodes.at(-1);
    return { nodes, pageInfo: { hasNextPage, endCursor: last ? encodePublicCursor(cursorOf(last)) : null } };
  }

  /**
   * One batch of the open data, oldest published first (so a lesson published while an export
   * runs comes at its end rather than being skipped), each in its own short read-only
   * transaction: a slow download holds no connection between batches.
   */
  batch(after: PublicCursor | null, size: number): Promise<PublicLessonModel[]> {
    return this.anonymously((m) => this.read(m, { cursor: after, limit: size, order: 'ASC' }));
  }

  /** How many public lessons and adoptions below them, and when any of them last changed. */
  freshness(): Promise<PublicFreshness> {
    return this.anonymously(async (m) => {
      // With no tenant, row-level security shows exactly the adoptions in a public lesson's lineage.
      const [r]: Array<{ lessons: number; adoptions: number; last: Date | null }> = await m.query(
        `SELECT (SELECT count(*) FROM lessons l WHERE ${PUBLIC_LESSON})::int AS lessons,
                (SELECT count(*) FROM adoptions)::int AS adoptions,
                greatest((SELECT max(l.updated_at) FROM lessons l WHERE ${PUBLIC_LESSON}),
                         (SELECT max(updated_at) FROM adoptions)) AS last`,
      );
      return { lessons: r.lessons, adoptions: r.adoptions, lastModified: r.last };
    });
  }

  private async byId(m: EntityManager, id: string): Promise<PublicLessonModel | null> {
    const [found] = await this.read(m, { id, limit: 1, order: 'DESC' });
    return found ?? null;
  }

  private async read(
    m: EntityManager,
    q: { id?: string; cursor?: PublicCursor | null; limit: number; order: 'ASC' | 'DESC' },
  ): Promise<PublicLessonModel[]> {
    const params: unknown[] = [q.limit];
    const where = [PUBLIC_LESSON];
    if (q.id) where.push(`l.id = $${params.push(q.id)}`);
    if (q.cursor) {
      const at = params.push(q.cursor.at);
      const id = params.push(q.cursor.id);
      where.push(
        `(l.published_at, l.id) ${q.order === 'DESC' ? '<' : '>'} ($${at}::timestamptz, $${id}::uuid)`,
      );
    }
    const rows: PublicLessonRow[] = await m.query(
      `SELECT ${PUBLIC_LESSON_COLUMNS} FROM ${PUBLIC_LESSON_FROM}
        WHERE ${where.join(' AND ')}
        ORDER BY l.published_at ${q.order}, l.id ${q.order} LIMIT $1`,
      params,
    );
    if (!rows.length) return [];
    const rollups: RollupRow[] = await m.query(ROLLUP_SQL, [rows.map((r) => r.id)]);
    const byLesson = new Map(rollups.map((r) => [r.lesson_id, r]));
    return rows.map((r) => mapPublicLesson(r, byLesson.get(r.id)));
  }

  /** Its own read-only unit of work with no tenant, outside any request's. */
  private anonymously<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    const uow = this.db.newUnitOfWork();
    uow.readOnly = true;
    return this.db.withUnitOfWork(uow, async () => {
      try {
        const result = await this.db.run(null, work);
        await uow.finish(true);
        return result;
      } catch (e) {
        await uow.finish(false);
        throw e;
      }
    });
  }
}
