import { describe, expect, it } from '@jest/globals';
import { Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { OrganisationsPolicy } from '../organisations.policy.js';

const actor = (roles: Role[], org = 'org-a', platformAdmin = false) =>
  new Actor(
    'me',
    org,
    roles.map((role) => ({ role, unitId: role === Role.MANAGER ? 'unit-1' : null })),
    platformAdmin,
  );

describe('OrganisationsPolicy', () => {
  it('shows units to everyone in the organisation, readers included, and to no one outside', () => {
    for (const r of [Role.EMPLOYEE, Role.READER, Role.MANAGER])
      expect(OrganisationsPolicy.canSeeUnitsOf(actor([r]), 'org-a')).toBe(true);
    expect(OrganisationsPolicy.canSeeUnitsOf(actor([Role.INNOVATION_LEAD], 'org-b'), 'org-a')).toBe(false);
  });
  it('lets only the organisation’s innovation lead keep the unit tree', () => {
    expect(OrganisationsPolicy.canManageUnitsOf(actor([Role.INNOVATION_LEAD]), 'org-a')).toBe(true);
    expect(OrganisationsPolicy.canManageUnitsOf(actor([Role.INNOVATION_LEAD]), 'org-b')).toBe(false);
    for (const r of [Role.EMPLOYEE, Role.MANAGER, Role.UNION_REP, Role.READER, Role.NETWORK_COORDINATOR])
      expect(OrganisationsPolicy.canManageUnitsOf(actor([r]), 'org-a')).toBe(false);
  });
  it('leaves registering organisations to the installation’s operators', () => {
    expect(OrganisationsPolicy.canCreateOrganisation(actor([Role.READER], 'org-a', true))).toBe(true);
    expect(OrganisationsPolicy.canCreateOrganisation(actor([Role.INNOVATION_LEAD]))).toBe(false);
  });
});
