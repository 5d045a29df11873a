import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FollowSubjectType, LearningEntryKind, Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { NotificationEntity } from '../notification.entity.js';
import { FollowEntity } from '../follows/follow.entity.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { addPerson, buildOrganisation } from '../../testing/fixtures.js';
import { cycleServices } from '../../testing/services.js';
import { refusal } from '../../testing/refusal.js';
import { notificationTopic, type NotificationMessage } from '../notifications.service.js';

describe('following and the fan-out of notices (real PostgreSQL, RLS on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let s: ReturnType<typeof cycleServices>;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;
  let other: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    env = await createTestDataSource();
    s = cycleServices(env.app);
    o = await buildOrganisation(env.ds.manager);
    other = await buildOrganisation(env.ds.manager);
  });
  afterAll(() => env.close());

  const draft = (by: Actor, title = 'Kveldsmat sammen') =>
    s.ideas.create(by, {
      title,
      unitId: o.units.team,
      needWhose: 'Beboere på sykehjemmet',
      needObserved: 'Mange spiser alene',
      proposal: 'Felles kveldsmat tre dager i uka',
      benefit: 'Mindre ensomhet',
    });
  const submitted = async (by: Actor = o.employee, title?: string) => {
    const d = await draft(by, title);
    return s.ideas.submit(by, { id: d.id, version: d.version });
  };
  const noticesOf = (personId: string, subjectId: string) =>
    env.ds.manager.find(NotificationEntity, { where: { personId, subjectId }, order: { createdAt: 'ASC' } });
  /** What the bus delivers to `personId` within `ms` (it must be listening before the change). */
  const listen = (personId: string) => {
    const it = s.bus.subscribe<NotificationMessage>(notificationTopic(personId));
    const got: NotificationMessage[] = [];
    const pump = (async () => {
      for await (const m of it) got.push(m);
    })();
    return {
      got,
      async stop(ms = 50) {
        await new Promise((r) => setTimeout(r, ms));
        await it.return?.();
        await pump;
        return got;
      },
    };
  };

  it('follows what one may see, once; unfollows; a reader may follow too', async () => {
    const idea = await submitted();
    expect(await s.follows.following(o.colleague, FollowSubjectType.IDEA, idea.id)).toBe(false);
    expect(await s.follows.follow(o.colleague, FollowSubjectType.IDEA, idea.id)).toBe(true);
    expect(await s.follows.follow(o.colleague, FollowSubjectType.IDEA, idea.id)).toBe(true);
    expect(
      await env.ds.manager.countBy(FollowEntity, { personId: o.colleague.personId, subjectId: idea.id }),
    ).toBe(1);
    expect(await s.follows.following(o.colleague, FollowSubjectType.IDEA, idea.id)).toBe(true);
    expect(await s.follows.unfollow(o.colleague, FollowSubjectType.IDEA, idea.id)).toBe(false);
    expect(await s.follows.following(o.colleague, FollowSubjectType.IDEA, idea.id)).toBe(false);
    const reader = await addPerson(env.ds.manager, o.org.id, [Role.READER]);
    const readerActor = new Actor(reader.id, o.org.id, [{ role: Role.READER, unitId: null }]);
    expect(await s.follows.follow(readerActor, FollowSubjectType.IDEA, idea.id)).toBe(true);
  });

  it('cannot follow what one cannot see: NOT_FOUND for a colleague’s draft, another organisation’s idea, an unknown id', async () => {
    const colleaguesDraft = await draft(o.colleague);
    expect(
      (await refusal(s.follows.follow(o.employee, FollowSubjectType.IDEA, colleaguesDraft.id))).code,
    ).toBe('NOT_FOUND');
    const elsewhere = await submitted();
    expect((await refusal(s.follows.follow(other.employee, FollowSubjectType.IDEA, elsewhere.id))).code).toBe(
      'NOT_FOUND',
    );
    for (const type of [
      FollowSubjectType.EXPERIMENT,
      FollowSubjectType.NETWORK,
      FollowSubjectType.LESSON,
      FollowSubjectType.CHALLENGE,
    ])
      expect(
        (await refusal(s.follows.follow(o.employee, type, '00000000-0000-4000-8000-000000000000'))).code,
      ).toBe('NOT_FOUND');
    expect(
      await env.ds.manager.countBy(FollowEntity, {
        subjectId: colleaguesDraft.id,
        personId: o.employee.personId,
      }),
    ).toBe(0);
  });

  it('row-level security: a follow row of another organisation is invisible and cannot be written', async () => {
    const idea = await submitted();
    await s.follows.follow(o.colleague, FollowSubjectType.IDEA, idea.id);
    const seen = await s.db.run(other.employee.scope, (m) => m.countBy(FollowEntity, { subjectId: idea.id }));
    expect(seen).toBe(0);
    const own = await s.db.run(o.employee.scope, (m) => m.countBy(FollowEntity, { subjectId: idea.id }));
    expect(own).toBeGreaterThanOrEqual(2); // the author's auto-follow and the colleague's
    await expect(
      s.db.run(other.employee.scope, (m) =>
        m.insert(FollowEntity, {
          organisationId: o.org.id,
          personId: o.colleague.personId,
          subjectType: FollowSubjectType.IDEA,
          subjectId: idea.id,
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    // Unfollowing from another organisation changes nothing of ours.
    await s.follows.unfollow(other.employee, FollowSubjectType.IDEA, idea.id);
    expect(
      await env.ds.manager.countBy(FollowEntity, { subjectId: idea.id, personId: o.colleague.personId }),
    ).toBe(1);
  });

  it('a decision tells the author (auto-followed) and the followers, never the deciding manager, and is delivered after commit', async () => {
    const idea = await submitted();
    await s.follows.follow(o.colleague, FollowSubjectType.IDEA, idea.id);
    await s.follows.follow(o.sectorManager, FollowSubjectType.IDEA, idea.id);
    const author = listen(o.employee.personId);
    const colleague = listen(o.colleague.personId);
    const approved = await s.ideas.approve(o.sectorManager, { id: idea.id, version: idea.version });
    const [authorNotice] = await noticesOf(o.employee.personId, idea.id);
    expect(authorNotice).toMatchObject({
      kind: 'idea.approved',
      subjectType: 'idea',
      payload: { title: idea.title, experimentId: approved.experimentId },
    });
    expect(await noticesOf(o.employee.personId, idea.id)).toHaveLength(1); // one path: no second notice
    expect(await noticesOf(o.colleague.personId, idea.id)).toHaveLength(1);
    expect(await noticesOf(o.sectorManager.personId, idea.id)).toHaveLength(0);
    expect((await author.stop()).map((m) => [m.id, m.kind])).toEqual([[authorNotice.id, 'idea.approved']]);
    expect((await colleague.stop()).map((m) => m.kind)).toEqual(['idea.approved']);
  });

  it('a learning entry and a state change reach the experiment’s followers (the owner auto-follows), not the actor', async () => {
    const idea = await submitted();
    const approved = await s.ideas.approve(o.sectorManager, { id: idea.id, version: idea.version });
    const experimentId = approved.experimentId!;
    expect(await s.follows.following(o.employee, FollowSubjectType.EXPERIMENT, experimentId)).toBe(true);
    await s.follows.follow(o.colleague, FollowSubjectType.EXPERIMENT, experimentId);
    await s.learning.add(o.sectorManager, {
      experimentId,
      kind: LearningEntryKind.OBSERVATION,
      text: 'Flere kom enn ventet',
    });
    const kinds = async (p: string) => (await noticesOf(p, experimentId)).map((n) => n.kind);
    expect(await kinds(o.employee.personId)).toEqual(['experiment.log.added']);
    expect(await kinds(o.colleague.personId)).toEqual(['experiment.log.added']);
    expect(await kinds(o.sectorManager.personId)).toEqual([]);
    await s.learning.add(o.employee, {
      experimentId,
      kind: LearningEntryKind.INSIGHT,
      text: 'Maten betyr mindre enn praten',
    });
    expect(await kinds(o.employee.personId)).toEqual(['experiment.log.added']); // not told of their own entry
    expect(await kinds(o.colleague.personId)).toEqual(['experiment.log.added', 'experiment.log.added']);
  });

  it('a rolled-back change tells no one and delivers nothing', async () => {
    const idea = await submitted();
    const approved = await s.ideas.approve(o.sectorManager, { id: idea.id, version: idea.version });
    const owner = listen(o.employee.personId);
    await expect(
      s.db.run(o.sectorManager.scope, async (m) => {
        await s.audit.record(m, {
          organisationId: o.org.id,
          actorId: o.sectorManager.personId,
          entityType: 'experiment',
          entityId: approved.experimentId!,
          action: 'experiment.log.added',
          after: { kind: 'OBSERVATION' },
        });
        // the notice was written inside the transaction ...
        expect(await m.countBy(NotificationEntity, { subjectId: approved.experimentId! })).toBe(1);
        throw new Error('something later in the change failed');
      }),
    ).rejects.toThrow('something later');
    // ... and went with it.
    expect(await env.ds.manager.countBy(NotificationEntity, { subjectId: approved.experimentId! })).toBe(0);
    expect(await owner.stop()).toEqual([]);
  });

  describe('across the border (SECURITY DEFINER)', () => {
    let networkId: string;
    let lessonId: string;

    beforeAll(async () => {
      // o runs a network that `other` is a member of; o publishes a lesson to it.
      const m = env.ds.manager;
      [{ id: networkId }] = await m.query(
        `INSERT INTO networks (organisation_id, name, coordinator_id) VALUES ($1, 'Nettverk for følgere', $2) RETURNING id`,
        [o.org.id, o.lead.personId],
      );
      await m.query(
        `INSERT INTO network_memberships (network_id, organisation_id, status) VALUES ($1, $2, 'MEMBER')`,
        [networkId, other.org.id],
      );
      const idea = await submitted();
      const approved = await s.ideas.approve(o.sectorManager, { id: idea.id, version: idea.version });
      [{ id: lessonId }] = await m.query(
        `INSERT INTO lessons (organisation_id, unit_id, experiment_id, state, reach, network_ids, version, title, experiment_state, created_by_id)
         VALUES ($1, $2, $3, 'DRAFT', 'NETWORK', ARRAY[$4]::uuid[], 1, 'Felles kveldsmat', 'CONCLUDED', $5) RETURNING id`,
        [o.org.id, o.units.team, approved.experimentId, networkId, o.lead.personId],
      );
    });

    const record = (action: string, extra: Record<string, unknown> = {}) =>
      s.db.run(o.lead.scope, (m) =>
        s.audit.record(m, {
          organisationId: o.org.id,
          actorId: o.lead.personId,
          entityType: 'lesson',
          entityId: lessonId,
          action,
          ...extra,
        }),
      );

    it('a lesson published to a network reaches the network’s followers in member organisations, live', async () => {
      expect(await s.follows.follow(other.employee, FollowSubjectType.NETWORK, networkId)).toBe(true);
      const outsider = await buildOrganisation(env.ds.manager);
      expect(
        (await refusal(s.follows.follow(outsider.employee, FollowSubjectType.NETWORK, networkId))).code,
      ).toBe('NOT_FOUND');
      await env.ds.query(`UPDATE lessons SET state = 'PUBLISHED', published_at = now() WHERE id = $1`, [
        lessonId,
      ]);
      const live = listen(other.employee.personId);
      await record('lesson.published');
      const notices = await noticesOf(other.employee.personId, lessonId);
      expect(notices.map((n) => [n.kind, n.organisationId, n.payload.title])).toEqual([
        ['network.lesson_published', other.org.id, 'Felles kveldsmat'],
      ]);
      expect((await live.stop()).map((m) => m.kind)).toEqual(['network.lesson_published']);
      // The follower's organisation can read its own notice; the publisher's cannot.
      expect(await s.db.run(o.lead.scope, (m) => m.countBy(NotificationEntity, { id: notices[0].id }))).toBe(
        0,
      );
    });

    it('an adoption told to the lesson’s team across the border (notifyLessonTeam) is delivered live after commit', async () => {
      const owner = listen(o.employee.personId); // the experiment's owner, on the lesson's team
      const written = await s.db.run(other.lead.scope, (m) =>
        s.notifications.notifyLessonTeam(m, {
          lessonId,
          kind: 'lesson.adopted',
          subjectType: 'lesson',
          subjectId: lessonId,
          payload: { title: 'Felles kveldsmat', organisationName: 'Andre kommune' },
        }),
      );
      expect(written.map((w) => w.personId)).toContain(o.employee.personId);
      const got = await owner.stop(100);
      expect(got.map((m) => [m.kind, m.organisationId, m.payload.organisationName])).toEqual([
        ['lesson.adopted', o.org.id, 'Andre kommune'],
      ]);
      expect(got[0].id).toBe(written.find((w) => w.personId === o.employee.personId)!.id);
    });

    it('a withdrawn lesson tells everyone who followed it, in any organisation, and not the one who withdrew it; the reason stays in its own organisation', async () => {
      expect(await s.follows.follow(other.colleague, FollowSubjectType.LESSON, lessonId)).toBe(true);
      expect(await s.follows.follow(o.colleague, FollowSubjectType.LESSON, lessonId)).toBe(true);
      await s.follows.follow(o.lead, FollowSubjectType.LESSON, lessonId);
      const outside = listen(other.colleague.personId);
      await env.ds.query(`UPDATE lessons SET state = 'WITHDRAWN', withdrawn_at = now() WHERE id = $1`, [
        lessonId,
      ]);
      await record('lesson.withdrawn', { reason: 'Tallene var feil' });
      // Lesson.withdrawnReason is own-organisation only: a follower elsewhere is told without it.
      const theirs = await noticesOf(other.colleague.personId, lessonId);
      expect(theirs.map((n) => [n.kind, n.payload.title, n.payload.reason])).toEqual([
        ['lesson.withdrawn', 'Felles kveldsmat', undefined],
      ]);
      expect((await outside.stop(100)).map((m) => [m.kind, m.payload.reason])).toEqual([
        ['lesson.withdrawn', undefined],
      ]);
      expect(
        (await noticesOf(o.colleague.personId, lessonId))
          .filter((n) => n.kind === 'lesson.withdrawn')
          .map((n) => n.payload.reason),
      ).toEqual(['Tallene var feil']);
      expect(
        (await noticesOf(o.lead.personId, lessonId)).filter((n) => n.kind === 'lesson.withdrawn'),
      ).toHaveLength(0);
      // Now hidden from the other organisation: it cannot be followed afresh.
      expect((await refusal(s.follows.follow(other.employee, FollowSubjectType.LESSON, lessonId))).code).toBe(
        'NOT_FOUND',
      );
    });

    it('the functions refuse a caller outside: another organisation cannot make the lesson’s followers be told', async () => {
      const rows = await s.db.run(other.lead.scope, (m) =>
        m.query(`SELECT * FROM app_notify_lesson_followers($1, 'lesson.withdrawn', '{}')`, [lessonId]),
      );
      expect(rows).toHaveLength(0);
      const outsider = await buildOrganisation(env.ds.manager);
      const viaNetwork = await s.db.run(outsider.lead.scope, (m) =>
        m.query(
          `SELECT * FROM app_notify_network_followers($1, 'network.challenge_created', 'challenge', $2, '{}')`,
          [networkId, lessonId],
        ),
      );
      expect(viaNetwork).toHaveLength(0);
    });
  });
});
