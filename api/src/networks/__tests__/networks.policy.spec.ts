import { describe, expect, it } from '@jest/globals';
import { positional } from '../../core/auth/authority.js';
import { MembershipStatus, Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { NetworksPolicy } from '../networks.policy.js';

const actor = (roles: Role[], org = 'org-a', id = 'me') =>
  new Actor(
    id,
    org,
    roles.map((role) => ({ role, unitId: null })),
  );
const network = { organisationId: 'org-a', coordinatorId: 'me' };

describe('NetworksPolicy', () => {
  it('lets only coordinators create networks and only the network’s own coordinator invite', () => {
    expect(NetworksPolicy.canCreate(actor([Role.NETWORK_COORDINATOR]))).toBe(true);
    expect(NetworksPolicy.canCreate(actor([Role.INNOVATION_LEAD]))).toBe(false);
    expect(NetworksPolicy.canInvite(actor([Role.NETWORK_COORDINATOR]), network)).toBe(true);
    expect(NetworksPolicy.canInvite(actor([Role.NETWORK_COORDINATOR], 'org-a', 'other'), network)).toBe(
      false,
    );
  });
  it('shows a network to its organisation and to invited or member organisations, not to those who declined', () => {
    const outsider = actor([Role.EMPLOYEE], 'org-b');
    expect(NetworksPolicy.canSee(actor([Role.EMPLOYEE]), network, null)).toBe(true);
    expect(NetworksPolicy.canSee(outsider, network, null)).toBe(false);
    expect(
      NetworksPolicy.canSee(outsider, network, { organisationId: 'org-b', status: MembershipStatus.INVITED }),
    ).toBe(true);
    expect(
      NetworksPolicy.canSee(outsider, network, {
        organisationId: 'org-b',
        status: MembershipStatus.DECLINED,
      }),
    ).toBe(false);
  });
  it('lets only the invited organisation’s innovation lead answer', () => {
    const invited = { organisationId: 'org-b', status: MembershipStatus.INVITED };
    expect(NetworksPolicy.canRespond(actor([Role.INNOVATION_LEAD], 'org-b'), invited)).toBe(true);
    expect(NetworksPolicy.canRespond(actor([Role.EMPLOYEE], 'org-b'), invited)).toBe(false);
    expect(NetworksPolicy.canRespond(actor([Role.INNOVATION_LEAD], 'org-a'), invited)).toBe(false);
  });
  it('offers in viewerCan exactly what the service allows: invite to the coordinator, respond to an open invitation', () => {
    const lead = actor([Role.INNOVATION_LEAD], 'org-b');
    const invited = { organisationId: 'org-b', status: MembershipStatus.INVITED };
    const none = { pin: false, postChallenge: false };
    expect(NetworksPolicy.abilities(lead, network, invited)).toEqual({
      invite: false,
      respond: true,
      ...none,
    });
    expect(
      NetworksPolicy.abilities(lead, network, { organisationId: 'org-b', status: MembershipStatus.MEMBER }),
    ).toEqual({ invite: false, respond: false, ...none });
    expect(NetworksPolicy.abilities(actor([Role.NETWORK_COORDINATOR]), network, null)).toEqual({
      invite: true,
      respond: false,
      pin: true,
      postChallenge: true,
    });
    // Any network coordinator of the running organisation pins and posts; the invitation stays the coordinator's.
    expect(
      NetworksPolicy.abilities(actor([Role.NETWORK_COORDINATOR], 'org-a', 'colleague'), network, null),
    ).toEqual({
      invite: false,
      respond: false,
      pin: true,
      postChallenge: true,
    });
    expect(NetworksPolicy.abilities(actor([Role.NETWORK_COORDINATOR], 'org-b'), network, null).pin).toBe(
      false,
    );
    expect(NetworksPolicy.abilities(actor([Role.READER], 'org-b'), network, invited).respond).toBe(false);
  });
  it('gives lists the same rule as canSee: my own, or open to my organisation', () => {
    const { params, bind } = positional();
    const where = NetworksPolicy.listFilter(actor([Role.EMPLOYEE], 'org-x'), 'n', 'mm', bind);
    expect(where).toBe('(n.organisation_id = $3 OR mm.status IN ($1, $2))');
    expect(params).toEqual(['INVITED', 'MEMBER', 'org-x']);
  });
});
