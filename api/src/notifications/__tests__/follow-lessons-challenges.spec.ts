import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FollowSubjectType, LessonReach, LessonState, Role } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { NotificationEntity } from '../notification.entity.js';
import { notificationTopic } from '../notifications.service.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { cycleServices } from '../../testing/services.js';
import { refusal } from '../../testing/refusal.js';
import { buildLessonWorld, lessonRow, personIn, type LessonWorld } from '../../testing/lessons.js';
import { challengeFields as fields } from '../../testing/challenges.js';

/**
 * Following a lesson or a challenge: the lessons and challenges features register who may
 * (their own read path and policy), so following cannot probe an id the person may not read.
 */
describe('following lessons and challenges (real PostgreSQL, RLS on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let s: ReturnType<typeof cycleServices>;
  let w: LessonWorld;
  let coordinator: Actor;

  beforeAll(async () => {
    env = await createTestDataSource();
    s = cycleServices(env.app);
    w = await buildLessonWorld(env.ds.manager);
    coordinator = await personIn(env.ds.manager, w.a.org.id, null, [
      [Role.NETWORK_COORDINATOR, null],
      [Role.EMPLOYEE, null],
    ]);
  });
  afterAll(() => env.close());

  const follow = (who: Actor | null, type: FollowSubjectType, id: string) => s.follows.follow(who!, type, id);
  const noticesOf = (personId: string, subjectId: string) =>
    env.ds.manager.find(NotificationEntity, { where: { personId, subjectId }, order: { createdAt: 'ASC' } });

  it('a UNIT-reach lesson is followed inside its unit only: from elsewhere in the organisation and outside it is NOT_FOUND', async () => {
    const lesson = await lessonRow(env.ds.manager, await w.experiment('Enhetslærdom'), {
      state: LessonState.PUBLISHED,
      reach: LessonReach.UNIT,
    });
    expect(await follow(w.readers.sameUnit, FollowSubjectType.LESSON, lesson.id)).toBe(true);
    expect(await follow(w.readers.author, FollowSubjectType.LESSON, lesson.id)).toBe(true);
    // Row-level security lets the rest of the organisation read the row; the policy's unit rule does not.
    for (const who of [w.readers.sameOrg, w.readers.member, w.readers.outsider])
      expect((await refusal(follow(who, FollowSubjectType.LESSON, lesson.id))).code).toBe('NOT_FOUND');
  });

  it('a draft is followed by its writers only; a network lesson by members, not by the invited', async () => {
    const draft = await lessonRow(env.ds.manager, await w.experiment('Utkast'), {
      state: LessonState.DRAFT,
      reach: LessonReach.ORGANISATION,
    });
    expect(await follow(w.readers.author, FollowSubjectType.LESSON, draft.id)).toBe(true);
    expect((await refusal(follow(w.readers.sameUnit, FollowSubjectType.LESSON, draft.id))).code).toBe(
      'NOT_FOUND',
    );
    const shared = await lessonRow(env.ds.manager, await w.experiment('Nettverkslærdom'), {
      state: LessonState.PUBLISHED,
      reach: LessonReach.NETWORK,
      networkIds: [w.network.id],
    });
    expect(await follow(w.readers.member, FollowSubjectType.LESSON, shared.id)).toBe(true);
    expect((await refusal(follow(w.readers.outsider, FollowSubjectType.LESSON, shared.id))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('a network challenge is followed by members; an outsider (invited only) and another organisation’s own challenge are NOT_FOUND', async () => {
    const network = (await s.challenges.post(coordinator, { ...fields('Ensomhet'), networkId: w.network.id }))
      .challenge;
    const own = (await s.challenges.post(w.a.lead, fields('Kø ved lageret'))).challenge;
    expect(await follow(w.readers.member, FollowSubjectType.CHALLENGE, network.id)).toBe(true);
    expect(await follow(w.readers.sameOrg, FollowSubjectType.CHALLENGE, own.id)).toBe(true);
    expect((await refusal(follow(w.readers.outsider, FollowSubjectType.CHALLENGE, network.id))).code).toBe(
      'NOT_FOUND',
    );
    expect((await refusal(follow(w.readers.member, FollowSubjectType.CHALLENGE, own.id))).code).toBe(
      'NOT_FOUND',
    );
    expect((await refusal(follow(w.readers.member, FollowSubjectType.CHALLENGE, 'not-a-uuid'))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('a challenge’s followers are told when it closes, across the border and live; not the one who closed it', async () => {
    const c = (await s.challenges.post(coordinator, { ...fields('Kveldsvakt'), networkId: w.network.id }))
      .challenge;
    await follow(w.readers.member, FollowSubjectType.CHALLENGE, c.id);
    await follow(w.readers.sameOrg, FollowSubjectType.CHALLENGE, c.id);
    await follow(coordinator, FollowSubjectType.CHALLENGE, c.id);
    const it = s.bus.subscribe<{ kind: string }>(notificationTopic(w.readers.member!.personId));
    const got: string[] = [];
    const pump = (async () => {
      for await (const m of it) got.push(m.kind);
    })();
    await s.challenges.close(coordinator, c.id);
    for (const who of [w.readers.member!, w.readers.sameOrg!])
      expect((await noticesOf(who.personId, c.id)).map((n) => [n.kind, n.payload.title])).toEqual([
        ['challenge.closed', 'Kveldsvakt'],
      ]);
    expect(await noticesOf(coordinator.personId, c.id)).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 50));
    await it.return?.();
    await pump;
    expect(got).toEqual(['challenge.closed']);
  });

  it('another organisation (a member) cannot make a challenge’s followers be told', async () => {
    const c = (await s.challenges.post(coordinator, { ...fields('Dagsenter'), networkId: w.network.id }))
      .challenge;
    await follow(w.readers.member, FollowSubjectType.CHALLENGE, c.id);
    const rows = await s.db.run(w.bLead.scope, (m) =>
      m.query(`SELECT * FROM app_notify_challenge_followers($1, 'challenge.closed', '{}')`, [c.id]),
    );
    expect(rows).toHaveLength(0);
    expect(await noticesOf(w.readers.member!.personId, c.id)).toHaveLength(0);
  });

  it('app_notify_network_followers checks the challenge row: only the caller’s own open challenge in that network', async () => {
    await follow(w.readers.member, FollowSubjectType.NETWORK, w.network.id);
    const c = (await s.challenges.post(coordinator, { ...fields('Middagsklubb'), networkId: w.network.id }))
      .challenge;
    // The real fan-out (challenge.created) told the network's follower in the member organisation.
    expect((await noticesOf(w.readers.member!.personId, c.id)).map((n) => n.kind)).toEqual([
      'network.challenge_created',
    ]);
    const call = (who: Actor, id: string) =>
      s.db.run(who.scope, (m) =>
        m.query(
          `SELECT * FROM app_notify_network_followers($1, 'network.challenge_created', 'challenge', $2, '{}')`,
          [w.network.id, id],
        ),
      );
    const orgChallenge = (await s.challenges.post(w.a.lead, fields('Bare for oss'))).challenge;
    // A member names the running organisation's challenge, or any id: no one is told.
    expect(await call(w.bLead, c.id)).toHaveLength(0);
    expect(await call(w.bLead, orgChallenge.id)).toHaveLength(0);
    // The running organisation names its own organisation challenge (not in the network): no one.
    expect(await call(coordinator, orgChallenge.id)).toHaveLength(0);
    // Its network challenge, open: the follower is told; once closed: not.
    expect(await call(coordinator, c.id)).toHaveLength(1);
    await s.challenges.close(coordinator, c.id);
    expect(await call(coordinator, c.id)).toHaveLength(0);
    // Some other subject type tells no one.
    const other = await s.db.run(coordinator.scope, (m) =>
      m.query(`SELECT * FROM app_notify_network_followers($1, 'x', 'idea', $2, '{}')`, [w.network.id, c.id]),
    );
    expect(other).toHaveLength(0);
  });
});
