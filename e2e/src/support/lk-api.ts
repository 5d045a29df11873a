import { GraphqlClient, loginAs, ok, unique } from './graphql-client.js';

/**
 * What the browser journeys check through the API, and what they set up through it
 * (people of their own, networks of their own), so they never depend on another test.
 */

export const BODO_LEAD = 'innovasjon@bodo.demo';
export const BERGEN_LEAD = 'innovasjon@bergen.demo';
export const COORDINATOR = 'koordinator@nfk.demo';

export interface Unit {
  id: string;
  name: string;
  parentId: string | null;
  archivedAt: string | null;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  locale: 'NB' | 'NN' | 'EN';
  organisation: { id: string; name: string };
  roles: Array<{ role: string; unit: { id: string } | null }>;
}

const ME = `query { me { id email name locale organisation { id name } roles { role unit { id } } } }`;

export async function me(client: GraphqlClient): Promise<Me> {
  return ok(await client.gql(ME)).me;
}

export async function units(client: GraphqlClient): Promise<Unit[]> {
  return ok(
    await client.gql(
      `query Units($all: Boolean!) { units(includeArchived: $all) { id name parentId archivedAt } }`,
      {
        all: true,
      },
    ),
  ).units;
}

export async function invitations(
  client: GraphqlClient,
): Promise<
  Array<{ id: string; email: string; name: string; status: string; roles: Array<{ role: string }> }>
> {
  return ok(await client.gql(`query { invitations { id email name status roles { role } } }`)).invitations;
}

export async function people(client: GraphqlClient): Promise<
  Array<{
    id: string;
    email: string;
    name: string;
    roles: Array<{ role: string; unit: { id: string } | null }>;
  }>
> {
  return ok(await client.gql(`query { people { id email name roles { role unit { id } } } }`)).people;
}

export async function networks(
  client: GraphqlClient,
): Promise<Array<{ id: string; name: string; myMembership: { id: string; status: string } | null }>> {
  return ok(await client.gql(`query { networks { id name myMembership { id status } } }`)).networks;
}

/** Sets the signed-in person's preferred language (keeping the name). */
export async function setPreferredLocale(client: GraphqlClient, locale: Me['locale']): Promise<void> {
  const { name } = await me(client);
  ok(
    await client.gql(
      `mutation P($input: UpdateProfileInput!) { updateProfile(input: $input) { id locale } }`,
      {
        input: { name, locale },
      },
    ),
  );
}

/**
 * A new person of `inviter`'s organisation with `roles`, invited and accepted through the
 * API: a browser journey's own account, whose settings no other test touches.
 */
export async function newPerson(
  inviter: GraphqlClient,
  roles: string[],
  name = 'Kari Tastatur',
): Promise<{ email: string; password: string; name: string }> {
  const email = `e2e.${unique()}@bodo.demo`;
  const password = `tastatur-${unique()}`;
  const { link } = ok(
    await inviter.gql(`mutation I($input: InvitePersonInput!) { invitePerson(input: $input) { link } }`, {
      input: { email, name, roles: roles.map((role) => ({ role })) },
    }),
  ).invitePerson;
  const token = link.slice('/invitasjon/'.length);
  ok(
    await new GraphqlClient().gql(
      `mutation A($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`,
      {
        input: { token, name, password },
      },
    ),
  );
  return { email, password, name };
}

/** A network of the demo coordinator's own, with `organisationName` invited to it. */
export async function networkInviting(organisationName: string): Promise<{ id: string; name: string }> {
  const coordinator = await loginAs(COORDINATOR);
  const orgs = ok(await coordinator.gql(`query { organisations { id name } }`)).organisations as Array<{
    id: string;
    name: string;
  }>;
  const org = orgs.find((o) => o.name === organisationName);
  if (!org)
    throw new Error(`No organisation "${organisationName}" among ${orgs.map((o) => o.name).join(', ')}`);
  const network = ok(
    await coordinator.gql(
      `mutation C($input: CreateNetworkInput!) { createNetwork(input: $input) { id name } }`,
      {
        input: {
          name: `Nettverk for helseforsøk ${unique()}`,
          description: 'Deler erfaringer fra forsøk i helse.',
        },
      },
    ),
  ).createNetwork;
  ok(
    await coordinator.gql(
      `mutation I($input: InviteToNetworkInput!) { inviteToNetwork(input: $input) { id status } }`,
      { input: { networkId: network.id, organisationId: org.id } },
    ),
  );
  return network;
}

// ── The dare-to-try cycle ────────────────────────────────────────────────────

export interface TimelineEvent {
  action: string;
  reason: string | null;
  actor: { name: string } | null;
}

export interface Idea {
  id: string;
  state: string;
  version: number;
  title: string;
  needWhose: string;
  needObserved: string;
  proposal: string;
  benefit: string;
  actions: string[];
  sdgs: number[];
  theme: string | null;
  unit: { name: string };
  author: { name: string } | null;
  decisionReason: string | null;
  decidedBy: { name: string } | null;
  experiment: { id: string; state: string; title: string } | null;
  backingCount: number;
  comments: Array<{ text: string; author: { name: string } }>;
  timeline: TimelineEvent[];
}

const IDEA = `id state version title needWhose needObserved proposal benefit actions sdgs theme unit { name }
  author { name } decisionReason decidedBy { name } experiment { id state title } backingCount comments { text author { name } }
  timeline { action reason actor { name } }`;

/** The idea as `client` may see it; throws when refused (see `ideaRefusal`). */
export async function idea(client: GraphqlClient, id: string): Promise<Idea> {
  return ok(await client.gql(`query($id: ID!) { idea(id: $id) { ${IDEA} } }`, { id })).idea;
}

/** The error code `client` gets asking for an idea (NOT_FOUND, say), or null when it is shown. */
export async function ideaRefusal(client: GraphqlClient, id: string): Promise<string | null> {
  const res = await client.gql(`query($id: ID!) { idea(id: $id) { id } }`, { id });
  return res.errors?.length ? String(res.errors[0].extensions?.code) : null;
}

export interface Experiment {
  id: string;
  state: string;
  version: number;
  title: string;
  owner: { name: string };
  idea: { id: string } | null;
  affectsEmployees: boolean;
  acceptableLoss: string;
  hours: number | null;
  nok: number | null;
  hypothesis: {
    change: string;
    targetGroup: string;
    expectedEffect: string;
    metric: string;
    baseline: number | null;
    target: number | null;
    byDate: string | null;
  };
  viewerCan: { start: boolean; conclude: boolean; log: boolean };
  unionInvolvements: Array<{
    occurredOn: string;
    who: string;
    whatWasSaid: string;
    recordedBy: { name: string };
  }>;
  measurements: Array<{ measuredOn: string; value: number; note: string | null }>;
  learningEntries: Array<{
    kind: string;
    text: string;
    promptId: string | null;
    entryDate: string;
    author: { name: string };
  }>;
  result: string | null;
  learningCard: { believed: string; observed: string; learned: string; nextStep: string } | null;
  timeline: TimelineEvent[];
}

const EXPERIMENT = `id state version title owner { name } idea { id } affectsEmployees acceptableLoss hours nok
  hypothesis { change targetGroup expectedEffect metric baseline target byDate } viewerCan { start conclude log }
  unionInvolvements { occurredOn who whatWasSaid recordedBy { name } } measurements { measuredOn value note }
  learningEntries { kind text promptId entryDate author { name } } result
  learningCard { believed observed learned nextStep } timeline { action reason actor { name } }`;

export async function experiment(client: GraphqlClient, id: string): Promise<Experiment> {
  return ok(await client.gql(`query($id: ID!) { experiment(id: $id) { ${EXPERIMENT} } }`, { id })).experiment;
}

/** The error code `client` gets asking for an experiment, or null when it is shown. */
export async function experimentRefusal(client: GraphqlClient, id: string): Promise<string | null> {
  const res = await client.gql(`query($id: ID!) { experiment(id: $id) { id } }`, { id });
  return res.errors?.length ? String(res.errors[0].extensions?.code) : null;
}

export interface Notification {
  kind: string;
  subjectId: string;
  title: string | null;
  reason: string | null;
  experimentId: string | null;
  readAt: string | null;
}

export async function notifications(client: GraphqlClient): Promise<Notification[]> {
  return ok(await client.gql('{ notifications { kind subjectId title reason experimentId readAt } }'))
    .notifications;
}

/** The ids of the ideas waiting in `client`'s review queue. */
export async function reviewQueue(
  client: GraphqlClient,
): Promise<Array<{ id: string; title: string; waitingDays: number }>> {
  return ok(await client.gql('{ reviewQueue { id title waitingDays } }')).reviewQueue;
}
