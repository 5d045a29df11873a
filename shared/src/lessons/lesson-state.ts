import { stateMachine } from '../core/state-machine.js';
import type { Role } from '../identity/roles.js';

/** A lesson's life (PRODUCT.md, "The cycle it tracks", 5): written, published, perhaps withdrawn. */
export const LessonState = {
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED',
  /** Kept for its authors, hidden everywhere else; its followers are told. */
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type LessonState = (typeof LessonState)[keyof typeof LessonState];
export const LESSON_STATES = Object.values(LessonState);

export const LessonAction = {
  PUBLISH: 'PUBLISH',
  WITHDRAW: 'WITHDRAW',
} as const;
export type LessonAction = (typeof LessonAction)[keyof typeof LessonAction];

const machine = stateMachine<LessonState, LessonAction>({
  DRAFT: { PUBLISH: 'PUBLISHED' },
  PUBLISHED: { WITHDRAW: 'WITHDRAWN' },
  WITHDRAWN: {},
});
export const nextLessonState = machine.next;
export const allowedLessonActions = machine.allowed;

/** How far a published lesson reaches (PRODUCT.md, "Visibility"). */
export const LessonReach = {
  UNIT: 'UNIT',
  ORGANISATION: 'ORGANISATION',
  /** The chosen networks the organisation is a member of (or runs). */
  NETWORK: 'NETWORK',
  /** Everyone, signed in or not, and open data. */
  PUBLIC: 'PUBLIC',
} as const;
export type LessonReach = (typeof LessonReach)[keyof typeof LessonReach];
export const LESSON_REACHES = Object.values(LessonReach);

/** Reaches that cross the organisation's border: only the innovation lead publishes there. */
export function reachCrossesBorder(reach: LessonReach): boolean {
  return reach === LessonReach.NETWORK || reach === LessonReach.PUBLIC;
}

/**
 * Who may publish at a reach: a manager (of the experiment's unit or above) to the unit and
 * the organisation; only the innovation lead beyond it. `roles` are the actor's roles in the
 * lesson's organisation; the unit check is the API policy's.
 */
export function mayPublishAt(roles: readonly Role[], reach: LessonReach): boolean {
  if (roles.includes('INNOVATION_LEAD')) return true;
  return roles.includes('MANAGER') && !reachCrossesBorder(reach);
}

/** The most networks one lesson may be shared to at once. */
export const LESSON_MAX_NETWORKS = 20;

/** The adoption of a lesson somewhere else, mirrored from the idea or experiment it started. */
export const AdoptionState = {
  /** An employee proposed it as an idea; a manager has not decided yet. */
  PROPOSED: 'PROPOSED',
  PLANNED: 'PLANNED',
  RUNNING: 'RUNNING',
  CONCLUDED: 'CONCLUDED',
  STOPPED: 'STOPPED',
  /** The proposing idea was declined or parked. */
  DECLINED: 'DECLINED',
} as const;
export type AdoptionState = (typeof AdoptionState)[keyof typeof AdoptionState];
export const ADOPTION_STATES = Object.values(AdoptionState);
