import { stateMachine } from '../core/state-machine.js';

/** An idea's life (PRODUCT.md, "The cycle it tracks", 1). */
export const IdeaState = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  APPROVED: 'APPROVED',
  DECLINED: 'DECLINED',
  PARKED: 'PARKED',
} as const;
export type IdeaState = (typeof IdeaState)[keyof typeof IdeaState];
export const IDEA_STATES = Object.values(IdeaState);

export const IdeaAction = {
  SUBMIT: 'SUBMIT',
  APPROVE: 'APPROVE',
  DECLINE: 'DECLINE',
  PARK: 'PARK',
} as const;
export type IdeaAction = (typeof IdeaAction)[keyof typeof IdeaAction];

/** Every allowed move; anything else is an invalid transition. A parked idea can be submitted again. */
const machine = stateMachine<IdeaState, IdeaAction>({
  DRAFT: { SUBMIT: 'SUBMITTED' },
  SUBMITTED: { APPROVE: 'APPROVED', DECLINE: 'DECLINED', PARK: 'PARKED' },
  PARKED: { SUBMIT: 'SUBMITTED' },
  APPROVED: {},
  DECLINED: {},
});

export const nextIdeaState = machine.next;

export const allowedIdeaActions = machine.allowed;

/** Only drafts and parked ideas can still be edited by their author. */
export function isIdeaEditable(state: IdeaState): boolean {
  return state === IdeaState.DRAFT || state === IdeaState.PARKED;
}
