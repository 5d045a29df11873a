import { stateMachine } from '../core/state-machine.js';

/** An experiment's life (PRODUCT.md, "The cycle it tracks", 2 and 4). */
export const ExperimentState = {
  PLANNED: 'PLANNED',
  RUNNING: 'RUNNING',
  CONCLUDED: 'CONCLUDED',
  STOPPED: 'STOPPED',
} as const;
export type ExperimentState = (typeof ExperimentState)[keyof typeof ExperimentState];
export const EXPERIMENT_STATES = Object.values(ExperimentState);

export const ExperimentAction = {
  START: 'START',
  CONCLUDE: 'CONCLUDE',
  STOP: 'STOP',
} as const;
export type ExperimentAction = (typeof ExperimentAction)[keyof typeof ExperimentAction];

const machine = stateMachine<ExperimentState, ExperimentAction>({
  PLANNED: { START: 'RUNNING', STOP: 'STOPPED' },
  RUNNING: { CONCLUDE: 'CONCLUDED', STOP: 'STOPPED' },
  CONCLUDED: {},
  STOPPED: {},
});

export const nextExperimentState = machine.next;

export const allowedExperimentActions = machine.allowed;

export function isExperimentOpen(state: ExperimentState): boolean {
  return state === ExperimentState.PLANNED || state === ExperimentState.RUNNING;
}

export const ExperimentResult = {
  SUPPORTED: 'SUPPORTED',
  NOT_SUPPORTED: 'NOT_SUPPORTED',
  INCONCLUSIVE: 'INCONCLUSIVE',
} as const;
export type ExperimentResult = (typeof ExperimentResult)[keyof typeof ExperimentResult];

export const NextStep = {
  SCALE: 'SCALE',
  ADJUST_AND_RETRY: 'ADJUST_AND_RETRY',
  STOP: 'STOP',
  HAND_OVER: 'HAND_OVER',
} as const;
export type NextStep = (typeof NextStep)[keyof typeof NextStep];

export const PartnerKind = {
  CITIZENS: 'CITIZENS',
  BUSINESS: 'BUSINESS',
  VOLUNTARY_SECTOR: 'VOLUNTARY_SECTOR',
  SOCIAL_ENTREPRENEUR: 'SOCIAL_ENTREPRENEUR',
  OTHER_MUNICIPALITY: 'OTHER_MUNICIPALITY',
  STATE: 'STATE',
  ACADEMIA: 'ACADEMIA',
  OTHER_UNIT: 'OTHER_UNIT',
} as const;
export type PartnerKind = (typeof PartnerKind)[keyof typeof PartnerKind];

export const LearningEntryKind = {
  OBSERVATION: 'OBSERVATION',
  INSIGHT: 'INSIGHT',
  SETBACK: 'SETBACK',
  DECISION: 'DECISION',
  REFLECTION: 'REFLECTION',
} as const;
export type LearningEntryKind = (typeof LearningEntryKind)[keyof typeof LearningEntryKind];
