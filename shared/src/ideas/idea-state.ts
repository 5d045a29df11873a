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
const IDEA_TRANSITIONS: Record<IdeaState, Partial<Record<IdeaAction, IdeaState>>> = {
  DRAFT: { SUBMIT: 'SUBMITTED' },
  SUBMITTED: { APPROVE: 'APPROVED', DECLINE: 'DECLINED', PARK: 'PARKED' },
  PARKED: { SUBMIT: 'SUBMITTED' },
  APPROVED: {},
  DECLINED: {},
};

export function nextIdeaState(from: IdeaState, action: IdeaAction): IdeaState | null {
  return IDEA_TRANSITIONS[from]?.[action] ?? null;
}

export function allowedIdeaActions(from: IdeaState): IdeaAction[] {
  return Object.keys(IDEA_TRANSITIONS[from] ?? {}) as IdeaAction[];
}

/** Only drafts and parked ideas can still be edited by their author. */
export function isIdeaEditable(state: IdeaState): boolean {
  return state === IdeaState.DRAFT || state === IdeaState.PARKED;
}
