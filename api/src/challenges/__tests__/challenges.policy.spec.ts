import { describe, expect, it } from '@jest/globals';
import { ChallengeState, Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import { positional } from '../../core/auth/authority.js';
import { ChallengesPolicy } from '../challenges.policy.js';

const actor = (roles: Role[], org = 'org-a', id = 'me') =>
  new Actor(
    id,
    org,
    roles.map((role) => ({ role, unitId: null })),
  );
const orgChallenge = { organisationId: 'org-a', networkId: null, state: ChallengeState.OPEN };
const netChallenge = { organisationId: 'org-n', networkId: 'net', state: ChallengeState.OPEN };
const net = (iAmMember: boolean) => ({ organisationId: 'org-n', coordinatorId: 'coord', iAmMember });

describe('ChallengesPolicy', () => {
  it('an innovation lead posts for the organisation; a coordinator of the running organisation for the network', () => {
    expect(ChallengesPolicy.canPostForOrganisation(actor([Role.INNOVATION_LEAD]))).toBe(true);
    expect(ChallengesPolicy.canPostForOrganisation(actor([Role.MANAGER]))).toBe(false);
    expect(ChallengesPolicy.canPostForNetwork(actor([Role.NETWORK_COORDINATOR], 'org-n'), net(true))).toBe(
      true,
    );
    // The role in another organisation is not enough; the lead of the running organisation neither.
    expect(ChallengesPolicy.canPostForNetwork(actor([Role.NETWORK_COORDINATOR], 'org-a'), net(true))).toBe(
      false,
    );
    expect(ChallengesPolicy.canPostForNetwork(actor([Role.INNOVATION_LEAD], 'org-n'), net(true))).toBe(false);
  });
  it('an organisation challenge is seen in its organisation; a network challenge by members only', () => {
    expect(ChallengesPolicy.canSee(actor([Role.EMPLOYEE]), orgChallenge, null)).toBe(true);
    expect(ChallengesPolicy.canSee(actor([Role.EMPLOYEE], 'org-b'), orgChallenge, null)).toBe(false);
    expect(ChallengesPolicy.canSee(actor([Role.EMPLOYEE], 'org-b'), netChallenge, net(true))).toBe(true);
    expect(ChallengesPolicy.canSee(actor([Role.EMPLOYEE], 'org-b'), netChallenge, net(false))).toBe(false);
    expect(ChallengesPolicy.canSee(actor([Role.EMPLOYEE], 'org-b'), netChallenge, null)).toBe(false);
  });
  it('closing is the poster side’s; answering is for writers while it is open', () => {
    const lead = ChallengesPolicy.rules(actor([Role.INNOVATION_LEAD]), orgChallenge, null);
    expect(lead.close).toBeNull();
    expect(lead.answer).toBeNull();
    const employee = ChallengesPolicy.rules(actor([Role.EMPLOYEE]), orgChallenge, null);
    expect(employee.close?.code).toBe('FORBIDDEN');
    expect(employee.answer).toBeNull();
    expect(ChallengesPolicy.rules(actor([Role.READER]), orgChallenge, null).answer?.code).toBe('FORBIDDEN');
    const closed = { ...orgChallenge, state: ChallengeState.CLOSED };
    expect(ChallengesPolicy.rules(actor([Role.INNOVATION_LEAD]), closed, null).close?.code).toBe(
      'INVALID_TRANSITION',
    );
    expect(ChallengesPolicy.rules(actor([Role.EMPLOYEE]), closed, null).answer?.code).toBe(
      'INVALID_TRANSITION',
    );
    const member = ChallengesPolicy.rules(actor([Role.INNOVATION_LEAD], 'org-b'), netChallenge, net(true));
    expect(member.close?.code).toBe('FORBIDDEN');
    expect(member.answer).toBeNull();
    expect(
      ChallengesPolicy.rules(actor([Role.NETWORK_COORDINATOR], 'org-n'), netChallenge, net(true)).close,
    ).toBeNull();
  });
  it('the list filter binds its own parameters', () => {
    const { params, bind } = positional();
    const sql = ChallengesPolicy.listFilter(actor([Role.EMPLOYEE]), 'c', 'NETS', bind);
    expect(sql).toBe('((c.network_id IS NULL AND c.organisation_id = $1) OR c.network_id = ANY(NETS))');
    expect(params).toEqual(['org-a']);
  });
});
