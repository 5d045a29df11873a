import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { EntityManager } from 'typeorm';
import { ExperimentState, IdeaState, LearningEntryKind, Role } from '@laerekraft/shared';
import { loadConfig } from '../../config/config.js';
import { createServer } from '../../../server.js';
import { createTestDataSource } from '../../../testing/test-database.js';
import { addPerson, buildOrganisation, makeOrganisationWithPerson } from '../../../testing/fixtures.js';
import { hashPassword } from '../passwords.js';
import type { Actor } from '../actor.js';
import { PersonEntity } from '../../../identity/person.entity.js';
import { IdeaEntity } from '../../../ideas/idea.entity.js';
import { ExperimentEntity } from '../../../experiments/experiment.entity.js';
import { ExperimentMemberEntity } from '../../../experiments/experiment-parts.entity.js';
import { LearningEntryEntity } from '../../../learning/learning-entry.entity.js';

/**
 * `viewerCan` is the service's decision, asked in advance. For a sample of people (the author,
 * a colleague, managers at and above the unit and beside it, a reader, a union rep, the
 * innovation lead, someone from another organisation) and objects in every state, each
 * ability `viewerCan` reports is tried for real over HTTP on a fresh copy of the object: what
 * it allows succeeds, what it refuses is refused by the policy (FORBIDDEN or
 * INVALID_TRANSITION) — never the other way round.
 */

const PASSWORD = 'a long enough password';
const REFUSED = ['FORBIDDEN', 'INVALID_TRANSITION'];
const card = { believed: 'Vi trodde', observed: 'Vi så', learned: 'Vi lærte', nextStep: 'ADJUST_AND_RETRY' };

type Agent = ReturnType<typeof request.agent>;
interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

describe('every viewerCan field is the service’s decision (real HTTP, real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let app: NestExpressApplication;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;
  const agents: Record<string, Agent> = {};
  const people: Record<string, Actor> = {};

  const gql = async (who: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> =>
    (await agents[who].post('/graphql').set('content-type', 'application/json').send({ query, variables }))
      .body as Answer;

  beforeAll(async () => {
    env = await createTestDataSource();
    const m = env.ds.manager;
    o = await buildOrganisation(m);
    const reader = await addPerson(m, o.org.id, [Role.READER]);
    await m.update(PersonEntity, { id: reader.id }, { unitId: o.units.team });
    const outsider = await makeOrganisationWithPerson(m, [Role.EMPLOYEE]);
    Object.assign(people, {
      author: o.employee,
      colleague: o.colleague,
      teamManager: o.teamManager,
      sectorManager: o.sectorManager,
      otherManager: o.otherManager,
      rep: o.rep,
      lead: o.lead,
      reader: { personId: reader.id, organisationId: o.org.id } as Actor,
      outsider: outsider.actor,
    });
    app = await createServer({ ...loadConfig({}), webDist: '/nonexistent', demo: false }, env.app);
    await app.listen(0, '127.0.0.1');
    const hash = await hashPassword(PASSWORD);
    for (const [who, actor] of Object.entries(people)) {
      await m.update(PersonEntity, { id: actor.personId }, { passwordHash: hash });
      const { email } = await m.findOneByOrFail(PersonEntity, { id: actor.personId });
      agents[who] = request.agent(app.getHttpServer());
      const login = await gql(
        who,
        'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { id } }',
        { e: email, p: PASSWORD },
      );
      expect(login.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await app?.close();
    await env?.close();
  });

  /** The service's answer to one attempt: 'allowed', or the refusal's code. */
  const outcome = (a: Answer) => (a.errors?.length ? (a.errors[0].extensions?.code ?? 'ERROR') : 'allowed');

  /** Checks one person's viewerCan against the attempt of every ability on fresh copies. */
  async function agree<T extends { id: string }>(
    who: string,
    fresh: (m: EntityManager) => Promise<T>,
    read: (id: string) => Promise<Answer>,
    pick: (a: Answer) => Record<string, boolean> | null,
    attempts: Record<string, (o: T & { version: number }) => Promise<Answer>>,
  ) {
    const probe = await fresh(env.ds.manager);
    const seen = await read(probe.id);
    const can = pick(seen);
    const report: Record<string, { viewerCan: boolean | 'not visible'; service: string }> = {};
    for (const [ability, attempt] of Object.entries(attempts)) {
      const copy = (await fresh(env.ds.manager)) as T & { version: number };
      const result = outcome(await attempt(copy));
      report[ability] = { viewerCan: can ? can[ability] : 'not visible', service: result };
    }
    for (const [ability, r] of Object.entries(report)) {
      const expected = r.viewerCan === 'not visible' ? ['NOT_FOUND'] : r.viewerCan ? ['allowed'] : REFUSED;
      if (!expected.includes(r.service))
        throw new Error(
          `${who} / ${ability}: viewerCan says ${String(r.viewerCan)}, the service answered ${r.service}`,
        );
    }
    return report;
  }

  // ── ideas ──
  const idea = (state: IdeaState) => async (m: EntityManager) =>
    m.save(
      IdeaEntity,
      m.create(IdeaEntity, {
        organisationId: o.org.id,
        unitId: o.units.team,
        authorId: o.employee.personId,
        title: `Idé i ${state}`,
        needWhose: 'Hjemmeboende',
        needObserved: 'Nattevakter',
        proposal: 'Sensorer',
        benefit: 'Bedre søvn',
        state,
        submittedAt: state === IdeaState.DRAFT ? null : new Date(),
      }),
    );
  const ideaAttempts = (who: string) => ({
    edit: (i: IdeaEntity) =>
      gql(who, 'mutation($i: UpdateIdeaInput!) { updateIdea(input: $i) { id } }', {
        i: { id: i.id, version: i.version, title: 'Ny tittel', unitId: i.unitId },
      }),
    submit: (i: IdeaEntity) =>
      gql(who, 'mutation($i: IdeaVersionInput!) { submitIdea(input: $i) { id } }', {
        i: { id: i.id, version: i.version },
      }),
    approve: (i: IdeaEntity) =>
      gql(who, 'mutation($i: ApproveIdeaInput!) { approveIdea(input: $i) { id } }', {
        i: { id: i.id, version: i.version },
      }),
    decline: (i: IdeaEntity) =>
      gql(who, 'mutation($i: DecideIdeaInput!) { declineIdea(input: $i) { id } }', {
        i: { id: i.id, version: i.version, reason: 'Ikke nå, for dyrt i år' },
      }),
    park: (i: IdeaEntity) =>
      gql(who, 'mutation($i: DecideIdeaInput!) { parkIdea(input: $i) { id } }', {
        i: { id: i.id, version: i.version, reason: 'Vi venter på budsjettet' },
      }),
    back: (i: IdeaEntity) => gql(who, 'mutation($id: ID!) { backIdea(id: $id) { id } }', { id: i.id }),
    comment: (i: IdeaEntity) =>
      gql(who, 'mutation($i: CommentOnIdeaInput!) { commentOnIdea(input: $i) { id } }', {
        i: { ideaId: i.id, text: 'Godt tenkt' },
      }),
  });
  const WHO = [
    'author',
    'colleague',
    'teamManager',
    'sectorManager',
    'otherManager',
    'rep',
    'lead',
    'reader',
    'outsider',
  ];

  it.each(WHO)('ideas in every state: %s', async (who) => {
    const seen: Record<string, unknown> = {};
    for (const state of Object.values(IdeaState)) {
      seen[state] = await agree(
        who,
        idea(state),
        (id) =>
          gql(
            who,
            'query($id: ID!) { idea(id: $id) { viewerCan { edit submit approve decline park back comment } } }',
            {
              id,
            },
          ),
        (a) => (a.data?.idea as { viewerCan: Record<string, boolean> } | undefined)?.viewerCan ?? null,
        ideaAttempts(who),
      );
    }
    if (who === 'reader') {
      // Readers read: nothing is offered and everything is refused, in every state.
      for (const r of Object.values(seen) as Array<Record<string, { viewerCan: unknown; service: string }>>)
        for (const [ability, v] of Object.entries(r))
          if (v.viewerCan !== 'not visible') expect({ ability, ...v }).toMatchObject({ viewerCan: false });
      const submitted = seen[IdeaState.SUBMITTED] as Record<string, { service: string }>;
      expect(submitted.back.service).toBe('FORBIDDEN');
      expect(submitted.comment.service).toBe('FORBIDDEN');
    }
    if (who === 'colleague') {
      const submitted = seen[IdeaState.SUBMITTED] as Record<string, { viewerCan: unknown }>;
      expect(submitted.back.viewerCan).toBe(true);
    }
  });

  // ── experiments ──
  const experiment =
    (state: ExperimentState, affectsEmployees = false) =>
    async (m: EntityManager) => {
      const e = await m.save(
        ExperimentEntity,
        m.create(ExperimentEntity, {
          organisationId: o.org.id,
          unitId: o.units.team,
          ideaId: null,
          title: `Forsøk ${state}`,
          ownerId: o.employee.personId,
          state,
          affectsEmployees,
        }),
      );
      await m.insert(
        ExperimentMemberEntity,
        [o.employee, o.colleague].map((p) => ({
          experimentId: e.id,
          personId: p.personId,
          organisationId: o.org.id,
        })),
      );
      return e;
    };
  const experimentAttempts = (who: string) => ({
    edit: (e: ExperimentEntity) =>
      gql(who, 'mutation($i: AddMeasurementInput!) { addMeasurement(input: $i) { id } }', {
        i: { experimentId: e.id, measuredOn: '2026-01-05', value: 3 },
      }),
    setTeam: (e: ExperimentEntity) =>
      gql(who, 'mutation($i: SetExperimentTeamInput!) { setExperimentTeam(input: $i) { id } }', {
        i: { id: e.id, version: e.version, ownerId: o.employee.personId, memberIds: [o.rep.personId] },
      }),
    log: (e: ExperimentEntity) =>
      gql(who, 'mutation($i: AddLearningEntryInput!) { addLearningEntry(input: $i) { id } }', {
        i: { experimentId: e.id, kind: 'OBSERVATION', text: 'Vi så noe' },
      }),
    recordUnionInvolvement: (e: ExperimentEntity) =>
      gql(who, 'mutation($i: RecordUnionInvolvementInput!) { recordUnionInvolvement(input: $i) { id } }', {
        i: { experimentId: e.id, occurredOn: '2026-01-05', who: 'Fagforbundet', whatWasSaid: 'Greit' },
      }),
    start: (e: ExperimentEntity) =>
      gql(who, 'mutation($i: ExperimentVersionInput!) { startExperiment(input: $i) { id } }', {
        i: { id: e.id, version: e.version },
      }),
    stop: (e: ExperimentEntity) =>
      gql(who, 'mutation($i: StopExperimentInput!) { stopExperiment(input: $i) { id } }', {
        i: { id: e.id, version: e.version, reason: 'Det virket ikke som tenkt', learningCard: card },
      }),
    conclude: (e: ExperimentEntity) =>
      gql(who, 'mutation($i: ConcludeExperimentInput!) { concludeExperiment(input: $i) { id } }', {
        i: { id: e.id, version: e.version, result: 'INCONCLUSIVE', learningCard: card },
      }),
  });
  const VARIANTS: Array<[ExperimentState, boolean]> = [
    [ExperimentState.PLANNED, false],
    [ExperimentState.PLANNED, true],
    [ExperimentState.RUNNING, false],
    [ExperimentState.CONCLUDED, false],
    [ExperimentState.STOPPED, false],
  ];

  it.each(WHO)('experiments in every state: %s', async (who) => {
    const seen: Record<string, Record<string, { viewerCan: unknown; service: string }>> = {};
    for (const [state, affects] of VARIANTS) {
      seen[`${state}${affects ? '+affects' : ''}`] = await agree(
        who,
        experiment(state, affects),
        (id) =>
          gql(
            who,
            'query($id: ID!) { experiment(id: $id) { viewerCan { edit setTeam log recordUnionInvolvement start stop conclude } } }',
            { id },
          ),
        (a) => (a.data?.experiment as { viewerCan: Record<string, boolean> } | undefined)?.viewerCan ?? null,
        experimentAttempts(who),
      );
    }
    if (who === 'reader')
      for (const r of Object.values(seen))
        for (const v of Object.values(r)) expect(v).toMatchObject({ viewerCan: false });
    if (who === 'author') {
      expect(seen.PLANNED.start).toEqual({ viewerCan: true, service: 'allowed' });
      expect(seen['PLANNED+affects'].start).toEqual({ viewerCan: false, service: 'INVALID_TRANSITION' });
    }
  });

  // ── the learning log ──
  it.each(WHO)('editing a learning-log entry: %s', async (who) => {
    const fresh = async (m: EntityManager) => {
      const e = await experiment(ExperimentState.RUNNING)(m);
      return m.save(
        LearningEntryEntity,
        m.create(LearningEntryEntity, {
          organisationId: o.org.id,
          experimentId: e.id,
          authorId: o.colleague.personId,
          kind: LearningEntryKind.OBSERVATION,
          text: 'Første tekst',
          promptId: null,
          entryDate: '2026-01-05',
        }),
      );
    };
    const entryId = { current: '' };
    const report = await agree(
      who,
      async (m) => {
        const entry = await fresh(m);
        entryId.current = entry.id;
        return { ...entry, id: entry.experimentId };
      },
      (experimentId) =>
        gql(who, 'query($id: ID!) { experiment(id: $id) { learningEntries { id viewerCanEdit } } }', {
          id: experimentId,
        }),
      (a) => {
        const entries = (
          a.data?.experiment as { learningEntries: Array<{ viewerCanEdit: boolean }> } | undefined
        )?.learningEntries;
        return entries ? { edit: entries[0].viewerCanEdit } : null;
      },
      {
        edit: (copy) =>
          gql(who, 'mutation($i: EditLearningEntryInput!) { editLearningEntry(input: $i) { id } }', {
            i: { id: entryId.current, version: copy.version, kind: 'INSIGHT', text: 'Ny tekst' },
          }),
      },
    );
    if (who === 'colleague') expect(report.edit).toEqual({ viewerCan: true, service: 'allowed' });
    if (who === 'reader' || who === 'author') expect(report.edit.viewerCan).toBe(false);
  });
});
