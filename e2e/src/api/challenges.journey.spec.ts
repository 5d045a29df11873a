/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by assertions */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { GraphqlClient, loginAs, ok, refused, unique } from '../support/graphql-client.js';

/**
 * A network challenge over HTTP on the real server and the demo data: the network's
 * coordinator posts it → an employee in Bodø and one in Kinn answer it with ideas → Kinn's
 * manager approves theirs → each member sees its own ideas in full and the other's as
 * counts → Bergen (only invited) and an employee outside see nothing and cannot answer →
 * only the coordinator closes it, after which no one answers. The network page shows the
 * demo story: Bodø's lesson shared to the network, pinned, adopted by Kinn.
 */
const CHALLENGE = `query($id: ID!) { challenge(id: $id) { id title state network { name } viewerCan { close answer }
  ideas { id title state experiment { id state } } reach { organisation { name } ideas experiments running lessons mine }
  lessons { lesson { title } organisation { name } } } }`;
const CREATE_IDEA = `mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id version challenge { id title } } }`;
const NETWORK = `query($id: ID!) { network(id: $id) { id name viewerCan { pin postChallenge }
  newestLessons { lesson { title reach adoptionCount } organisation { name } }
  mostAdoptedLessons { lesson { title adoptionCount } organisation { name } }
  pins { note shared { lesson { title } organisation { name } } }
  summary { lessons byAction { key count } byResult { key count } } challenges { id title } } }`;

describe('a network challenge answered in two member municipalities', () => {
  let coordinator: GraphqlClient;
  let bodo: GraphqlClient;
  let bodoLead: GraphqlClient;
  let kinn: GraphqlClient;
  let kinnManager: GraphqlClient;
  let bergenLead: GraphqlClient;
  let bergen: GraphqlClient;
  let networkId: string;
  let challengeId: string;
  const tag = unique();
  const deadline = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    [coordinator, bodo, bodoLead, kinn, kinnManager, bergenLead, bergen] = await Promise.all([
      loginAs('koordinator@nfk.demo'),
      loginAs('ansatt@bodo.demo'),
      loginAs('innovasjon@bodo.demo'),
      loginAs('tilsett@kinn.demo'),
      loginAs('leder.heime@kinn.demo'),
      loginAs('innovasjon@bergen.demo'),
      loginAs('ansatt@bergen.demo'),
    ]);
    const networks = ok(await coordinator.gql('{ networks { id name } }')).networks as any[];
    networkId = networks.find((n) => n.name === 'Innovasjonsnettverk Nord').id;
  });

  const answer = async (client: GraphqlClient, title: string) => {
    const unitId = ok(await client.gql('{ me { unit { id } } }')).me.unit.id;
    const created = ok(
      await client.gql(CREATE_IDEA, {
        i: {
          title,
          unitId,
          needWhose: 'Eldre som bor alene',
          needObserved: 'Kveldsvaktene ser det',
          proposal: 'Kveldsbesøk av frivillige',
          benefit: 'Mindre ensomhet',
          challengeId,
        },
      }),
    ).createIdea;
    expect(created.challenge).toEqual({ id: challengeId, title: `Ensomhet ${tag}` });
    return ok(
      await client.gql(`mutation($i: IdeaVersionInput!) { submitIdea(input: $i) { id version } }`, {
        i: { id: created.id, version: created.version },
      }),
    ).submitIdea;
  };

  it('only a coordinator of the network posts a network challenge; bad input is refused', async () => {
    const post = (client: GraphqlClient, input: Record<string, unknown>) =>
      client.gql(
        `mutation($i: PostChallengeInput!) { postChallenge(input: $i) { id state network { id } } }`,
        {
          i: input,
        },
      );
    const input = {
      networkId,
      title: `Ensomhet ${tag}`,
      need: 'Mange eldre er ensomme om kvelden.',
      concerns: 'Hjemmeboende over 80',
      deadline,
    };
    expect(refused(await post(bodoLead, input)).extensions?.code).toBe('FORBIDDEN');
    const past = refused(await post(coordinator, { ...input, deadline: '2020-01-01' }));
    expect(past.extensions?.fields).toEqual([{ field: 'deadline', message: 'dateInPast' }]);
    const posted = ok(await post(coordinator, input)).postChallenge;
    expect(posted).toMatchObject({ state: 'OPEN', network: { id: networkId } });
    challengeId = posted.id;
  });

  it('an employee in Bodø and one in Kinn answer; Kinn approves theirs', async () => {
    await answer(bodo, `Kveldsprat ${tag}`);
    const kinnIdea = await answer(kinn, `Kveldskaffi ${tag}`);
    ok(
      await kinnManager.gql(`mutation($i: ApproveIdeaInput!) { approveIdea(input: $i) { id state } }`, {
        i: { id: kinnIdea.id, version: kinnIdea.version },
      }),
    );
  });

  it('each member sees its own ideas in full and the other’s as counts', async () => {
    const fromBodo = ok(await bodo.gql(CHALLENGE, { id: challengeId })).challenge;
    expect(fromBodo.ideas.map((i: any) => i.title)).toEqual([`Kveldsprat ${tag}`]);
    expect(fromBodo.viewerCan).toEqual({ close: false, answer: true });
    const reach = Object.fromEntries(fromBodo.reach.map((r: any) => [r.organisation.name, r]));
    expect(reach['Kinn kommune']).toMatchObject({ ideas: 1, experiments: 1, running: 0, mine: false });
    expect(reach['Bodø kommune']).toMatchObject({ ideas: 1, experiments: 0, mine: true });
    // No title, author or text of Kinn's idea crosses the border.
    expect(JSON.stringify(fromBodo)).not.toContain('Kveldskaffi');

    const fromKinn = ok(await kinn.gql(CHALLENGE, { id: challengeId })).challenge;
    expect(fromKinn.ideas).toMatchObject([{ title: `Kveldskaffi ${tag}`, experiment: { state: 'PLANNED' } }]);
    expect(JSON.stringify(fromKinn)).not.toContain('Kveldsprat');
  });

  it('Bergen (invited, not a member) sees no challenge, cannot answer it, and reads none of the network’s lessons', async () => {
    expect(refused(await bergenLead.gql(CHALLENGE, { id: challengeId })).extensions?.code).toBe('NOT_FOUND');
    const list = ok(await bergen.gql('{ challenges(first: 50) { nodes { id } } }')).challenges.nodes as any[];
    expect(list.map((c) => c.id)).not.toContain(challengeId);
    const unitId = ok(await bergen.gql('{ me { unit { id } } }')).me.unit.id;
    const sneak = refused(
      await bergen.gql(CREATE_IDEA, { i: { title: `Snik ${tag}`, unitId, challengeId } }),
    );
    expect(sneak.extensions?.fields).toEqual([{ field: 'challengeId', message: 'challengeNotOpen' }]);
    const page = ok(await bergenLead.gql(NETWORK, { id: networkId })).network;
    expect(page).toMatchObject({ newestLessons: [], pins: [], challenges: [], summary: { lessons: 0 } });
  });

  it('the network page tells the demo story to a member: Bodø’s lesson shared, pinned and adopted by Kinn', async () => {
    const page = ok(await kinn.gql(NETWORK, { id: networkId })).network;
    // The demo's lesson is the pinned one (other journeys share lessons of their own to the network).
    const pinned = page.pins.map((p: any) => p.shared.lesson.title);
    const bodoLesson = page.newestLessons.find(
      (l: any) => l.organisation.name === 'Bodø kommune' && pinned.includes(l.lesson.title),
    );
    expect(bodoLesson.lesson).toMatchObject({ reach: 'NETWORK', adoptionCount: 1 });
    expect(page.mostAdoptedLessons[0].organisation.name).toBe('Bodø kommune');
    // One pin, on a lesson of Bodø's shared to the network (the find above fails otherwise).
    expect(pinned).toHaveLength(1);
    // Bergen's lesson is public, not shared to the network: it is not on the network page.
    expect(page.newestLessons.map((l: any) => l.organisation.name)).not.toContain('Bergen kommune');
    // The summary counts every shared lesson; the newest list shows at most ten of them.
    expect(Math.min(page.summary.lessons, 10)).toBe(page.newestLessons.length);
    expect(page.challenges.map((c: any) => c.id)).toContain(challengeId);
    expect(page.viewerCan).toEqual({ pin: false, postChallenge: false });
    expect(ok(await coordinator.gql(NETWORK, { id: networkId })).network.viewerCan).toEqual({
      pin: true,
      postChallenge: true,
    });
  });

  it('only the coordinator closes it; then no one answers', async () => {
    const close = (client: GraphqlClient) =>
      client.gql(`mutation($id: ID!) { closeChallenge(id: $id) { id state } }`, { id: challengeId });
    expect(
      refused(
        await bodoLead.gql(`mutation($id: ID!) { closeChallenge(id: $id) { id } }`, { id: challengeId }),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(ok(await close(coordinator)).closeChallenge.state).toBe('CLOSED');
    const unitId = ok(await bodo.gql('{ me { unit { id } } }')).me.unit.id;
    const late = refused(
      await bodo.gql(CREATE_IDEA, { i: { title: `For sent ${tag}`, unitId, challengeId } }),
    );
    expect(late.extensions?.fields).toEqual([{ field: 'challengeId', message: 'challengeNotOpen' }]);
    const trail = ok(
      await coordinator.gql(`query($id: ID!) { challenge(id: $id) { state viewerCan { close answer } } }`, {
        id: challengeId,
      }),
    ).challenge;
    expect(trail).toEqual({ state: 'CLOSED', viewerCan: { close: false, answer: false } });
  });
});
