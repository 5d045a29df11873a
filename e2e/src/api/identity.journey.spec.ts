import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { organisationNumberCheckDigit } from '../../../shared/src/identity/orgnr.js';
import {
  GraphqlClient,
  baseUrl,
  loginAs,
  ok,
  refused,
  unique,
  type GqlResult,
} from '../support/graphql-client.js';

/**
 * Identity, tenancy, units, networks and organisations, over HTTP against the real
 * server with demo data (see support/global-setup.ts). Nothing is mocked. Every test
 * makes what it changes itself, with unique names, so the order does not matter; the
 * demo data is only read, never changed, since the browser journeys share this server.
 */

const BODO_LEAD = 'innovasjon@bodo.demo';
const BODO_EMPLOYEE = 'ansatt@bodo.demo';
const BERGEN_LEAD = 'innovasjon@bergen.demo';
const BERGEN_EMPLOYEE = 'ansatt@bergen.demo';
const COORDINATOR = 'koordinator@nfk.demo';
const PLATFORM_ADMIN = 'drift@nfk.demo';
const DEMO_NETWORK = 'Innovasjonsnettverk Nord';

const ME = `query Me { me { id email name organisation { id name kind } roles { role unit { id name } } } }`;
const UNITS = `query Units($all: Boolean!) { units(includeArchived: $all) { id name parentId version archivedAt } }`;
const PEOPLE = `query People { people { id email name organisation { id name } roles { role unit { id } } } }`;
const INVITE = `mutation Invite($input: InvitePersonInput!) { invitePerson(input: $input) { link invitation { id email name status roles { role } } } }`;
const PREVIEW = `query Preview($token: String!) { invitationPreview(token: $token) { email name organisationName expiresAt } }`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id email name organisation { name } roles { role } } }`;
const LOGOUT = `mutation { logout }`;
const CREATE_UNIT = `mutation CreateUnit($input: CreateUnitInput!) { createUnit(input: $input) { id name parentId version archivedAt } }`;
const RENAME_UNIT = `mutation Rename($input: RenameUnitInput!) { renameUnit(input: $input) { id name version } }`;
const MOVE_UNIT = `mutation Move($input: MoveUnitInput!) { moveUnit(input: $input) { id parentId version } }`;
const ARCHIVE_UNIT = `mutation Archive($input: UnitVersionInput!) { archiveUnit(input: $input) { id archivedAt version } }`;
const SET_ROLES = `mutation SetRoles($input: SetRolesInput!) { setRoles(input: $input) { id roles { role } } }`;
const ORGANISATIONS = `query { organisations { id name kommunenummer fylkesnummer kind } }`;
const NETWORKS = `query { networks { id name viewerIsCoordinator myMembership { id status respondedAt } members { id status organisation { id name } } } }`;
const NETWORK = `query Network($id: ID!) { network(id: $id) { id name myMembership { id status } members { id status organisation { id name } } coordinator { name roles { role } } } }`;
const CREATE_NETWORK = `mutation CreateNetwork($input: CreateNetworkInput!) { createNetwork(input: $input) { id name viewerIsCoordinator members { status organisation { id } } } }`;
const INVITE_TO_NETWORK = `mutation InviteToNetwork($input: InviteToNetworkInput!) { inviteToNetwork(input: $input) { id status organisation { id name } } }`;
const RESPOND = `mutation Respond($input: RespondToNetworkInvitationInput!) { respondToNetworkInvitation(input: $input) { id status respondedAt organisation { id } } }`;
const CREATE_ORGANISATION = `mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { leadInvitationLink organisation { id name kind kommunenummer fylkesnummer organisationNumber } }
}`;

type Unit = { id: string; name: string; parentId: string | null; version: number; archivedAt: string | null };

function expectCode(res: GqlResult, code: string) {
  const error = refused(res);
  expect(error.extensions?.code).toBe(code);
  return error;
}

function expectFieldError(res: GqlResult, field: string, message?: string) {
  const error = expectCode(res, 'VALIDATION_FAILED');
  const fields = error.extensions?.fields ?? [];
  expect(fields).toEqual(
    expect.arrayContaining([message ? { field, message } : expect.objectContaining({ field })]),
  );
  return error;
}

const tokenOf = (link: string) => {
  expect(link).toMatch(/^\/invitasjon\/[A-Za-z0-9_-]{20,}$/);
  return link.slice('/invitasjon/'.length);
};

async function units(client: GraphqlClient, includeArchived = true): Promise<Unit[]> {
  return ok(await client.gql(UNITS, { all: includeArchived })).units;
}

async function createUnit(
  client: GraphqlClient,
  name: string,
  parentId: string | null = null,
): Promise<Unit> {
  return ok(await client.gql(CREATE_UNIT, { input: { name, parentId } })).createUnit;
}

/** A valid, random organisasjonsnummer (and one with a wrong check digit). */
function randomOrganisationNumber(): { valid: string; badCheckDigit: string } {
  for (;;) {
    const prefix = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
    const digit = organisationNumberCheckDigit(prefix);
    if (digit !== null) return { valid: `${prefix}${digit}`, badCheckDigit: `${prefix}${(digit + 1) % 10}` };
  }
}

describe('invitation, account and session', () => {
  it('invites a person who accepts, signs in, signs out and cannot use the invitation again', async () => {
    const lead = await loginAs(BODO_LEAD);
    const email = `ny.${unique()}@bodo.demo`;
    const invited = ok(
      await lead.gql(INVITE, { input: { email, name: 'Nina Nyansatt', roles: [{ role: 'EMPLOYEE' }] } }),
    ).invitePerson;
    expect(invited.invitation).toMatchObject({
      email,
      name: 'Nina Nyansatt',
      status: 'PENDING',
      roles: [{ role: 'EMPLOYEE' }],
    });
    const token = tokenOf(invited.link);

    const newcomer = new GraphqlClient();
    expectCode(await newcomer.gql(ME), 'UNAUTHENTICATED');
    const preview = ok(await newcomer.gql(PREVIEW, { token })).invitationPreview;
    expect(preview).toMatchObject({ email, name: 'Nina Nyansatt', organisationName: 'Bodø kommune' });
    expect(Date.parse(preview.expiresAt)).toBeGreaterThan(Date.now());

    // Too short a password is refused and uses nothing up.
    expectFieldError(
      await newcomer.gql(ACCEPT, { input: { token, name: 'Nina Nyansatt', password: 'kort' } }),
      'password',
    );
    expect(newcomer.hasSession()).toBe(false);

    const password = `riktig-hest-${unique()}`;
    const accepted = ok(
      await newcomer.gql(ACCEPT, { input: { token, name: 'Nina Nyansatt', password } }),
    ).acceptInvitation;
    expect(accepted).toMatchObject({
      email,
      name: 'Nina Nyansatt',
      organisation: { name: 'Bodø kommune' },
      roles: [{ role: 'EMPLOYEE' }],
    });
    expect(newcomer.hasSession()).toBe(true);

    const me = ok(await newcomer.gql(ME)).me;
    expect(me).toMatchObject({
      id: accepted.id,
      email,
      name: 'Nina Nyansatt',
      organisation: { name: 'Bodø kommune', kind: 'KOMMUNE' },
    });
    expect(me.roles).toEqual([{ role: 'EMPLOYEE', unit: null }]);
    // The lead now sees the newcomer among the organisation's people.
    expect(ok(await lead.gql(PEOPLE)).people.map((p: { email: string }) => p.email)).toContain(email);

    const stolenCookie = newcomer.copy();
    expect(ok(await newcomer.gql(LOGOUT)).logout).toBe(true);
    expect(newcomer.hasSession()).toBe(false);
    expectCode(await newcomer.gql(ME), 'UNAUTHENTICATED');
    // Signing out ends the session on the server, not just in this browser.
    expectCode(await stolenCookie.gql(ME), 'UNAUTHENTICATED');

    const again = new GraphqlClient();
    ok(await again.login(email, password));
    expect(ok(await again.gql(ME)).me.id).toBe(accepted.id);

    const reuse = new GraphqlClient();
    const used = expectFieldError(
      await reuse.gql(ACCEPT, { input: { token, name: 'Noen Andre', password: 'et-annet-passord-123' } }),
      'token',
      'invitationUsed',
    );
    expect(used.message).not.toMatch(/at .*\.js/);
    expect(reuse.hasSession()).toBe(false);
    expectFieldError(await reuse.gql(PREVIEW, { token }), 'token', 'invitationUsed');
  });

  it('answers a wrong password and an unknown e-mail identically, without a session', async () => {
    const wrongPassword = new GraphqlClient();
    const unknownEmail = new GraphqlClient();
    const a = await wrongPassword.login(BODO_LEAD, 'not-the-password');
    const b = await unknownEmail.login(`finnes.ikke.${unique()}@bodo.demo`, 'not-the-password');
    expect(a.data).toBeNull();
    expect(refused(a).extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(a.status).toBe(b.status);
    expect(b.errors).toEqual(a.errors);
    expect(wrongPassword.hasSession()).toBe(false);
    expect(unknownEmail.hasSession()).toBe(false);
  });

  it('refuses an unknown invitation token', async () => {
    const client = new GraphqlClient();
    expectCode(await client.gql(PREVIEW, { token: `ukjent-${unique()}` }), 'NOT_FOUND');
    expectCode(
      await client.gql(ACCEPT, {
        input: { token: `ukjent-${unique()}`, name: 'X', password: 'langt-nok-passord' },
      }),
      'NOT_FOUND',
    );
    expect(client.hasSession()).toBe(false);
  });
});

describe('tenant isolation', () => {
  it('shows Bergen only Bergen’s units and people', async () => {
    const [bodo, bergen] = await Promise.all([loginAs(BODO_LEAD), loginAs(BERGEN_LEAD)]);
    const bodoUnits = await units(bodo);
    const bergenUnits = await units(bergen);
    expect(bodoUnits.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Hjemmetjenesten', 'Oppvekst', 'Teknisk']),
    );
    expect(bergenUnits.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Barnehage og skole', 'Etat for hjemmebaserte tjenester']),
    );
    const bodoIds = new Set(bodoUnits.map((u) => u.id));
    expect(bergenUnits.filter((u) => bodoIds.has(u.id))).toEqual([]);
    for (const name of ['Hjemmetjenesten', 'Oppvekst', 'Teknisk', 'Bodøsjøen skole', 'Barnehager']) {
      expect(bergenUnits.map((u) => u.name)).not.toContain(name);
    }

    const bergenOrg = ok(await bergen.gql(ME)).me.organisation;
    const bodoPeople = ok(await bodo.gql(PEOPLE)).people as Array<{ id: string; email: string }>;
    const bergenPeople = ok(await bergen.gql(PEOPLE)).people as Array<{
      id: string;
      email: string;
      organisation: { id: string };
    }>;
    expect(bergenPeople.map((p) => p.email)).toEqual(expect.arrayContaining([BERGEN_LEAD, BERGEN_EMPLOYEE]));
    expect(bergenPeople.every((p) => p.organisation.id === bergenOrg.id)).toBe(true);
    const bodoPersonIds = new Set(bodoPeople.map((p) => p.id));
    expect(bergenPeople.filter((p) => bodoPersonIds.has(p.id) || p.email.endsWith('@bodo.demo'))).toEqual([]);
  });

  it('treats Bodø’s units as not found for Bergen, and leaves them unchanged', async () => {
    const [bodo, bergen] = await Promise.all([loginAs(BODO_LEAD), loginAs(BERGEN_LEAD)]);
    const target = await createUnit(bodo, `Isolasjon ${unique()}`);
    const bergenUnit = await createUnit(bergen, `Bergen ${unique()}`);

    expectCode(
      await bergen.gql(RENAME_UNIT, { input: { id: target.id, version: target.version, name: 'Kapret' } }),
      'NOT_FOUND',
    );
    expectCode(
      await bergen.gql(MOVE_UNIT, {
        input: { id: target.id, version: target.version, parentId: bergenUnit.id },
      }),
      'NOT_FOUND',
    );
    expectCode(
      await bergen.gql(MOVE_UNIT, { input: { id: target.id, version: target.version, parentId: null } }),
      'NOT_FOUND',
    );
    expectCode(
      await bergen.gql(ARCHIVE_UNIT, { input: { id: target.id, version: target.version } }),
      'NOT_FOUND',
    );
    // Nor can Bergen hang its own unit under Bodø's.
    expectFieldError(
      await bergen.gql(MOVE_UNIT, {
        input: { id: bergenUnit.id, version: bergenUnit.version, parentId: target.id },
      }),
      'parentId',
      'unknownUnit',
    );
    expectFieldError(
      await bergen.gql(CREATE_UNIT, { input: { name: `Under Bodø ${unique()}`, parentId: target.id } }),
      'parentId',
      'unknownUnit',
    );

    const after = (await units(bodo)).find((u) => u.id === target.id);
    expect(after).toEqual(target);
    expect((await units(bergen)).find((u) => u.id === bergenUnit.id)).toEqual(bergenUnit);
  });

  it('treats Bodø’s people as not found for Bergen’s innovation lead', async () => {
    const [bodo, bergen] = await Promise.all([loginAs(BODO_LEAD), loginAs(BERGEN_LEAD)]);
    const bodoPeople = ok(await bodo.gql(PEOPLE)).people as Array<{
      id: string;
      email: string;
      roles: Array<{ role: string }>;
    }>;
    const employee = bodoPeople.find((p) => p.email === BODO_EMPLOYEE)!;
    expect(employee.roles).toEqual([{ role: 'EMPLOYEE', unit: null }]);

    expectCode(
      await bergen.gql(SET_ROLES, { input: { personId: employee.id, roles: [{ role: 'INNOVATION_LEAD' }] } }),
      'NOT_FOUND',
    );

    const after = (ok(await bodo.gql(PEOPLE)).people as typeof bodoPeople).find((p) => p.id === employee.id)!;
    expect(after.roles).toEqual([{ role: 'EMPLOYEE', unit: null }]);
    // And the employee is still just an employee: cannot invite.
    const employeeClient = await loginAs(BODO_EMPLOYEE);
    expectCode(
      await employeeClient.gql(INVITE, {
        input: { email: `x.${unique()}@bodo.demo`, name: 'X', roles: [{ role: 'EMPLOYEE' }] },
      }),
      'FORBIDDEN',
    );
  });

  it('lets only the innovation lead invite people', async () => {
    const employee = await loginAs(BERGEN_EMPLOYEE);
    const email = `ikke.${unique()}@bergen.demo`;
    expectCode(
      await employee.gql(INVITE, { input: { email, name: 'Ikke Invitert', roles: [{ role: 'EMPLOYEE' }] } }),
      'FORBIDDEN',
    );
    const lead = await loginAs(BERGEN_LEAD);
    const pending = ok(await lead.gql(`query { invitations { email } }`)).invitations as Array<{
      email: string;
    }>;
    expect(pending.map((i) => i.email)).not.toContain(email);
  });

  it.each(['ansatt@bodo.demo', 'leder.helse@bodo.demo', 'tillitsvalgt@bodo.demo', 'direktor@bodo.demo'])(
    'refuses %s to change the unit tree',
    async (email) => {
      const client = await loginAs(email);
      const name = `Ulovlig ${unique()}`;
      expectCode(await client.gql(CREATE_UNIT, { input: { name } }), 'FORBIDDEN');
      const lead = await loginAs(BODO_LEAD);
      expect((await units(lead)).map((u) => u.name)).not.toContain(name);
    },
  );
});

describe('unit tree', () => {
  it('refuses to move a unit under its own grandchild, and leaves the tree as it was', async () => {
    const lead = await loginAs(BODO_LEAD);
    const tag = unique();
    const top = await createUnit(lead, `Topp ${tag}`);
    const middle = await createUnit(lead, `Midt ${tag}`, top.id);
    const bottom = await createUnit(lead, `Bunn ${tag}`, middle.id);
    expect([middle.parentId, bottom.parentId]).toEqual([top.id, middle.id]);

    expectFieldError(
      await lead.gql(MOVE_UNIT, { input: { id: top.id, version: top.version, parentId: bottom.id } }),
      'parentId',
      'cycle',
    );
    expectFieldError(
      await lead.gql(MOVE_UNIT, { input: { id: top.id, version: top.version, parentId: top.id } }),
      'parentId',
      'cycle',
    );

    const tree = (await units(lead)).filter((u) => u.name.endsWith(tag));
    expect(tree).toEqual(expect.arrayContaining([top, middle, bottom]));
    expect(tree).toHaveLength(3);

    // A legal move still works: the bottom unit becomes top-level.
    const moved = ok(
      await lead.gql(MOVE_UNIT, { input: { id: bottom.id, version: bottom.version, parentId: null } }),
    ).moveUnit;
    expect(moved).toEqual({ id: bottom.id, parentId: null, version: bottom.version + 1 });
  });

  it('refuses a change made from a stale version', async () => {
    const lead = await loginAs(BODO_LEAD);
    const unit = await createUnit(lead, `Versjon ${unique()}`);
    const renamed = ok(
      await lead.gql(RENAME_UNIT, { input: { id: unit.id, version: unit.version, name: `${unit.name} ny` } }),
    ).renameUnit;
    expect(renamed.version).toBe(unit.version + 1);

    expectCode(
      await lead.gql(RENAME_UNIT, {
        input: { id: unit.id, version: unit.version, name: `${unit.name} gammel` },
      }),
      'CONFLICT',
    );
    expectCode(await lead.gql(ARCHIVE_UNIT, { input: { id: unit.id, version: unit.version } }), 'CONFLICT');
    const after = (await units(lead)).find((u) => u.id === unit.id);
    expect(after).toMatchObject({ name: `${unit.name} ny`, version: renamed.version, archivedAt: null });
  });

  it('archives a unit: gone from the tree, kept with archivedAt when archived ones are asked for', async () => {
    const lead = await loginAs(BODO_LEAD);
    const tag = unique();
    const parent = await createUnit(lead, `Arkivforelder ${tag}`);
    const child = await createUnit(lead, `Arkivbarn ${tag}`, parent.id);

    expectFieldError(
      await lead.gql(ARCHIVE_UNIT, { input: { id: parent.id, version: parent.version } }),
      'id',
      'hasActiveChildren',
    );

    const archived = ok(
      await lead.gql(ARCHIVE_UNIT, { input: { id: child.id, version: child.version } }),
    ).archiveUnit;
    expect(archived.archivedAt).not.toBeNull();
    expect(Math.abs(Date.parse(archived.archivedAt) - Date.now())).toBeLessThan(60_000);

    expect((await units(lead, false)).map((u) => u.id)).not.toContain(child.id);
    expect((await units(lead, true)).find((u) => u.id === child.id)).toMatchObject({
      name: child.name,
      parentId: parent.id,
      archivedAt: archived.archivedAt,
    });
    // An archived unit cannot take new sub-units.
    expectFieldError(
      await lead.gql(CREATE_UNIT, { input: { name: `Under arkivert ${tag}`, parentId: child.id } }),
      'parentId',
      'unitArchived',
    );
  });
});

describe('networks', () => {
  async function organisationIds(client: GraphqlClient) {
    const orgs = ok(await client.gql(ORGANISATIONS)).organisations as Array<{
      id: string;
      kommunenummer: string | null;
    }>;
    const byNumber = (n: string) => orgs.find((o) => o.kommunenummer === n)!.id;
    return { bodo: byNumber('1804'), bergen: byNumber('4601') };
  }

  it('refuses to invite an organisation that is already invited or a member', async () => {
    const coordinator = await loginAs(COORDINATOR);
    const { bodo, bergen } = await organisationIds(coordinator);
    const demo = (
      ok(await coordinator.gql(NETWORKS)).networks as Array<{
        id: string;
        name: string;
        viewerIsCoordinator: boolean;
      }>
    ).find((n) => n.name === DEMO_NETWORK)!;
    expect(demo.viewerIsCoordinator).toBe(true);
    expectCode(
      await coordinator.gql(INVITE_TO_NETWORK, { input: { networkId: demo.id, organisationId: bergen } }),
      'CONFLICT',
    );
    expectCode(
      await coordinator.gql(INVITE_TO_NETWORK, { input: { networkId: demo.id, organisationId: bodo } }),
      'CONFLICT',
    );
  });

  it('lets the invited organisation’s innovation lead, and no one else, accept; members still do not see each other’s people', async () => {
    const coordinator = await loginAs(COORDINATOR);
    const { bodo, bergen } = await organisationIds(coordinator);
    const network = ok(
      await coordinator.gql(CREATE_NETWORK, {
        input: { name: `Nettverk ${unique()}`, description: 'Deler forsøk om velferdsteknologi.' },
      }),
    ).createNetwork;
    expect(network.viewerIsCoordinator).toBe(true);
    expect(network.members).toHaveLength(1);

    const invited = ok(
      await coordinator.gql(INVITE_TO_NETWORK, { input: { networkId: network.id, organisationId: bergen } }),
    ).inviteToNetwork;
    expect(invited).toMatchObject({
      status: 'INVITED',
      organisation: { id: bergen, name: 'Bergen kommune' },
    });
    expectCode(
      await coordinator.gql(INVITE_TO_NETWORK, { input: { networkId: network.id, organisationId: bergen } }),
      'CONFLICT',
    );

    // A Bergen employee sees the invitation but may not answer it.
    const bergenEmployee = await loginAs(BERGEN_EMPLOYEE);
    expectCode(
      await bergenEmployee.gql(RESPOND, { input: { membershipId: invited.id, accept: true } }),
      'FORBIDDEN',
    );
    // Bodø's lead may not answer Bergen's invitation either.
    const bodoLead = await loginAs(BODO_LEAD);
    expectCode(
      await bodoLead.gql(RESPOND, { input: { membershipId: invited.id, accept: true } }),
      'NOT_FOUND',
    );
    expectCode(await bodoLead.gql(NETWORK, { id: network.id }), 'NOT_FOUND');

    const bergenLead = await loginAs(BERGEN_LEAD);
    const seen = (
      ok(await bergenLead.gql(NETWORKS)).networks as Array<{
        id: string;
        viewerIsCoordinator: boolean;
        myMembership: { id: string; status: string } | null;
      }>
    ).find((n) => n.id === network.id);
    expect(seen).toMatchObject({
      viewerIsCoordinator: false,
      myMembership: { id: invited.id, status: 'INVITED' },
    });

    const answered = ok(
      await bergenLead.gql(RESPOND, { input: { membershipId: invited.id, accept: true } }),
    ).respondToNetworkInvitation;
    expect(answered).toMatchObject({ id: invited.id, status: 'MEMBER', organisation: { id: bergen } });
    expect(answered.respondedAt).not.toBeNull();
    expectCode(
      await bergenLead.gql(RESPOND, { input: { membershipId: invited.id, accept: false } }),
      'CONFLICT',
    );

    const members = ok(await coordinator.gql(NETWORK, { id: network.id })).network.members as Array<{
      status: string;
      organisation: { id: string };
    }>;
    expect(members.find((m) => m.organisation.id === bergen)?.status).toBe('MEMBER');

    // Bodø joins too; sharing a network shares no people, units or roles.
    const bodoInvite = ok(
      await coordinator.gql(INVITE_TO_NETWORK, { input: { networkId: network.id, organisationId: bodo } }),
    ).inviteToNetwork;
    ok(await bodoLead.gql(RESPOND, { input: { membershipId: bodoInvite.id, accept: true } }));
    const fromBergen = ok(await bergenLead.gql(NETWORK, { id: network.id })).network;
    expect(fromBergen.members.map((m: { organisation: { id: string } }) => m.organisation.id)).toEqual(
      expect.arrayContaining([bodo, bergen]),
    );
    expect(fromBergen.coordinator.roles).toEqual([]); // another organisation's person: roles stay hidden
    const bergenPeople = ok(await bergenLead.gql(PEOPLE)).people as Array<{
      email: string;
      organisation: { id: string };
    }>;
    expect(
      bergenPeople.filter((p) => p.organisation.id !== bergen || p.email.endsWith('@bodo.demo')),
    ).toEqual([]);
    const bodoUnitIds = new Set((await units(bodoLead)).map((u) => u.id));
    expect((await units(bergenLead)).filter((u) => bodoUnitIds.has(u.id))).toEqual([]);
  });
});

describe('organisations', () => {
  it('lets a platform operator register Narvik kommune, whose first lead accepts the invitation', async () => {
    const admin = await loginAs(PLATFORM_ADMIN);
    const { valid } = randomOrganisationNumber();
    const leadEmail = `innovasjon.${unique()}@narvik.demo`;
    const created = ok(
      await admin.gql(CREATE_ORGANISATION, {
        input: {
          kind: 'KOMMUNE',
          number: '1806',
          organisationNumber: valid,
          leadName: 'Nils Narvik',
          leadEmail,
        },
      }),
    ).createOrganisation;
    expect(created.organisation).toMatchObject({
      name: 'Narvik kommune',
      kind: 'KOMMUNE',
      kommunenummer: '1806',
      fylkesnummer: '18',
      organisationNumber: valid,
    });
    expect(ok(await admin.gql(ORGANISATIONS)).organisations.map((o: { id: string }) => o.id)).toContain(
      created.organisation.id,
    );

    const narvikLead = new GraphqlClient();
    const token = tokenOf(created.leadInvitationLink);
    expect(ok(await narvikLead.gql(PREVIEW, { token })).invitationPreview).toMatchObject({
      email: leadEmail,
      organisationName: 'Narvik kommune',
    });
    ok(
      await narvikLead.gql(ACCEPT, {
        input: { token, name: 'Nils Narvik', password: `nordlys-${unique()}` },
      }),
    );
    const me = ok(await narvikLead.gql(ME)).me;
    expect(me).toMatchObject({
      email: leadEmail,
      organisation: { id: created.organisation.id, name: 'Narvik kommune' },
    });
    expect(me.roles.map((r: { role: string }) => r.role)).toEqual(['INNOVATION_LEAD']);
    // A new tenant starts empty and sees no one else's data.
    expect(await units(narvikLead)).toEqual([]);
    expect(ok(await narvikLead.gql(PEOPLE)).people.map((p: { email: string }) => p.email)).toEqual([
      leadEmail,
    ]);
    expect((await createUnit(narvikLead, 'Oppvekst og kultur')).name).toBe('Oppvekst og kultur');
  });

  it('refuses a wrong check digit, an unknown kommunenummer and a taken organisasjonsnummer', async () => {
    const admin = await loginAs(PLATFORM_ADMIN);
    const { badCheckDigit, valid } = randomOrganisationNumber();
    const input = {
      kind: 'KOMMUNE',
      number: '1806',
      leadName: 'Nils Narvik',
      leadEmail: `x.${unique()}@narvik.demo`,
    };
    expectFieldError(
      await admin.gql(CREATE_ORGANISATION, { input: { ...input, organisationNumber: badCheckDigit } }),
      'organisationNumber',
      'invalidOrganisationNumber',
    );
    expectFieldError(
      await admin.gql(CREATE_ORGANISATION, {
        input: { ...input, number: '9999', organisationNumber: valid },
      }),
      'number',
    );
    // Bodø's real organisasjonsnummer is already registered.
    expectFieldError(
      await admin.gql(CREATE_ORGANISATION, { input: { ...input, organisationNumber: '972417807' } }),
      'organisationNumber',
      'organisationExists',
    );
    const orgs = ok(await admin.gql(`query { organisations { organisationNumber } }`))
      .organisations as Array<{ organisationNumber: string }>;
    expect(orgs.map((o) => o.organisationNumber)).not.toContain(valid);
    expect(orgs.filter((o) => o.organisationNumber === '972417807')).toHaveLength(1);
  });

  it.each([BODO_LEAD, COORDINATOR])('refuses %s to register organisations', async (email) => {
    const client = await loginAs(email);
    const { valid } = randomOrganisationNumber();
    expectCode(
      await client.gql(CREATE_ORGANISATION, {
        input: {
          kind: 'KOMMUNE',
          number: '1806',
          organisationNumber: valid,
          leadName: 'Nils Narvik',
          leadEmail: `x.${unique()}@narvik.demo`,
        },
      }),
      'FORBIDDEN',
    );
    const admin = await loginAs(PLATFORM_ADMIN);
    const orgs = ok(await admin.gql(`query { organisations { organisationNumber } }`))
      .organisations as Array<{ organisationNumber: string }>;
    expect(orgs.map((o) => o.organisationNumber)).not.toContain(valid);
  });
});

describe('errors never leak', () => {
  /** Stack frames, file paths, SQL: none of it may reach a client. */
  function expectNothingLeaks(body: unknown) {
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/\bat [\w$.<>]+ \(|\bat (file:|node:|\/)/);
    expect(text).not.toMatch(/\.(js|ts):\d+/);
    expect(text).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE FROM|WHERE)\b/);
    expect(text).not.toMatch(/node_modules|stacktrace|QueryFailedError|typeorm|postgres/i);
  }

  it('answers a malformed query with GRAPHQL_PARSE_FAILED and an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const client = new GraphqlClient();
    const parse = await client.gql(`query { me { id `);
    expect(parse.status).toBe(400);
    expect(refused(parse).extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expectNothingLeaks(parse.body);

    const invalid = await client.gql(`query { me { id passwordHash } }`);
    expect(invalid.status).toBe(400);
    expect(refused(invalid).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expectNothingLeaks(invalid.body);

    const badVariables = await client.gql(UNITS, { all: 'yes' });
    expect(refused(badVariables).extensions?.code).toBe('VALIDATION_FAILED');
    expectNothingLeaks(badVariables.body);
  });

  it('answers an unexpected failure with INTERNAL and a request id, and logs it under that id', async () => {
    // An id that is not a UUID reaches PostgreSQL, which fails: nobody planned for that error.
    const lead = await loginAs(BODO_LEAD);
    const res = await lead.gql(RENAME_UNIT, { input: { id: 'not-a-uuid', version: 1, name: 'X' } });
    const error = refused(res);
    expectNothingLeaks(res.body);
    expect(res.data ?? null).toBeNull();
    if (error.extensions?.code === 'INTERNAL') {
      const requestId = error.extensions.requestId as string;
      expect(res.headers.get('x-request-id')).toBe(requestId);
      expect(error.message).toContain(requestId);
      await new Promise((r) => setTimeout(r, 200)); // let the log line reach the file
      const log = readFileSync(process.env.E2E_SERVER_LOG!, 'utf8');
      expect(log).toContain(requestId);
    } else {
      // A server that checks ids first may answer NOT_FOUND or VALIDATION_FAILED: also fine, as long as nothing leaks.
      expect(['NOT_FOUND', 'VALIDATION_FAILED']).toContain(error.extensions?.code);
    }
  });

  it('refuses a query nested deeper than 8 levels before running it, and accepts 8', async () => {
    const client = new GraphqlClient();
    const nest = (levels: number) => {
      // __schema(1) types(2) fields(3) type(4) then ofType… down to a leaf `name`.
      let inner = 'name';
      for (let i = 0; i < levels - 5; i++) inner = `ofType { ${inner} }`;
      return `query { __schema { types { fields { type { ${inner} } } } } }`;
    };
    const eight = await client.gql(nest(8));
    expect(eight.errors).toBeUndefined();
    expect(eight.data.__schema.types.length).toBeGreaterThan(10);

    const nine = await client.gql(nest(9));
    expect(nine.data ?? null).toBeNull();
    expect(refused(nine).message).toMatch(/depth limit of 8 exceeded, found 9/);
    expectNothingLeaks(nine.body);

    // The same limit holds for the API's own types, also through fragments.
    const lead = await loginAs(BODO_LEAD);
    const viaFragments = await lead.gql(`
      query { networks { ...N } }
      fragment N on Network { members { organisation { id } } coordinator { ...P } }
      fragment P on Person { roles { unit { id } } organisation { id } }`);
    expect(viaFragments.errors).toBeUndefined();
  });
});

// A client's mistake (over the depth limit, a variable of the wrong type) is a 400, not a 500.
describe('client mistakes are 4xx', () => {
  const deep = `query { __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }`;

  it('answers a query over the depth limit with 400', async () => {
    const res = await new GraphqlClient().gql(deep);
    expect(refused(res).extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.status).toBe(400);
  });

  it('answers a variable of the wrong type with 400', async () => {
    const lead = await loginAs(BODO_LEAD);
    const res = await lead.gql(UNITS, { all: 'yes' });
    expect(refused(res).extensions?.code).toBe('VALIDATION_FAILED');
    expect(res.status).toBe(400);
  });
});

describe('operations', () => {
  it('reports liveness and readiness', async () => {
    const live = await fetch(`${baseUrl()}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${baseUrl()}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok' });
  });

  it('gives every response an x-request-id, keeping a well-formed one the caller sent', async () => {
    const responses = await Promise.all([
      fetch(`${baseUrl()}/health/live`),
      fetch(`${baseUrl()}/health/ready`),
      fetch(`${baseUrl()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      }),
      fetch(`${baseUrl()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{not json',
      }),
      fetch(`${baseUrl()}/finnes-ikke-${unique()}`),
    ]);
    const ids = responses.map((r) => r.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^[\w-]{8,}$/);
    expect(new Set(ids).size).toBe(ids.length);

    const mine = `e2e-${unique()}`;
    expect(
      (await fetch(`${baseUrl()}/health/live`, { headers: { 'x-request-id': mine } })).headers.get(
        'x-request-id',
      ),
    ).toBe(mine);
    const hostile = await fetch(`${baseUrl()}/health/live`, {
      headers: { 'x-request-id': 'bad id\twith spaces' },
    });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a GraphQL POST without a JSON content type (CSRF prevention)', async () => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });
});
