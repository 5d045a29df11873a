import { describe, expect, it } from '@jest/globals';
import { Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { IdentityPolicy } from '../identity.policy.js';

const actor = (roles: Role[], org = 'org-a', id = 'me') =>
  new Actor(
    id,
    org,
    roles.map((role) => ({ role, unitId: role === Role.MANAGER ? 'unit-1' : null })),
  );

describe('IdentityPolicy', () => {
  it('lets only an innovation lead of the same organisation invite', () => {
    expect(IdentityPolicy.canInvite(actor([Role.INNOVATION_LEAD]), 'org-a')).toBe(true);
    expect(IdentityPolicy.canInvite(actor([Role.INNOVATION_LEAD]), 'org-b')).toBe(false);
    for (const r of [Role.EMPLOYEE, Role.MANAGER, Role.UNION_REP, Role.READER, Role.NETWORK_COORDINATOR]) {
      expect(IdentityPolicy.canInvite(actor([r]), 'org-a')).toBe(false);
    }
  });

  it('lets only an innovation lead change roles, and only inside the organisation', () => {
    expect(IdentityPolicy.canSetRoles(actor([Role.INNOVATION_LEAD]), { organisationId: 'org-a' })).toBe(true);
    expect(IdentityPolicy.canSetRoles(actor([Role.INNOVATION_LEAD]), { organisationId: 'org-b' })).toBe(
      false,
    );
    expect(
      IdentityPolicy.canSetRoles(actor([Role.MANAGER, Role.EMPLOYEE]), { organisationId: 'org-a' }),
    ).toBe(false);
  });

  it('refuses a lead dropping their own lead role, but allows it for others', () => {
    const lead = actor([Role.INNOVATION_LEAD]);
    expect(IdentityPolicy.keepsOwnLeadRole(lead, 'me', [{ role: Role.EMPLOYEE }])).toBe(false);
    expect(IdentityPolicy.keepsOwnLeadRole(lead, 'me', [{ role: Role.INNOVATION_LEAD }])).toBe(true);
    expect(IdentityPolicy.keepsOwnLeadRole(lead, 'someone-else', [{ role: Role.EMPLOYEE }])).toBe(true);
  });

  it('shows people only inside their own organisation', () => {
    expect(IdentityPolicy.canSeePeopleOf(actor([Role.EMPLOYEE]), 'org-a')).toBe(true);
    expect(
      IdentityPolicy.canSeePeopleOf(actor([Role.INNOVATION_LEAD, Role.NETWORK_COORDINATOR]), 'org-b'),
    ).toBe(false);
  });
});
