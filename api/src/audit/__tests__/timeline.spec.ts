import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType, getNamedType, isLeafType } from 'graphql';
import request from 'supertest';
import { ExperimentState, LearningEntryKind } from '@laerekraft/shared';
import { loadConfig } from '../../core/config/config.js';
import { createServer } from '../../server.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation } from '../../testing/fixtures.js';
import { cycleServices } from '../../testing/services.js';
import { hashPassword } from '../../core/auth/passwords.js';
import type { Actor } from '../../core/auth/actor.js';
import { PersonEntity } from '../../identity/person.entity.js';
import { ExperimentEntity } from '../../experiments/experiment.entity.js';
import { ExperimentMemberEntity } from '../../experiments/experiment-parts.entity.js';

/**
 * The timeline leaves the server typed and redacted: action, states, names of changed fields,
 * reason, actor — never the before/after values the audit trail keeps for the record, never a
 * hidden author's name, never a draft's history to anyone but its author.
 */
const PASSWORD = 'a long enough password';
const SECRET = {
  title: 'Tittel-ABC-før',
  titleAfter: 'Tittel-XYZ-etter',
  proposal: 'Forslag-hemmelig-1234',
  logBefore: 'Loggtekst-før-5678',
  logAfter: 'Loggtekst-etter-9012',
};

describe('the typed timeline (real HTTP, real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let app: NestExpressApplication;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;
  let s: ReturnType<typeof cycleServices>;
  let ideaId: string;
  let experimentId: string;
  let eventSelection: string;
  const agents: Record<string, ReturnType<typeof request.agent>> = {};

  const gql = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await agents[who]
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query, variables });
    return { body: res.body as { data?: any; errors?: unknown[] }, text: res.text }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  beforeAll(async () => {
    env = await createTestDataSource();
    const m = env.ds.manager;
    o = await buildOrganisation(m);
    s = cycleServices(env.app);

    // A hidden author's idea: drafted, edited as a draft, submitted, parked, edited again, resubmitted, declined.
    let idea = await s.ideas.create(o.employee, {
      title: SECRET.title,
      unitId: o.units.team,
      needWhose: 'Hjemmeboende',
      needObserved: 'Nattevakter',
      proposal: 'Sensorer',
      benefit: 'Bedre søvn',
      hideAuthor: true,
    });
    idea = await s.ideas.update(o.employee, {
      id: idea.id,
      version: idea.version,
      title: SECRET.title,
      unitId: o.units.team,
      needWhose: 'Hjemmeboende',
      needObserved: 'Nattevakter',
      proposal: SECRET.proposal,
      benefit: 'Bedre søvn',
      hideAuthor: true,
    });
    idea = await s.ideas.submit(o.employee, { id: idea.id, version: idea.version });
    idea = await s.ideas.park(o.teamManager, {
      id: idea.id,
      version: idea.version,
      reason: 'Vi venter på budsjettet',
    });
    idea = await s.ideas.update(o.employee, {
      id: idea.id,
      version: idea.version,
      title: SECRET.titleAfter,
      unitId: o.units.team,
      needWhose: 'Hjemmeboende',
      needObserved: 'Nattevakter',
      proposal: SECRET.proposal,
      benefit: 'Bedre søvn',
      hideAuthor: true,
    });
    idea = await s.ideas.submit(o.employee, { id: idea.id, version: idea.version });
    await s.ideas.comment(o.employee, { ideaId: idea.id, text: 'Jeg har tenkt på dette lenge' });
    await s.ideas.comment(o.colleague, { ideaId: idea.id, text: 'God idé' });
    ideaId = idea.id;

    // An experiment whose log entry is edited.
    const e = await m.save(
      ExperimentEntity,
      m.create(ExperimentEntity, {
        organisationId: o.org.id,
        unitId: o.units.team,
        ideaId: null,
        title: 'Forsøk',
        ownerId: o.employee.personId,
        state: ExperimentState.RUNNING,
      }),
    );
    await m.insert(ExperimentMemberEntity, {
      experimentId: e.id,
      personId: o.employee.personId,
      organisationId: o.org.id,
    });
    const entry = await s.learning.add(o.employee, {
      experimentId: e.id,
      kind: LearningEntryKind.OBSERVATION,
      text: SECRET.logBefore,
    });
    await s.learning.edit(o.employee, {
      id: entry.id,
      version: entry.version,
      kind: LearningEntryKind.INSIGHT,
      text: SECRET.logAfter,
    });
    experimentId = e.id;

    app = await createServer({ ...loadConfig({}), webDist: '/nonexistent', demo: false }, env.app);
    await app.listen(0, '127.0.0.1');
    const hash = await hashPassword(PASSWORD);
    const people: Record<string, Actor> = { author: o.employee, colleague: o.colleague, lead: o.lead };
    for (const [who, actor] of Object.entries(people)) {
      await m.update(PersonEntity, { id: actor.personId }, { passwordHash: hash });
      const { email } = await m.findOneByOrFail(PersonEntity, { id: actor.personId });
      agents[who] = request.agent(app.getHttpServer());
      await agents[who]
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({
          query: 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { id } }',
          variables: { e: email, p: PASSWORD },
        });
    }
    // Every field the schema offers on a timeline event, so a field added later is checked too.
    const type = app.get(GraphQLSchemaHost).schema.getType('TimelineEvent') as GraphQLObjectType;
    eventSelection = Object.values(type.getFields())
      .map((f) => (isLeafType(getNamedType(f.type)) ? f.name : `${f.name} { id name email }`))
      .join(' ');
  });
  afterAll(async () => {
    await app?.close();
    await env?.close();
  });

  it('has no before/after fields in the schema: events are typed', () => {
    const type = app.get(GraphQLSchemaHost).schema.getType('TimelineEvent') as GraphQLObjectType;
    expect(Object.keys(type.getFields()).sort()).toEqual(
      ['action', 'actor', 'at', 'changedFields', 'fromState', 'id', 'reason', 'toState'].sort(),
    );
  });

  it('gives a colleague the names of changed fields and the moves, never the values, the draft or the hidden author', async () => {
    const { body, text } = await gql(
      'colleague',
      `query($id: ID!) { idea(id: $id) { timeline { ${eventSelection} } } }`,
      { id: ideaId },
    );
    expect(body.errors).toBeUndefined();
    const events = body.data.idea.timeline as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    // Only what happened after the draft; the old values never reach the client.
    expect(events.map((e) => e.action)).toEqual([
      'idea.submitted',
      'idea.parked',
      'idea.edited',
      'idea.resubmitted',
    ]);
    for (const v of [SECRET.title, SECRET.titleAfter, SECRET.proposal]) expect(text).not.toContain(v);
    expect(events[2]).toMatchObject({ changedFields: ['title'], fromState: null, toState: null });
    expect(events[0]).toMatchObject({ fromState: 'DRAFT', toState: 'SUBMITTED', changedFields: [] });
    expect(events[1]).toMatchObject({
      reason: 'Vi venter på budsjettet',
      actor: { name: expect.any(String) },
    });
    // The hidden author's own events carry no actor.
    for (const e of [events[0], events[2], events[3]]) expect(e.actor).toBeNull();
  });

  it('gives the author their own draft history and themself as actor, still without values', async () => {
    const { body, text } = await gql(
      'author',
      `query($id: ID!) { idea(id: $id) { timeline { ${eventSelection} } } }`,
      { id: ideaId },
    );
    const events = body.data.idea.timeline as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(events.map((e) => e.action)).toEqual([
      'idea.created',
      'idea.edited',
      'idea.submitted',
      'idea.parked',
      'idea.edited',
      'idea.resubmitted',
    ]);
    expect(events[1].changedFields).toEqual(['proposal']);
    expect(events[0].actor).toMatchObject({ id: o.employee.personId });
    expect(text).not.toContain(SECRET.proposal);
  });

  it('names the hidden author’s comment to no colleague, but to the innovation lead and the author', async () => {
    const q = `query($id: ID!) { idea(id: $id) { author { id } comments { text author { id name email } } } }`;
    const colleague = await gql('colleague', q, { id: ideaId });
    expect(colleague.body.data.idea.author).toBeNull();
    const [own, other] = colleague.body.data.idea.comments;
    expect(own).toMatchObject({ text: 'Jeg har tenkt på dette lenge', author: null });
    expect(other.author).toMatchObject({ id: o.colleague.personId });
    const author = await gql('author', q, { id: ideaId });
    expect(author.body.data.idea.comments[0].author).toMatchObject({ id: o.employee.personId });
    const lead = await gql('lead', q, { id: ideaId });
    expect(lead.body.data.idea.comments[0].author).toMatchObject({ id: o.employee.personId });
  });

  it('tells a learning-log edit by the names of what changed, not the texts', async () => {
    const { body, text } = await gql(
      'colleague',
      `query($id: ID!) { experiment(id: $id) { timeline { ${eventSelection} } } }`,
      { id: experimentId },
    );
    expect(body.errors).toBeUndefined();
    const edited = (body.data.experiment.timeline as Array<Record<string, unknown>>).find(
      (e) => e.action === 'experiment.log.edited',
    );
    expect(edited).toMatchObject({ changedFields: ['kind', 'text'] });
    expect(text).not.toContain(SECRET.logBefore);
    // the current text is on the entry itself, for those who may see it; the timeline does not repeat it
    expect(text).not.toContain(SECRET.logAfter);
  });
});
