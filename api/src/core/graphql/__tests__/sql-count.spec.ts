import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { IsNull, Not, type Logger } from 'typeorm';
import {
  ChallengeState,
  ExperimentResult,
  ExperimentState,
  IdeaState,
  InnovationAction,
  LearningEntryKind,
  MembershipStatus,
  PartnerKind,
  Role,
} from '@laerekraft/shared';
import { loadConfig } from '../../config/config.js';
import { createServer } from '../../../server.js';
import { createTestDataSource } from '../../../testing/test-database.js';
import { signedInAgent } from '../../../testing/http.js';
import { buildOrganisation } from '../../../testing/fixtures.js';
import { IdeaEntity } from '../../../ideas/idea.entity.js';
import { IdeaBackingEntity } from '../../../ideas/idea-backing.entity.js';
import { IdeaCommentEntity } from '../../../ideas/idea-comment.entity.js';
import { ExperimentEntity } from '../../../experiments/experiment.entity.js';
import { ExperimentMemberEntity, PartnerEntity } from '../../../experiments/experiment-parts.entity.js';
import { hashPassword } from '../../auth/passwords.js';
import { PersonEntity } from '../../../identity/person.entity.js';
import { RoleAssignmentEntity } from '../../../identity/role-assignment.entity.js';
import { LearningEntryEntity, LearningEntryRevisionEntity } from '../../../learning/learning-entry.entity.js';
import { NetworkEntity } from '../../../networks/network.entity.js';
import { NetworkMembershipEntity } from '../../../networks/network-membership.entity.js';
import { NetworkPinEntity } from '../../../networks/network-pin.entity.js';
import { ChallengeEntity } from '../../../challenges/challenge.entity.js';
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
// The lists with every filter and the sorts that need their own key, and the total.
const IDEAS_FILTERED = `query($n: Int!, $after: String) { ideas(first: $n, after: $after, sort: MOST_BACKED,
  filter: { states: [SUBMITTED, APPROVED], title: "idé", theme: null }) { totalCount nodes { id title backingCount unit { name }
  author { name } viewerCan { edit } } pageInfo { hasNextPage endCursor } } }`;
const EXPERIMENTS_FILTERED = `query($n: Int!, $after: String) { experiments(first: $n, after: $after, sort: OLDEST,
  filter: { states: [RUNNING], title: "forsøk" }) { totalCount nodes { id title unit { name } owner { name } entryCount lastEntryOn
  viewerCan { edit } } pageInfo { hasNextPage endCursor } } }`;
const PORTFOLIO = `{ portfolio { ideasWaiting { count items { id title unitName submittedAt } }
  quiet { count items { id title lastEntryOn } } awaitingUnion { count items { id } } withoutLesson { count items { id } }
  running { count items { id title state unitName startedAt } } recentResults { count items { id result endedAt } }
  counts { ideasSubmitted experimentsPlanned experimentsRunning experimentsConcluded lessons } } }`;
const IDEA_FIELDS = `id title state unit { id name } author { id name } isMine backingCount backedByMe commentCount
  decidedBy { name } experiment { id state } viewerCan { edit submit decide backOrComment } waitingDays`;
const EXPERIMENT = `query($id: ID!) { experiment(id: $id) { id title state hypothesis { change metric } unit { name } owner { name }
  team { id name } partners { name kind organisation { name } } partnerCount entryCount lastEntryOn idea { title }
  viewerCan { edit start conclude stop log recordUnionInvolvement } sourceLesson { id title organisationName }
  learningEntries { id kind text entryDate author { name } revisions { text editedBy { name } } viewerCanEdit }
  unionInvolvements { who recordedBy { name } } measurements { value } lesson { id title state } viewerCanWriteLesson } }`;
const LESSON_FIELDS = `id title state reach result organisation { name kommunenummer } networks { name }
  experiment { id title } viewerCan { edit publish changeReach withdraw setContact isContact reaches }`;
const LESSONS = `query($n: Int!) { lessons(first: $n) { nodes { ${LESSON_FIELDS} } pageInfo { hasNextPage } } }`;
// The library with each lesson's roll-up: one batched ROLLUP_SQL for the page (the spread loaders).
const LESSONS_ROLLUP = `query($n: Int!) { lessons(first: $n) { nodes { id title result adoptionCount organisation { name }
  rollup { adoptions organisations inProgress supported notSupported notShared } } pageInfo { hasNextPage } } }`;
const LESSON = `query($id: ID!) { lesson(id: $id) { ${LESSON_FIELDS} summary whatWorked advice tags contactName shareableNetworks { name }
  experimentSummary { title result hypothesis { change baseline target } learningCard { learned } measurements { value } partnerKinds } } }`;
const PUBLIC_FIELDS = `id title contactName organisation { name kommune } experimentSummary { hypothesis { metric baseline target }
  learningCard { learned } measurements { value } } rollup { adoptions supported notShared }`;
const PUBLIC_LESSONS = `query($n: Int!) { publicLessons(first: $n) { nodes { ${PUBLIC_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const PUBLIC_LESSON = `query($id: ID!) { publicLesson(id: $id) { ${PUBLIC_FIELDS} } }`;
const SEARCH = `query($q: String!) { search(query: $q, first: 50) { total capped hasMore suggestion
  hits { kind id title titleHighlighted snippet state result adoptionCount organisation { id name county } own }
  facets { kinds { value count } states { value count } results { value count } actions { value count } sdgs { value count }
    themes { value count } organisations { value label count } counties { value count } networks { value label count } } } }`;
const SIMILAR = `query($t: String!) { similar(title: $t, text: "Idé og forsøk") { kind id title snippet state result organisation { name } } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { ${IDEA_FIELDS} proposal comments { text author { name } } challenge { id title viewerCan { answer } } } }`;
const REVIEW_QUEUE = `{ reviewQueue { ${IDEA_FIELDS} } }`;
const NETWORKS = `{ networks { id name coordinator { name } organisation { name } members { status organisation { name } }
  myMembership { status } viewerIsCoordinator } }`;
const NETWORK = `query($id: ID!) { network(id: $id) { id name coordinator { name } organisation { name }
  members { status organisation { name } } myMembership { status } viewerCan { invite pin postChallenge } viewerIsCoordinator
  newestLessons { lesson { id title result adoptionCount } organisation { name } }
  mostAdoptedLessons { lesson { id title adoptionCount } organisation { name } }
  pins { note pinnedAt pinnedBy { name } shared { lesson { title } organisation { name } } }
  summary { lessons byAction { key count } byResult { key count } } challenges { id title deadline state viewerCan { close answer } } } }`;
const CHALLENGE = `query($id: ID!) { challenge(id: $id) { id title need concerns deadline state network { name } organisation { name }
  viewerCan { close answer } ideas { id title state author { name } unit { name } experiment { id state } }
  reach { organisation { name } ideas experiments running lessons mine } lessons { lesson { title result } organisation { name } } } }`;
const CHALLENGES = `{ challenges(first: 50) { nodes { id title deadline state network { name } organisation { name } viewerCan { close answer } } pageInfo { hasNextPage } } }`;
const NOTIFICATIONS = `{ notifications { id kind subjectType subjectId title reason experimentId networkName readAt createdAt } }`;
// The lesson page's spread section: roll-up and lineage in one statement, the abilities in none.
const LESSON_SPREAD = `query($id: ID!) { lesson(id: $id) { id title rollup { adoptions inProgress supported notShared }
  adoptions { organisationName unitName state depth resultShared result lesson { id title } measured { baseline latest change } }
  viewerCanAdopt { asExperiment asIdea } } }`;
const DASHBOARD = `query($f: DashboardFilterInput!) { dashboard(filter: $f) { scope scopeId name funnel { stage count }
  byAction { key count } bySdg { key count } byTheme { key count } byResult { key count } byUnit { id name count }
  learningRate { part whole } medianDaysToDecision medianDaysToEnd quietExperiments unionBeforeStart { part whole }
  resources { experiments hours nok withAcceptableLoss hoursWithAcceptableLoss nokWithAcceptableLoss }
  trend { quarter ideas approved started ended lessons } } }`;
const BAROMETER = `{ barometer { units unitsWithExperiment experiments fromElsewhere { part whole } spreadToOthers { part whole }
  partnerKinds { key count } unionBeforeStart { part whole } } }`;
const DASHBOARD_SCOPES = `{ dashboardScopes { scope id name } }`;
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
  /** The innovation lead, also the network's coordinator: the organisation's and the network's dashboards. */
  let leadAgent: ReturnType<typeof request.agent>;
  const measured: Record<string, number> = {};
  let experimentId = '';
  let ideaId = '';
  let lessonId = '';
  let networkId = '';
  let challengeId = '';
  let sourceLessonId = '';
  let unitId = '';

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
    // 55 public lessons, each from an experiment of its own, for the anonymous reads.
    await m.query(
      `WITH x AS (
         INSERT INTO experiments (organisation_id, unit_id, title, owner_id, state, version, result)
         SELECT organisation_id, unit_id, 'Offentlig ' || g, owner_id, 'CONCLUDED', 1, 'SUPPORTED'
           FROM experiments, generate_series(1, 55) g WHERE id = $1
         RETURNING id, organisation_id, unit_id, title, owner_id)
       INSERT INTO lessons (organisation_id, unit_id, experiment_id, state, reach, version, title, experiment_state, created_by_id, published_at)
       SELECT organisation_id, unit_id, id, 'PUBLISHED', 'PUBLIC', 1, 'Lærdom ' || title, 'CONCLUDED', owner_id,
              now() - (row_number() OVER ()) * interval '1 minute'
         FROM x`,
      [experimentId],
    );
    // ...each adopted once too, like the others.
    await m.query(
      `INSERT INTO adoptions (organisation_id, unit_id, source_lesson_id, source_organisation_id, lineage, state, created_by_id)
       SELECT organisation_id, $1, id, organisation_id, ARRAY[id], 'RUNNING', created_by_id FROM lessons WHERE reach = 'PUBLIC'`,
      [o.units.other],
    );
    // The network page and a network challenge: lessons shared to the network, a pin, ideas answering.
    networkId = network.id;
    // Twelve of the lessons above stay shared to the network (its page's summary counts them).
    const shared: Array<{ id: string }> = await m.query(
      `SELECT id FROM lessons WHERE organisation_id = $1 AND reach = 'NETWORK' AND state = 'PUBLISHED'
        ORDER BY published_at DESC`,
      [o.org.id],
    );
    await m.query(
      `UPDATE lessons SET reach = 'ORGANISATION', network_ids = '{}' WHERE id = ANY($1::uuid[])`,
      [shared.slice(12).map((r) => r.id)],
    );
    const lessons = shared.slice(0, 12);
    for (const [i, l] of lessons.entries())
      await m.update(
        LessonEntity,
        { id: l.id },
        { result: ExperimentResult.SUPPORTED, actions: [InnovationAction.LEARN], adoptionCount: i },
      );
    await m.insert(NetworkPinEntity, {
      organisationId: o.org.id,
      networkId: network.id,
      lessonId: lessons[0].id,
      note: 'Les denne',
      pinnedById: o.sectorManager.personId,
    });
    const challenge = await m.save(
      ChallengeEntity,
      m.create(ChallengeEntity, {
        organisationId: o.org.id,
        networkId: network.id,
        title: 'Ensomhet',
        need: 'Eldre er ensomme',
        concerns: 'Eldre',
        deadline: '2099-01-31',
        state: ChallengeState.OPEN,
        createdById: o.sectorManager.personId,
      }),
    );
    challengeId = challenge.id;
    await m.query(`UPDATE ideas SET challenge_id = $1 WHERE organisation_id = $2`, [challenge.id, o.org.id]);
    // Notices for the signed-in manager (the notification centre's list).
    for (let i = 0; i < 60; i++)
      await m.query(
        `INSERT INTO notifications (organisation_id, person_id, kind, subject_type, subject_id, payload)
         VALUES ($1, $2, 'idea.approved', 'idea', gen_random_uuid(), '{"title": "Varsel"}')`,
        [o.org.id, o.sectorManager.personId],
      );
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
    await m.insert(RoleAssignmentEntity, {
      organisationId: o.org.id,
      personId: o.lead.personId,
      role: Role.NETWORK_COORDINATOR,
      unitId: null,
    });
    leadAgent = await signedInAgent(app, m, o.lead.personId);
    unitId = o.units.sector;
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
    client = agent,
  ): Promise<number> {
    const before = logger.count;
    logger.queries = [];
    const res = await client
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
    ['ideas', IDEAS_FILTERED],
    ['experiments', EXPERIMENTS_FILTERED],
  ])(
    '%s filtered and sorted, with its total: the same statements on the first and the next page',
    async (name, query) => {
      let cursor = '';
      const first = await statementsFor(
        query,
        { n: 50 },
        (d: Record<string, { totalCount: number; nodes: unknown[]; pageInfo: { endCursor: string } }>) => {
          expect(d[name].nodes).toHaveLength(50);
          expect(d[name].totalCount).toBe(60);
          cursor = d[name].pageInfo.endCursor;
        },
      );
      const next = await statementsFor(
        query,
        { n: 50, after: cursor },
        (d: Record<string, { nodes: unknown[] }>) => expect(d[name].nodes).toHaveLength(10),
      );
      measured[`${name}:filtered@50`] = first;
      expect(next).toBe(first);
      expect(first).toBeLessThanOrEqual(MAX_STATEMENTS);
    },
  );

  it('an unknown filter value is refused before anything is read (VALIDATION_FAILED)', async () => {
    for (const [query, variables] of [
      ['query($s: [IdeaState!]) { ideas(filter: { states: $s }) { nodes { id } } }', { s: ['NOPE'] }],
      ['query($t: Theme) { experiments(filter: { theme: $t }) { nodes { id } } }', { t: 'SPACE' }],
      ['query($s: IdeaSort!) { ideas(sort: $s) { nodes { id } } }', { s: 'RANDOM' }],
      ['query($g: Int) { ideas(filter: { sdg: $g }) { nodes { id } } }', { g: 18 }],
      ['query($u: ID) { experiments(filter: { unitId: $u }) { nodes { id } } }', { u: 'sector' }],
    ] as const) {
      const res = await agent
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query, variables });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    }
  });

  it.each([
    ['portfolio', () => PORTFOLIO, () => ({})],
    ['experiment', () => EXPERIMENT, () => ({ id: experimentId })],
    ['idea', () => IDEA, () => ({ id: ideaId })],
    ['reviewQueue', () => REVIEW_QUEUE, () => ({})],
    ['networks', () => NETWORKS, () => ({})],
    ['people', () => PEOPLE, () => ({})],
    ['lesson', () => LESSON, () => ({ id: lessonId })],
    ['notifications', () => NOTIFICATIONS, () => ({})],
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
    else if (name === 'portfolio')
      expect((value as unknown as { running: { count: number } }).running.count).toBe(60);
    else expect(value.comments).toHaveLength(1);
    expect(n).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  // Read as nobody (@Anonymous): no session lookup even with a cookie, so no tenant; the page in
  // one statement, its roll-up in one more.
  it.each([
    ['signed out', () => request(app.getHttpServer())],
    ['with a session cookie', () => agent],
  ])('publicLessons and publicLesson %s: START, data, roll-up, COMMIT', async (who, client) => {
    const run = async (query: string, variables: Record<string, unknown>) => {
      const before = logger.count;
      logger.queries = [];
      const res = await client()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query, variables });
      expect(res.body.errors).toBeUndefined();
      expect(logger.queries[0]).toBe('START TRANSACTION READ ONLY');
      expect(logger.queries.some((q) => q.includes('app_session_actor') || q.includes('set_config'))).toBe(
        false,
      );
      expect(logger.queries.at(-1)).toBe('COMMIT');
      return { n: logger.count - before, data: res.body.data };
    };
    const one = await run(PUBLIC_LESSONS, { n: 1 });
    const fifty = await run(PUBLIC_LESSONS, { n: 50 });
    expect(fifty.data.publicLessons.nodes).toHaveLength(50);
    const single = await run(PUBLIC_LESSON, { id: fifty.data.publicLessons.nodes[7].id });
    expect(single.data.publicLesson.title).toMatch(/^Lærdom /);
    measured[`publicLessons@1 (${who})`] = one.n;
    measured[`publicLessons@50 (${who})`] = fifty.n;
    measured[`publicLesson (${who})`] = single.n;
    expect(fifty.n).toBe(one.n);
    expect(fifty.n).toBeLessThanOrEqual(4);
    expect(single.n).toBeLessThanOrEqual(4);
  });

  it('search (a page of 50 with facets and snippets, and with a "mente du" suggestion) and similar: at most 5 statements', async () => {
    type Found = { search: { hits: unknown[]; suggestion: string | null }; similar: unknown[] };
    const found = (check: (d: Found) => void) => (d: Record<string, never>) => check(d as unknown as Found);
    const page = await statementsFor(
      SEARCH,
      { q: 'forsøk' },
      found((d) => expect(d.search.hits).toHaveLength(50)),
    );
    const typo = await statementsFor(
      SEARCH,
      { q: 'forsøl' },
      found((d) => expect(d.search.suggestion).toBe('forsøk')),
    );
    const similar = await statementsFor(
      SIMILAR,
      { t: 'Forsøk med idé' },
      found((d) => expect(d.similar.length).toBeGreaterThan(0)),
    );
    Object.assign(measured, { search: page, 'search+suggestion': typo, similar });
    for (const n of [page, typo, similar]) expect(n).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('challenges: at most 5 statements', async () => {
    let data: Record<string, never> = {};
    const n = await statementsFor(CHALLENGES, {}, (d) => (data = d));
    measured.challenges = n;
    expect((data.challenges as unknown as { nodes: unknown[] }).nodes).toHaveLength(1);
    expect(n).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('the network page: at most 5 statements with its lessons, pins, summary and challenges', async () => {
    let data: Record<string, never> = {};
    const n = await statementsFor(NETWORK, { id: networkId }, (d) => (data = d));
    measured.network = n;
    const page = data.network as unknown as {
      newestLessons: unknown[];
      mostAdoptedLessons: unknown[];
      pins: unknown[];
      summary: { lessons: number };
      challenges: unknown[];
      members: unknown[];
    };
    expect(page.newestLessons).toHaveLength(10);
    expect(page.mostAdoptedLessons).toHaveLength(10);
    expect(page.pins).toHaveLength(1);
    expect(page.summary.lessons).toBe(12);
    expect(page.challenges).toHaveLength(1);
    expect(page.members.length).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('the challenge page: at most 5 statements with its ideas, their experiments, reach and lessons', async () => {
    let data: Record<string, never> = {};
    const n = await statementsFor(CHALLENGE, { id: challengeId }, (d) => (data = d));
    measured.challenge = n;
    const page = data.challenge as unknown as { ideas: unknown[]; reach: unknown[]; lessons: unknown[] };
    expect(page.ideas).toHaveLength(60);
    expect(page.reach).toHaveLength(1);
    expect(page.lessons.length).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(MAX_STATEMENTS);
  });
  it.each([
    ['ORGANISATION', () => ({ scope: 'ORGANISATION' })],
    ['ORGANISATION filtered', () => ({ scope: 'ORGANISATION', unitId, from: '2020-Q1', to: '2030-Q4' })],
    ['UNIT', () => ({ scope: 'UNIT', scopeId: unitId })],
    ['NETWORK', () => ({ scope: 'NETWORK', scopeId: networkId })],
    ['NATIONAL', () => ({ scope: 'NATIONAL' })],
  ])('dashboard %s: at most 5 statements', async (name, filter) => {
    let dashboard: { funnel: Array<{ count: number }>; trend: unknown[] } | undefined;
    const n = await statementsFor(
      DASHBOARD,
      { f: filter() },
      (d) => (dashboard = d.dashboard as unknown as typeof dashboard),
      leadAgent,
    );
    measured[`dashboard:${name}`] = n;
    // The fixtures give each something to count.
    expect(dashboard!.funnel.some((s) => s.count > 0)).toBe(true);
    expect(dashboard!.trend.length).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('the barometer, and the dashboards the viewer may open: at most 5 statements each', async () => {
    let data: Record<string, never> = {};
    const n = await statementsFor(BAROMETER, {}, (d) => (data = d), leadAgent);
    measured.barometer = n;
    expect((data.barometer as unknown as { experiments: number }).experiments).toBeGreaterThan(0);
    const scopes = await statementsFor(DASHBOARD_SCOPES, {}, (d) => (data = d), leadAgent);
    measured.dashboardScopes = scopes;
    // The organisation, its four units, the network, Norway.
    expect((data.dashboardScopes as unknown as unknown[]).length).toBe(7);
    expect(n).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(scopes).toBeLessThanOrEqual(MAX_STATEMENTS);
  });
});
