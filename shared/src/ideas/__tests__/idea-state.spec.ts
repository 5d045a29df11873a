import { describe, expect, it } from '@jest/globals';
import {
  IDEA_STATES,
  IdeaAction,
  IdeaState,
  allowedIdeaActions,
  isIdeaEditable,
  nextIdeaState,
} from '../idea-state.js';

const ALLOWED: Array<[IdeaState, IdeaAction, IdeaState]> = [
  ['DRAFT', 'SUBMIT', 'SUBMITTED'],
  ['SUBMITTED', 'APPROVE', 'APPROVED'],
  ['SUBMITTED', 'DECLINE', 'DECLINED'],
  ['SUBMITTED', 'PARK', 'PARKED'],
  ['PARKED', 'SUBMIT', 'SUBMITTED'],
];

describe('the idea state machine', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, action, to) => {
    expect(nextIdeaState(from, action)).toBe(to);
  });

  const allowed = new Set(ALLOWED.map(([f, a]) => `${f}:${a}`));
  const refused = IDEA_STATES.flatMap((from) =>
    Object.values(IdeaAction).map((a) => [from, a] as const),
  ).filter(([f, a]) => !allowed.has(`${f}:${a}`));

  it('has exactly 20 refused pairs', () =>
    expect(refused).toHaveLength(IDEA_STATES.length * 4 - ALLOWED.length));

  it.each(refused)('refuses %s --%s-->', (from, action) => {
    expect(nextIdeaState(from, action)).toBeNull();
  });

  it('offers only allowed actions', () => {
    expect(allowedIdeaActions(IdeaState.SUBMITTED).sort()).toEqual(['APPROVE', 'DECLINE', 'PARK']);
    expect(allowedIdeaActions(IdeaState.DECLINED)).toEqual([]);
    expect(allowedIdeaActions(IdeaState.APPROVED)).toEqual([]);
  });

  it('lets the author edit only drafts and parked ideas', () => {
    expect(IDEA_STATES.filter(isIdeaEditable).sort()).toEqual(['DRAFT', 'PARKED']);
  });
});
