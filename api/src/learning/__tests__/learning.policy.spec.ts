import { describe, expect, it } from '@jest/globals';
import { ErrorCode, ExperimentState, Role } from '@laerekraft/shared';
import { Actor } from '../../core/auth/actor.js';
import type { ExperimentFacts } from '../../experiments/experiments.policy.js';
import { LearningPolicy } from '../learning.policy.js';

const experiment = (over: Partial<ExperimentFacts> = {}): ExperimentFacts => ({
  organisationId: 'org',
  state: ExperimentState.RUNNING,
  ownerId: 'owner',
  teamIds: ['owner', 'member'],
  unitChain: ['team'],
  affectsEmployees: false,
  unionInvolved: false,
  ...over,
});
const person = (id: string, roles: Role[] = [Role.EMPLOYEE], org = 'org') =>
  new Actor(
    id,
    org,
    roles.map((role) => ({ role, unitId: null })),
  );

describe('LearningPolicy', () => {
  it('lets the team add entries while the experiment is open, and no one else', () => {
    expect(LearningPolicy.canAdd(person('member'), experiment())).toBeNull();
    expect(LearningPolicy.canAdd(person('colleague'), experiment())?.code).toBe(ErrorCode.FORBIDDEN);
    expect(
      LearningPolicy.canAdd(person('member'), experiment({ state: ExperimentState.CONCLUDED }))?.code,
    ).toBe(ErrorCode.INVALID_TRANSITION);
  });
  it('lets only the entry’s author edit it, and only while they may still log', () => {
    const entry = { authorId: 'member' };
    expect(LearningPolicy.abilities(person('member'), entry, experiment()).edit).toBe(true);
    expect(LearningPolicy.abilities(person('owner'), entry, experiment()).edit).toBe(false);
    // taken off the team: the author no longer edits
    expect(LearningPolicy.abilities(person('member'), entry, experiment({ teamIds: ['owner'] })).edit).toBe(
      false,
    );
    expect(
      LearningPolicy.abilities(person('member'), entry, experiment({ state: ExperimentState.STOPPED })).edit,
    ).toBe(false);
  });
  it('refuses a reader on the team: readers do not write the log', () => {
    const reader = person('member', [Role.READER]);
    expect(LearningPolicy.canAdd(reader, experiment())?.code).toBe(ErrorCode.FORBIDDEN);
    expect(LearningPolicy.abilities(reader, { authorId: 'member' }, experiment()).edit).toBe(false);
  });
});
