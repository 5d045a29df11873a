import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import {
  ChallengeState,
  ExperimentResult,
  InnovationAction,
  LessonReach,
  LessonState,
  MembershipStatus,
  Role,
} from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { Db } from '../../core/database/db.service.js';
import { loaderKit } from '../../core/graphql/loader-kit.js';
import { AuditEventEntity } from '../../audit/audit-event.entity.js';
import { ExperimentEntity } from '../../experiments/experiment.entity.js';
import { LessonEntity } from '../../lessons/lesson.entity.js';
import { NetworkEntity } from '../../networks/network.entity.js';
import { NetworkMembershipEntity } from '../../networks/network-membership.entity.js';
import { NetworkPinEntity } from '../../networks/network-pin.entity.js';
import { NetworksService } from '../../networks/networks.service.js';
import { createNetworkPageLoaders } from '../../networks/network-page.loaders.js';
import { IdeaEntity } from '../../ideas/idea.entity.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { addPerson, buildOrganisation, makeOrganisationWithPerson } from '../../testing/fixtures.js';
import { cycleServices } from '../../testing/services.js';
import { refusal } from '../../testing/refusal.js';
import { ChallengeEntity } from '../challenge.entity.js';
import { ChallengesService } from '../challenges.service.js';
import { challengeFields as fields, inDays } from '../../testing/challenges.js';

describe('challenges, pins and the network page (real PostgreSQL, services as the app role)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let s: ReturnType<typeof cycleServices>;
  let challenges: ChallengesService;
  let networks: NetworksService;
  let a: Awaited<ReturnType<typeof buildOrganisation>>; // member
  let b: Awaited<ReturnType<typeof buildOrganisation>>; // member
  let coordinator: Actor; // runs the network
  let outsider: Actor; // an employee of an organisation outside the network
  let outsiderOrg: Awaited<ReturnType<typeof buildOrganisation>>;
  let invited: Actor; // invited, not yet a member
  let network: NetworkEntity;
  let m: EntityManager;

  beforeAll(async () => {
    env = await createTestDataSource();
    m = env.ds.manager;
    s = cycleServices(env.app);
    challenges = new ChallengesService(s.db, s.audit);
    networks = new NetworksService(s.db, s.audit);
    a = await buildOrganisation(m);
    b = await buildOrganisation(m);
    const runner = await makeOrganisationWithPerson(m, [Role.NETWORK_COORDINATOR, Role.EMPLOYEE]);
    coordinator = runner.actor;
    outsiderOrg = await buildOrganisation(m);
    outsider = outsiderOrg.employee;
    invited = (await makeOrganisationWithPerson(m, [Role.INNOVATION_LEAD, Role.EMPLOYEE])).actor;
    network = await m.save(
      NetworkEntity,
      m.create(NetworkEntity, {
        organisationId: runner.org.id,
        coordinatorId: runner.person.id,
        name: 'Testnettverk',
        description: '',
      }),
    );
    for (const [org, status] of [
      [runner.org.id, MembershipStatus.MEMBER],
      [a.org.id, MembershipStatus.MEMBER],
      [b.org.id, MembershipStatus.MEMBER],
      [invited.organisationId, MembershipStatus.INVITED],
    ] as const)
      await m.insert(NetworkMembershipEntity, {
        networkId: network.id,
        organisationId: org,
        status,
        invitedById: runner.person.id,
      });
  });
  afterAll(() => env.close());

  /** An idea by `o`'s employee answering `challengeId`, submitted; approved into an experiment when asked. */
  const answer = async (o: typeof a, challengeId: string, title: string, approve = false) => {
    const draft = await s.ideas.create(o.employee, {
      title,
      unitId: o.units.team,
      needWhose: 'Hjemmeboende eldre',
      needObserved: 'Nattevaktene ser det',
      proposal: 'Kveldsbesøk av frivillige',
      benefit: 'Mindre ensomhet',
      challengeId,
    });
    const sub = await s.ideas.submit(o.employee, { id: draft.id, version: draft.version });
    return approve ? s.ideas.approve(o.sectorManager, { id: sub.id, version: sub.version }) : sub;
  };
  /** A lesson (fixture, as the superuser) on the experiment of an approved idea. */
  const lesson = async (
    o: typeof a,
    experimentId: string,
    reach: LessonReach,
    extra: Partial<LessonEntity> = {},
  ) =>
    m.save(
      LessonEntity,
      m.create(LessonEntity, {
        organisationId: o.org.id,
        unitId: o.units.team,
        experimentId,
        state: LessonState.PUBLISHED,
        reach,
        networkIds: reach === LessonReach.NETWORK ? [network.id] : [],
        title: `Lærdom ${reach}`,
        experimentState: 'CONCLUDED',
        result: ExperimentResult.SUPPORTED,
        actions: [InnovationAction.DARE, InnovationAction.LEARN],
        createdById: o.lead.personId,
        publishedAt: new Date(),
        ...extra,
      }),
    );
  const page = (actor: Actor) =>
    createNetworkPageLoaders(loaderKit(new Db(env.app), () => actor.scope)).networkPage.load(network.id);

  let networkChallenge: ChallengeEntity;
  let orgChallenge: ChallengeEntity;

  it('a coordinator posts for the network and an innovation lead for the organisation; each is audited', async () => {
    networkChallenge = (await challenges.post(coordinator, { ...fields('Ensomhet'), networkId: network.id }))
      .challenge;
    orgChallenge = (await challenges.post(a.lead, fields('Kø ved lageret'))).challenge;
    expect(networkChallenge).toMatchObject({ state: ChallengeState.OPEN, networkId: network.id });
    expect(orgChallenge).toMatchObject({ networkId: null, organisationId: a.org.id });
    const audit = await m.findBy(AuditEventEntity, { entityId: networkChallenge.id });
    expect(audit.map((x) => x.action)).toEqual(['challenge.created']);
  });

  it('refuses posters without the role and bad input, writing nothing', async () => {
    const before = await m.count(ChallengeEntity);
    expect((await refusal(challenges.post(a.employee, fields('X')))).code).toBe('FORBIDDEN');
    // A lead of a member organisation does not coordinate the network.
    expect((await refusal(challenges.post(a.lead, { ...fields('X'), networkId: network.id }))).code).toBe(
      'FORBIDDEN',
    );
    const bad = await refusal(challenges.post(a.lead, { ...fields(''), deadline: inDays(-1) }));
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.fields.map((f) => `${f.field}:${f.message}`)).toEqual([
      'title:required',
      'deadline:dateInPast',
    ]);
    expect(await m.count(ChallengeEntity)).toBe(before);
  });

  it('row-level security alone: a network coordinator of another organisation cannot post to this network', async () => {
    const other = await makeOrganisationWithPerson(m, [Role.NETWORK_COORDINATOR]);
    const err = await s.db
      .run(other.actor.scope, (x) =>
        x.insert(ChallengeEntity, {
          ...fields('Snik'),
          organisationId: other.org.id,
          networkId: network.id,
          state: ChallengeState.OPEN,
          createdById: other.person.id,
        }),
      )
      .catch((e: Error) => e);
    expect(String(err)).toMatch(/row-level security/);
  });

  let ideaA: IdeaEntity;
  let ideaB: IdeaEntity;
  let lessonB: LessonEntity;

  it('ideas in two member organisations answer the network challenge; an outsider’s cannot', async () => {
    ideaA = await answer(a, networkChallenge.id, 'Kveldsvenn i Aby');
    ideaB = await answer(b, networkChallenge.id, 'Kveldsvenn i Bby', true);
    expect(ideaA.challengeId).toBe(networkChallenge.id);
    await m.update(ExperimentEntity, { id: ideaB.experimentId! }, { state: 'RUNNING' });
    const err = await refusal(
      s.ideas.create(outsider, {
        title: 'Snik',
        unitId: outsiderOrg.units.team,
        challengeId: networkChallenge.id,
      }),
    );
    expect(err.fields).toEqual([{ field: 'challengeId', message: 'challengeNotOpen' }]);
    // Another organisation's own challenge is not one B can see or answer.
    const cross = await refusal(
      s.ideas.create(b.employee, { title: 'Snik', unitId: b.units.team, challengeId: orgChallenge.id }),
    );
    expect(cross.fields).toEqual([{ field: 'challengeId', message: 'challengeNotOpen' }]);
  });

  it('the challenge page shows my ideas in full, the others as counts, and only the lessons that crossed the border', async () => {
    // B's experiment has a lesson shared to the network; another B experiment answering it has one kept at home.
    lessonB = await lesson(b, ideaB.experimentId!, LessonReach.NETWORK);
    const ideaB2 = await answer(b, networkChallenge.id, 'Kveldsvenn 2', true);
    await lesson(b, ideaB2.experimentId!, LessonReach.ORGANISATION, { title: 'Hjemme hos B' });

    const seen = (await challenges.load(a.employee, networkChallenge.id)).node;
    expect(seen.ideas.map((i) => i.title)).toEqual(['Kveldsvenn i Aby']);
    const counts = Object.fromEntries(seen.reach.map((r) => [r.organisation.id, r]));
    expect(counts[a.org.id]).toMatchObject({ ideas: 1, experiments: 0, running: 0, lessons: 0 });
    expect(counts[b.org.id]).toMatchObject({ ideas: 2, experiments: 2, running: 1, lessons: 2 });
    expect(seen.lessons.map((l) => l.lesson.title)).toEqual([lessonB.title]);

    // Inside B the page shows B's own ideas and both its lessons.
    const home = (await challenges.load(b.employee, networkChallenge.id)).node;
    expect(home.ideas.map((i) => i.title).sort()).toEqual(['Kveldsvenn 2', 'Kveldsvenn i Bby']);
    expect(home.lessons.map((l) => l.lesson.title).sort()).toEqual(['Hjemme hos B', lessonB.title].sort());
  });

  it('the wall: an outsider and an invited organisation see no network challenge, and the aggregate refuses them', async () => {
    for (const who of [outsider, invited]) {
      expect((await refusal(challenges.load(who, networkChallenge.id))).code).toBe('NOT_FOUND');
      expect((await challenges.list(who)).nodes).toEqual([]);
      // Row-level security alone, and the SECURITY DEFINER function called directly.
      const [rows, reach] = await s.db.run(who.scope, async (x) => [
        await x.query(`SELECT id FROM challenges`),
        await x.query(`SELECT * FROM app_challenge_reach($1)`, [networkChallenge.id]),
      ]);
      expect(rows).toEqual([]);
      expect(reach).toEqual([]);
    }
    // A member gets counts; an organisation challenge has none, even for its own organisation.
    const [member, own] = await s.db.run(a.employee.scope, async (x) => [
      await x.query(`SELECT * FROM app_challenge_reach($1)`, [networkChallenge.id]),
      await x.query(`SELECT * FROM app_challenge_reach($1)`, [orgChallenge.id]),
    ]);
    expect(member.length).toBe(2);
    expect(own).toEqual([]);
    // The organisation challenge stays in its organisation.
    expect((await refusal(challenges.load(b.employee, orgChallenge.id))).code).toBe('NOT_FOUND');
    expect((await challenges.list(a.employee)).nodes.map((x) => x.challenge.title).sort()).toEqual([
      'Ensomhet',
      'Kø ved lageret',
    ]);
    expect((await challenges.list(b.employee)).nodes.map((x) => x.challenge.title)).toEqual(['Ensomhet']);
    // Keyset pages over (deadline, id): one at a time, then the rest, then nothing.
    const first = await challenges.list(a.employee, { first: 1 });
    expect(first.nodes).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await challenges.list(a.employee, { first: 1, after: first.pageInfo.endCursor });
    expect(second.nodes).toHaveLength(1);
    expect(second.nodes[0].challenge.id).not.toBe(first.nodes[0].challenge.id);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('a coordinator pins only lessons shared to the network; members see the pin, others do not', async () => {
    const pin = await networks.pin(coordinator, {
      networkId: network.id,
      lessonId: lessonB.id,
      note: 'Les denne',
    });
    expect(pin).toMatchObject({ organisationId: coordinator.organisationId, note: 'Les denne' });
    const home = await m.findOneByOrFail(LessonEntity, { title: 'Hjemme hos B' });
    const notShared = await refusal(networks.pin(coordinator, { networkId: network.id, lessonId: home.id }));
    expect(notShared.fields).toEqual([{ field: 'lessonId', message: 'invalid' }]);
    expect((await refusal(networks.pin(a.lead, { networkId: network.id, lessonId: lessonB.id }))).code).toBe(
      'FORBIDDEN',
    );
    // Row-level security alone refuses a pin on a lesson not shared to the network, and a member's pin.
    for (const [who, lessonId] of [
      [coordinator, home.id],
      [b.lead, lessonB.id],
    ] as const) {
      const err = await s.db
        .run(who.scope, (x) =>
          x.insert(NetworkPinEntity, {
            organisationId: who.organisationId,
            networkId: network.id,
            lessonId,
            note: '',
            pinnedById: who.personId,
          }),
        )
        .catch((e: Error) => e);
      expect(String(err)).toMatch(/row-level security/);
    }
    expect((await page(a.employee)).pins.map((p) => [p.note, p.shared.lesson.id])).toEqual([
      ['Les denne', lessonB.id],
    ]);
    expect((await page(invited)).pins).toEqual([]);
    expect((await page(outsider)).pins).toEqual([]);
    const trail = await m.findBy(AuditEventEntity, { entityId: network.id, action: 'network.pinned' });
    expect(trail).toHaveLength(1);
    expect(await networks.unpin(coordinator, { networkId: network.id, lessonId: lessonB.id })).toBe(true);
    expect((await page(a.employee)).pins).toEqual([]);
  });

  it('the network page summary counts only what was shared to the network, and only for members', async () => {
    // A's own lesson kept in the organisation never counts, not even for A.
    const ideaA2 = await answer(a, networkChallenge.id, 'Eget forsøk', true);
    await lesson(a, ideaA2.experimentId!, LessonReach.ORGANISATION, { title: 'A hjemme' });
    // A public lesson from B is not "shared to the network" either.
    const ideaB3 = await answer(b, networkChallenge.id, 'Offentlig', true);
    await lesson(b, ideaB3.experimentId!, LessonReach.PUBLIC, { title: 'Offentlig hos B', adoptionCount: 3 });
    await m.update(LessonEntity, { id: lessonB.id }, { adoptionCount: 2 });

    const seen = await page(a.employee);
    expect(seen.summary.lessons).toBe(1);
    expect(seen.summary.byAction).toEqual([
      { key: 'DARE', count: 1 },
      { key: 'LEARN', count: 1 },
    ]);
    expect(seen.summary.byResult).toEqual([{ key: 'SUPPORTED', count: 1 }]);
    expect(seen.newest.map((l) => l.lesson.id)).toEqual([lessonB.id]);
    expect(seen.mostAdopted.map((l) => [l.lesson.id, l.organisation.id])).toEqual([[lessonB.id, b.org.id]]);
    expect(seen.challenges.map((c) => c.challenge.id)).toEqual([networkChallenge.id]);
    for (const who of [invited, outsider]) {
      const p = await page(who);
      expect(p.summary.lessons).toBe(0);
      expect(p.newest).toEqual([]);
      expect(p.challenges).toEqual([]);
    }
  });

  it('closing is for the poster’s side only, audited, and a closed challenge takes no more answers', async () => {
    expect((await refusal(challenges.close(a.lead, networkChallenge.id))).code).toBe('FORBIDDEN');
    const closed = await challenges.close(coordinator, networkChallenge.id);
    expect(closed.challenge.state).toBe(ChallengeState.CLOSED);
    expect((await refusal(challenges.close(coordinator, networkChallenge.id))).code).toBe(
      'INVALID_TRANSITION',
    );
    const trail = await m.findBy(AuditEventEntity, {
      entityId: networkChallenge.id,
      action: 'challenge.closed',
    });
    expect(trail).toHaveLength(1);
    const err = await refusal(answer(a, networkChallenge.id, 'For sent'));
    expect(err.fields).toEqual([{ field: 'challengeId', message: 'challengeNotOpen' }]);
    expect((await challenges.list(a.employee)).nodes.map((x) => x.challenge.title)).toEqual([
      'Kø ved lageret',
    ]);
    // A reader sees the challenge but cannot answer it.
    const reader = await addPerson(m, a.org.id, [Role.READER]);
    const readerActor = new Actor(reader.id, a.org.id, [{ role: Role.READER, unitId: null }]);
    const { node } = await challenges.load(readerActor, orgChallenge.id);
    expect(node.challenge.id).toBe(orgChallenge.id);
  });
});
