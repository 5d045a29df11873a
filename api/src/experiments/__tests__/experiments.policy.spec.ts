import { describe, expect, it } from '@jest/globals';
import { Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { ExperimentsPolicy } from '../experiments.policy.js';

const facts = {
  organisationId: 'org',
  ownerId: 'owner',
  teamIds: ['owner', 'member'],
  unitChain: ['team', 'department'],
};
const person = (id: string, roles: Array<[Role, string | null]> = [[Role.EMPLOYEE, null]], org = 'org') =>
  new Actor(
    id,
    org,
    roles.map(([role, unitId]) => ({ role, unitId })),
  );

describe('ExperimentsPolicy', () => {
  it('lets the owner and managers above start and stop, not other team members', () => {
    expect(ExperimentsPolicy.canStartOrStop(person('owner'), facts)).toBe(true);
    expect(ExperimentsPolicy.canStartOrStop(person('boss', [[Role.MANAGER, 'department']]), facts)).toBe(
      true,
    );
    expect(ExperimentsPolicy.canStartOrStop(person('member'), facts)).toBe(false);
  });
  it('lets the whole team and managers conclude and keep the log', () => {
    expect(ExperimentsPolicy.canConclude(person('member'), facts)).toBe(true);
    expect(ExperimentsPolicy.canEdit(person('boss', [[Role.MANAGER, 'team']]), facts)).toBe(true);
    expect(ExperimentsPolicy.canEdit(person('colleague'), facts)).toBe(false);
  });
  it('lets a union representative of the organisation record involvement, not one from elsewhere', () => {
    expect(ExperimentsPolicy.canRecordUnionInvolvement(person('rep', [[Role.UNION_REP, null]]), facts)).toBe(
      true,
    );
    expect(
      ExperimentsPolicy.canRecordUnionInvolvement(person('rep', [[Role.UNION_REP, null]], 'other'), facts),
    ).toBe(false);
    expect(ExperimentsPolicy.canRecordUnionInvolvement(person('colleague'), facts)).toBe(false);
  });
  it('shows experiments to everyone in the organisation and no one outside', () => {
    expect(ExperimentsPolicy.canSee(person('colleague'), facts)).toBe(true);
    expect(ExperimentsPolicy.canSee(person('outsider', [[Role.INNOVATION_LEAD, null]], 'other'), facts)).toBe(
      false,
    );
  });
  it('refuses a manager of another organisation with the same unit id', () => {
    expect(ExperimentsPolicy.canStartOrStop(person('boss', [[Role.MANAGER, 'team']], 'other'), facts)).toBe(
      false,
    );
  });
});
