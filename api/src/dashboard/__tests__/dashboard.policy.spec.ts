import { describe, expect, it } from '@jest/globals';
import { ErrorCode, Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { DashboardPolicy, type DashboardTarget } from '../dashboard.policy.js';

const ORG = 'org-a';
const actor = (...roles: Array<[Role, string | null]>) =>
  new Actor(
    'p',
    ORG,
    roles.map(([role, unitId]) => ({ role, unitId })),
  );

/** Unit chains, nearest first: R → C1 → G, R → C2. */
const unit = (...chain: string[]): DashboardTarget => ({ scope: 'UNIT', unitChain: chain });
const G = unit('G', 'C1', 'R');
const C2 = unit('C2', 'R');
const R = unit('R');
const ownNetwork: DashboardTarget = { scope: 'NETWORK', network: { organisationId: ORG } };

const opens = (a: Actor, t: DashboardTarget) => DashboardPolicy.rules(a, t).open?.code ?? 'OPEN';

describe('DashboardPolicy', () => {
  it.each([
    [
      'innovation lead',
      actor([Role.INNOVATION_LEAD, null]),
      ['OPEN', 'OPEN', 'OPEN', 'OPEN', 'FORBIDDEN', 'OPEN'],
    ],
    ['reader', actor([Role.READER, null]), ['OPEN', 'OPEN', 'OPEN', 'OPEN', 'FORBIDDEN', 'OPEN']],
    [
      'manager of C1',
      actor([Role.MANAGER, 'C1'], [Role.EMPLOYEE, null]),
      ['FORBIDDEN', 'OPEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'OPEN'],
    ],
    [
      'coordinator',
      actor([Role.NETWORK_COORDINATOR, null]),
      ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'OPEN', 'OPEN'],
    ],
    [
      'employee',
      actor([Role.EMPLOYEE, null]),
      ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'OPEN'],
    ],
  ])('%s: organisation, G, C2, R, own network, Norway', (_who, a, expected) => {
    expect([
      opens(a, { scope: 'ORGANISATION' }),
      opens(a, G),
      opens(a, C2),
      opens(a, R),
      opens(a, ownNetwork),
      opens(a, { scope: 'NATIONAL' }),
    ]).toEqual(expected);
  });

  it('a coordinator of another organisation does not coordinate this network', () => {
    const other = new Actor('p', 'org-b', [{ role: Role.NETWORK_COORDINATOR, unitId: null }]);
    expect(DashboardPolicy.rules(other, ownNetwork).open?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('the barometer is the organisation’s; the export the organisation’s or a manager’s units', () => {
    expect(DashboardPolicy.barometerRules(actor([Role.READER, null])).open).toBeNull();
    expect(DashboardPolicy.barometerRules(actor([Role.MANAGER, 'C1'])).open?.code).toBe(ErrorCode.FORBIDDEN);
    expect(DashboardPolicy.exportRules(actor([Role.MANAGER, 'C1'])).open).toBeNull();
    expect(DashboardPolicy.exportRules(actor([Role.EMPLOYEE, null])).open?.code).toBe(ErrorCode.FORBIDDEN);
    expect(DashboardPolicy.exportRules(actor([Role.NETWORK_COORDINATOR, null])).open?.code).toBe(
      ErrorCode.FORBIDDEN,
    );
  });
});
