import type { Check } from '../core/validation.js';
import { isIsoDate, todayIso } from '../core/validation.js';

/** A challenge (utfordring): a need posted for the organisation or a network, answered by ideas. */
export const ChallengeState = {
  OPEN: 'OPEN',
  CLOSED: 'CLOSED',
} as const;
export type ChallengeState = (typeof ChallengeState)[keyof typeof ChallengeState];
export const CHALLENGE_STATES = Object.values(ChallengeState);

export const ChallengeLimits = {
  TITLE_MAX: 140,
  NEED_MAX: 4000,
  CONCERNS_MAX: 500,
  NOTE_MAX: 1000,
} as const;

export interface ChallengeFields {
  title: string;
  need: string;
  /** Who the need concerns (target group). */
  concerns: string;
  /** YYYY-MM-DD */
  deadline: string;
}

/**
 * The fields of a new challenge, checked the same way by the API and the post dialog:
 * a title, a need and whom it concerns within their limits, and a deadline that is a date
 * not before `today` (a challenge is posted for the future).
 */
export function checkChallengeFields(check: Check, f: ChallengeFields, today: string = todayIso()): Check {
  check
    .required('title', f.title, ChallengeLimits.TITLE_MAX)
    .required('need', f.need, ChallengeLimits.NEED_MAX)
    .required('concerns', f.concerns, ChallengeLimits.CONCERNS_MAX)
    .date('deadline', f.deadline, true);
  if (f.deadline && isIsoDate(f.deadline) && f.deadline < today) check.rule('deadline', false, 'dateInPast');
  return check;
}

/** A coordinator's note on a pinned lesson: optional, short. */
export function checkPinNote(check: Check, note: string | null | undefined): Check {
  return check.text('note', note, ChallengeLimits.NOTE_MAX);
}
