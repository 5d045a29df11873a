import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  AdoptionState,
  ExperimentResult,
  FollowSubjectType,
  LessonReach,
  LessonState,
  SearchKind,
} from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { IS_ANONYMOUS, IS_PUBLIC } from '../../core/auth/decorators.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation } from '../../testing/fixtures.js';
import { cycleServices } from '../../testing/services.js';
import {
  buildLessonWorld,
  concludedExperiment,
  lessonRow,
  type LessonWorld,
  type ReaderName,
} from '../../testing/lessons.js';
import { notificationTopic, type NotificationMessage } from '../../notifications/notifications.service.js';
import { SearchService } from '../../search/search.service.js';
import { SearchResolver } from '../../search/search.resolver.js';
import { PublicLessonsService } from '../../public/public-lessons.service.js';
import { AdoptionEntity } from '../adoption.entity.js';
import { LessonEntity } from '../lesson.entity.js';
import { LessonsService } from '../lessons.service.js';
import { rollups } from '../spread/spread.reads.js';

/**
 * The visibility matrix (issue 7, "Tests"): for each kind of lesson (by reach, and withdrawn,
 * and a draft) and each reader, what every channel answers, with row-level security on (the
 * services run on the application role). All channels are held to the one table below.
 *
 * Channels: the lessons list, lesson(id), search, "Prøvd før?" (similar), the roll-up (an
 * adoption by a fourth organisation, D, counted in the reader's roll-up of the lesson), the
 * public lesson service by id and by page and the open data batches (as nobody), and
 * subscriptions (what the in-process bus delivers to each person after commit).
 *
 * Four kinds of channel, each with its expected cell derived from the same table `SEES`:
 * - `reader`: the channel answers for the reader; expected = SEES[kind][reader].
 * - `session` (following): as `reader`, for a person with a session (no one follows anonymously).
 * - `discovery` (search, "Prøvd før?"): finds what is published and reaches the reader, never
 *   a draft or a withdrawn lesson, not even for its own writers (docs/spread.md, "Search"),
 *   and needs a session: expected = SEES[kind][reader] && PUBLISHED && a session.
 * - `public`: the channel has no reader (open data, public pages are read as nobody); whoever
 *   asks gets the same answer, the no-session column: expected = SEES[kind].anonymous.
 * - `subscriptions`: a notice of publication reaches a reader who sees the lesson *and*
 *   follows a path to it (the experiment, or for NETWORK reach the network): expected =
 *   SEES[kind][reader] && PUBLISHED && subscribed. So nobody is ever told of what they may not
 *   see; a withdrawn lesson's update is a separate rule (its followers only, tested below).
 * Search and "Prøvd før?" need a session: with none the resolver is guarded (UNAUTHENTICATED),
 * asserted below from its metadata; the service cannot even be called without an actor.
 */
const KINDS = ['unit', 'organisation', 'network', 'public', 'withdrawn', 'draft'] as const;
type Kind = (typeof KINDS)[number];
const READERS: ReaderName[] = ['author', 'sameUnit', 'sameOrg', 'member', 'outsider', 'anonymous'];
const ANONYMOUS = READERS.indexOf('anonymous');

//                                      author sameUnit sameOrg member outsider anonymous
const SEES: Record<Kind, boolean[]> = {
  unit: /*                          */ [true, true, false, false, false, false],
  organisation: /*                  */ [true, true, true, false, false, false],
  network: /*                       */ [true, true, true, true, false, false],
  public: /*                        */ [true, true, true, true, true, true],
  withdrawn: /*                     */ [true, false, false, false, false, false],
  draft: /*                         */ [true, false, false, false, false, false],
};

/** A word found in one lesson's title only (search and "Prøvd før?" look for it). */
const WORD: Record<Kind, string> = {
  unit: 'hvalross',
  organisation: 'pingvin',
  network: 'sjøløve',
  public: 'lundefugl',
  withdrawn: 'havørn',
  draft: 'tjeld',
};
/** Kinds the fourth organisation D adopted (while they were public: a draft was never adoptable). */
const ADOPTED: readonly Kind[] = ['unit', 'organisation', 'network', 'public', 'withdrawn'];

export type Channel = (reader: Actor | null, lessonId: string, kind: Kind) => Promise<boolean>;
type Audience = 'reader' | 'session' | 'discovery' | 'public' | 'subscriptions';

describe('lesson visibility matrix (row-level security on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let s: ReturnType<typeof cycleServices>;
  let w: LessonWorld;
  let lessons: LessonsService;
  let search: SearchService;
  let publicLessons: PublicLessonsService;
  const ids = {} as Record<Kind, string>;
  const experimentIds = {} as Record<Kind, string>;
  const adoptionIds: Partial<Record<Kind, string>> = {};
  /** Who follows what (a follow the service refused is no follow). */
  const followsExperiment = new Map<ReaderName, Set<Kind>>();
  const followsNetwork = new Set<ReaderName>();
  /** What the bus delivered to each reader, after commit. */
  const delivered = new Map<ReaderName, NotificationMessage[]>();
  const withdrawalFollowers: ReaderName[] = ['author', 'sameOrg', 'member'];
  /** Two managers outside the lesson's unit, following the UNIT lesson's experiment. */
  const managers = {} as Record<'above' | 'elsewhere', { actor: Actor; got: NotificationMessage[] }>;

  const listen = (personId: string) => {
    const it = s.bus.subscribe<NotificationMessage>(notificationTopic(personId));
    const got: NotificationMessage[] = [];
    const pump = (async () => {
      for await (const msg of it) got.push(msg);
    })();
    return async () => {
      await new Promise((r) => setTimeout(r, 150));
      await it.return?.();
      await pump;
      return got;
    };
  };
  const tries = (p: Promise<unknown>) =>
    p.then(
      () => true,
      (e: { code?: string }) => {
        expect(e.code).toBe('NOT_FOUND');
        return false;
      },
    );

  beforeAll(async () => {
    env = await createTestDataSource();
    s = cycleServices(env.app);
    const m = env.ds.manager;
    w = await buildLessonWorld(m);
    const kinds: Record<Kind, { state: LessonState; reach: LessonReach; networkIds?: string[] }> = {
      unit: { state: LessonState.PUBLISHED, reach: LessonReach.UNIT },
      organisation: { state: LessonState.PUBLISHED, reach: LessonReach.ORGANISATION },
      network: { state: LessonState.PUBLISHED, reach: LessonReach.NETWORK, networkIds: [w.network.id] },
      public: { state: LessonState.PUBLISHED, reach: LessonReach.PUBLIC },
      // Withdrawn from the widest reach (published to the public first, withdrawn below): it
      // still must not show anywhere outside its authors.
      withdrawn: { state: LessonState.PUBLISHED, reach: LessonReach.PUBLIC },
      draft: { state: LessonState.DRAFT, reach: LessonReach.PUBLIC },
    };
    for (const k of KINDS) {
      const e = await w.experiment(`Forsøk ${k}`);
      experimentIds[k] = e.id;
      ids[k] = (await lessonRow(m, e, { ...kinds[k], title: `Lærdom om ${WORD[k]}` })).id;
    }
    lessons = new LessonsService(s.db, s.audit);
    search = new SearchService(s.db);
    publicLessons = new PublicLessonsService(s.db);

    // The roll-up: D adopted each lesson while it was public (fixtures, as the spread feature
    // writes them), concluded, and keeps its result inside D (its own lesson has ORGANISATION
    // reach): so every reader who reaches the roll-up sees 1 adoption, result not shared.
    const d = await buildOrganisation(m);
    for (const k of ADOPTED) {
      const e = await concludedExperiment(
        m,
        { organisationId: d.org.id, unitId: d.units.team, ownerId: d.employee.personId },
        { title: 'Prøvd hos D', result: ExperimentResult.SUPPORTED },
      );
      await m.query(`UPDATE experiments SET source_lesson_id = $1 WHERE id = $2`, [ids[k], e.id]);
      const a = await m.save(
        AdoptionEntity,
        m.create(AdoptionEntity, {
          organisationId: d.org.id,
          unitId: d.units.team,
          experimentId: e.id,
          ideaId: null,
          sourceLessonId: ids[k],
          sourceOrganisationId: w.a.org.id,
          lineage: [ids[k]],
          state: AdoptionState.CONCLUDED,
          createdById: d.employee.personId,
        }),
      );
      adoptionIds[k] = a.id;
      await lessonRow(m, e, { state: LessonState.PUBLISHED, reach: LessonReach.ORGANISATION });
    }

    // Subscriptions: every reader with a session tries to follow the network and each lesson's
    // experiment (the follow service refuses what they may not see: then they follow nothing);
    // some follow the lesson to be withdrawn while it is public.
    for (const r of READERS) {
      const actor = w.readers[r];
      if (!actor) continue;
      if (await tries(s.follows.follow(actor, FollowSubjectType.NETWORK, w.network.id)))
        followsNetwork.add(r);
      const exps = new Set<Kind>();
      for (const k of KINDS)
        if (await tries(s.follows.follow(actor, FollowSubjectType.EXPERIMENT, experimentIds[k]))) exps.add(k);
      followsExperiment.set(r, exps);
      if (withdrawalFollowers.includes(r))
        expect(await s.follows.follow(actor, FollowSubjectType.LESSON, ids.withdrawn)).toBe(true);
    }
    // The innovation lead (no reader of the table: the actor is never told) records each
    // lesson's publication (the one to be withdrawn before anyone listens: its publication is
    // history), then withdraws that one; a late "published" of the withdrawn lesson and of the
    // draft must tell no one.
    const record = (lessonId: string, action: string, reason?: string) =>
      s.db.run(w.a.lead.scope, (mm) =>
        s.audit.record(mm, {
          organisationId: w.a.org.id,
          actorId: w.a.lead.personId,
          entityType: 'lesson',
          entityId: lessonId,
          action,
          reason,
        }),
      );
    await record(ids.withdrawn, 'lesson.published');
    const stops = READERS.filter((r) => w.readers[r]).map(
      (r) => [r, listen(w.readers[r]!.personId)] as const,
    );
    const managerStops = (
      [
        ['above', w.a.sectorManager],
        ['elsewhere', w.a.otherManager],
      ] as const
    ).map(([k, actor]) => [k, actor, listen(actor.personId)] as const);
    for (const [, actor] of managerStops)
      expect(await s.follows.follow(actor, FollowSubjectType.EXPERIMENT, experimentIds.unit)).toBe(true);
    for (const k of KINDS) if (k !== 'draft' && k !== 'withdrawn') await record(ids[k], 'lesson.published');
    await m.update(
      LessonEntity,
      { id: ids.withdrawn },
      {
        state: LessonState.WITHDRAWN,
        withdrawnAt: new Date(),
        withdrawnReason: 'Tallene var feil registrert',
      },
    );
    await record(ids.withdrawn, 'lesson.withdrawn', 'Tallene var feil registrert');
    await record(ids.draft, 'lesson.published');
    for (const [r, stop] of stops) delivered.set(r, await stop());
    for (const [k, actor, stop] of managerStops) managers[k] = { actor, got: await stop() };
  });
  afterAll(() => env.close());

  const publicRollupOk = (kind: Kind, r: { adoptions: number; notShared: number }) => {
    const n = ADOPTED.includes(kind) ? 1 : 0;
    if (r.adoptions !== n || r.notShared !== n)
      throw new Error(
        `roll-up of the ${kind} lesson: ${JSON.stringify(r)}, expected ${n} adoption(s), result not shared`,
      );
    return true;
  };

  const CHANNELS: Record<string, { audience: Audience; sees: Channel }> = {
    'lessons list': {
      audience: 'reader',
      sees: async (reader, id) => (await lessons.list(reader, {}, 50)).nodes.some((n) => n.lesson.id === id),
    },
    // Not visible is the same answer as not there.
    'lesson(id)': { audience: 'reader', sees: (reader, id) => tries(lessons.get(reader, id)) },
    search: {
      audience: 'discovery',
      sees: async (reader, id, kind) => {
        if (!reader) return false; // no session: guarded, see below
        const out = await search.search(reader, {
          query: WORD[kind],
          filter: { kinds: [SearchKind.LESSON] },
        });
        return out.hits.some((h) => h.id === id);
      },
    },
    'similar (Prøvd før?)': {
      audience: 'discovery',
      sees: async (reader, id, kind) => {
        if (!reader) return false;
        const hits = await search.similar(reader, { title: `Nattilsyn ${WORD[kind]}`, text: WORD[kind] });
        return hits.some((h) => h.id === id);
      },
    },
    'roll-up': {
      audience: 'reader',
      // The roll-up is a field of a lesson the reader has (Lesson.rollup, or the public lesson's).
      sees: async (reader, id, kind) => {
        if (!reader) {
          const got = await publicLessons.lesson(id).catch(() => null);
          return got ? publicRollupOk(kind, got.rollup) : false;
        }
        if (!(await tries(lessons.get(reader, id)))) return false;
        const [row] = await s.db.run(reader.scope, (m) => rollups(m, [id]));
        return publicRollupOk(kind, { adoptions: row.adoptions, notShared: row.not_shared });
      },
    },
    // Following needs the lesson to be visible (docs/spread.md, "Following"), or NOT_FOUND: so
    // ids cannot be probed, and a withdrawal (told to every follower) tells only those who saw it.
    'follow the lesson': {
      audience: 'session',
      sees: (reader, id) =>
        reader ? tries(s.follows.follow(reader, FollowSubjectType.LESSON, id)) : Promise.resolve(false),
    },
    'public lesson(id)': { audience: 'public', sees: (_r, id) => tries(publicLessons.lesson(id)) },
    'public lessons page': {
      audience: 'public',
      sees: async (_r, id) => (await publicLessons.page(50, null)).nodes.some((n) => n.id === id),
    },
    'open data': {
      audience: 'public',
      sees: async (_r, id, kind) => {
        const row = (await publicLessons.batch(null, 500)).find((n) => n.id === id);
        return row ? publicRollupOk(kind, row.rollup) : false;
      },
    },
    subscriptions: {
      audience: 'subscriptions',
      sees: async (reader, id) => {
        const name = READERS.find((r) => w.readers[r] === reader)!;
        return (delivered.get(name) ?? []).some(
          (n) => n.subjectId === id && ['lesson.published', 'network.lesson_published'].includes(n.kind),
        );
      },
    },
  };

  const expected = (audience: Audience, kind: Kind, reader: ReaderName): boolean => {
    const i = READERS.indexOf(reader);
    if (audience === 'public') return SEES[kind][ANONYMOUS];
    if (audience === 'reader') return SEES[kind][i];
    if (audience === 'session') return SEES[kind][i] && reader !== 'anonymous';
    const published = kind !== 'withdrawn' && kind !== 'draft';
    if (audience === 'discovery') return SEES[kind][i] && published && reader !== 'anonymous';
    const subscribed =
      (followsExperiment.get(reader)?.has(kind) ?? false) ||
      (kind === 'network' && followsNetwork.has(reader));
    return SEES[kind][i] && published && subscribed;
  };

  const cases = KINDS.flatMap((kind) => READERS.map((reader) => ({ kind, reader })));

  it.each(cases)(
    '$kind lesson, $reader reader: every channel agrees with the table',
    async ({ kind, reader }) => {
      const actor = w.readers[reader];
      const got: string[] = [];
      const want: string[] = [];
      for (const [name, c] of Object.entries(CHANNELS)) {
        const sees = await c.sees(actor, ids[kind], kind);
        got.push(`${name}: ${kind} × ${reader} → ${sees ? 'sees' : 'does not see'}`);
        want.push(
          `${name}: ${kind} × ${reader} → ${expected(c.audience, kind, reader) ? 'sees' : 'does not see'}`,
        );
      }
      expect(got).toEqual(want);
    },
  );

  it('subscriptions are not vacuous: whoever may see a published lesson follows a path to it', () => {
    // The author, sameUnit and sameOrg follow every experiment of their organisation; the member
    // follows the network. The outsider (only invited) may follow the network too (it sees it,
    // to answer the invitation), but only followers in member organisations are told: the
    // matrix holds it to "not told" of the network lesson.
    expect([...followsNetwork].sort()).toEqual(['author', 'member', 'outsider', 'sameOrg', 'sameUnit']);
    for (const r of ['author', 'sameUnit', 'sameOrg'] as const)
      expect([...followsExperiment.get(r)!].sort()).toEqual([...KINDS].sort());
    expect(followsExperiment.get('member')!.size).toBe(0);
    expect(followsExperiment.get('outsider')!.size).toBe(0);
  });

  it('a UNIT lesson’s publication tells a follower who writes it from above (a manager of a unit above), not a manager elsewhere: as lesson(id) says', async () => {
    for (const [k, sees] of [
      ['above', true],
      ['elsewhere', false],
    ] as const) {
      const { actor, got } = managers[k];
      expect({ k, policy: await tries(lessons.get(actor, ids.unit)) }).toEqual({ k, policy: sees });
      expect({ k, told: got.some((n) => n.subjectId === ids.unit && n.kind === 'lesson.published') }).toEqual(
        {
          k,
          told: sees,
        },
      );
    }
  });

  it('a withdrawn lesson’s update goes to those who followed it (any organisation), and only them', () => {
    const told = READERS.filter((r) =>
      (delivered.get(r) ?? []).some((n) => n.subjectId === ids.withdrawn && n.kind === 'lesson.withdrawn'),
    );
    expect(told.sort()).toEqual([...withdrawalFollowers].sort());
  });

  it('search and "Prøvd før?" need a session (no @Anonymous, no @Public: the guard answers UNAUTHENTICATED)', () => {
    for (const handler of [SearchResolver.prototype.find, SearchResolver.prototype.similar]) {
      expect(Reflect.getMetadata(IS_ANONYMOUS, handler)).toBeUndefined();
      expect(Reflect.getMetadata(IS_PUBLIC, handler)).toBeUndefined();
    }
    expect(Reflect.getMetadata(IS_ANONYMOUS, SearchResolver)).toBeUndefined();
    expect(Reflect.getMetadata(IS_PUBLIC, SearchResolver)).toBeUndefined();
  });

  it('the search words are not vacuous: the author finds each published lesson by its word, nothing else by it', async () => {
    for (const k of KINDS) {
      const out = await search.search(w.readers.author!, { query: WORD[k] });
      const want = k === 'withdrawn' || k === 'draft' ? [] : [ids[k]];
      expect({ k, hits: out.hits.map((h) => h.id) }).toEqual({ k, hits: want });
    }
  });

  it('the list for each reader holds exactly the lessons of its column (nothing else leaks in)', async () => {
    for (const [i, reader] of READERS.entries()) {
      const page = await lessons.list(w.readers[reader], {}, 50);
      const want = KINDS.filter((k) => SEES[k][i]).map((k) => ids[k]);
      expect({ reader, ids: page.nodes.map((n) => n.lesson.id).sort() }).toEqual({
        reader,
        ids: [...want].sort(),
      });
    }
  });

  it('the open data holds exactly the public column (with the adoption below it counted)', async () => {
    const rows = await publicLessons.batch(null, 500);
    expect(rows.map((r) => r.id)).toEqual(KINDS.filter((k) => SEES[k][ANONYMOUS]).map((k) => ids[k]));
    // Only the adoption of the public lesson is a row to nobody.
    expect((await publicLessons.freshness()).adoptions).toBe(1);
  });

  it('a lesson shared to a network A runs is seen by A, by its member B, not by C that is only invited', async () => {
    const seen = async (r: Actor | null) =>
      (await lessons.list(r, { networkId: w.network.id }, 50)).nodes.length;
    expect(await seen(w.readers.sameOrg)).toBe(1);
    expect(await seen(w.readers.member)).toBe(1);
    expect(await seen(w.readers.outsider)).toBe(0);
  });

  /**
   * Row-level security alone, for the same table: raw SQL as `laerekraft_app` with only the
   * tenant set and no policy filter. RLS is per organisation, so for the readers outside the
   * organisation (member, outsider, anonymous) the rows are exactly their column; inside it
   * (author, sameUnit, sameOrg) the rows are every lesson of the organisation, a superset of
   * their column: UNIT reach ("the lesson's unit and below") and "drafts and withdrawn to their
   * writers only" are the policy's rules, held by the channels above.
   */
  describe('row-level security alone (raw SQL as laerekraft_app, no policy filter)', () => {
    async function rowsAs(
      tenant: { organisationId: string; personId: string } | null,
      sql = 'SELECT id FROM lessons',
    ): Promise<string[]> {
      const c = new pg.Client({ connectionString: env.db.appUrl });
      await c.connect();
      try {
        await c.query('BEGIN');
        if (tenant)
          await c.query(
            `SELECT set_config('app.organisation_id', $1, true), set_config('app.person_id', $2, true)`,
            [tenant.organisationId, tenant.personId],
          );
        const { rows } = await c.query<{ id: string }>(sql);
        await c.query('ROLLBACK');
        return rows.map((r) => r.id);
      } finally {
        await c.end();
      }
    }
    const scopeOf = (r: Actor | null) =>
      r ? { organisationId: r.organisationId, personId: r.personId } : null;
    const inOrg: ReaderName[] = ['author', 'sameUnit', 'sameOrg'];

    it.each(READERS)(
      '%s: the lesson rows are its column (outside the organisation) or a superset (inside)',
      async (reader) => {
        const i = READERS.indexOf(reader);
        const rows = new Set(await rowsAs(scopeOf(w.readers[reader])));
        const column = KINDS.filter((k) => SEES[k][i]);
        const mine = KINDS.filter((k) => rows.has(ids[k]));
        if (inOrg.includes(reader)) {
          expect(mine).toEqual([...KINDS]); // every state and reach of its own organisation
          for (const k of column) expect(mine).toContain(k);
        } else expect({ reader, rows: mine }).toEqual({ reader, rows: column });
      },
    );

    it.each(READERS)('%s: the adoption rows below the lessons follow the same wall', async (reader) => {
      const i = READERS.indexOf(reader);
      const rows = new Set(await rowsAs(scopeOf(w.readers[reader]), 'SELECT id FROM adoptions'));
      const mine = ADOPTED.filter((k) => rows.has(adoptionIds[k]!));
      if (inOrg.includes(reader)) expect(mine).toEqual([...ADOPTED]);
      else expect({ reader, rows: mine }).toEqual({ reader, rows: ADOPTED.filter((k) => SEES[k][i]) });
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
