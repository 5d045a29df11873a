import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { LessonReach, LessonState } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { Db } from '../../core/database/db.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildLessonWorld, lessonRow, type LessonWorld, type ReaderName } from '../../testing/lessons.js';
import { LessonsService } from '../lessons.service.js';

/**
 * The visibility matrix (issue 7, "Tests"): for each kind of lesson (by reach, and withdrawn,
 * and a draft) and each reader, what every channel answers, with row-level security on (the
 * services run on the application role). All channels must agree with the one expected row.
 *
 * To extend it: add a channel to CHANNELS (search, subscriptions, the roll-up, open data):
 * a function from (reader, lesson id) to "is it there?". The table of what each reader should
 * see stays the one below.
 */
const KINDS = ['unit', 'organisation', 'network', 'public', 'withdrawn', 'draft'] as const;
type Kind = (typeof KINDS)[number];
const READERS: ReaderName[] = ['author', 'sameUnit', 'sameOrg', 'member', 'outsider', 'anonymous'];

//                                      author sameUnit sameOrg member outsider anonymous
const SEES: Record<Kind, boolean[]> = {
  unit: /*                          */ [true, true, false, false, false, false],
  organisation: /*                  */ [true, true, true, false, false, false],
  network: /*                       */ [true, true, true, true, false, false],
  public: /*                        */ [true, true, true, true, true, true],
  withdrawn: /*                     */ [true, false, false, false, false, false],
  draft: /*                         */ [true, false, false, false, false, false],
};

export type Channel = (reader: Actor | null, lessonId: string) => Promise<boolean>;

describe('lesson visibility matrix (row-level security on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let w: LessonWorld;
  let lessons: LessonsService;
  const ids = {} as Record<Kind, string>;

  beforeAll(async () => {
    env = await createTestDataSource();
    const m = env.ds.manager;
    w = await buildLessonWorld(m);
    const kinds: Record<Kind, { state: LessonState; reach: LessonReach; networkIds?: string[] }> = {
      unit: { state: LessonState.PUBLISHED, reach: LessonReach.UNIT },
      organisation: { state: LessonState.PUBLISHED, reach: LessonReach.ORGANISATION },
      network: { state: LessonState.PUBLISHED, reach: LessonReach.NETWORK, networkIds: [w.network.id] },
      public: { state: LessonState.PUBLISHED, reach: LessonReach.PUBLIC },
      // Withdrawn from the widest reach: it still must not show anywhere outside its authors.
      withdrawn: { state: LessonState.WITHDRAWN, reach: LessonReach.PUBLIC },
      draft: { state: LessonState.DRAFT, reach: LessonReach.PUBLIC },
    };
    for (const k of KINDS) ids[k] = (await lessonRow(m, await w.experiment(`Forsøk ${k}`), kinds[k])).id;
    lessons = new LessonsService(new Db(env.app), new AuditService());
  });
  afterAll(() => env.close());

  const CHANNELS: Record<string, Channel> = {
    'lessons list': async (reader, id) => {
      const page = await lessons.list(reader, {}, 50);
      return page.nodes.some((n) => n.lesson.id === id);
    },
    'lesson(id)': async (reader, id) =>
      lessons.get(reader, id).then(
        () => true,
        (e: { code?: string }) => {
          // Not visible is the same answer as not there.
          expect(e.code).toBe('NOT_FOUND');
          return false;
        },
      ),
  };

  const cases = KINDS.flatMap((kind) => READERS.map((reader, i) => ({ kind, reader, sees: SEES[kind][i] })));

  it.each(cases)(
    '$kind lesson, $reader reader: sees it = $sees in every channel',
    async ({ kind, reader, sees }) => {
      const actor = w.readers[reader];
      for (const [name, channel] of Object.entries(CHANNELS))
        expect({ channel: name, sees: await channel(actor, ids[kind]) }).toEqual({ channel: name, sees });
    },
  );

  it('the list for each reader holds exactly the lessons of its column (nothing else leaks in)', async () => {
    for (const [i, reader] of READERS.entries()) {
      const page = await lessons.list(w.readers[reader], {}, 50);
      const expected = KINDS.filter((k) => SEES[k][i]).map((k) => ids[k]);
      expect({ reader, ids: page.nodes.map((n) => n.lesson.id).sort() }).toEqual({
        reader,
        ids: [...expected].sort(),
      });
    }
  });

  it('a lesson shared to a network A runs is seen by A, by its member B, not by C that is only invited', async () => {
    const seen = async (r: Actor | null) =>
      (await lessons.list(r, { networkId: w.network.id }, 50)).nodes.length;
    expect(await seen(w.readers.sameOrg)).toBe(1);
    expect(await seen(w.readers.member)).toBe(1);
    expect(await seen(w.readers.outsider)).toBe(0);
  });

  describe('row-level security alone (raw SQL as laerekraft_app, no policy filter)', () => {
    async function rowsAs(tenant: { organisationId: string; personId: string } | null): Promise<string[]> {
      const c = new pg.Client({ connectionString: env.db.appUrl });
      await c.connect();
      try {
        await c.query('BEGIN');
        if (tenant)
          await c.query(
            `SELECT set_config('app.organisation_id', $1, true), set_config('app.person_id', $2, true)`,
            [tenant.organisationId, tenant.personId],
          );
        const { rows } = await c.query<{ id: string }>('SELECT id FROM lessons');
        await c.query('ROLLBACK');
        return rows.map((r) => r.id);
      } finally {
        await c.end();
      }
    }
    const scopeOf = (r: Actor | null) =>
      r ? { organisationId: r.organisationId, personId: r.personId } : null;

    it('the member organisation sees the network and public lessons only', async () => {
      expect((await rowsAs(scopeOf(w.readers.member))).sort()).toEqual([ids.network, ids.public].sort());
    });
    it('an organisation outside the network (only invited) sees the public lesson only', async () => {
      expect(await rowsAs(scopeOf(w.readers.outsider))).toEqual([ids.public]);
    });
    it('no tenant (anonymous) sees the public lesson only', async () => {
      expect(await rowsAs(null)).toEqual([ids.public]);
    });
    it('the own organisation sees every state (the unit rule is the policy’s)', async () => {
      expect((await rowsAs(scopeOf(w.readers.sameOrg))).sort()).toEqual(Object.values(ids).sort());
    });
    it('an outsider cannot write a lesson row of another organisation', async () => {
      const c = new pg.Client({ connectionString: env.db.appUrl });
      await c.connect();
      try {
        await c.query('BEGIN');
        await c.query(`SELECT set_config('app.organisation_id', $1, true)`, [
          w.readers.member!.organisationId,
        ]);
        const r = await c.query(`UPDATE lessons SET title = 'kapret' WHERE id = $1`, [ids.network]);
        expect(r.rowCount).toBe(0);
        await c.query('ROLLBACK');
      } finally {
        await c.end();
      }
    });
  });
});
