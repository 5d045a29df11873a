/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by assertions */
import { loginAs, ok, unique, type GraphqlClient } from './graphql-client.js';
import { COORDINATOR } from './lk-api.js';

/**
 * A network of the demo coordinator's own with the organisations of `leads` as members (each
 * innovation lead accepts its invitation), so a journey never depends on another's network.
 */
export async function sharedNetwork(leads: GraphqlClient[]): Promise<{ id: string; name: string }> {
  const coordinator = await loginAs(COORDINATOR);
  const network = ok(
    await coordinator.gql(`mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id name } }`, {
      i: { name: `Gjenbruksnettverk ${unique()}`, description: 'Prøver hverandres lærdommer.' },
    }),
  ).createNetwork;
  for (const lead of leads) {
    const orgId = ok(await lead.gql('{ me { organisation { id } } }')).me.organisation.id;
    const invited = ok(
      await coordinator.gql(`mutation($i: InviteToNetworkInput!) { inviteToNetwork(input: $i) { id } }`, {
        i: { networkId: network.id, organisationId: orgId },
      }),
    ).inviteToNetwork;
    ok(
      await lead.gql(
        `mutation($i: RespondToNetworkInvitationInput!) { respondToNetworkInvitation(input: $i) { status } }`,
        { i: { membershipId: invited.id, accept: true } },
      ),
    );
  }
  return network;
}

/** Writes the lesson of a finished experiment (as one of its writers) and has the innovation lead publish it to `networkId`. */
export async function publishToNetwork(
  writer: GraphqlClient,
  lead: GraphqlClient,
  experimentId: string,
  networkId: string,
  title: string,
): Promise<{ id: string; title: string }> {
  const draft = ok(
    await writer.gql(
      `mutation($e: ID!, $i: CreateLessonInput) { createLesson(experimentId: $e, input: $i) { id version title } }`,
      {
        e: experimentId,
        i: { title, summary: 'Det virket, og slik gjorde vi det.', advice: 'Mål nullpunktet først.' },
      },
    ),
  ).createLesson;
  ok(
    await lead.gql(
      `mutation($id: ID!, $v: Int!, $n: [ID!]!) { publishLesson(id: $id, version: $v, reach: NETWORK, networkIds: $n) { id } }`,
      { id: draft.id, v: draft.version, n: [networkId] },
    ),
  );
  return { id: draft.id, title: draft.title };
}

export const SPREAD = `id title adoptionCount
  rollup { adoptions organisations inProgress supported notSupported inconclusive stopped notShared }
  adoptions { organisationName unitName state depth resultShared result lesson { id title } measured { metric baseline latest target change } }
  viewerCanAdopt { asExperiment asIdea } adoptOptions { asIdea units { id name } ownUnitId }`;

export async function spreadOf(client: GraphqlClient, lessonId: string): Promise<any> {
  return ok(await client.gql(`query($id: ID!) { lesson(id: $id) { ${SPREAD} } }`, { id: lessonId })).lesson;
}
