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
