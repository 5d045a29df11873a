import { describe, expect, it } from '@jest/globals';
import { positional } from '../../core/auth/authority.js';
import { ErrorCode, ExperimentState, Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { ExperimentsPolicy, type ExperimentFacts } from '../experiments.policy.js';

const facts = (over: Partial<ExperimentFacts> = {}): ExperimentFacts => ({
  organisationId: 'org',
  state: ExperimentState.RUNNING,
  ownerId: 'owner',
  teamIds: ['owner', 'member'],
  unitChain: ['team', 'department'],
  affectsEmployees: false,
  unionInvolved: false,
  ...over,
});
const person = (id: string, roles: Array<[Role, string | null]> = [[Role.EMPLOYEE, null]], org = 'org') =>
  new Actor(
    id,
    org,
    roles.map(([role, unitId]) => ({ role, unitId })),
  );
const can = (a: Actor, f = facts()) => ExperimentsPolicy.abilities(a, f);
const planned = facts({ state: ExperimentState.PLANNED });

describe('ExperimentsPolicy', () => {
  it('lets the owner and managers above start and stop, not other team members', () => {
    expect(can(person('owner'), planned)).toMatchObject({ start: true, stop: true });
    expect(can(person('boss', [[Role.MANAGER, 'department']]), planned)).toMatchObject({
      start: true,
      stop: true,
    });
    expect(can(person('member'), planned)).toMatchObject({ start: false, stop: false });
  });
  it('lets the owner and managers choose the team, not other members', () => {
    expect(can(person('owner')).setTeam).toBe(true);
    expect(can(person('member')).setTeam).toBe(false);
  });
  it('lets the whole team and managers conclude and keep the log', () => {
    expect(can(person('member')).conclude).toBe(true);
    expect(can(person('member')).log).toBe(true);
    expect(can(person('boss', [[Role.MANAGER, 'team']])).edit).toBe(true);
    expect(can(person('colleague'))).toMatchObject({ edit: false, log: false, conclude: false });
  });
  it('follows the state machine: start only when planned, conclude only when running, nothing once ended', () => {
    expect(can(person('owner')).start).toBe(false);
    expect(ExperimentsPolicy.rules(person('owner'), facts()).start?.code).toBe(ErrorCode.INVALID_TRANSITION);
    expect(can(person('owner'), planned).conclude).toBe(false);
    for (const state of [ExperimentState.CONCLUDED, ExperimentState.STOPPED]) {
      const a = can(person('owner'), facts({ state }));
      expect(Object.values(a).some(Boolean)).toBe(false);
      expect(ExperimentsPolicy.rules(person('owner'), facts({ state })).edit?.code).toBe(
        ErrorCode.INVALID_TRANSITION,
      );
    }
  });
  it('refuses to start an employee-affecting trial until union involvement is recorded', () => {
    const affecting = facts({ state: ExperimentState.PLANNED, affectsEmployees: true });
    expect(can(person('owner'), affecting).start).toBe(false);
    expect(ExperimentsPolicy.rules(person('owner'), affecting).start).toMatchObject({
      code: ErrorCode.INVALID_TRANSITION,
      fields: [{ field: 'unionInvolvements', message: 'unionInvolvementRequired' }],
    });
    expect(can(person('owner'), { ...affecting, unionInvolved: true }).start).toBe(true);
  });
  it('lets a union representative of the organisation record involvement, not one from elsewhere', () => {
    expect(can(person('rep', [[Role.UNION_REP, null]])).recordUnionInvolvement).toBe(true);
    expect(can(person('rep', [[Role.UNION_REP, null]], 'other')).recordUnionInvolvement).toBe(false);
    expect(can(person('colleague')).recordUnionInvolvement).toBe(false);
  });
  it('lets a union representative who is not on the team do nothing else', () => {
    expect(can(person('rep', [[Role.UNION_REP, null]]))).toMatchObject({
      edit: false,
      log: false,
      start: false,
      stop: false,
      conclude: false,
      setTeam: false,
    });
  });
  it('refuses a reader every write, even one put on the team or made owner', () => {
    for (const id of ['owner', 'member', 'colleague']) {
      const a = can(person(id, [[Role.READER, null]]), planned);
      expect(Object.values(a).some(Boolean)).toBe(false);
      expect(ExperimentsPolicy.rules(person(id, [[Role.READER, null]]), planned).edit?.code).toBe(
        ErrorCode.FORBIDDEN,
      );
    }
  });
  it('lets a manager create experiments in their units and below, no one else', () => {
    const boss = person('boss', [[Role.MANAGER, 'department']]);
    expect(ExperimentsPolicy.canCreate(boss, ['team', 'department'])).toBe(true);
    expect(ExperimentsPolicy.canCreate(boss, ['other'])).toBe(false);
    expect(ExperimentsPolicy.canCreateSomewhere(boss)).toBe(true);
    for (const r of [Role.EMPLOYEE, Role.READER, Role.INNOVATION_LEAD, Role.UNION_REP])
      expect(ExperimentsPolicy.canCreateSomewhere(person('x', [[r, null]]))).toBe(false);
  });
  it('lets the innovation lead see, but not run, an experiment they are not on', () => {
    const lead = person('lead', [[Role.INNOVATION_LEAD, null]]);
    expect(ExperimentsPolicy.canSee(lead, facts())).toBe(true);
    expect(Object.values(can(lead)).some(Boolean)).toBe(false);
  });
  it('shows experiments to everyone in the organisation and no one outside', () => {
    expect(ExperimentsPolicy.canSee(person('colleague'), facts())).toBe(true);
    expect(
      ExperimentsPolicy.canSee(person('outsider', [[Role.INNOVATION_LEAD, null]], 'other'), facts()),
    ).toBe(false);
    const { params, bind } = positional();
    expect(ExperimentsPolicy.listFilter(person('x', [], 'org-y'), 'e', bind)).toBe('e.organisation_id = $1');
    expect(params).toEqual(['org-y']);
  });
  it('refuses a manager of another organisation with the same unit id', () => {
    expect(Object.values(can(person('boss', [[Role.MANAGER, 'team']], 'other'), planned)).some(Boolean)).toBe(
      false,
    );
  });
});
