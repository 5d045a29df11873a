import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LessonReach, LessonState } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { Db } from '../../core/database/db.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildLessonWorld, lessonRow, type LessonWorld } from '../../testing/lessons.js';
import { LessonsService } from '../../lessons/lessons.service.js';
import { SearchService } from '../search.service.js';

/**
 * "Mente du …?" after a lesson is withdrawn or its reach narrowed: its words leave the
 * vocabularies it no longer reaches in the same transaction (the SECURITY DEFINER vocabulary
 * trigger, migration 1796280000000), through the services on the application role.
 */
describe('the vocabulary forgets a withdrawn or narrowed lesson at once (real PostgreSQL, RLS on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let w: LessonWorld;
  let lessons: LessonsService;
  let search: SearchService;

  beforeAll(async () => {
    env = await createTestDataSource();
    const db = new Db(env.app);
    lessons = new LessonsService(db, new AuditService());
    search = new SearchService(db);
    w = await buildLessonWorld(env.ds.manager);
  });
  afterAll(() => env.close());

  const vocabulary = async (word: string) =>
    Object.fromEntries(
      (await env.ds.query(`SELECT scope, scope_id, ndoc FROM search_vocabulary WHERE word = $1`, [word])).map(
        (r: { scope: string; scope_id: string; ndoc: number }) => [`${r.scope}:${r.scope_id}`, r.ndoc],
      ),
    );
  /** What "mente du" offers `who` for a typo (a word with one letter changed). */
  const suggestion = async (who: Actor, typo: string) =>
    (await search.search(who, { query: typo })).suggestion;
  const shared = (title: string, summary: string) =>
    w.experiment('Forsøket').then((e) =>
      lessonRow(env.ds.manager, e, {
        state: LessonState.PUBLISHED,
        reach: LessonReach.NETWORK,
        networkIds: [w.network.id],
        title,
        summary,
      }),
    );

  it('withdrawn: the network and the organisation no longer suggest its words', async () => {
    const l = await shared('Kveldsbølgen', 'Strandrydding med naboene');
    expect(await suggestion(w.readers.member!, 'strandryding')).toBe('strandrydding');
    expect(await suggestion(w.readers.sameOrg!, 'strandryding')).toBe('strandrydding');
    await lessons.withdraw(w.a.lead, l.id, l.version, 'Tallene var feil registrert i perioden');
    expect(await vocabulary('strandrydding')).toEqual({});
    expect(await suggestion(w.readers.member!, 'strandryding')).toBeNull();
    expect(await suggestion(w.readers.sameOrg!, 'strandryding')).toBeNull();
  });

  it('narrowed to the organisation: the network forgets its words, the organisation keeps them; a word another lesson also brings stays, counted once less', async () => {
    const l = await shared('Fjæresteinene', 'Tangplukking med skolen');
    await shared('Annen lærdom', 'Tangplukking i havna');
    const [net, org] = [`NETWORK:${w.network.id}`, `ORGANISATION:${w.a.org.id}`];
    expect(await vocabulary('tangplukking')).toEqual({ [net]: 2, [org]: 2 });
    expect(await vocabulary('skolen')).toMatchObject({ [net]: 1 });
    expect(await suggestion(w.readers.member!, 'fjæresteimene')).toBe('fjæresteinene');
    await lessons.changeReach(w.a.lead, l.id, l.version, LessonReach.ORGANISATION, []);
    expect(await vocabulary('tangplukking')).toEqual({ [net]: 1, [org]: 2 });
    expect(await vocabulary('fjæresteinene')).toEqual({ [org]: 1 });
    expect(await suggestion(w.readers.member!, 'fjæresteimene')).toBeNull();
    expect(await suggestion(w.readers.sameOrg!, 'fjæresteimene')).toBe('fjæresteinene');
    // Narrowed further, to the unit: the organisation forgets it too.
    const now = await lessons.get(w.a.lead, l.id);
    await lessons.changeReach(w.a.lead, l.id, now.lesson.version, LessonReach.UNIT, []);
    expect(await vocabulary('fjæresteinene')).toEqual({});
    expect(await vocabulary('tangplukking')).toEqual({ [net]: 1, [org]: 1 });
  });
});
