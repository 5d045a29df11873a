import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { IsNull, Not, type Logger } from 'typeorm';
import {
  ExperimentState,
  IdeaState,
  LearningEntryKind,
  MembershipStatus,
  PartnerKind,
} from '@laerekraft/shared';
import { loadConfig } from '../../config/config.js';
import { createServer } from '../../../server.js';
import { createTestDataSource } from '../../../testing/test-database.js';
import { buildOrganisation } from '../../../testing/fixtures.js';
import { IdeaEntity } from '../../../ideas/idea.entity.js';
import { IdeaBackingEntity } from '../../../ideas/idea-backing.entity.js';
import { IdeaCommentEntity } from '../../../ideas/idea-comment.entity.js';
import { ExperimentEntity } from '../../../experiments/experiment.entity.js';
import { ExperimentMemberEntity, PartnerEntity } from '../../../experiments/experiment-parts.entity.js';
import { hashPassword } from '../../auth/passwords.js';
import { PersonEntity } from '../../../identity/person.entity.js';
import { LearningEntryEntity, LearningEntryRevisionEntity } from '../../../learning/learning-entry.entity.js';
import { NetworkEntity } from '../../../networks/network.entity.js';
import { NetworkMembershipEntity } from '../../../networks/network-membership.entity.js';
import { LessonEntity } from '../../../lessons/lesson.entity.js';

/** Counts every SQL statement the app sends. */
class CountingLogger implements Logger {
  count = 0;
  queries: string[] = [];
  logQuery(q: string) {
    this.count++;
    this.queries.push(q.replace(/\s+/g, ' ').slice(0, 90));
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

const IDEAS = `query($n: Int!) { ideas(first: $n) { nodes { id title state unit { id name } author { id name } isMine backingCount backedByMe commentCount
  decidedBy { name } experiment { id state } viewerCan { edit submit decide backOrComment } waitingDays } pageInfo { hasNextPage } } }`;
const EXPERIMENTS = `query($n: Int!) { experiments(first: $n) { nodes { id title state unit { name } owner { name } team { id name }
  partners { name kind organisation { name } } partnerCount entryCount lastEntryOn idea { title } viewerCan { edit start conclude stop log } } pageInfo { hasNextPage } } }`;
const IDEA_FIELDS = `id title state unit { id name } author { id name } isMine backingCount backedByMe commentCount
  decidedBy { name } experiment { id state } viewerCan { edit submit decide backOrComment } waitingDays`;
const EXPERIMENT = `query($id: ID!) { experiment(id: $id) { id title state hypothesis { change metric } unit { name } owner { name }
  team { id name } partners { name kind organisation { name } } partnerCount entryCount lastEntryOn idea { title }
  viewerCan { edit start conclude stop log recordUnionInvolvement } sourceLesson { id title organisationName }
  learningEntries { id kind text entryDate author { name } revisions { text editedBy { name } } viewerCanEdit }
  unionInvolvements { who recordedBy { name } } measurements { value } lesson { id title state } viewerCanWriteLesson } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { ${IDEA_FIELDS} proposal comments { text author { name } } } }`;
const REVIEW_QUEUE = `{ reviewQueue { ${IDEA_FIELDS} } }`;
const NETWORKS = `{ networks { id name coordinator { name } organisation { name } members { status organisation { name } }
  myMembership { status } viewerIsCoordinator } }`;
const LESSON_FIELDS = `id title state reach result organisation { name kommunenummer } networks { name }
  experiment { id title } viewerCan { edit publish changeReach withdraw setContact isContact reaches }`;
const LESSONS = `query($n: Int!) { lessons(first: $n) { nodes { ${LESSON_FIELDS} } pageInfo { hasNextPage } } }`;
// The library with each lesson's roll-up: one batched ROLLUP_SQL for the page (the spread loaders).
const LESSONS_ROLLUP = `query($n: Int!) { lessons(first: $n) { nodes { id title result adoptionCount organisation { name }
  rollup { adoptions organisations inProgress supported notSupported notShared } } pageInfo { hasNextPage } } }`;
const LESSON = `query($id: ID!) { lesson(id: $id) { ${LESSON_FIELDS} summary whatWorked advice tags contactName shareableNetworks { name }
  experimentSummary { title result hypothesis { change baseline target } learningCard { learned } measurements { value } partnerKinds } } }`;
// The lesson page's spread section: roll-up and lineage in one statement, the abilities in none.
const LESSON_SPREAD = `query($id: ID!) { lesson(id: $id) { id title rollup { adoptions inProgress supported notShared }
  adoptions { organisationName unitName state depth resultShared result lesson { id title } measured { baseline latest change } }
  viewerCanAdopt { asExperiment asIdea } } }`;
const PEOPLE = `{ people { id name email unit { name } roles { role unit { name } } organisation { name } } }`;

/**
 * At most: START, the session lookup (which also sets the tenant), two data statements,
 * COMMIT. Every operation below needs one data statement: the list or the object with its
 * relations as JSON, which primes the request's DataLoaders. (`timeline`, read from the
 * audit module, is not primed: selecting it costs one statement more, still within 5.)
 */
const MAX_STATEMENTS = 5;

describe('each read costs at most 5 statements, whatever the page size (real HTTP, real PostgreSQL)', () => {
  const logger = new CountingLogger();
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let app: NestExpressApplication;
  let agent: ReturnType<typeof request.agent>;
  const measured: Record<string, number> = {};
  let experimentId = '';
  let ideaId = '';
  let lessonId = '';
  let sourceLessonId = '';

  beforeAll(async () => {
    env = await createTestDataSource({ logger });
    const o = await buildOrganisation(env.ds.manager);
    const m = env.ds.manager;
    const authors = [o.employee, o.colleague, o.rep, o.teamManager];
    const units = [o.units.team, o.units.department, o.units.sector, o.units.other];
    for (let i = 0; i < 60; i++) {
      const author = authors[i % authors.length];
      const idea = await m.save(
        IdeaEntity,
        m.create(IdeaEntity, {
          organisationId: o.org.id,
          unitId: units[i % units.length],
          authorId: author.personId,
          title: `Idé ${i}`,
          state: i % 3 === 2 ? IdeaState.APPROVED : IdeaState.SUBMITTED,
          submittedAt: new Date(Date.now() - i * 3600_000),
          decidedById: i % 3 === 2 ? o.sectorManager.personId : null,
          hideAuthor: i % 5 === 0,
        }),
      );
      await m.insert(
        IdeaBackingEntity,
        authors
          .filter((a) => a !== author)
          .map((a) => ({ ideaId: idea.id, personId: a.personId, organisationId: o.org.id })),
      );
      await m.insert(IdeaCommentEntity, {
        ideaId: idea.id,
        organisationId: o.org.id,
        authorId: o.lead.personId,
        text: 'Godt forslag',
      });
      const e = await m.save(
        ExperimentEntity,
        m.create(ExperimentEntity, {
          organisationId: o.org.id,
          unitId: units[i % units.length],
          ideaId: i % 3 === 2 ? idea.id : null,
          title: `Forsøk ${i}`,
          ownerId: author.personId,
          state: ExperimentState.RUNNING,
        }),
      );
      if (i % 3 === 2) await m.update(IdeaEntity, { id: idea.id }, { experimentId: e.id });
      await m.insert(
        ExperimentMemberEntity,
        authors.map((a) => ({ experimentId: e.id, personId: a.personId, organisationId: o.org.id })),
      );
      await m.insert(PartnerEntity, [
        {
          experimentId: e.id,
          organisationId: o.org.id,
          kind: PartnerKind.ACADEMIA,
          name: 'Nord universitet',
          role: 'Følgeforskning',
          partnerOrganisationId: o.org.id,
        },
        {
          experimentId: e.id,
          organisationId: o.org.id,
          kind: PartnerKind.CITIZENS,
          name: 'Brukerrådet',
          role: 'Medskaping',
          partnerOrganisationId: null,
        },
      ]);
    }
    // One experiment with a learning log (an edited entry too), union involvement and a
    // measurement; one idea with comments; a network with a second member.
    const [e] = await m.find(ExperimentEntity, { where: { ideaId: Not(IsNull()) }, take: 1 });
    experimentId = e.id;
    ideaId = e.ideaId!;
    for (let i = 0; i < 5; i++) {
      const entry = await m.save(
        LearningEntryEntity,
        m.create(LearningEntryEntity, {
          organisationId: o.org.id,
          experimentId: e.id,
          authorId: authors[i % authors.length].personId,
          kind: LearningEntryKind.OBSERVATION,
          text: `Logg ${i}`,
          entryDate: `2026-11-0${i + 1}`,
        }),
      );
      await m.insert(LearningEntryRevisionEntity, {
        organisationId: o.org.id,
        entryId: entry.id,
        version: 1,
        kind: LearningEntryKind.OBSERVATION,
        text: 'Første utkast',
        editedById: entry.authorId,
      });
    }
    await m.query(
      `INSERT INTO union_involvements (organisation_id, experiment_id, occurred_on, who, what_was_said, recorded_by_id)
       VALUES ($1, $2, '2026-11-01', 'Tillitsvalgt', 'Greit', $3)`,
      [o.org.id, e.id, o.rep.personId],
    );
    await m.query(
      `INSERT INTO measurements (organisation_id, experiment_id, measured_on, value, note, recorded_by_id)
       VALUES ($1, $2, '2026-11-02', 3, '', $3)`,
      [o.org.id, e.id, o.rep.personId],
    );
    const network = await m.save(
      NetworkEntity,
      m.create(NetworkEntity, {
        organisationId: o.org.id,
        coordinatorId: o.sectorManager.personId,
        name: 'Nettverk',
        description: '',
      }),
    );
    await m.insert(NetworkMembershipEntity, {
      networkId: network.id,
      organisationId: o.org.id,
      status: MembershipStatus.MEMBER,
      invitedById: o.sectorManager.personId,
    });
    // A published lesson of every experiment (the network's for some), one of them a draft with its live summary.
    const experiments = await m.find(ExperimentEntity, { where: { organisationId: o.org.id } });
    for (const [i, x] of experiments.entries()) {
      const l = await m.save(
        LessonEntity,
        m.create(LessonEntity, {
          organisationId: o.org.id,
          unitId: x.unitId,
          experimentId: x.id,
          state: x.id === experimentId ? 'DRAFT' : 'PUBLISHED',
          reach: i % 2 ? 'NETWORK' : 'ORGANISATION',
          networkIds: i % 2 ? [network.id] : [],
          title: `Lærdom ${i}`,
          createdById: x.ownerId,
          experimentState: 'CONCLUDED',
          publishedAt: new Date(Date.now() - i * 3600_000),
        }),
      );
      if (x.id === experimentId) lessonId = l.id;
      // Each adopted once in another unit, for the roll-up.
      await m.query(
        `INSERT INTO adoptions (organisation_id, unit_id, source_lesson_id, source_organisation_id, lineage, state, created_by_id)
         VALUES ($1, $2, $3, $1, ARRAY[$3::uuid], 'RUNNING', $4)`,
        [o.org.id, o.units.other, l.id, o.sectorManager.personId],
      );
    }
    // The experiment adopts another experiment's lesson ("Bygger på lærdom").
    [{ id: sourceLessonId }] = await m.query(
      `SELECT id FROM lessons WHERE experiment_id <> $1 AND state = 'PUBLISHED' LIMIT 1`,
      [experimentId],
    );
    await m.update(ExperimentEntity, { id: experimentId }, { sourceLessonId });
    app = await createServer({ ...loadConfig({}), webDist: '/nonexistent', demo: false }, env.app);
    await app.listen(0, '127.0.0.1');
    // Sign in as the sector manager (sees every idea and may decide on most), through the real login.
    await m.update(
      PersonEntity,
      { id: o.sectorManager.personId },
      { passwordHash: await hashPassword('a long enough password') },
    );
    const person = await m.findOneByOrFail(PersonEntity, { id: o.sectorManager.personId });
    agent = request.agent(app.getHttpServer());
    const login = await agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query:
          'mutation($e: String!) { login(input: { email: $e, password: "a long enough password" }) { id } }',
        variables: { e: person.email },
      });
    expect(login.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await app.close();
    await env.close();
    process.stdout.write(`SQL statements per request: ${JSON.stringify(measured)}\n`);
  });

  async function statementsFor(
    query: string,
    variables: Record<string, unknown>,
    check: (data: Record<string, never>) => void,
  ): Promise<number> {
    const before = logger.count;
    logger.queries = [];
    const res = await agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query, variables });
    expect(res.body.errors).toBeUndefined();
    check(res.body.data);
    if (process.env.SQL_COUNT_DEBUG)
      process.stdout.write(`--- ${JSON.stringify(variables)}\n${logger.queries.join('\n')}\n`);
    // One read-only transaction for the whole request, DataLoader batches included; the
    // session lookup sets the tenant in the same statement, so nothing sets it again.
    expect(logger.queries[0]).toBe('START TRANSACTION READ ONLY');
    expect(logger.queries[1]).toMatch(/^SELECT \* FROM app_session_actor/);
    expect(logger.queries.at(-1)).toBe('COMMIT');
    expect(logger.queries.filter((q) => /^(START|BEGIN|COMMIT|ROLLBACK)/.test(q))).toHaveLength(2);
    expect(logger.queries.filter((q) => q.includes('set_config'))).toHaveLength(0);
    return logger.count - before;
  }

  it.each([
    ['ideas', IDEAS],
    ['experiments', EXPERIMENTS],
    ['lessons', LESSONS],
  ])('%s: at most 5 statements for 1 row and for 50, and no statement per row', async (name, query) => {
    const page = (n: number) => (data: Record<string, { nodes: unknown[] }>) =>
      expect(data[name].nodes).toHaveLength(n);
    const one = await statementsFor(query, { n: 1 }, page(1));
    const fifty = await statementsFor(query, { n: 50 }, page(50));
    measured[`${name}@1`] = one;
    measured[`${name}@50`] = fifty;
    // A field that queried per row would add at least 49 statements.
    expect(fifty).toBe(one);
    expect(fifty).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('lessons with their roll-up: at most 5 statements for 1 row and for 50', async () => {
    const page =
      (n: number) => (data: Record<string, { nodes: Array<{ rollup: { adoptions: number } }> }>) => {
        expect(data.lessons.nodes).toHaveLength(n);
        // Each roll-up came from the fixtures' adoptions, not from nothing.
        expect(data.lessons.nodes.every((l) => l.rollup.adoptions === 1)).toBe(true);
      };
    const one = await statementsFor(LESSONS_ROLLUP, { n: 1 }, page(1));
    const fifty = await statementsFor(LESSONS_ROLLUP, { n: 50 }, page(50));
    measured['lessonsWithRollup@1'] = one;
    measured['lessonsWithRollup@50'] = fifty;
    expect(fifty).toBe(one);
    expect(fifty).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('the lesson page’s spread section: at most 5 statements', async () => {
    let lesson: { adoptions: unknown[]; rollup: { adoptions: number } } | undefined;
    const n = await statementsFor(LESSON_SPREAD, { id: sourceLessonId }, (d) => (lesson = d.lesson));
    measured['lessonSpread'] = n;
    expect(lesson!.rollup.adoptions).toBe(1);
    expect(lesson!.adoptions).toHaveLength(1);
    expect(n).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it.each([
    ['experiment', () => EXPERIMENT, () => ({ id: experimentId })],
    ['idea', () => IDEA, () => ({ id: ideaId })],
    ['reviewQueue', () => REVIEW_QUEUE, () => ({})],
    ['networks', () => NETWORKS, () => ({})],
    ['people', () => PEOPLE, () => ({})],
    ['lesson', () => LESSON, () => ({ id: lessonId })],
  ])('%s: at most 5 statements', async (name, query, variables) => {
    let data: Record<string, unknown> = {};
    const n = await statementsFor(query(), variables(), (d) => (data = d));
    measured[name] = n;
    // The fixtures give each of these something to show, so no field answered from nothing.
    const value = data[name] as { learningEntries?: unknown[]; comments?: unknown[] } | unknown[];
    if (Array.isArray(value)) expect(value.length).toBeGreaterThan(0);
    else if (name === 'experiment') {
      expect(value.learningEntries).toHaveLength(5);
      expect((value as { sourceLesson: unknown }).sourceLesson).not.toBeNull();
    } else if (name === 'lesson')
      expect(value).toMatchObject({
        experimentSummary: { measurements: [{ value: 3 }] },
        // The sector manager does not share beyond the organisation.
        shareableNetworks: [],
      });
    else expect(value.comments).toHaveLength(1);
    expect(n).toBeLessThanOrEqual(MAX_STATEMENTS);
  });
});
