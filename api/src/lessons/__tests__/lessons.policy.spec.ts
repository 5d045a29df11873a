import { describe, expect, it } from '@jest/globals';
import { ExperimentState, LessonReach, LessonState, Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { LessonsPolicy, type LessonFacts } from '../lessons.policy.js';

const ORG = 'org-a';
const actor = (id: string, roles: Array<[Role, string | null]>, org = ORG) =>
  new Actor(
    id,
    org,
    roles.map(([role, unitId]) => ({ role, unitId })),
  );
const owner = actor('owner', [[Role.EMPLOYEE, null]]);
const teamMember = actor('member', [[Role.EMPLOYEE, null]]);
const colleague = actor('colleague', [[Role.EMPLOYEE, null]]);
const teamManager = actor('tm', [[Role.MANAGER, 'team']]);
const sectorManager = actor('sm', [[Role.MANAGER, 'sector']]);
const otherManager = actor('om', [[Role.MANAGER, 'other']]);
const lead = actor('lead', [[Role.INNOVATION_LEAD, null]]);
const reader = actor('reader', [[Role.READER, null]]);
const foreignLead = actor('flead', [[Role.INNOVATION_LEAD, null]], 'org-b');

const facts = (over: Partial<LessonFacts> = {}): LessonFacts => ({
  organisationId: ORG,
  state: LessonState.DRAFT,
  reach: LessonReach.ORGANISATION,
  networkIds: [],
  unitId: 'team',
  unitChain: ['team', 'department', 'sector'],
  ownerId: 'owner',
  teamIds: ['owner', 'member'],
  createdById: 'owner',
  contactPersonId: null,
  ...over,
});

describe('LessonsPolicy', () => {
  it.each([
    ['owner', owner, true],
    ['team member', teamMember, true],
    ['manager of the unit', teamManager, true],
    ['manager above', sectorManager, true],
    ['innovation lead', lead, true],
    ['colleague', colleague, false],
    ['manager of another unit', otherManager, false],
    ['reader', reader, false],
    ['another organisation’s lead', foreignLead, false],
  ])('%s may write a lesson of a concluded experiment: %s', (_n, who, ok) => {
    const x = {
      organisationId: ORG,
      state: ExperimentState.CONCLUDED,
      ownerId: 'owner',
      teamIds: ['owner', 'member'],
      unitChain: ['team', 'department', 'sector'],
    };
    expect(LessonsPolicy.canWrite(who, x) === null).toBe(ok);
  });

  it('not from a planned or running experiment', () => {
    for (const state of [ExperimentState.PLANNED, ExperimentState.RUNNING])
      expect(
        LessonsPolicy.canWrite(owner, {
          organisationId: ORG,
          state,
          ownerId: 'owner',
          teamIds: [],
          unitChain: ['team'],
        })?.code,
      ).toBe('INVALID_TRANSITION');
  });

  it.each([
    [teamManager, [LessonReach.UNIT, LessonReach.ORGANISATION]],
    [sectorManager, [LessonReach.UNIT, LessonReach.ORGANISATION]],
    [lead, [LessonReach.UNIT, LessonReach.ORGANISATION, LessonReach.NETWORK, LessonReach.PUBLIC]],
    [owner, []],
    [otherManager, []],
    [reader, []],
    [foreignLead, []],
  ])('publish reaches for %#', (who, reaches) => {
    expect(LessonsPolicy.reaches(who, facts())).toEqual(reaches);
    for (const r of Object.values(LessonReach))
      expect(LessonsPolicy.rules(who, facts(), r).publish === null).toBe(reaches.includes(r));
  });

  it('changing reach needs the right both where it is and where it goes; withdraw where it is', () => {
    const shared = facts({ state: LessonState.PUBLISHED, reach: LessonReach.PUBLIC });
    expect(LessonsPolicy.rules(teamManager, shared, LessonReach.UNIT).changeReach?.code).toBe('FORBIDDEN');
    expect(LessonsPolicy.rules(teamManager, shared).withdraw?.code).toBe('FORBIDDEN');
    expect(LessonsPolicy.rules(lead, shared, LessonReach.UNIT).changeReach).toBeNull();
    const inside = facts({ state: LessonState.PUBLISHED, reach: LessonReach.UNIT });
    expect(LessonsPolicy.rules(teamManager, inside, LessonReach.ORGANISATION).changeReach).toBeNull();
    expect(LessonsPolicy.rules(teamManager, inside, LessonReach.NETWORK).changeReach?.code).toBe('FORBIDDEN');
    expect(LessonsPolicy.rules(teamManager, inside).withdraw).toBeNull();
    expect(LessonsPolicy.rules(lead, facts()).withdraw?.code).toBe('INVALID_TRANSITION');
  });

  it('a draft is edited by its writers; a published lesson only by who may publish at its reach', () => {
    expect(LessonsPolicy.rules(owner, facts()).edit).toBeNull();
    const org = facts({ state: LessonState.PUBLISHED, reach: LessonReach.ORGANISATION });
    expect(LessonsPolicy.rules(owner, org).edit?.code).toBe('FORBIDDEN');
    expect(LessonsPolicy.rules(teamManager, org).edit).toBeNull();
    const pub = facts({ state: LessonState.PUBLISHED, reach: LessonReach.PUBLIC });
    expect(LessonsPolicy.rules(teamManager, pub).edit?.code).toBe('FORBIDDEN');
    expect(LessonsPolicy.rules(lead, pub).edit).toBeNull();
  });

  it('a withdrawn lesson can no longer be edited; readers write nothing', () => {
    const gone = facts({ state: LessonState.WITHDRAWN, reach: LessonReach.PUBLIC });
    expect(LessonsPolicy.rules(owner, gone).edit?.code).toBe('INVALID_TRANSITION');
    expect(Object.values(LessonsPolicy.abilities(reader, facts())).some(Boolean)).toBe(false);
  });

  it('canSee: drafts and withdrawn for writers only; UNIT in the unit and below; outside by reach and membership', () => {
    const reader0 = { unitChain: [] as string[], memberNetworkIds: [] as string[] };
    const inTeam = { unitChain: ['team', 'department', 'sector'], memberNetworkIds: [] };
    const inOther = { unitChain: ['other'], memberNetworkIds: [] };
    expect(LessonsPolicy.canSee(colleague, facts(), inTeam)).toBe(false);
    expect(LessonsPolicy.canSee(owner, facts(), reader0)).toBe(true);
    const unit = facts({ state: LessonState.PUBLISHED, reach: LessonReach.UNIT });
    expect(LessonsPolicy.canSee(colleague, unit, inTeam)).toBe(true);
    expect(LessonsPolicy.canSee(colleague, unit, inOther)).toBe(false);
    const net = facts({ state: LessonState.PUBLISHED, reach: LessonReach.NETWORK, networkIds: ['n1'] });
    expect(LessonsPolicy.canSee(foreignLead, net, { unitChain: [], memberNetworkIds: ['n1'] })).toBe(true);
    expect(LessonsPolicy.canSee(foreignLead, net, { unitChain: [], memberNetworkIds: ['n2'] })).toBe(false);
    expect(LessonsPolicy.canSee(null, net, { unitChain: [], memberNetworkIds: ['n1'] })).toBe(false);
    expect(
      LessonsPolicy.canSee(null, facts({ state: LessonState.PUBLISHED, reach: LessonReach.PUBLIC }), reader0),
    ).toBe(true);
    expect(
      LessonsPolicy.canSee(null, facts({ state: LessonState.WITHDRAWN, reach: LessonReach.PUBLIC }), reader0),
    ).toBe(false);
  });
});
