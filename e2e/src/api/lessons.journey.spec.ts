/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by assertions */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { GraphqlClient, loginAs, ok, refused, unique } from '../support/graphql-client.js';
import { concludedExperiment } from '../support/lessons.js';

/**
 * Lessons across the border, over HTTP on the real server and the demo data: Bodø concludes
 * an experiment → its owner writes the lesson → the innovation lead publishes it to the
 * network Innovasjonsnettverk Nord → Nordland fylkeskommune (a member, and its runner) reads
 * it with the summary of the experiment and no person → Bergen (only invited) does not →
 * withdrawn, it is gone for the network and kept for Bodø.
 */
const LESSON = `id state reach version title summary contactName
  organisation { name kommunenummer } networks { id name } experiment { id }
  experimentSummary { title result hypothesis { change baseline target } learningCard { learned } measurements { measuredOn value } partnerKinds }
  viewerCan { edit publish changeReach withdraw setContact reaches }`;

describe('lessons across municipalities', () => {
  let owner: GraphqlClient;
  let manager: GraphqlClient;
  let lead: GraphqlClient;
  let member: GraphqlClient;
  let outsider: GraphqlClient;
  let experiment: { id: string; title: string };
  let lessonId = '';
  let networkId = '';
  let version = 0;
  const tag = unique();

  beforeAll(async () => {
    [owner, manager, lead, member, outsider] = await Promise.all([
      loginAs('ansatt@bodo.demo'),
      loginAs('leder.hjemme@bodo.demo'),
      loginAs('innovasjon@bodo.demo'),
      loginAs('innovasjon@nfk.demo'),
      loginAs('ansatt@bergen.demo'),
    ]);
    experiment = await concludedExperiment(manager, {
      title: `Kveldsbesøk på video ${tag}`,
      ownerEmail: 'ansatt@bodo.demo',
    });
    networkId = ok(await lead.gql('{ networks { id name } }')).networks.find(
      (n: any) => n.name === 'Innovasjonsnettverk Nord',
    ).id;
  });

  const lessonAs = (c: GraphqlClient) =>
    c.gql(`query($id: ID!) { lesson(id: $id) { ${LESSON} } }`, { id: lessonId });
  const listed = async (c: GraphqlClient) =>
    (ok(await c.gql(`{ lessons(first: 50) { nodes { id } } }`)).lessons.nodes as Array<{ id: string }>).some(
      (n) => n.id === lessonId,
    );

  it('the owner writes the lesson from the concluded experiment: a draft, pre-filled, for the authors alone', async () => {
    const before = ok(
      await owner.gql(`query($id: ID!) { experiment(id: $id) { viewerCanWriteLesson lesson { id } } }`, {
        id: experiment.id,
      }),
    ).experiment;
    expect(before).toEqual({ viewerCanWriteLesson: true, lesson: null });
    const created = ok(
      await owner.gql(
        `mutation($e: ID!, $i: CreateLessonInput) { createLesson(experimentId: $e, input: $i) { ${LESSON} } }`,
        {
          e: experiment.id,
          i: { whatDidNot: 'Video erstattet ikke samtalen', advice: 'Start med de som ønsker det selv' },
        },
      ),
    ).createLesson;
    expect(created).toMatchObject({
      state: 'DRAFT',
      title: experiment.title,
      summary: 'Det er samtalen ved døren som teller, ikke tilsynet',
      viewerCan: { edit: true, publish: false, setContact: true },
      experimentSummary: { result: 'NOT_SUPPORTED', hypothesis: { baseline: 40, target: 25 } },
    });
    lessonId = created.id;
    version = created.version;
    // A second lesson of the same experiment is a conflict.
    expect(
      refused(
        await owner.gql(`mutation($e: ID!) { createLesson(experimentId: $e) { id } }`, { e: experiment.id }),
      ).extensions?.code,
    ).toBe('CONFLICT');
    // The experiment page links to it now.
    expect(
      ok(
        await owner.gql(`query($id: ID!) { experiment(id: $id) { viewerCanWriteLesson lesson { id } } }`, {
          id: experiment.id,
        }),
      ).experiment,
    ).toEqual({ viewerCanWriteLesson: false, lesson: { id: lessonId } });
    expect(
      refused(await member.gql(`query($id: ID!) { lesson(id: $id) { id } }`, { id: lessonId })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
  });

  it('a manager may not publish to the network; the innovation lead does', async () => {
    const byManager = refused(
      await manager.gql(
        `mutation($id: ID!, $v: Int!, $n: [ID!]!) { publishLesson(id: $id, version: $v, reach: NETWORK, networkIds: $n) { id } }`,
        { id: lessonId, v: version, n: [networkId] },
      ),
    );
    expect(byManager.extensions?.code).toBe('FORBIDDEN');
    const published = ok(
      await lead.gql(
        `mutation($id: ID!, $v: Int!, $n: [ID!]!) { publishLesson(id: $id, version: $v, reach: NETWORK, networkIds: $n) { ${LESSON} } }`,
        { id: lessonId, v: version, n: [networkId] },
      ),
    ).publishLesson;
    expect(published).toMatchObject({ state: 'PUBLISHED', reach: 'NETWORK', networks: [{ id: networkId }] });
    version = published.version;
  });

  it('a member organisation of the network sees it, with the experiment summary and no person; an invited outsider does not', async () => {
    const res = await lessonAs(member);
    const seen = ok(res).lesson;
    expect(seen).toMatchObject({
      title: experiment.title,
      organisation: { name: 'Bodø kommune', kommunenummer: '1804' },
      experiment: null,
      contactName: null,
      viewerCan: { edit: false, publish: false, withdraw: false, setContact: false, reaches: [] },
      experimentSummary: {
        result: 'NOT_SUPPORTED',
        learningCard: { learned: 'Det er samtalen ved døren som teller, ikke tilsynet' },
        measurements: [{ measuredOn: '2026-11-01', value: 36 }],
      },
    });
    const body = JSON.stringify(res.body);
    for (const name of ['Aslak Ansatt', 'Hanne Hjemmeleder', 'Ingrid Innovasjon', 'Målt av teamleder'])
      expect(body).not.toContain(name);
    expect(await listed(member)).toBe(true);
    expect(refused(await lessonAs(outsider)).extensions?.code).toBe('NOT_FOUND');
    expect(await listed(outsider)).toBe(false);
    // Nor may the member change it.
    expect(
      refused(
        await member.gql(
          `mutation($id: ID!, $v: Int!) { withdrawLesson(id: $id, version: $v, reason: "Ikke vår lærdom") { id } }`,
          {
            id: lessonId,
            v: version,
          },
        ),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('the owner names themselves as contact; only then does a name cross the border', async () => {
    const set = ok(
      await owner.gql(
        `mutation($id: ID!) { setLessonContact(id: $id, consent: true) { version contactName } }`,
        { id: lessonId },
      ),
    ).setLessonContact;
    expect(set.contactName).toBe('Aslak Ansatt');
    version = set.version;
    expect(ok(await lessonAs(member)).lesson.contactName).toBe('Aslak Ansatt');
  });

  it('withdrawn, it is gone for the network and kept, with its reason, for Bodø', async () => {
    const w = ok(
      await lead.gql(
        `mutation($id: ID!, $v: Int!) { withdrawLesson(id: $id, version: $v, reason: "Tallene ble feilregistrert") { state withdrawnReason } }`,
        { id: lessonId, v: version },
      ),
    ).withdrawLesson;
    expect(w).toEqual({ state: 'WITHDRAWN', withdrawnReason: 'Tallene ble feilregistrert' });
    expect(refused(await lessonAs(member)).extensions?.code).toBe('NOT_FOUND');
    expect(await listed(member)).toBe(false);
    expect(ok(await lessonAs(owner)).lesson.state).toBe('WITHDRAWN');
  });
});
