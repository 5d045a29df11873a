import { describe, expect, it } from '@jest/globals';
import {
  EXPERIMENT_STATES,
  ExperimentAction,
  ExperimentState,
  allowedExperimentActions,
  isExperimentOpen,
  nextExperimentState,
} from '../experiment-state.js';

const ALLOWED: Array<[ExperimentState, ExperimentAction, ExperimentState]> = [
  ['PLANNED', 'START', 'RUNNING'],
  ['PLANNED', 'STOP', 'STOPPED'],
  ['RUNNING', 'CONCLUDE', 'CONCLUDED'],
  ['RUNNING', 'STOP', 'STOPPED'],
];

describe('the experiment state machine', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, action, to) => {
    expect(nextExperimentState(from, action)).toBe(to);
  });

  const allowed = new Set(ALLOWED.map(([f, a]) => `${f}:${a}`));
  const refused = EXPERIMENT_STATES.flatMap((from) =>
    Object.values(ExperimentAction).map((a) => [from, a] as const),
  ).filter(([f, a]) => !allowed.has(`${f}:${a}`));

  it('has exactly 8 refused pairs', () => expect(refused).toHaveLength(8));

  it.each(refused)('refuses %s --%s-->', (from, action) => {
    expect(nextExperimentState(from, action)).toBeNull();
  });

  it('offers only allowed actions and knows which states are open', () => {
    expect(allowedExperimentActions(ExperimentState.PLANNED).sort()).toEqual(['START', 'STOP']);
    expect(allowedExperimentActions(ExperimentState.CONCLUDED)).toEqual([]);
    expect(EXPERIMENT_STATES.filter(isExperimentOpen)).toEqual(['PLANNED', 'RUNNING']);
  });
});
